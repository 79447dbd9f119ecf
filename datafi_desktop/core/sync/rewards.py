"""The sync cycle's rewards step: proofs and pending amounts in, claims out.

After the statuses, for every campaign of this hub that settles somewhere:

1. ``GET /v1/campaigns/{id}/rewards/me`` → the latest posted leaf and its proof, what is
   accepted but not yet settled, what the distributor paid (``cache.rewards.save_entitlement`` and
   ``reward_status``);
2. the chain, when reachable: ``claimed``, balances, the current root (never fails the
   cycle: an unreachable chain is noted and the claims wait);
3. claims asked for offline (``requested``) are carried out with the wallet's signer —
   through the hub's relayer, or from the wallet when it can pay the gas — and pending
   ones are followed to their receipts (rebroadcast when a node forgot them).

Nothing here raises for the chain; hub trouble propagates like the other steps' (the
engine turns it into "offline").
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..changes import OpChanges
from ..errors import DataFiError
from .errors import HubRequestError, SyncError
from .progress import SyncPhase, SyncState

if TYPE_CHECKING:
    from .engine import SyncEngine
    from .report import SyncReport

log = logging.getLogger("datafi_desktop.sync")


def sync_rewards(engine: SyncEngine, report: SyncReport | None = None) -> int:
    """Run the rewards step; returns how many claims changed state."""
    from ..chain.client import ChainError
    from ..models.campaign import ZERO_ADDRESS
    from ..rewards import HubEntitlement, RelayRateLimitedError, Rewards, RewardsHub

    account = engine.client.address
    signer = engine._signer()
    if account is None or signer is None:
        return 0
    rewards = Rewards(engine.cache)
    hub = RewardsHub(engine.client)
    ours = [c for c in engine.cache.tasks.campaigns()
            if c.chain.distributor != ZERO_ADDRESS
            and (c.hub_url or "").rstrip("/") == engine.hub_url]
    if not ours:
        return 0
    engine._emit(SyncState.SYNCING, SyncPhase.STATUSES, message="Fetching rewards")
    if report is not None:  # the hub's amounts and the chain's figures are stored again
        report.note(OpChanges(rewards=True))
    for campaign in ours:
        try:
            # silenced below: mypy cannot infer a lambda whose default arguments bind loop values
            body = engine._authed(lambda cid=campaign.id: hub.my_rewards(cid))  # type: ignore[misc]
        except HubRequestError as exc:  # a hub without the rewards API, a closed campaign
            log.info("rewards of %s: %s", campaign.id, exc)
            continue
        rewards.apply_hub(campaign.id, account,
                          HubEntitlement.from_wire(campaign.id, account, body))
        rewards.refresh_chain(campaign.id, account)
    changed = 0
    for record in engine.cache.rewards.open_claims(account):
        before = record.state
        try:
            if record.state == "requested":
                record = rewards.carry_out(record, signer, hub)
            else:
                record = rewards.track(record, hub)
        except RelayRateLimitedError as exc:
            log.info("claim %s waits: %s", record.id, exc)
            continue
        except SyncError:
            raise
        except (ChainError, DataFiError) as exc:
            log.info("claim %s waits: %s", record.id, exc)
            continue
        if record.state != before:
            changed += 1
            log.info("claim %s: %s → %s", record.id, before, record.state)
    return changed
