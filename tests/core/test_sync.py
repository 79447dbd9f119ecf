"""The sync engine and runner against a real hub on 127.0.0.1, two app profiles."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from PIL import Image

from datafi_desktop.core.sync import (
    LOCKED_MESSAGE,
    SyncPhase,
    SyncProgress,
    SyncRunner,
    SyncState,
)
from datafi_desktop.hub.review import statuses
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.hub import conftest as _hub_fixtures
from tests.hub.helpers import AppProfile, Clock, hub_count

# the hub's fixtures, shared with tests/hub (a real hub on SQLite and PostgreSQL)
alice, bob, clock = _hub_fixtures.alice, _hub_fixtures.bob, _hub_fixtures.clock
database_url, hub, hub_settings = (_hub_fixtures.database_url, _hub_fixtures.hub,
                                   _hub_fixtures.hub_settings)


def test_two_profiles_sync_without_sharing_tasks(hub: RunningHub, alice: AppProfile,
                                                 bob: AppProfile) -> None:
    with alice.cache() as a_cache, bob.cache() as b_cache:
        a, b = alice.engine(a_cache, hub.url), bob.engine(b_cache, hub.url)
        assert a.sync_now(lease={"c1": 12}).leased == 12
        assert b.sync_now(lease={"c1": 12}).leased == 8
        texts = ("text_classification",)
        a_tasks = {s.task_id for s in a_cache.tasks.task_summaries("c1", kinds=texts)}
        b_tasks = {s.task_id for s in b_cache.tasks.task_summaries("c1", kinds=texts)}
        assert not a_tasks & b_tasks
        # the campaign came with its chain settings, so signatures use its domain
        assert a_cache.tasks.get_campaign("c1").chain.chain_id == 131277
        assert a_cache.tasks.get_campaign("c1").hub_url == hub.url
        a_ids, b_ids = alice.submit_all(a_cache, "c1"), bob.submit_all(b_cache, "c1")
        ra, rb = a.sync_now(), b.sync_now()
        assert (ra.accepted, rb.accepted) == (12, 8)
        assert hub_count(hub.hub.settings.url) == 20
        assert {s.status for s in a_cache.submissions.all()} == {"sent"}
        assert a_cache.outbox.counts()["accepted"] == 12
        assert a.progress.state is SyncState.IDLE and a.progress.last_success is not None
        assert len(a_ids) == 12 and len(b_ids) == 8


def test_statuses_come_back_with_the_hubs_reason(hub: RunningHub, alice: AppProfile) -> None:
    with alice.cache() as cache:
        engine = alice.engine(cache, hub.url)
        engine.sync_now(lease={"c1": 3})
        first, second, third = alice.submit_all(cache, "c1")
        engine.sync_now()
        with hub.hub.engine.begin() as conn:
            statuses.set_status(conn, first, "rejected", reason="Wrong label")
            statuses.set_status(conn, second, "accepted",
                                verdict={"verdict": "accept", "reviewer": "0x" + "ab" * 20})
        assert engine.pull_statuses() == 2
        assert cache.submissions.get(first).status == "rejected"
        assert cache.submissions.get(first).reason == "Wrong label"
        assert cache.submissions.get(second).status == "accepted"
        assert cache.submissions.get(second).verdict == {"verdict": "accept",
                                                         "reviewer": "0x" + "ab" * 20}
        assert cache.submissions.get(third).status == "sent"
        assert cache.tasks.find_task("c1", cache.submissions.get(first).task_id).state == (  # type: ignore[union-attr]
            "rejected")
        assert engine.pull_statuses() == 0  # the cursor moved on


def test_rejections_at_intake_stay_visible(hub: RunningHub, alice: AppProfile,
                                           clock: Clock, bob: AppProfile) -> None:
    """Late work on a task someone else finished: rejected "task closed", still shown."""
    from datafi_desktop.hub.campaigns.importer import import_campaign
    from tests.hub.helpers import text_campaign

    import_campaign(hub.hub, text_campaign("solo", tasks=1))
    with alice.cache() as a_cache, bob.cache() as b_cache:
        a, b = alice.engine(a_cache, hub.url), bob.engine(b_cache, hub.url)
        a.sync_now(lease={"solo": 1}, lease_ttl_s=60)
        (sid,) = alice.submit_all(a_cache, "solo")
        clock.advance(61)
        b.sync_now(lease={"solo": 1})
        bob.submit_all(b_cache, "solo")
        assert b.sync_now().accepted == 1
        report = a.sync_now()  # alice's session expired with the clock jump: signs in again
        assert report.state is SyncState.IDLE and report.rejected == 1
        row = a_cache.submissions.get(sid)
        assert (row.status, row.reason) == ("rejected", "task closed")
        assert a_cache.outbox.counts()["rejected"] == 1
        assert a_cache.tasks.find_task("solo", row.task_id).state == "rejected"  # type: ignore[union-attr]


def test_a_locked_wallet_pulls_public_data_but_waits_to_push(hub: RunningHub,
                                                             alice: AppProfile) -> None:
    with alice.cache() as cache:
        engine = alice.engine(cache, hub.url)
        engine.sync_now(lease={"c1": 2})
        alice.submit_all(cache, "c1")
        engine.client.forget_session()
        engine.set_signer(lambda: None)  # the wallet locked
        report = engine.sync_now()
        assert report.state is SyncState.LOCKED and report.message == LOCKED_MESSAGE
        assert report.campaigns == 1
        assert engine.progress.message == "Unlock the wallet to sync"
        assert cache.outbox.pending_count() == 2 and hub_count(hub.hub.settings.url) == 0
        engine.set_signer(alice.signer)
        assert engine.sync_now().accepted == 2


def test_collected_files_are_uploaded_before_their_submissions(hub: RunningHub,
                                                               alice: AppProfile) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 30, 30)).save(buffer, "PNG")
    with alice.cache() as cache:
        engine = alice.engine(cache, hub.url)
        engine.sync_now()
        collect = cache.tasks.find_task("c1", "collect")
        assert collect is not None
        sha = cache.assets.put_bytes(buffer.getvalue())
        cache.submissions.submit(collect.uid, {"kind": "collection", "asset": sha,
                                               "mime": "image/png", "width": 32, "height": 24,
                                               "metadata": {"place": "here"}},
                                 alice.signer)
        report = engine.sync_now()
        assert (report.uploaded, report.accepted) == (1, 1)
        assert hub.hub.assets.has(sha)
        assert engine.client.has_asset(sha)


def test_the_runner_syncs_in_the_background_and_reports(hub: RunningHub,
                                                        alice: AppProfile) -> None:
    seen: list[SyncProgress] = []
    lock = threading.Lock()

    def listener(progress: SyncProgress) -> None:
        with lock:
            seen.append(progress)

    runner = SyncRunner(alice.db_path, hub.url, alice.signer, interval_s=3600)
    runner.add_listener(listener)
    runner.start()
    try:
        report = runner.make_available_offline("c1", 5).result(timeout=60)
        assert report.leased == 5
        with alice.cache() as cache:  # the GUI's own connection to the same file
            alice.submit_all(cache, "c1")
        report = runner.trigger().result(timeout=60)
        assert report.accepted == 5
        assert runner.progress.state is SyncState.IDLE
        assert runner.progress.last_success is not None
        assert runner.progress.pending == 0
    finally:
        runner.stop()
    assert runner.progress.state is SyncState.STOPPED
    phases = {p.phase for p in seen}
    assert {SyncPhase.CONNECT, SyncPhase.CAMPAIGNS, SyncPhase.LEASE, SyncPhase.PUSH,
            SyncPhase.STATUSES} <= phases
    push = [p for p in seen if p.phase is SyncPhase.PUSH and p.total]
    assert push[-1].done == push[-1].total == 5


def test_an_unreachable_hub_is_reported_clearly(tmp_path: Path, alice: AppProfile) -> None:
    from datafi_desktop.hub.server.inprocess import free_port

    url = f"http://127.0.0.1:{free_port()}"  # nobody listens here
    with alice.cache() as cache:
        engine = alice.engine(cache, url)
        report = engine.sync_now()
    assert report.state is SyncState.OFFLINE
    assert report.message == (f"Hub unreachable at {url} — working offline; 0 submissions "
                              "will be sent when it is back")


@pytest.mark.parametrize("status", ["pending", "accepted", "rejected", "paid"])
def test_status_names_map_to_the_cache(status: str) -> None:
    from datafi_desktop.core.sync.engine import STATUS_MAP

    assert STATUS_MAP[status] in ("sent", "accepted", "rejected", "paid")
