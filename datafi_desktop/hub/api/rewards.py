"""The rewards routes of the hub's API (:func:`add_routes`).

- ``GET /v1/campaigns/{id}/rewards/me`` (signed in): one's latest posted leaf (epoch,
  cumulative amount, root, proof), what is accepted but not settled yet, and what the
  distributor has paid;
- ``GET /v1/campaigns/{id}/rewards/{account}`` (anyone): an account's latest posted leaf
  and proof (the trees are public);
- ``GET /v1/campaigns/{id}/epochs`` (anyone): every epoch, its roots, totals, state,
  transaction and block;
- ``GET /v1/campaigns/{id}/epochs/{n}?digest=0x…`` (anyone): one epoch; with ``digest``, the
  proof that this submission was counted;
- ``POST /v1/campaigns/{id}/inclusions`` (anyone): for up to 1000 submission digests at once,
  the posted epoch that counted each, its submissions root and the proof (what the app keeps
  for its exports), and the latest posted epoch;
- ``POST /v1/campaigns/{id}/claims/relay`` (a signed ClaimRequest): the hub sends the claim;
  429 with ``Retry-After`` over the rate limit;
- ``GET /v1/campaigns/{id}/claims/relay/{tx_hash}`` (anyone): a relayed claim's state,
  followed to its receipt.

They are registered before the campaign routes whose ``{campaign_id:path}`` would
otherwise take ``c1/rewards`` for a campaign id.
"""

# no "from __future__ import annotations": FastAPI reads the route signatures at
# registration

import logging
from typing import TYPE_CHECKING, Annotated, Any

from eth_utils import to_checksum_address
from fastapi import APIRouter, Query, Response
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse

from ...core.chain.client import ChainError
from ...core.wire.common import ADDRESS_PATTERN, HASH_PATTERN
from ...core.wire.errors import ErrorOut
from ...core.wire.inclusions import InclusionOut, InclusionsIn, InclusionsOut
from ...core.wire.rewards import (
    EpochDetailOut,
    EpochListOut,
    EpochOut,
    RelayIn,
    RelayOut,
    RewardsOut,
    SubmissionProofOut,
)
from ..campaigns.catalog import load_campaign
from ..campaigns.export import submission_inclusions
from ..chain.pool import chain_bound
from ..errors import NotFound
from ..settlement.chain import ChainUnavailable, cached_chain, config_of
from ..settlement.epochs import (
    EpochInfo,
    account_proof,
    get_epoch,
    latest_epoch,
    ledger_total,
    list_epochs,
    submission_proof,
)
from ..settlement.relayer import RateLimited, RelayedClaim, relay_claim, relay_status
from .deps import CampaignId, Signed

if TYPE_CHECKING:
    from ..service import Hub

log = logging.getLogger("datafi_desktop.hub")

Address = Annotated[str, PathParam(pattern=ADDRESS_PATTERN)]
TxHash = Annotated[str, PathParam(pattern=HASH_PATTERN)]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (401, 404, 409, 422, 429, 503)
}


def _epoch_out(info: EpochInfo) -> dict[str, Any]:
    data = info.as_dict()
    data.pop("ledger_upto", None)
    data.pop("sender", None)
    return data


def _relay_out(claim: RelayedClaim) -> RelayOut:
    data = vars(claim).copy()
    data.pop("nonce", None)
    data.pop("updated_at", None)
    return RelayOut(**data)


