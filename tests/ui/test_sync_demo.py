"""The demo start (an in-process hub, the demo tasks leased) and "Make tasks available
offline" (leases and downloads over a real socket into the profile's asset store)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.profile import Profile
from datafi_desktop.core.sync.first_batch import set_first_batch_size
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.campaigns.importer import LoadedCampaign
from datafi_desktop.hub.server.inprocess import RunningHub, demo_loaded, start_hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.ui import app as app_module
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.sync import resolve_hub_url, start_sync
from datafi_desktop.ui.sync.dialogs import OfflineDialog, report_text
from datafi_desktop.ui.sync.setup import DEMO_LEASE_TTL_S, HubUrlError, demo_lease_count
from datafi_desktop.ui.worker import background_pool

from .conftest import FAST_SCRYPT_N, PASSWORD
from .sync_support import FAST, WAIT_MS, hub_submission, leased_demo_tasks, submit_text_task

IMAGE_KINDS = ("image_classification", "bounding_boxes", "polygons")


def _listening(url: str) -> bool:
    parts = urlsplit(url)
    with socket.socket() as sock:
        sock.settimeout(2)
        return sock.connect_ex((parts.hostname or "", parts.port or 0)) == 0


@pytest.fixture
def fresh(tmp_path: Path, app: QApplication) -> Iterator[Session]:
    """A new profile: an empty cache, a wallet with one locked account."""
    profile = Profile(tmp_path / "fresh").ensure()
    wallet = Wallet(profile.wallet_dir, scrypt_n=FAST_SCRYPT_N)
    wallet.create(PASSWORD)
    session = Session(profile, Cache.for_profile(profile), wallet)
    yield session
    session.stop()
    background_pool().waitForDone(10_000)
    wallet.lock()
    session.cache.close()


@pytest.fixture
def fresh_window(qtbot, fresh: Session) -> Iterator[MainWindow]:
    win = MainWindow(fresh)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def image_hub(tmp_path: Path) -> Iterator[RunningHub]:
    """A hub whose campaign holds only the demo's image tasks (and their images)."""
    demo = demo_loaded()
    records = [r for r in demo.records if r.task.kind.value in IMAGE_KINDS]
    running = start_hub(HubSettings(data_dir=tmp_path / "image-hub"),
                        campaigns=[LoadedCampaign(demo.campaign, records, demo.images, "demo")])
    yield running
    running.stop()


def unlock(session: Session) -> str:
    address = session.wallet.accounts()[0].address
    session.wallet.unlock(address, PASSWORD)
    session.notify_wallet()
    return address


def test_the_demo_start_leases_the_demo_tasks_so_the_hub_accepts(
        qtbot, app: QApplication, tmp_path: Path) -> None:
    """What ``run_gui(demo=True)`` does before ``exec``: open_session, then open_sync."""
    profile = Profile(tmp_path / "demo").ensure()
    wallet = Wallet(profile.wallet_dir, scrypt_n=FAST_SCRYPT_N)
    address = wallet.create(PASSWORD).address
    session = app_module.open_session(profile, demo=True, wallet=wallet)
    setup = app_module.open_sync(session, demo=True)
    window = MainWindow(session)
    qtbot.addWidget(window)
    try:
        hub = setup.hub
        assert hub is not None and setup.controller is session.sync
        assert urlsplit(hub.url).hostname == "127.0.0.1" and _listening(hub.url)
        assert session.cache.tasks.get_campaign("demo").hub_url == hub.url
        # the queue is full at once (offline browsing); the locked wallet waits to lease
        assert len(session.cache.tasks.task_summaries("demo")) > 50
        qtbot.waitUntil(lambda: window.status.sync.text() == "Unlock to sync",
                        timeout=WAIT_MS)
        assert leased_demo_tasks(session) == []

        wallet.unlock(address, PASSWORD)
        session.notify_wallet()  # → every demo task leased for two weeks, then a sync
        expected = demo_lease_count(session.cache)
        qtbot.waitUntil(lambda: len(leased_demo_tasks(session)) == expected,
                        timeout=WAIT_MS)
        row = session.cache.tasks.find_task("demo", leased_demo_tasks(session)[0])
        assert row is not None and row.leased_until is not None
        assert row.leased_until - hub.hub.now() > (DEMO_LEASE_TTL_S - 3600) * 1000  # ms

        uid, sid = submit_text_task(session, wallet)
        qtbot.waitUntil(lambda: session.cache.submissions.get(sid).status == "sent",
                        timeout=WAIT_MS)
        on_hub = hub_submission(hub.hub.settings.url, sid)
        assert on_hub is not None
        assert (on_hub["intake"], on_hub["status"], on_hub["account"]) == (
            "accepted", "pending", address)
        assert session.cache.tasks.get_task(uid).state == "sent"
        qtbot.waitUntil(lambda: window.status.sync.text() == "Synced just now",
                        timeout=WAIT_MS)
    finally:
        window.close()
        session.stop()
        setup.stop()
        wallet.lock()
        session.cache.close()
    assert not session.sync.running  # type: ignore[union-attr]
    assert not _listening(hub.url)  # the demo hub stopped with the app


