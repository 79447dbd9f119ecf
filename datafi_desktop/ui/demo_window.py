"""The demo says it is one: "— Demo" in the title bar, and quitting asks first,
since the demo's temporary profile (its wallet, tokens and work) is deleted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from .tr_marks import QT_TRANSLATE_NOOP

DEMO_TITLE = QT_TRANSLATE_NOOP("demo_window", "DataFi Desktop — Demo (nothing is kept)")
QUIT_QUESTION = QT_TRANSLATE_NOOP(
    "demo_window",
    "Quit the demo? Its temporary wallet, tokens and labels are deleted when it closes.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("demo_window", text)


class DemoQuitGuard(QObject):
    """Asks before the demo window closes (once: a second close goes through)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.confirmed = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self.confirmed:
            answer = QMessageBox.question(
                self.window, QCoreApplication.translate("demo_window", "Quit the demo"),
                _tr(QUIT_QUESTION),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return True
            self.confirmed = True
        return False


def mark_demo_window(window: QMainWindow, *, confirm_quit: bool = True) -> DemoQuitGuard | None:
    window.setWindowTitle(_tr(DEMO_TITLE))
    return DemoQuitGuard(window) if confirm_quit else None
