"""Economics, in the app: "My quality" does not tell which task was gold (issue 12 item 3).

Threat-model row T-econ-gold-feedback-reveals-gold (the desktop side). A real hub over a
real socket, a real profile and wallet, the main window driven by keys and clicks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.profile import Profile
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.ui.app import create_application
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.queue_page import QueuePage
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.sync import start_sync
from datafi_desktop.ui.translations import install_english
from datafi_desktop.ui.worker import background_pool
from tests.ui.conftest import FAST_SCRYPT_N, PASSWORD
from tests.ui.sync_support import FAST, WAIT_MS

from .economics_support import paying_campaign

CTRL = Qt.KeyboardModifier.ControlModifier
SHOWN_LATER = "Gold accuracy: shown after 10 gold answers are reviewed"


@pytest.fixture
def gold_hub(tmp_path: Path) -> Iterator[RunningHub]:
    """No review (answers settle at once), task t00001 is gold ("positive")."""
    settings = HubSettings(data_dir=tmp_path / "hub",
                           database_url=f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    running = start_hub(settings, campaigns=[paying_campaign(
        "gq", reviews_required=0, tasks=4, gold={1: "positive"})])
    yield running
    running.stop()


@pytest.fixture
def window(qtbot: Any, qapp: QApplication, tmp_path: Path, gold_hub: RunningHub
           ) -> Iterator[MainWindow]:
    create_application()
    # the English plural forms, as the app installs them at start: without them the strip
    # reads "10 gold answer(s)" whenever no UI test ran before in this worker
    english = install_english()
    profile = Profile(tmp_path / "profile").ensure()
    wallet = Wallet(profile.wallet_dir, scrypt_n=FAST_SCRYPT_N)
    address = wallet.create(PASSWORD).address
    session = Session(profile, Cache.for_profile(profile), wallet)
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    setup = start_sync(session, hub_url=gold_hub.url, **FAST)
    wallet.unlock(address, PASSWORD)
    session.notify_wallet()
    try:
        yield win
    finally:
        setup.stop()
        win.close()
        session.stop()
        background_pool().waitForDone(10_000)
        wallet.lock()
        session.cache.close()
        if english is not None:
            QApplication.removeTranslator(english)


def click_row(qtbot: Any, window: MainWindow, task_id: str) -> None:
    page = window.pages["tasks"]
    assert isinstance(page, QueuePage) and window.editor is not None
    row = window.session.cache.tasks.find_task("gq", task_id)
    assert row is not None
    qtbot.waitUntil(lambda: page.model.row_of(row.uid) >= 0, timeout=WAIT_MS)
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of(row.uid), 1))
    assert index.isValid(), f"{task_id} is not in the queue"
    page.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    if window.editor.uid == row.uid:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.table.visualRect(index).center())
        return
    with qtbot.waitSignal(window.editor.shown, timeout=WAIT_MS):
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.table.visualRect(index).center())


def label_and_send(qtbot: Any, window: MainWindow, task_id: str, digit: Qt.Key) -> None:
    """Click the task, press the label's number and Ctrl+Return; wait until it is sent."""
    cache = window.session.cache
    click_row(qtbot, window, task_id)
    page = window.pages["tasks"]
    assert isinstance(page, QueuePage) and window.editor is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # into the editor's pane
    editor = window.editor
    qtbot.waitUntil(lambda: editor.isAncestorOf(window.focusWidget()), timeout=5000)
    qtbot.keyClick(window.focusWidget() or window, digit)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return, CTRL)
    row = cache.tasks.find_task("gq", task_id)
    assert row is not None

    def sent() -> bool:
        found = cache.submissions.all(task_uid=row.uid)
        return bool(found) and found[-1].status in ("sent", "accepted")

    qtbot.waitUntil(sent, timeout=WAIT_MS)
    sync = window.session.sync
    assert sync is not None
    with qtbot.waitSignal(sync.cycle_finished, timeout=WAIT_MS):
        window.sync_actions.trigger_sync()  # Ctrl+R: the status feed brings the figures


def test_T_econ_gold_feedback_not_shown_in_my_quality(qtbot: Any, window: MainWindow,
                                                      gold_hub: RunningHub) -> None:
    session = window.session
    sync = session.sync
    assert sync is not None
    with qtbot.waitSignal(sync.cycle_finished, timeout=WAIT_MS):
        sync.make_available_offline("gq", 4)
    qtbot.waitUntil(lambda: len(session.cache.tasks.task_summaries(
        "gq", kinds=("text_classification",))) == 4, timeout=WAIT_MS)
    strip = window.quality
    assert strip is not None
    label_and_send(qtbot, window, "t00000", Qt.Key.Key_1)  # an ordinary task
    qtbot.waitUntil(lambda: strip.figures is not None, timeout=WAIT_MS)
    before = strip.figures_label.text()
    label_and_send(qtbot, window, "t00001", Qt.Key.Key_2)  # the gold task, answered wrong
    assert strip.figures_label.text() == before  # nothing tells which task was gold
    assert before.endswith(SHOWN_LATER), before
    assert not strip.held.isVisible()
    figures = session.cache.reviews.quality("gq", session.default_account())
    assert figures is not None
    assert (figures["gold_accuracy"], figures["gold_answers"]) == (None, 0)
