"""Closing the main window and opening it again on the same profile (a restart)."""

from __future__ import annotations

from typing import Any

from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.worker import background_pool


def reopen(qtbot: Any, window: MainWindow) -> MainWindow:
    """Close ``window`` as the user does (its state is saved) and open a new one on
    the same profile, cache and wallet."""
    old = window.session
    background_pool().waitForDone(10_000)
    window.close()
    session = Session(old.profile, old.cache, old.wallet)
    again = MainWindow(session)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow, timeout=5000)
    return again
