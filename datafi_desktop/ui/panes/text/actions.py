"""Making the panes' QActions: text, shortcuts and where the shortcut is active.

Pane actions are scoped to the pane (``WidgetWithChildrenShortcut``): the editor
may list them in its menus and cheat sheet, and a single-letter shortcut still
fires only while the focus is inside the pane, never while the user types in a
search field elsewhere. Editable text fields inside a pane take printable keys
before any shortcut (Qt's ShortcutOverride), so typing a reason never picks a
label.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def make_action(owner: QWidget, text: str, shortcuts: Sequence[str], slot: Callable[[], None],
                *, context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
                name: str = "", repeat: bool = False) -> QAction:
    """A QAction on ``owner`` (whose focus scope it uses) that calls ``slot``."""
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(context)
    action.setAutoRepeat(repeat)
    if name:
        action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def drop_actions(owner: QWidget, actions: Sequence[QAction]) -> None:
    for action in actions:
        owner.removeAction(action)
        action.deleteLater()