def test_make_tasks_available_offline_leases_and_downloads_images(
        qtbot, fresh_window: MainWindow, fresh: Session, image_hub: RunningHub) -> None:
    set_first_batch_size(fresh.cache, 0)  # only the offline command leases here
    setup = start_sync(fresh, hub_url=image_hub.url, **FAST)
    try:
        indicator = fresh_window.status.sync
        # the first cycle lists the hub's campaigns, even with the wallet locked
        qtbot.waitUntil(lambda: indicator.text() == "Unlock to sync", timeout=WAIT_MS)
        assert [c.id for c in fresh.cache.tasks.campaigns()] == ["demo"]
        assert fresh.cache.tasks.task_summaries("demo") == []

        fresh_window.sync_actions.offline.trigger()
        dialog = fresh_window.findChild(OfflineDialog, "offlineDialog")
        assert dialog is not None and dialog.isVisible()
        assert dialog.campaign.currentData() == "demo"
        assert "Unlock the wallet" in dialog.status.text()
        dialog.count.setValue(3)
        dialog.ok.click()  # still locked: says so, asks nothing of the hub
        assert dialog.request_result is None and "Unlock" in dialog.status.text()

        unlock(fresh)
        dialog.ok.click()
        qtbot.waitUntil(lambda: dialog.request_result is not None, timeout=WAIT_MS)
        assert dialog.status.text().startswith("3 tasks available offline; 3 files downloaded")
        summaries = fresh.cache.tasks.task_summaries("demo")
        assert len(summaries) == 3 and {s.kind for s in summaries} <= set(IMAGE_KINDS)
        for summary in summaries:
            row = fresh.cache.tasks.get_task(summary.uid)
            assert row.leased_until is not None
            assert row.task.asset_hashes()
            for sha in row.task.asset_hashes():
                assert fresh.cache.assets.verify(sha)  # there, and its bytes hash to sha
                assert fresh.cache.assets.path(sha).is_relative_to(fresh.profile.assets_dir)
        # the queue shows them without a manual refresh
        page = fresh_window.pages["tasks"]
        qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)
    finally:
        setup.stop()


def test_report_texts_say_what_to_do() -> None:
    from datafi_desktop.core.sync import SyncReport, SyncState

    ok, text = report_text(SyncReport(leased=2, downloaded=1), 5)
    assert ok and "(The hub had 2 of the 5 asked for.)" in text
    ok, text = report_text(SyncReport(state=SyncState.LOCKED), 5)
    assert not ok and "Unlock the wallet" in text
    ok, text = report_text(SyncReport(state=SyncState.OFFLINE, message="Hub unreachable at x"),
                           5)
    assert not ok and text.startswith("Hub unreachable at x. Try again")
    assert report_text(RuntimeError("boom"), 1) == (False, "Could not reserve tasks: boom")


def test_the_hub_url_comes_from_the_option_then_memory_then_campaigns(
        demo_cache: Cache) -> None:
    assert resolve_hub_url(demo_cache) is None  # the demo campaign names no hub
    with pytest.raises(HubUrlError):
        resolve_hub_url(demo_cache, "ftp://example.org")
    assert resolve_hub_url(demo_cache, "http://127.0.0.1:8700/") == "http://127.0.0.1:8700"
    assert resolve_hub_url(demo_cache) == "http://127.0.0.1:8700"  # remembered


def test_a_profile_without_a_hub_starts_no_sync(session: Session) -> None:
    setup = start_sync(session)
    assert setup.controller is None and session.sync is None
    setup.stop()


def test_a_bad_hub_option_is_refused_with_a_message(
        qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datafi_desktop.cli import main

    assert main(["--profile", str(tmp_path / "p"), "--hub", "not a url", "--smoke"]) == 1
    assert "not a hub address: 'not a url'" in capsys.readouterr().err
