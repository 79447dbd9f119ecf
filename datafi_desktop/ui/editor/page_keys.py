"""Label keys anywhere on the Tasks page.

A pane's actions are scoped to the pane (``WidgetWithChildrenShortcut``). The
pane's *label keys* — a letter, digit or sign with no Ctrl, Alt or Meta — are
also added to the whole Tasks page, so that a digit pressed after clicking a
row in the queue (or after Ctrl+1, or in a filter combo box) labels the task on
screen instead of doing nothing or moving the queue. Keys the queue needs
itself (arrows, Home/End, pages, Return, Tab, Space, Esc, Delete) stay with the
pane only. Editable text fields (the queue's text filter, a pane's reason
field) still take printable keys first through Qt's ShortcutOverride.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ..panes.base import AnnotationPane

_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
              | Qt.KeyboardModifier.MetaModifier)


def is_label_key(sequence: QKeySequence) -> bool:
    """One printable key (``!`` to ``~``: letters, digits, signs), Shift at most."""
    if sequence.count() != 1:
        return False
    combo = sequence[0]  # type: ignore[index]  # QKeySequence.operator[]; the stubs omit it
    if combo.keyboardModifiers() & _MODIFIERS:
        return False
    return 0x21 <= combo.key().value <= 0x7E


def label_key_actions(actions: list[QAction]) -> list[QAction]:
    """The actions all of whose shortcuts are label keys."""
    return [a for a in actions
            if a.shortcuts() and all(is_label_key(s) for s in a.shortcuts())]


class PageKeys(QObject):
    """Keeps the current pane's label keys on ``page`` (call :meth:`set_pane`)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.actions: list[QAction] = []

    def set_pane(self, pane: AnnotationPane | None) -> None:
        for action in self.actions:
            if shiboken6.isValid(action):
                self.page.removeAction(action)
        found = label_key_actions(pane.actions()) if pane is not None else []
        self.actions = [a for a in found
                        if a.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut]
        for action in self.actions:
            self.page.addAction(action)
