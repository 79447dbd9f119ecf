"""Issue 12 item 10: confusing states and words, driven as the user met them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.sync import start_demo_sync

from .conftest import PASSWORD
from .editor_support import CTRL, click_row, editor_of, key
from .sync_support import FAST, WAIT_MS


def test_without_an_account_the_indicator_says_create_one(
        qtbot, window: MainWindow, session: Session) -> None:
    setup = start_demo_sync(session, **FAST)
    try:
        qtbot.waitUntil(lambda: window.status.sync.state_name == "locked", timeout=WAIT_MS)
        assert window.status.sync.text() == "Create an account to sync"
        assert "Wallet page" in window.status.sync.toolTip()
    finally:
        setup.stop()


def test_submit_on_a_sent_task_is_disabled_and_ctrl_return_says_why(
        qtbot, window: MainWindow, demo_cache: Cache, wallet: Wallet, account: Any) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-cls-002")
    demo_cache.submissions.submit(uid, {"kind": "text_classification", "labels": ["positive"]},
                                  wallet.signer())
    window.session.notify_tasks()
    editor.reopen()
    assert editor.read_only
    button = editor.bottom.submit
    assert not button.isEnabled() and "Label again" in button.toolTip()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    message = window.statusBar().currentMessage()
    assert message.startswith("Already submitted") and "Ctrl+E" in message


def test_the_shortcuts_dialog_shows_every_row_without_scrolling(qtbot, window: MainWindow
                                                               ) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None
    table = dialog.findChild(QTableWidget)
    qtbot.waitUntil(dialog.isVisible)
    assert not table.horizontalScrollBar().isVisible()
    screen = window.screen().availableGeometry()
    rows_fit = table.verticalHeader().length() <= table.viewport().height()
    assert rows_fit or dialog.height() >= int(screen.height() * 0.9) - 2
