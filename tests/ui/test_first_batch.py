"""Issue 12 item 2: a new annotator on a real hub gets work by signing in and
syncing (a first batch is leased automatically, its size a setting), and the
queue with nothing to label offers "Get tasks"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.profile import Profile
from datafi_desktop.core.sync.first_batch import first_batch_size, set_first_batch_size
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.server.inprocess import RunningHub, start_demo_hub
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.sync import SyncSetup, start_sync
from datafi_desktop.ui.sync.dialogs import open_details_dialog
from datafi_desktop.ui.worker import background_pool

from .conftest import FAST_SCRYPT_N, PASSWORD
from .editor_support import CTRL, page_of
from .sync_support import FAST, WAIT_MS


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    running = start_demo_hub(tmp_path / "hub")  # a hub with a campaign of 83 tasks
    yield running
    running.stop()


@pytest.fixture
def fresh(qtbot, app, tmp_path: Path) -> Iterator[Session]:
    """A new annotator's profile: no campaign, no task, a new account."""
    profile = Profile(tmp_path / "fresh").ensure()
    cache = Cache.for_profile(profile)
    wallet = Wallet(profile.wallet_dir, scrypt_n=FAST_SCRYPT_N)
    address = wallet.create(PASSWORD).address
    wallet.unlock(address, PASSWORD)
    session = Session(profile, cache, wallet)
    session.notify_wallet()
    yield session
    session.stop()
    background_pool().waitForDone(10_000)
    wallet.lock()
    cache.close()


def open_window(qtbot, session: Session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def label_tasks(cache: Cache) -> int:
    return sum(1 for s in cache.tasks.task_summaries("demo") if s.kind != "collection")


def test_signing_in_and_syncing_brings_a_first_batch(qtbot, fresh: Session, hub: RunningHub
                                                     ) -> None:
    window = open_window(qtbot, fresh)
    setup: SyncSetup = start_sync(fresh, hub_url=hub.url, **FAST)
    try:
        qtbot.waitUntil(lambda: label_tasks(fresh.cache) == first_batch_size(fresh.cache),
                        timeout=WAIT_MS)
        assert first_batch_size(fresh.cache) == 20
        page = page_of(window)
        qtbot.waitUntil(lambda: page.proxy.rowCount() == 23)  # 20 leased + 3 collection
        assert not page.get_tasks.isVisible()
        # Ctrl+R again: the batch is full, nothing more is asked for
        qtbot.keyClick(window, Qt.Key.Key_R, CTRL)
        qtbot.wait(300)
        qtbot.waitUntil(lambda: window.status.sync.state_name == "idle", timeout=WAIT_MS)
        assert label_tasks(fresh.cache) == 20
    finally:
        setup.stop()
        window.close()


def test_get_tasks_in_the_empty_queue(qtbot, fresh: Session, hub: RunningHub) -> None:
    window = open_window(qtbot, fresh)
    dialog = open_details_dialog(fresh, window)
    dialog.batch.setFocus()
    dialog.batch.selectAll()
    qtbot.keyClicks(dialog.batch, "0")  # no automatic batch: the annotator asks
    assert first_batch_size(fresh.cache) == 0
    dialog.close()
    setup: SyncSetup = start_sync(fresh, hub_url=hub.url, **FAST)
    try:
        page = page_of(window)
        qtbot.waitUntil(lambda: fresh.campaign_id == "demo" and page.proxy.rowCount() == 3,
                        timeout=WAIT_MS)
        qtbot.waitUntil(lambda: window.status.sync.state_name == "idle", timeout=WAIT_MS)
        assert label_tasks(fresh.cache) == 0
        qtbot.waitUntil(page.get_tasks.isVisible)
        set_first_batch_size(fresh.cache, 0)
        qtbot.mouseClick(page.get_tasks.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: label_tasks(fresh.cache) == 20, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not page.get_tasks.isVisible(), timeout=WAIT_MS)
        assert page.proxy.rowCount() == 23
    finally:
        setup.stop()
        window.close()