def add_routes(router: APIRouter, hub: "Hub") -> None:
    """The rewards routes (added before the campaign routes)."""

    def rewards_of(campaign_id: str, account: str, *, mine: bool) -> RewardsOut:
        with hub.engine.begin() as conn:
            campaign, _closed = load_campaign(conn, campaign_id)
            found = account_proof(conn, campaign_id, account)
            pending = None
            if mine:
                settled = found.cumulative_amount if found is not None else 0
                pending = max(0, ledger_total(conn, campaign_id, account) - settled)
        claimed = current_root = None
        chain = campaign.chain
        try:
            client = cached_chain(chain, config_of(hub)).client
            claimed = str(client.claimed(account))
            current_root = client.merkle_root()
        except (ChainUnavailable, ChainError) as exc:
            log.info("rewards of %s: chain not readable (%s)", account, exc)
        return RewardsOut(
            campaign_id=campaign_id, account=found.account if found else account,
            epoch=found.epoch.epoch if found else None,
            cumulative_amount=str(found.cumulative_amount) if found else None,
            root=found.epoch.rewards_root if found else None,
            proof=found.proof if found else [],
            pending_amount=str(pending) if pending is not None else None,
            claimed_onchain=claimed, current_root=current_root, chain_id=chain.chain_id,
            distributor=chain.distributor, token=chain.token, token_symbol=chain.token_symbol,
            token_decimals=chain.token_decimals)

    @router.get("/v1/campaigns/{campaign_id:path}/rewards/me", response_model=RewardsOut,
                responses=ERRORS, tags=["rewards"])
    @chain_bound  # a hanging RPC node holds only the chain threads
    def my_rewards(campaign_id: CampaignId, signed: Signed) -> RewardsOut:
        """The caller's latest posted leaf and proof, what is accepted but not yet settled,
        and what the distributor has paid."""
        return rewards_of(campaign_id, signed.account, mine=True)

    @router.get("/v1/campaigns/{campaign_id:path}/rewards/{account}", response_model=RewardsOut,
                responses=ERRORS, tags=["rewards"])
    @chain_bound  # a hanging RPC node holds only the chain threads
    def account_rewards(campaign_id: CampaignId, account: Address) -> RewardsOut:
        """Any account's latest posted leaf and proof (public, like the trees)."""
        return rewards_of(campaign_id, str(to_checksum_address(account)), mine=False)

    @router.get("/v1/campaigns/{campaign_id:path}/epochs/{epoch}", response_model=EpochDetailOut,
                responses=ERRORS, tags=["rewards"])
    def epoch_detail(campaign_id: CampaignId, epoch: Annotated[int, PathParam(ge=1,
                                                                               le=2**63 - 1)],
                     digest: Annotated[str | None, Query(pattern=HASH_PATTERN)] = None
                     ) -> EpochDetailOut:
        """One epoch's roots, totals and transaction. With ``digest`` (a submission's EIP-712
        digest), the proof that it was counted, checkable against the submissions root in
        the epoch's ``EpochPosted`` log on-chain."""
        with hub.engine.begin() as conn:
            load_campaign(conn, campaign_id)
            info = get_epoch(conn, campaign_id, epoch)
            if info is None:
                raise NotFound(f"campaign {campaign_id!r} has no epoch {epoch}")
            sub = None
            if digest is not None:
                found = submission_proof(conn, campaign_id, digest)
                sub = SubmissionProofOut(
                    digest=digest.lower(), included=found is not None and found.epoch.epoch
                    == epoch, epoch=found.epoch.epoch if found else None,
                    proof=found.proof if found is not None and found.epoch.epoch == epoch
                    else [])
        return EpochDetailOut(**_epoch_out(info), submission=sub)

    @router.post("/v1/campaigns/{campaign_id:path}/inclusions", response_model=InclusionsOut,
                 responses=ERRORS, tags=["rewards"])
    def inclusions(campaign_id: CampaignId, body: InclusionsIn) -> InclusionsOut:
        """Where each submission digest was settled: the posted epoch that counted it, the
        epoch's submissions root and the Merkle proof (leaf
        ``keccak256(keccak256(abi.encode(digest)))``). Digests not counted by a posted
        epoch are listed as missing. Public, like the trees."""
        with hub.engine.begin() as conn:
            load_campaign(conn, campaign_id)
            found = submission_inclusions(conn, campaign_id, body.digests)
            latest = latest_epoch(conn, campaign_id, posted_only=True)
        asked = sorted({d.lower() for d in body.digests})
        return InclusionsOut(
            campaign_id=campaign_id, latest_epoch=latest.epoch if latest else None,
            inclusions=[InclusionOut(digest=d, epoch=found[d].epoch, root=found[d].root,
                                     proof=list(found[d].proof)) for d in asked if d in found],
            missing=[d for d in asked if d not in found])

    @router.get("/v1/campaigns/{campaign_id:path}/epochs", response_model=EpochListOut,
                responses=ERRORS, tags=["rewards"])
    def epochs(campaign_id: CampaignId) -> EpochListOut:
        """Every epoch of the campaign, oldest first."""
        with hub.engine.begin() as conn:
            load_campaign(conn, campaign_id)
            found = list_epochs(conn, campaign_id)
        return EpochListOut(epochs=[EpochOut(**_epoch_out(i)) for i in found])

    @router.post("/v1/campaigns/{campaign_id:path}/claims/relay", response_model=RelayOut,
                 responses=ERRORS, tags=["rewards"], status_code=202)
    @chain_bound  # a hanging RPC node holds only the chain threads
    def relay(campaign_id: CampaignId, body: RelayIn, response: Response) -> Any:
        """Send a claim for an account without gas. The body is a ClaimRequest signed by
        the account (EIP-712, the campaign's domain); the tokens go to the account."""
        try:
            claim, created = relay_claim(hub, campaign_id, body.request.model_dump(),
                                         body.signature)
        except RateLimited as exc:
            return JSONResponse({"detail": exc.detail}, status_code=429,
                                headers={"Retry-After": str(exc.retry_after)})
        if not created:
            response.status_code = 200
        return _relay_out(claim)

    @router.get("/v1/campaigns/{campaign_id:path}/claims/relay/{tx_hash}",
                response_model=RelayOut, responses=ERRORS, tags=["rewards"])
    @chain_bound  # a hanging RPC node holds only the chain threads
    def relayed(campaign_id: CampaignId, tx_hash: TxHash) -> RelayOut:
        """A relayed claim, followed to its receipt."""
        return _relay_out(relay_status(hub, campaign_id, tx_hash))

