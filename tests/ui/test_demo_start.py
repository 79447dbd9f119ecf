"""``--demo`` shows the window first; the embedded EVM and the in-process hub start in
the background with a busy bar, and Sync now says so until they are up (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMenu, QProgressBar

from datafi_desktop.core.demo import DEMO_CAMPAIGN_ID
from datafi_desktop.core.models.campaign import ZERO_ADDRESS
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.startup import AfterPaint
from datafi_desktop.ui.sync.controller import SyncController
from datafi_desktop.ui.worker import background_pool


@pytest.fixture
def started(qtbot, session: Session) -> Iterator[tuple[MainWindow, AfterPaint]]:
    window = MainWindow(session, lazy=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    after = AfterPaint(window, demo=True)
    yield window, after
    after.stop()
    background_pool().waitForDone(30_000)
    window.close()


def test_the_window_works_while_the_demo_chain_and_hub_start(
        qtbot, started, monkeypatch: pytest.MonkeyPatch) -> None:
    window, after = started
    asked: list[object] = []
    real_sync_now = SyncController.sync_now

    def sync_now(self: SyncController, *args: object, **kwargs: object) -> object:
        asked.append(self)
        return real_sync_now(self, *args, **kwargs)

    monkeypatch.setattr(SyncController, "sync_now", sync_now)
    campaign = window.session.cache.tasks.get_campaign(DEMO_CAMPAIGN_ID)
    assert campaign.hub_url is None and campaign.chain.distributor == ZERO_ADDRESS  # not yet
    after.run()
    # the window finished building at once; the services are on their way
    assert window.finished_starting or window.editor is not None
    assert after.demo_starting and window.session.sync is None
    bar = window.findChild(QProgressBar, "demoStartProgress")
    assert bar is not None and bar.maximum() == 0  # busy
    assert "demo chain and hub" in window.statusBar().currentMessage()
    sync_now = window.sync_actions.sync_now
    assert sync_now.isEnabled() and "starting" in sync_now.statusTip()
    sync_now.trigger()  # asked too early: it says so, and syncs once the hub is up
    assert "starting" in window.statusBar().currentMessage()

    with qtbot.waitSignal(after.demo_ready, timeout=120_000):
        pass
    assert not after.demo_starting
    qtbot.waitUntil(lambda: window.findChild(QProgressBar, "demoStartProgress") is None,
                    timeout=5000)
    assert window.session.sync is not None and sync_now.statusTip() == ""
    campaign = window.session.cache.tasks.get_campaign(DEMO_CAMPAIGN_ID)
    assert campaign.hub_url and campaign.hub_url.startswith("http://127.0.0.1:")
    assert campaign.chain.distributor != ZERO_ADDRESS  # the embedded chain's contract
    assert window.findChild(QMenu, "menuDemo") is not None  # Review and settle now
    # the sync asked for before the hub was up ran once it was
    assert asked == [window.session.sync] and window.sync_actions.waiting is None


def test_closing_while_they_start_stops_what_started(qtbot, started) -> None:
    window, after = started
    after.run()
    assert after.demo_starting
    after.stop()  # waits for the start, then stops the hub and the chain it started
    assert window.session.sync is None and after.demo_chain is None
