"""Syncing seen from the window: a real hub on 127.0.0.1 (in-process, a real socket),
the profile's real cache file, a real wallet. Waits are qtbot.waitUntil deadlines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.sync import SyncState, offline_message
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.review import statuses
from datafi_desktop.hub.server.inprocess import RunningHub, start_demo_hub, start_hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.sync import SyncSetup, start_demo_sync, start_sync
from datafi_desktop.ui.sync.dialogs import SyncDetailsDialog
from datafi_desktop.ui.sync.setup import demo_lease_count

from .conftest import PASSWORD
from .sync_support import (
    FAST,
    WAIT_MS,
    hub_submission,
    leased_demo_tasks,
    queue_state,
    submit_text_task,
)


@pytest.fixture
def demo_hub(tmp_path: Path) -> Iterator[RunningHub]:
    running = start_demo_hub(tmp_path / "hub")
    yield running
    running.stop()


@pytest.fixture
def setups() -> Iterator[list[SyncSetup]]:
    """Sync setups started by a test; stopped (runner, then hub) at its end."""
    started: list[SyncSetup] = []
    yield started
    for setup in started:
        setup.stop()


def unlocked(wallet: Wallet, session: Session, account: Callable[[], str]) -> str:
    address = account()
    wallet.unlock(address, PASSWORD)
    session.notify_wallet()
    return address


def test_without_a_hub_the_indicator_says_sync_is_off(qtbot, window: MainWindow) -> None:
    indicator = window.status.sync
    assert indicator.text() == "Sync off"
    assert "works offline only" in indicator.toolTip()
    assert not window.sync_actions.sync_now.isEnabled()
    popover = indicator.show_popover()
    assert popover.isVisible() and not popover.sync_button.isEnabled()
    assert "Start with --hub URL" in popover.message.text()
    popover.hide()


def test_the_indicator_goes_from_syncing_to_synced(qtbot, window: MainWindow,
                                                   session: Session, wallet: Wallet,
                                                   account: Callable[[], str],
                                                   demo_hub: RunningHub,
                                                   setups: list[SyncSetup]) -> None:
    unlocked(wallet, session, account)
    indicator = window.status.sync
    seen: list[str] = []
    setups.append(start_sync(session, hub_url=demo_hub.url, **FAST))
    assert session.sync is not None
    session.sync.progress_changed.connect(lambda _p: seen.append(indicator.text()))
    qtbot.waitUntil(lambda: indicator.state_name == "idle", timeout=WAIT_MS)
    assert any(text.startswith("Syncing…") for text in seen), seen
    assert indicator.text() == "Synced just now"
    assert "Last successful sync: just now" in indicator.toolTip()
    assert session.sync.progress.last_success is not None
    assert session.cache.tasks.get_state("last_sync_ok") is not None  # kept in the cache too
    assert window.sync_actions.sync_now.isEnabled()
    # the hub the profile syncs with is remembered for the next start
    assert session.cache.tasks.get_state("ui.hub_url") == demo_hub.url


def test_offline_work_is_sent_when_the_hub_comes_back(
        qtbot, window: MainWindow, session: Session, wallet: Wallet,
        account: Callable[[], str], setups: list[SyncSetup]) -> None:
    unlocked(wallet, session, account)
    setup = start_demo_sync(session, **FAST)
    setups.append(setup)
    assert setup.hub is not None and session.sync is not None
    indicator = window.status.sync
    everything = demo_lease_count(session.cache)
    assert everything > 50
    qtbot.waitUntil(lambda: indicator.state_name == "idle"
                    and len(leased_demo_tasks(session)) == everything, timeout=WAIT_MS)

    url, port = setup.hub.url, setup.hub.port
    setup.hub.stop()  # the hub goes away
    uid, sid = submit_text_task(session, wallet)
    # the new submission makes the app try at once; it finds the hub gone
    qtbot.waitUntil(lambda: indicator.text() == "Offline — 1 to send", timeout=WAIT_MS)
    assert indicator.state_name == "offline"
    assert offline_message(url, 1) in indicator.toolTip()
    assert "You can keep labeling and submitting" in indicator.toolTip()
    assert queue_state(window, uid) == "queued"
    assert window.status.outbox.text.text() == "1 to send"

    # offline, the app stays usable: a second task is labeled and submitted
    uid2, sid2 = submit_text_task(session, wallet)
    qtbot.waitUntil(lambda: indicator.text() == "Offline — 2 to send", timeout=WAIT_MS)
    assert queue_state(window, uid2) == "queued"

    # the hub is back on the same port: the runner's probe notices by itself
    setup.hub = start_hub(HubSettings(data_dir=session.profile.root / "hub"), port=port)
    qtbot.waitUntil(lambda: queue_state(window, uid) == "sent"
                    and queue_state(window, uid2) == "sent", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: indicator.text() == "Synced just now", timeout=WAIT_MS)
    assert window.status.outbox.text.text() == "Nothing to send"
    for submission_id in (sid, sid2):
        row = hub_submission(setup.hub.hub.settings.url, submission_id)
        assert row is not None and row["intake"] == "accepted", row
        assert session.cache.submissions.get(submission_id).status == "sent"

    # a reviewer decides on the hub; Sync now (Ctrl+R) brings the verdicts to the queue
    with setup.hub.hub.engine.begin() as conn:
        statuses.set_status(conn, sid, "accepted")
        statuses.set_status(conn, sid2, "rejected", reason="Wrong label")
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: queue_state(window, uid) == "accepted"
                    and queue_state(window, uid2) == "rejected", timeout=WAIT_MS)
    assert session.cache.submissions.get(sid2).reason == "Wrong label"
    states = [entry.state for entry in session.sync.history]
    assert SyncState.OFFLINE in states and states[-1] is SyncState.IDLE


def test_locking_says_unlock_to_sync_and_unlocking_sends(
        qtbot, window: MainWindow, session: Session, wallet: Wallet,
        account: Callable[[], str], demo_hub: RunningHub, setups: list[SyncSetup]) -> None:
    address = unlocked(wallet, session, account)
    setups.append(start_sync(session, hub_url=demo_hub.url, **FAST))
    indicator = window.status.sync
    qtbot.waitUntil(lambda: indicator.state_name == "idle", timeout=WAIT_MS)
    assert session.sync is not None
    session.sync.make_available_offline("demo", 3)
    qtbot.waitUntil(lambda: len(leased_demo_tasks(session)) == 3, timeout=WAIT_MS)
    leased = [s.uid for s in session.cache.tasks.task_summaries("demo")
              if session.cache.tasks.get_task(s.uid).leased_until is not None]
    labels = session.cache.tasks.get_task(leased[0]).task.config.label_names
    sid = session.cache.submissions.submit(leased[0], {"kind": "text_classification",
                                                       "labels": [labels[0]]}, wallet.signer()).id
    wallet.lock()
    session.notify_wallet()
    session.notify_outbox()
    qtbot.waitUntil(lambda: indicator.text() == "Unlock to sync — 1 to send", timeout=WAIT_MS)
    assert "Unlock the wallet to sync" in indicator.toolTip()
    assert session.cache.submissions.get(sid).status == "queued"

    wallet.unlock(address, PASSWORD)
    session.notify_wallet()  # unlocking syncs at once
    qtbot.waitUntil(lambda: queue_state(window, leased[0]) == "sent", timeout=WAIT_MS)
    assert indicator.text() == "Synced just now"
    assert hub_submission(demo_hub.hub.settings.url, sid)["intake"] == "accepted"  # type: ignore[index]


def test_menus_popover_and_details(qtbot, window: MainWindow, session: Session,
                                   wallet: Wallet, account: Callable[[], str],
                                   demo_hub: RunningHub, setups: list[SyncSetup]) -> None:
    unlocked(wallet, session, account)
    setups.append(start_sync(session, hub_url=demo_hub.url, **FAST))
    indicator = window.status.sync
    qtbot.waitUntil(lambda: indicator.state_name == "idle", timeout=WAIT_MS)
    assert session.sync is not None
    table = {action: keys for menu, action, keys in window.shortcut_table() if menu == "File"}
    assert table["Sync now"] == "Ctrl+R"
    assert table["Make tasks available offline…"] == "Ctrl+Shift+O"
    assert table["Sync details…"] == "Ctrl+Shift+Y"
    every = [keys for *_rest, keys in window.shortcut_table() if keys]
    for keys in ("Ctrl+R", "Ctrl+Shift+O", "Ctrl+Shift+Y"):
        assert every.count(keys) == 1, keys  # an ambiguous shortcut would fire nothing

    # the popover's Sync now runs a cycle
    cycles = session.sync.runner.cycles
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    popover = indicator.popover
    assert popover is not None and popover.isVisible()
    assert popover.headline.text() == "Up to date"
    assert demo_hub.url in popover.message.text()
    qtbot.mouseClick(popover.sync_button, Qt.MouseButton.LeftButton)
    assert not popover.isVisible()
    qtbot.waitUntil(lambda: session.sync.runner.cycles > cycles  # type: ignore[union-attr]
                    and indicator.state_name == "idle", timeout=WAIT_MS)

    # Ctrl+Shift+Y: the details, with the hub, the last sync and the history
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Y,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(SyncDetailsDialog, "syncDetailsDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.hub.text() == demo_hub.url
    assert dialog.last.text().startswith("just now")
    assert dialog.history.count() >= 1
    assert "Synced" in dialog.history.item(0).text()
    assert dialog.submissions.text().startswith("0 queued")
    dialog.close()
    QApplication.processEvents()
