"""The demo's reviewer and operator: accept what waits for review, then settle.

Used by :func:`demo_review_and_settle` (the app's
Demo ▸ Review and settle now). The demo reviewer is a key derived from a public string,
granted the reviewer role on the campaign; it goes through the hub's API like any
reviewer (sign in with Ethereum, lease, signed ``Review`` verdicts), so the demo exercises
the same path as real work. Then the hub settles an epoch on the demo chain, and gives
annotators who hold no ETH a little, so that they can also claim from their wallet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from eth_keys import keys
from eth_utils import keccak

from ...core.models import Campaign
from ...core.review import sign_review
from ...core.sync.client import HubClient
from ...core.words import counted
from ..accounts import auth
from ..campaigns.catalog import list_campaigns
from .settle import NothingToSettle, previous_amounts, settle

if TYPE_CHECKING:
    from ...core.demo_chain import DemoChain, DemoSettlement

log = logging.getLogger("datafi_desktop.demo")

BATCH = 200


class DemoReviewer:
    """A DigestSigner over the demo reviewer's key (a DEMO key: never fund it)."""

    def __init__(self, seed: str) -> None:
        self._key = keys.PrivateKey(keccak(text=seed))

    @property
    def address(self) -> str:
        return str(self._key.public_key.to_checksum_address())

    def sign_digest(self, digest: bytes) -> bytes:
        from ...core.wallet_signer import encode_signature

        sig = self._key.sign_msg_hash(digest)
        return encode_signature(sig.r, sig.s, sig.v)


def _campaign_on(hub: Any, chain: DemoChain, campaign_id: str | None) -> Campaign:
    with hub.engine.begin() as conn:
        infos = list_campaigns(conn)
    for info in infos:
        c = info.campaign
        if campaign_id is not None and c.id == campaign_id:
            return c
        if (campaign_id is None and c.chain.chain_id == chain.chain_id
                and c.chain.distributor == chain.settings.distributor):
            return c
    raise RuntimeError(f"no campaign {campaign_id or ''} settles on the demo chain")


def accept_all(url: str, hub: Any, campaign: Campaign, reviewer: DemoReviewer,
               progress: Callable[[str], None] | None = None) -> tuple[int, int]:
    """Lease every submission waiting for review and accept it; (reviewed, accepted)."""
    with hub.engine.begin() as conn:
        auth.grant_role(conn, campaign.id, reviewer.address, "reviewer", hub.now())
    reviewed = accepted = 0
    with HubClient(url) as client:
        client.sign_in(reviewer)
        while True:
            items = client.review_lease(campaign.id, BATCH).items
            if not items:
                break
            wire = []
            for item in items:
                signed = sign_review(campaign.domain, submission_id=item.id,
                                     submission_digest=item.digest, verdict="accept",
                                     reason="", correction=None, signer=reviewer)
                wire.append({"id": signed.id, "typed_data": signed.typed_data,
                             "signature": signed.signature})
            body = client.push_reviews(wire)
            reviewed += len(wire)
            accepted += body.accepted
            if progress is not None:
                progress(f"Reviewed {counted(reviewed, 'submission')}")
            if body.accepted == 0:
                break  # nothing more this reviewer may decide
    return reviewed, accepted


def review_and_settle(running: Any, chain: DemoChain, *, campaign_id: str | None = None,
                      progress: Callable[[str], None] | None = None) -> DemoSettlement:
    from ...core.demo_chain import DEMO_REVIEWER_SEED, DemoSettlement

    hub = running.hub
    campaign = _campaign_on(hub, chain, campaign_id)
    reviewer = DemoReviewer(DEMO_REVIEWER_SEED)
    reviewed, accepted = accept_all(running.url, hub, campaign, reviewer, progress)
    if progress is not None:
        progress("Settling an epoch on the demo chain")
    try:
        result = settle(hub, campaign.id)
    except NothingToSettle as exc:
        message = f"Reviewed {reviewed}; nothing to settle ({exc})"
        return DemoSettlement(reviewed, accepted, None, 0, [], message)
    info = result.epoch
    with hub.engine.begin() as conn:
        accounts = previous_amounts(conn, campaign.id, info.epoch)
    gifted = [a for a in accounts if a != reviewer.address and chain.give_gas(a)]
    message = (f"Reviewed {reviewed} ({accepted} accepted); epoch {info.epoch} posted in "
               f"block {info.block_number} for {counted(info.accounts, 'account')}")
    log.info("demo: %s", message)
    return DemoSettlement(reviewed, accepted, info.epoch, info.accounts, gifted, message)


def demo_review_and_settle(hub: Any, chain: DemoChain | None = None, *,
                           campaign_id: str | None = None,
                           progress: Callable[[str], None] | None = None) -> DemoSettlement:
    """The demo's stand-in for a reviewer and an operator: the demo reviewer accepts every
    submission waiting for review (signed Review verdicts through the hub's API), then the
    hub settles an epoch on the demo chain; annotators without ETH get a little for gas.

    ``hub`` is the in-process hub (``RunningHub``: its ``url`` and ``hub``).
    """
    from ...core.demo_chain import active_demo_chain

    chain = chain or active_demo_chain()
    if chain is None:
        raise RuntimeError("no demo chain runs in this process")
    return review_and_settle(hub, chain, campaign_id=campaign_id, progress=progress)
