"""A large "Make tasks available offline" pulls in pages: the tasks held are renewed and
counted, new ones come a page at a time with progress, a cancel stops between pages and
keeps what came, asking again (or the next sync, when the network cut it) continues, and
the hub's limit per account ends it with the limit named — never an empty success."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from datafi_desktop.core.sync import SyncPhase, SyncProgress
from datafi_desktop.core.sync.engine import SyncReport
from datafi_desktop.core.sync.pull import PAGE, pending_pull
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings

from .helpers import AppProfile, text_campaign

TASKS = 2 * PAGE + 500
ROOMY = {"new_account_max_leases": 100_000, "max_leases_per_account": 100_000}


@pytest.fixture
def big_hub(hub_settings: HubSettings) -> Iterator[RunningHub]:
    running = start_hub(hub_settings, campaigns=[
        text_campaign("big", tasks=TASKS, extra=ROOMY),
        text_campaign("small", tasks=PAGE + 300,
                      extra={"new_account_max_leases": PAGE + 200}),
    ])
    yield running
    running.stop()


def _hub_leases(hub: RunningHub, campaign: str, account: str) -> int:
    from sqlalchemy import func, select

    from datafi_desktop.hub.db.tables import leases

    with hub.hub.engine.connect() as conn:
        return int(conn.execute(
            select(func.count()).select_from(leases)
            .where(leases.c.campaign_id == campaign, leases.c.account == account)
        ).scalar_one())


def test_a_big_pull_comes_in_pages_with_progress(big_hub: RunningHub,
                                                  alice: AppProfile) -> None:
    seen: list[SyncProgress] = []
    with alice.cache() as cache:
        engine = alice.engine(cache, big_hub.url)
        engine.add_listener(seen.append)
        engine.sync_now()
        report = engine.sync_now(lease={"big": TASKS})
        assert report.state.value == "idle", report.message
        assert report.leased == TASKS
        assert len(cache.tasks.task_summaries("big", kinds=("text_classification",))) == TASKS
        assert pending_pull(cache, big_hub.url, alice.signer.address, "big") is None
    account = alice.signer.address
    assert _hub_leases(big_hub, "big", account) == TASKS
    steps = [(p.done, p.total) for p in seen if p.phase is SyncPhase.LEASE and p.done]
    assert steps == [(PAGE, TASKS), (2 * PAGE, TASKS), (TASKS, TASKS)]


def test_asking_again_renews_what_is_held_and_adds_only_the_rest(
        big_hub: RunningHub, alice: AppProfile) -> None:
    with alice.cache() as cache:
        engine = alice.engine(cache, big_hub.url)
        engine.sync_now()
        assert engine.make_available_offline("big", PAGE + 10) == PAGE + 10
        more = engine.make_available_offline("big", TASKS - 100)
        assert more == TASKS - 100
    assert _hub_leases(big_hub, "big", alice.signer.address) == TASKS - 100


def test_a_cancelled_pull_keeps_its_pages_and_continues_when_asked_again(
        big_hub: RunningHub, alice: AppProfile) -> None:
    with alice.cache() as cache:
        engine = alice.engine(cache, big_hub.url)
        engine.sync_now()

        def cancel_after_first_page(progress: SyncProgress) -> None:
            if progress.phase is SyncPhase.LEASE and progress.done >= PAGE:
                engine.cancel_pull.set()

        engine.add_listener(cancel_after_first_page)
        report = SyncReport()
        held = engine.make_available_offline("big", TASKS, report=report)
        engine.remove_listener(cancel_after_first_page)
        assert report.cancelled and held == PAGE
        pending = pending_pull(cache, big_hub.url, alice.signer.address, "big")
        assert pending is not None and (pending.wanted, pending.got) == (TASKS, PAGE)
        assert pending.cancelled
        assert engine.sync_now().leased == 0  # a cancelled pull waits to be asked again
        again = engine.sync_now(lease={"big": TASKS})
        assert again.leased == TASKS and not again.cancelled
        assert pending_pull(cache, big_hub.url, alice.signer.address, "big") is None
    assert _hub_leases(big_hub, "big", alice.signer.address) == TASKS


def test_a_pull_cut_off_by_the_hub_going_away_resumes_at_the_next_sync(
        big_hub: RunningHub, alice: AppProfile, tmp_path: Path) -> None:
    with alice.cache() as cache:
        engine = alice.engine(cache, big_hub.url)
        engine.sync_now()
        real = engine.client.lease
        calls = []  # the pages are asked for on a worker thread

        def lease_then_fail(*args: object, **kwargs: object) -> object:
            calls.append(args)
            if len(calls) == 3:
                from datafi_desktop.core.sync.errors import HubUnreachableError
                raise HubUnreachableError(big_hub.url, "connection reset")
            return real(*args, **kwargs)  # type: ignore[arg-type]

        engine.client.lease = lease_then_fail  # type: ignore[method-assign]
        cut = engine.sync_now(lease={"big": TASKS})
        assert cut.state.value == "offline"
        pending = pending_pull(cache, big_hub.url, alice.signer.address, "big")
        assert pending is not None and pending.got == 2 * PAGE and not pending.cancelled
        engine.client.lease = real  # type: ignore[method-assign]
        resumed = engine.sync_now()
        assert resumed.leased == TASKS
        assert pending_pull(cache, big_hub.url, alice.signer.address, "big") is None
        assert len(cache.tasks.task_summaries("big", kinds=("text_classification",))) == TASKS


def test_the_limit_per_account_ends_a_pull_and_says_so(big_hub: RunningHub,
                                                      alice: AppProfile) -> None:
    with alice.cache() as cache:
        engine = alice.engine(cache, big_hub.url)
        engine.sync_now()
        report = engine.sync_now(lease={"small": 5_000})
        assert report.leased == PAGE + 200
        assert any(f"at most {PAGE + 200:,} tasks" in note for note in report.lease_notes), \
            report.lease_notes
        assert pending_pull(cache, big_hub.url, alice.signer.address, "small") is None
    assert _hub_leases(big_hub, "small", alice.signer.address) == PAGE + 200
