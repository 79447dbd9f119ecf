"""A new annotator gets work by syncing: each cycle tops up the tasks to label.

After ``campaign create`` a hub's tasks reach an annotator only through leases.
A sync therefore leases, per campaign the hub serves, enough tasks for the
annotator to hold :func:`first_batch_size` open label tasks (new, draft or
skipped; collection tasks do not count, they come with the campaign). The hub
gives back the leases the account already holds first (renewed), then new
ones, so a full queue asks for nothing and a finished one gets the next batch.
The size is a setting in the cache (0 turns it off); File ▸ Make tasks
available offline… still leases a larger batch for field work.

>>> clamp_first_batch(-3), clamp_first_batch(20), clamp_first_batch(10**6)
(0, 20, 500)
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..cache import Cache
from ..cache.tasks import OPEN_STATES
from .errors import HubForbiddenError, HubRequestError

if TYPE_CHECKING:
    from .engine import SyncEngine
    from .report import SyncReport

log = logging.getLogger(__name__)

FIRST_BATCH_KEY = "sync.first_batch"
DEFAULT_FIRST_BATCH = 20
MAX_FIRST_BATCH = 500


def clamp_first_batch(value: int) -> int:
    return max(0, min(MAX_FIRST_BATCH, int(value)))


def first_batch_size(cache: Cache) -> int:
    """How many open label tasks a sync keeps leased (0: none automatically)."""
    raw = cache.tasks.get_state(FIRST_BATCH_KEY)
    try:
        return clamp_first_batch(int(raw)) if raw is not None else DEFAULT_FIRST_BATCH
    except ValueError:
        return DEFAULT_FIRST_BATCH


def set_first_batch_size(cache: Cache, value: int) -> int:
    """Store the setting (clamped to 0–500); returns what was stored."""
    value = clamp_first_batch(value)
    cache.tasks.set_state(FIRST_BATCH_KEY, str(value))
    return value


def open_label_tasks(cache: Cache, campaign_id: str) -> int:
    return sum(1 for s in cache.tasks.task_summaries(campaign_id, states=OPEN_STATES)
               if s.kind != "collection")


def top_up(engine: SyncEngine, campaign_ids: list[str], report: SyncReport,
           skip: set[str] | None = None) -> int:
    """Lease, for each campaign, up to the first-batch size of open label tasks.
    A campaign the hub refuses to lease from (closed, not allowed) is skipped and
    logged; the rest of the sync goes on. Returns how many tasks came."""
    size = first_batch_size(engine.cache)
    if size <= 0:
        return 0
    leased = 0
    for campaign_id in campaign_ids:
        if campaign_id in (skip or set()):
            continue
        if open_label_tasks(engine.cache, campaign_id) >= size:
            continue
        try:
            leased += engine.make_available_offline(campaign_id, size, report=report)
        except (HubForbiddenError, HubRequestError) as exc:
            log.info("no tasks leased from %s: %s", campaign_id, exc)
    return leased
