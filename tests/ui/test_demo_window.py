"""Issue 12 item 15: the demo says it is one, and quitting it asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from datafi_desktop.ui.demo_window import DEMO_TITLE, mark_demo_window
from datafi_desktop.ui.main_window import MainWindow

from .editor_support import CTRL


def answer_when_asked(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_the_demo_title_and_quit_confirmation(qtbot, window: MainWindow) -> None:
    mark_demo_window(window)
    assert window.windowTitle() == DEMO_TITLE
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen: list[str] = []
    answer_when_asked(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)  # File ▸ Quit
    assert seen and "deleted" in seen[0]
    assert window.isVisible(), "Cancel keeps the demo open"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    answer_when_asked(QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible())
