"""The hub's epochs against the chain: confirmations, and epochs a reorg took away.

An epoch is *posted* once its ``postEpoch`` receipt is seen, and *final* once the
campaign's ``confirmations`` blocks hold it (``datafi-hub epochs`` shows
``pending (1/2 confirmations)`` until then). Before ``settle`` builds anything it looks
at every posted epoch that is not final yet: an epoch whose transaction has no receipt
any more (a reorg dropped it) goes back to ``built`` — and the submissions it had marked
``paid`` back to ``accepted`` (:func:`back_to_built`) — and is posted again by the same run
— under the same epoch number, which the distributor accepts once (``EpochNotIncreasing``
otherwise) —; one whose transaction moved to another block gets the new block.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from hexbytes import HexBytes
from sqlalchemy import update

from ...core.chain.distributor_log import posted_epoch
from ...core.chain.finality import Finality, depth, required_confirmations
from ...core.models import Campaign
from .epochs import BUILT, POSTED, EpochInfo, list_epochs, lock_epochs
from .paid import unmark_paid
from .tables import epochs

if TYPE_CHECKING:
    from ..service import Hub
    from .chain import HubChain

log = logging.getLogger("datafi_desktop.hub.finality")


def finality_of(info: EpochInfo, head: int, campaign: Campaign) -> Finality | None:
    if info.state != POSTED or info.block_number is None:
        return None
    required = required_confirmations(campaign.chain)
    return Finality(info.block_number, depth(head=head, block=info.block_number), required)


def recheck_posted(hub: Hub, campaign: Campaign, chain: HubChain) -> list[int]:
    """Posted epochs not final yet, looked up again (newest first). Returns the epochs that
    a reorg dropped (now ``built`` again, to be posted by :func:`settlement.settle`)."""
    required = required_confirmations(campaign.chain)
    head = chain.client.block_number()
    with hub.engine.begin() as conn:
        infos = list_epochs(conn, campaign.id)
    dropped: list[int] = []
    for info in reversed(infos):
        if info.state != POSTED or info.block_number is None:
            continue
        if info.block_number <= head and depth(head=head, block=info.block_number) >= required:
            break  # final: so is everything older
        receipt = chain.client.receipt(info.tx_hash) if info.tx_hash else None
        if receipt is not None and int(receipt["status"]) == 1:
            block = int(receipt["blockNumber"])
            if block != info.block_number:
                with hub.engine.begin() as conn:
                    conn.execute(update(epochs).where(
                        epochs.c.campaign_id == campaign.id, epochs.c.epoch == info.epoch)
                        .values(block_number=block))
                log.warning("epoch %d of %s: postEpoch %s moved to block %d (reorg)",
                            info.epoch, campaign.id, info.tx_hash, block)
            continue
        posted = posted_epoch(chain.client.distributor, info.epoch)
        if posted is not None and posted.rewards_root == info.rewards_root:
            continue  # posted by another transaction of ours; its EpochPosted log is there
        unpaid = back_to_built(hub, info)
        dropped.append(info.epoch)
        log.warning("epoch %d of %s: postEpoch %s is no longer on the chain (reorg): it goes "
                    "back to built (%d submissions back to accepted) and is posted again",
                    info.epoch, campaign.id,
                    HexBytes(info.tx_hash).to_0x_hex() if info.tx_hash else None, unpaid)
    return dropped


def back_to_built(hub: Hub, info: EpochInfo) -> int:
    """A posted epoch whose transaction a reorg dropped, as before it was posted: the
    epoch ``built`` again and the submissions it marked ``paid`` (and no other posted epoch
    pays) ``accepted`` again, in one transaction. Returns how many submissions changed."""
    with hub.engine.begin() as conn:
        # every epoch row of the campaign (it decides by the other posted epochs, and a
        # post of another epoch in flight finishes first), never the campaign row
        lock_epochs(conn, info.campaign_id)
        changed = conn.execute(update(epochs).where(
            epochs.c.campaign_id == info.campaign_id, epochs.c.epoch == info.epoch,
            epochs.c.state == POSTED).values(state=BUILT, block_number=None, posted_at=None))
        if changed.rowcount == 0:
            return 0  # another run did it already
        others = [i for i in list_epochs(conn, info.campaign_id) if i.state == POSTED]
        return unmark_paid(conn, info, others)
