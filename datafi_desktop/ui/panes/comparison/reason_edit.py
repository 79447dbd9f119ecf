"""The optional reason: a plain-text field whose typing is one undo step.

The field keeps no undo history of its own: Ctrl+Z and Ctrl+Shift+Z reach the
editor's undo stack, where the typing since the last other edit is one command.
Printable keys go into the field before any pane shortcut (Qt's
ShortcutOverride), so typing "A tie because…" never chooses A or tie; Escape
is left to the pane, which moves the focus out of the field. Tab leaves the
field as well.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ....core.models.annotations import MAX_REASON_CHARS
from ...tr_marks import QT_TRANSLATE_NOOP

#: shown when the field is empty
PLACEHOLDER = QT_TRANSLATE_NOOP(
    "ReasonEdit", "Why is it better? (optional) — press R to write here, Esc to leave")


class ReasonEdit(QPlainTextEdit):
    max_chars = MAX_REASON_CHARS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonEdit")
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr(PLACEHOLDER))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName(self.tr("Reason"))
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.document().setDefaultTextOption(option)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()  # let the editor's undo stack have it
            return False
        return super().event(event)

    def set_text_quietly(self, text: str) -> None:
        """Show ``text`` without emitting textChanged, the caret at the end."""
        if self.toPlainText() == text:
            return
        self.blockSignals(True)
        try:
            self.setPlainText(text)
            self.moveCursor(self.textCursor().MoveOperation.End)
        finally:
            self.blockSignals(False)
