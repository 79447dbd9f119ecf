"""Pulling a large batch of tasks in pages: File ▸ Make tasks available offline… for
100,000 tasks.

The hub's lease means "hold ``count`` tasks": the leases already held come first
(renewed), then new ones. A pull of N therefore starts with one such request (so the
tasks already held are renewed to the new lease time) and goes on with pages of new
tasks only (``held: skip``) until N are held, the hub has no more, or its limit per
account is reached — the hub's reason goes into the report. Every page is in the cache
before the next is asked for, and the progress is reported per page.

Cancel (:class:`threading.Event`, set from another thread) stops between pages; what
was pulled stays. The pull is recorded in the cache while it runs
(``offline_pull:<hub>:<account>:<campaign>``): asking for N again continues where it
stopped, and a pull cut off by the network (not cancelled) is resumed by the next sync.
"""

from __future__ import annotations

import json
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..cache import Cache
from ..cache.base import now_ms
from .errors import HubRequestError
from .progress import SyncPhase, SyncState

if TYPE_CHECKING:
    from ..wire.campaigns import LeasesOut
    from .engine import SyncEngine
    from .report import SyncReport

#: new tasks asked for per request after the first
PAGE = 1_000
#: the most one request may ask for (the hub's LeaseIn.count bound)
REQUEST_CAP = 10_000
_PREFIX = "offline_pull:"


@dataclass(frozen=True)
class PendingPull:
    """A pull that has not finished: ``got`` of ``wanted`` tasks are held."""

    campaign_id: str
    wanted: int
    got: int
    ttl_s: int | None
    cancelled: bool


def _key(hub_url: str, account: str, campaign_id: str) -> str:
    return f"{_PREFIX}{hub_url}:{account.lower()}:{campaign_id}"


def pending_pulls(cache: Cache, hub_url: str, account: str) -> list[PendingPull]:
    """The unfinished pulls of this account on this hub."""
    found = []
    for key, value in cache.tasks.states(f"{_PREFIX}{hub_url}:{account.lower()}:").items():
        try:
            body = json.loads(value)
            found.append(PendingPull(str(body["campaign"]), int(body["wanted"]),
                                     int(body["got"]), body.get("ttl_s"),
                                     bool(body.get("cancelled"))))
        except (ValueError, KeyError, TypeError):
            cache.tasks.delete_state(key)  # unreadable: forget it rather than fail every sync
    return found


def pending_pull(cache: Cache, hub_url: str, account: str,
                 campaign_id: str) -> PendingPull | None:
    for pull in pending_pulls(cache, hub_url, account):
        if pull.campaign_id == campaign_id:
            return pull
    return None


class _Record:
    """The pull's entry in the cache, rewritten after every page."""

    def __init__(self, cache: Cache, key: str, campaign_id: str, wanted: int,
                 ttl_s: int | None) -> None:
        self.cache, self.key = cache, key
        self.body: dict[str, object] = {"campaign": campaign_id, "wanted": wanted,
                                        "got": 0, "ttl_s": ttl_s, "cancelled": False}

    def save(self, got: int, *, cancelled: bool = False) -> None:
        self.body.update(got=got, cancelled=cancelled)
        self.cache.tasks.set_state(self.key, json.dumps(self.body))

    def done(self) -> None:
        self.cache.tasks.delete_state(self.key)


def pull_tasks(engine: SyncEngine, campaign_id: str, count: int, ttl_s: int | None,
               report: SyncReport | None, cancel: threading.Event | None = None) -> int:
    """Hold ``count`` tasks of the campaign, in pages; returns how many are held now.
    The next page is asked for while the one that came is stored (one in flight)."""
    record = _Record(engine.cache, _key(engine.hub_url, engine.client.address or "",
                                        campaign_id), campaign_id, count, ttl_s)
    record.save(0)
    renew = min(count, REQUEST_CAP,
                max(PAGE, engine.cache.tasks.live_leases(campaign_id, now_ms())))
    body = engine.lease_page(campaign_id, renew, ttl_s, report, skip_held=False)
    held = _held_after_renewal(body, renew)
    limit = body.limit
    _progress(engine, held, count)
    stopping = cancel is not None and cancel.is_set()
    asked = 0 if len(body.leases) < renew or stopping else \
        _next_ask(report, limit, held, count)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="datafi-pull") as pool:
        def ask(n: int) -> Future[LeasesOut] | None:
            return pool.submit(engine.lease_request, campaign_id, n, ttl_s,
                               skip_held=True) if n > 0 else None

        inflight = ask(asked)
        while inflight is not None:
            try:
                body = inflight.result()
            except HubRequestError as exc:
                if exc.status != 429:  # 429: the account holds as many as it may
                    raise
                if report is not None:
                    report.lease_notes.append(exc.detail[:500])
                break
            granted = len(body.leases)
            held += granted
            stopping = cancel is not None and cancel.is_set()
            following = _next_ask(report, limit, held, count) \
                if granted == asked and not stopping else 0
            inflight = ask(following)
            engine.store_leases(campaign_id, body, report)
            record.save(held)
            _progress(engine, held, count)
            asked = following
    if stopping and held < count:
        record.save(held, cancelled=True)
        if report is not None:
            report.cancelled = True
        return held
    record.done()
    return held


def _held_after_renewal(body: LeasesOut, renew: int) -> int:
    granted = len(body.leases)
    held_before = body.held
    if held_before is not None:  # renewed min(held, renew), the rest are new
        return held_before + granted - min(held_before, renew)
    return granted  # a hub without the field: what it returned is what is held


def _next_ask(report: SyncReport | None, limit: int | None, held: int, wanted: int) -> int:
    """How many new tasks the next page asks for (0: the pull is done)."""
    asked = min(PAGE, wanted - held)
    if asked > 0 and limit is not None and held + asked > limit:
        asked = limit - held
        if asked <= 0:
            _limit_note(report, limit, held, wanted)
    return max(0, asked)


def _limit_note(report: SyncReport | None, limit: int, held: int, wanted: int) -> None:
    if report is not None:
        report.lease_notes.append(
            f"{held:,} of the {wanted:,} asked for: one account may hold at most {limit:,} "
            "tasks of this campaign at once; submit some to get more")


def _progress(engine: SyncEngine, held: int, wanted: int) -> None:
    engine.emit_progress(SyncState.SYNCING, SyncPhase.LEASE, min(held, wanted), wanted,
                         message=f"Reserved {held:,} of {wanted:,} tasks")


def resume_pulls(engine: SyncEngine, report: SyncReport, skip: set[str]) -> int:
    """Continue the pulls the network cut off (not the ones the user cancelled)."""
    account = engine.client.address or ""
    held = 0
    for pull in pending_pulls(engine.cache, engine.hub_url, account):
        if pull.cancelled or pull.campaign_id in skip:
            continue
        held += pull_tasks(engine, pull.campaign_id, pull.wanted, pull.ttl_s, report,
                           engine.cancel_pull)
    return held

