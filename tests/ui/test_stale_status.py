"""Issue 12 item 15: no stale status ("Signed and queued" after the work was sent)."""

from __future__ import annotations

from typing import Any

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow

from .conftest import PASSWORD
from .editor_support import click_row, editor_of


def test_the_submission_line_follows_the_sync(qtbot, window: MainWindow, demo_cache: Cache,
                                              wallet: Wallet, account: Any) -> None:
    wallet.unlock(account(), PASSWORD)
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-cls-002")
    row = demo_cache.submissions.submit(
        uid, {"kind": "text_classification", "labels": ["positive"]}, wallet.signer())
    window.session.notify_tasks()
    editor.reopen()
    assert "Signed and queued" in editor.submission_bar.text.text()
    window.statusBar().showMessage("Signed and queued")
    demo_cache.submissions.set_status(row.id, "sent")
    window.session.notify_outbox()
    window.session.notify_tasks()
    qtbot.waitUntil(lambda: "Sent to the hub" in editor.submission_bar.text.text())
    assert window.statusBar().currentMessage() != "Signed and queued"
