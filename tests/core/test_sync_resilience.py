"""Nothing lost, nothing twice: a day offline, the app killed mid-push, the hub killed
mid-push. Real hub over a real socket, real cache files; polls with deadlines."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from datafi_desktop.core.cache.base import now_ms
from datafi_desktop.core.sync import HubUnreachableError, SyncProgress, SyncRunner, SyncState
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import RunningHub, free_port, start_hub
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from tests.hub import conftest as _hub_fixtures
from tests.hub.helpers import (
    REPO,
    AppProfile,
    hub_count,
    start_subprocess_hub,
    text_campaign,
    wait_until,
)

# the hub's fixtures, shared with tests/hub (a real hub on SQLite and PostgreSQL)
alice, bob, clock = _hub_fixtures.alice, _hub_fixtures.bob, _hub_fixtures.clock
database_url, hub, hub_settings = (_hub_fixtures.database_url, _hub_fixtures.hub,
                                   _hub_fixtures.hub_settings)


pytestmark = pytest.mark.slow


def _prepare(profile: AppProfile, url: str, campaign_id: str, count: int) -> list[str]:
    """Lease ``count`` tasks while online and label them all (signed, queued)."""
    with profile.cache() as cache:
        engine = profile.engine(cache, url)
        report = engine.sync_now(lease={campaign_id: count})
        assert report.leased == count, report
        engine.client.close()
        return profile.submit_all(cache, campaign_id)


def _runner(profile: AppProfile, url: str, **kwargs: object) -> SyncRunner:
    options: dict[str, object] = {"interval_s": 3600, "probe_min_s": 0.05, "probe_max_s": 0.4}
    options.update(kwargs)
    return SyncRunner(profile.db_path, url, profile.signer, **options)  # type: ignore[arg-type]


def test_a_whole_offline_day_syncs_exactly_once(hub: RunningHub, hub_settings: HubSettings,
                                                alice: AppProfile, bob: AppProfile) -> None:
    import_campaign(hub.hub, text_campaign("day", tasks=520))
    _prepare(bob, hub.url, "day", 10)  # a second profile on the same hub, online all day
    with bob.cache() as cache:
        assert bob.engine(cache, hub.url).sync_now().accepted == 10
    with alice.cache() as cache:
        engine = alice.engine(cache, hub.url)
        assert engine.sync_now(lease={"day": 500}).leased == 500
        port = hub.port
        hub.stop()  # the hub goes down for the day

        ids = alice.submit_all(cache, "day")
        assert len(ids) == 500 and cache.outbox.pending_count() == 500
        report = engine.sync_now()
        assert report.state is SyncState.OFFLINE
        assert report.message == (f"Hub unreachable at {hub.url} — working offline; "
                                  "500 submissions will be sent when it is back")
        # a push that meets the dead hub schedules the batch's retries with backoff
        with pytest.raises(HubUnreachableError):
            engine.push_outbox()
        stamp = now_ms()
        everything = cache.outbox.due(1000, now=stamp + 10**9)
        backed_off = [i for i in everything if i.attempts == 1]
        in_flight = 2 * 200  # the two batches in flight were tried (core/sync/push.py)
        assert len(backed_off) == in_flight
        assert all(i.next_attempt_at > stamp and i.last_error for i in backed_off)
        assert len(cache.outbox.due(1000, now=stamp)) == 500 - in_flight
        assert cache.outbox.counts() == {"queued": 500, "sending": 0, "accepted": 0,
                                         "rejected": 0}
        engine.client.close()

    states: list[SyncState] = []
    runner = _runner(alice, hub.url)
    runner.add_listener(lambda p: states.append(p.state))
    runner.start()
    back: RunningHub | None = None
    try:
        assert runner.wait_for(lambda p: p.state is SyncState.OFFLINE, timeout=60)
        assert "500 submissions will be sent" in runner.progress.message
        back = start_hub(hub_settings, port=port)  # the hub is back, same port, same data
        assert runner.wait_for(
            lambda p: p.state is SyncState.IDLE and p.pending == 0, timeout=120)
    finally:
        runner.stop()
        if back is not None:
            back.stop()
    assert hub_count(hub_settings.url, campaign_id="day") == 510
    with alice.cache() as cache:
        assert cache.outbox.counts()["accepted"] == 500
        assert {s.status for s in cache.submissions.all()} == {"sent"}
        assert cache.integrity_problems() == []
    assert SyncState.OFFLINE in states and states[-1] is SyncState.STOPPED


@pytest.fixture
def slow_hub(hub_settings: HubSettings) -> Iterator[RunningHub]:
    """A hub whose pushes take a little while, so that a push can be interrupted."""
    hub_settings.intake_delay_ms = 25
    running = start_hub(hub_settings, campaigns=[text_campaign("big", tasks=600)])
    yield running
    running.stop()


def test_the_app_killed_mid_push_leaves_every_submission_once(
        slow_hub: RunningHub, alice: AppProfile) -> None:
    url = slow_hub.hub.settings.url
    ids = _prepare(alice, slow_hub.url, "big", 600)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.core.sync_child", str(alice.db_path), slow_hub.url, "25"],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        wait_until(lambda: hub_count(url) >= 100, timeout=120, what="the push to start")
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    at_kill = hub_count(url)
    assert 100 <= at_kill < 600, f"the push was not interrupted midway ({at_kill})"

    with alice.cache() as cache:  # the app starts again: rows left "sending" are queued
        assert cache.outbox.counts()["sending"] == 0
        engine = alice.engine(cache, slow_hub.url, batch_size=100)
        report = engine.sync_now()
        assert report.state is SyncState.IDLE, report
        assert cache.outbox.counts()["accepted"] == 600
        assert cache.integrity_problems() == []
    assert hub_count(url) == 600
    assert len(set(ids)) == 600


def test_the_hub_killed_mid_push_loses_and_doubles_nothing(
        tmp_path: Path, hub_settings: HubSettings, alice: AppProfile) -> None:
    hub_settings.data_dir.mkdir(parents=True, exist_ok=True)
    setup = Hub.open(hub_settings)
    import_campaign(setup, text_campaign("big", tasks=600))
    setup.close()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    db = hub_settings.url
    extra = ("--intake-delay-ms", "25")
    proc = start_subprocess_hub(hub_settings.data_dir, db, port, extra)
    runner: SyncRunner | None = None
    try:
        _prepare(alice, url, "big", 600)
        offline_seen: list[SyncProgress] = []
        runner = _runner(alice, url, batch_size=25)
        runner.add_listener(lambda p: offline_seen.append(p) if p.state is SyncState.OFFLINE
                            else None)
        runner.start()
        wait_until(lambda: hub_count(db) >= 100, timeout=120, what="the push to start")
        proc.kill()  # SIGKILL: no graceful shutdown, a request may be cut mid-way
        proc.wait(30)
        at_kill = hub_count(db)
        assert at_kill < 600, "the push finished before the hub was killed"
        assert runner.wait_for(lambda p: p.state is SyncState.OFFLINE, timeout=60)
        proc = start_subprocess_hub(hub_settings.data_dir, db, port, extra)  # same port, db
        assert runner.wait_for(lambda p: p.state is SyncState.IDLE and p.pending == 0,
                               timeout=180)
    finally:
        if runner is not None:
            runner.stop()
        if proc.poll() is None:
            proc.kill()
        proc.wait(30)
    assert offline_seen
    assert hub_count(db) == 600
    with alice.cache() as cache:
        assert cache.outbox.counts()["accepted"] == 600
