"""Text inputs that leave undo to the editor's stack and Escape to the pane.

A field collector's typing is an edit of the draft body like any other, so
Ctrl+Z must undo it through the shared QUndoStack (which also knows about the
imported photo and the labels), not through the widget's own history. The
filter below hands Undo/Redo back to the window's actions and turns Escape into
"leave the field" so the label keys work again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class FieldKeys(QObject):
    """Event filter for the pane's text inputs."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        self.pane = pane

    def watch(self, widget: QLineEdit | QPlainTextEdit) -> None:
        if isinstance(widget, QPlainTextEdit):
            widget.setUndoRedoEnabled(False)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
                event, QKeyEvent):
            if any(event.matches(k) for k in _UNDO_KEYS) or (
                    event.key() == Qt.Key.Key_Y
                    and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
                # not the widget's own history: the window's Undo/Redo take it
                event.ignore()
                return kind == QEvent.Type.ShortcutOverride
            if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.pane.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False
