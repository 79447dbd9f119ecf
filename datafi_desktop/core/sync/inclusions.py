"""The sync cycle's inclusions step: the Merkle proofs of one's own settled submissions.

After the statuses, for every campaign of this hub that settles on a chain and has own
accepted or paid submissions without a proof in the cache:

1. ``POST /v1/campaigns/{id}/inclusions {"digests": [...]}`` (public; at most
   :data:`BATCH` digests a request) → for each digest a posted epoch counted: the epoch,
   its submissions root and the proof; and the latest posted epoch;
2. each proof is checked here (:mod:`datafi_desktop.core.merkle`: it must lead from the
   submission's own digest to the root given with it) before it is kept
   (``cache.inclusions.save_many``); a proof that does not is logged and dropped;
3. what was asked is remembered per hub and campaign (``sync_state`` key
   ``inclusions_checked:<hub>:<campaign>``: the latest posted epoch and when): the next
   cycle asks only about paid submissions still without a proof (a posted epoch counted
   them) and those whose status changed since, unless the hub has posted a newer epoch —
   then about every submission still without a proof. So an accepted submission waiting
   for its epoch costs one small request per cycle, not a look-up of all of them. When a
   proof was refused, the check is not remembered: the next cycle asks again.

Exports attach the kept proofs (``core.formats.sources.cache_records``), and ``verify
--rpc-url`` checks them against the submissions roots of the epochs' ``EpochPosted``
logs on-chain.

Hub trouble with this step (a hub without the endpoint, a closed campaign, a 5xx) is
logged and the step moves on; an unreachable hub propagates like the other steps' (the
engine turns it into "offline").
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from ..cache.base import now_ms
from ..cache.inclusions import InclusionRow, Unproven, proof_leads_to_root
from ..changes import OpChanges
from ..errors import CacheError
from .errors import HubResponseError
from .progress import SyncPhase, SyncState

if TYPE_CHECKING:
    from ..cache import Cache
    from .client import HubClient
    from .engine import SyncEngine
    from .report import SyncReport

__all__ = ["BATCH", "STATE_PREFIX", "InclusionsAnswer", "fetch_inclusions", "sync_inclusions"]

log = logging.getLogger("datafi_desktop.sync")

#: digests per request (the hub takes at most 1000)
BATCH: Final = 500
STATE_PREFIX: Final = "inclusions_checked:"


@dataclass(frozen=True)
class InclusionsAnswer:
    """The hub's answer: the latest posted epoch and the inclusions it knows (digest →
    (epoch, root, proof)), as sent: not checked yet."""

    latest_epoch: int | None
    found: dict[str, tuple[int, str, tuple[str, ...]]]


def fetch_inclusions(client: HubClient, campaign_id: str, digests: Sequence[str]
                     ) -> InclusionsAnswer:
    """``POST /v1/campaigns/{id}/inclusions``; malformed entries are left out."""
    body = client.inclusions(campaign_id, list(digests))
    found: dict[str, tuple[int, str, tuple[str, ...]]] = {}
    for entry in body.inclusions:
        if entry.epoch >= 1:
            found[entry.digest.lower()] = (entry.epoch, entry.root.lower(),
                                           tuple(p.lower() for p in entry.proof))
    return InclusionsAnswer(body.latest_epoch, found)


@dataclass(frozen=True)
class _Checked:
    epoch: int | None
    at: int


def _load(text: str | None) -> _Checked | None:
    try:
        data = json.loads(text) if text else None
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("at"), int):
        return None
    epoch = data.get("epoch")
    return _Checked(epoch if isinstance(epoch, int) else None, int(data["at"]))


def _newer(latest: int | None, checked: _Checked) -> bool:
    return latest is not None and (checked.epoch is None or latest > checked.epoch)


def sync_inclusions(engine: SyncEngine, report: SyncReport | None = None) -> int:
    """Run the inclusions step; returns how many proofs were stored."""
    from ..models.campaign import ZERO_ADDRESS

    cache = engine.cache
    ours = [c for c in cache.tasks.campaigns()
            if c.chain.distributor != ZERO_ADDRESS
            and (c.hub_url or "").rstrip("/") == engine.hub_url]
    stored = 0
    for campaign in ours:
        started = now_ms()
        unproven = cache.inclusions.unproven_submissions(campaign.id)
        if not unproven:
            continue
        key = f"{STATE_PREFIX}{engine.hub_url}:{campaign.id}"
        checked = _load(cache.tasks.get_state(key))
        ask = unproven if checked is None else [u for u in unproven if u.status == "paid"
                                                or u.updated_at >= checked.at]
        engine._emit(SyncState.SYNCING, SyncPhase.STATUSES,
                     message="Fetching settlement proofs")
        try:
            latest, found = _ask(engine.client, campaign.id, unproven, ask, checked)
        except HubResponseError as exc:  # no such endpoint, a closed campaign, a 5xx
            log.info("inclusion proofs of %s: %s", campaign.id, exc)
            continue
        kept, refused = _keep(cache, campaign.id, unproven, found)
        stored += kept
        if not refused:
            cache.tasks.set_state(key, json.dumps({"epoch": latest, "at": started}))
    if report is not None:
        report.inclusions += stored
        report.note(OpChanges(rewards=stored > 0))
    return stored


def _ask(client: HubClient, campaign_id: str, unproven: list[Unproven], ask: list[Unproven],
         checked: _Checked | None
         ) -> tuple[int | None, dict[str, tuple[int, str, tuple[str, ...]]]]:
    """Ask about ``ask`` (first batch even when empty: it tells the latest epoch); when the
    hub has posted an epoch since ``checked``, about every unproven submission."""
    digests = [u.digest for u in ask]
    answer = fetch_inclusions(client, campaign_id, digests[:BATCH])
    asked = set(digests[:BATCH])
    found = dict(answer.found)
    if checked is not None and _newer(answer.latest_epoch, checked):
        digests = [u.digest for u in unproven]
    rest = [d for d in digests if d not in asked]
    for start in range(0, len(rest), BATCH):
        more = fetch_inclusions(client, campaign_id, rest[start:start + BATCH])
        found.update(more.found)
    return answer.latest_epoch, found


def _keep(cache: Cache, campaign_id: str, unproven: list[Unproven],
          found: Mapping[str, tuple[int, str, tuple[str, ...]]]) -> tuple[int, int]:
    """Store the proofs that hold; returns (stored, refused)."""
    by_digest = {u.digest: u for u in unproven}
    rows = []
    refused = 0
    for digest, (epoch, root, proof) in found.items():
        own = by_digest.get(digest)
        if own is None:
            continue  # not asked about (or already proven meanwhile)
        if not proof_leads_to_root(digest, proof, root):
            log.warning("the hub's proof for submission %s (epoch %d of %s) does not lead to "
                        "root %s: not kept", own.submission_id, epoch, campaign_id, root)
            refused += 1
            continue
        rows.append(InclusionRow(own.submission_id, campaign_id, digest, epoch, root, proof))
    if not rows:
        return 0, refused
    try:
        return cache.inclusions.save_many(rows), refused
    except CacheError:  # one bad row (e.g. malformed hex): keep the others, say which
        kept = 0
        for row in rows:
            try:
                kept += cache.inclusions.save_many([row])
            except CacheError as exc:
                log.warning("inclusion proof of %s not kept: %s", row.submission_id, exc)
                refused += 1
        return kept, refused
