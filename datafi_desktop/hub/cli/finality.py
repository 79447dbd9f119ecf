"""What ``settle`` and ``epochs`` ask the chain about finality
(see :mod:`..settlement.finality`)."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from ...core.chain.client import EMBEDDED_RPC, ChainError
from ...core.models import Campaign
from ..errors import HubError
from ..settlement.epochs import EpochInfo
from ..settlement.finality import finality_of, recheck_posted

if TYPE_CHECKING:
    from ..service import Hub
    from ..settlement.chain import RewardsConfig

log = logging.getLogger("datafi_desktop.hub.finality")


def recheck_before_settle(hub: Hub, campaign: Campaign, config: RewardsConfig, *,
                          then: str = "posting it again") -> None:
    """Epochs a reorg dropped go back to built and their submissions from ``paid`` to
    ``accepted`` (``settle`` then posts them again; ``epochs`` says so)."""
    from ..settlement.chain import chain_for

    if campaign.chain.rpc_url == EMBEDDED_RPC:
        return
    try:
        chain = chain_for(campaign.chain, config)
        dropped = recheck_posted(hub, campaign, chain)
    except (ChainError, HubError, OSError) as exc:
        log.info("finality check skipped: %s", exc)
        return  # settle itself reports the chain's state
    for epoch in dropped:
        print(f"warning: epoch {epoch}'s postEpoch transaction is no longer on the chain "
              f"(reorg): back to built, its submissions back to accepted; {then}",
              file=sys.stderr)


def epoch_states(hub: Hub, campaign: Campaign, infos: list[EpochInfo]) -> dict[int, str]:
    """``posted, final (…)`` / ``posted, pending (1/2 confirmations)`` per epoch."""
    from ..settlement.chain import chain_for, config_of

    if not any(i.state == "posted" for i in infos) or campaign.chain.rpc_url == EMBEDDED_RPC:
        return {}
    try:
        head = chain_for(campaign.chain, config_of(hub)).client.block_number()
    except (ChainError, HubError, OSError) as exc:
        return {i.epoch: f"posted, finality unknown ({str(exc).splitlines()[0][:80]})"
                for i in infos if i.state == "posted"}
    out: dict[int, str] = {}
    for info in infos:
        found = finality_of(info, head, campaign)
        if found is not None:
            out[info.epoch] = f"posted, {found.describe()}"
    return out
