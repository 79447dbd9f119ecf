"""The network side of rewards, for a worker thread (no cache): the hub's rewards API, a
claim's broadcast, and gathering what the chain and the hub say about an account."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from . import jsonsafe
from .cache.rewards import ClaimRecord
from .chain.claims import (
    TxStatus,
    track_transaction,
)
from .chain.client import ChainClient, ChainError, ClaimRevertedError

if TYPE_CHECKING:
    from .sync.client import HubClient
    from .wire.rewards import EpochDetailOut, RelayOut, RewardsOut

from .reward_values import (
    ChainSnapshot,
    HubEntitlement,
    RelayRateLimitedError,
    RelayUnavailableError,
    RewardsError,
    read_chain,
)

log = logging.getLogger("datafi_desktop.rewards")


# --- the hub's rewards API -----------------------------------------------------------------


class RewardsHub:
    """The hub's rewards endpoints over a :class:`~.sync.client.HubClient`.

    ``my_rewards`` needs the client's session; the others are public (the relayer checks
    the ClaimRequest's signature, not a session).
    """

    def __init__(self, client: HubClient) -> None:
        self.client = client

    @classmethod
    def for_url(cls, url: str) -> RewardsHub:
        from .sync.client import HubClient

        return cls(HubClient(url))

    def close(self) -> None:
        self.client.close()

    def my_rewards(self, campaign_id: str) -> RewardsOut:
        from .wire.rewards import RewardsOut

        return self.client._call("GET", f"/v1/campaigns/{_seg(campaign_id)}/rewards/me",
                                 RewardsOut)

    def entitlement(self, campaign_id: str, account: str) -> RewardsOut:
        from .wire.rewards import RewardsOut

        return self.client._call("GET", f"/v1/campaigns/{_seg(campaign_id)}/rewards/{account}",
                                 RewardsOut, auth=False)

    def epoch(self, campaign_id: str, epoch: int, digest: str | None = None) -> EpochDetailOut:
        from .wire.rewards import EpochDetailOut

        params = {"digest": digest} if digest else None
        return self.client._call(
            "GET", f"/v1/campaigns/{_seg(campaign_id)}/epochs/{int(epoch)}", EpochDetailOut,
            auth=False, params=params)

    def relay(self, campaign_id: str, body: Mapping[str, Any]) -> RelayOut:
        """POST a signed ClaimRequest (built as the wire's ``RelayIn``: one that does not
        fit raises :class:`~.sync.errors.WireRequestError` and is not sent); a 429 raises
        :class:`RelayRateLimitedError`."""
        from .sync.wire_io import build_request, parse_answer, request_body
        from .wire.rewards import RelayIn, RelayOut

        request = build_request(RelayIn, body)
        response = self.client._send("POST", f"/v1/campaigns/{_seg(campaign_id)}/claims/relay",
                                     auth=False, ok=(429, 503), json=request_body(request))
        if response.status_code == 503:  # the relayer (not the hub) cannot send right now
            detail = "the hub's relayer cannot send claims right now"
            with contextlib.suppress(ValueError):
                detail = str(jsonsafe.loads(response.content).get("detail") or detail)
            raise RelayUnavailableError(detail)
        if response.status_code == 429:
            retry = response.headers.get("Retry-After")
            detail = "too many claims through the hub"
            with contextlib.suppress(ValueError):
                detail = str(jsonsafe.loads(response.content).get("detail") or detail)
            raise RelayRateLimitedError(detail, int(retry) if retry and retry.isdigit()
                                        else None)
        return parse_answer(RelayOut, response)

    def relay_status(self, campaign_id: str, tx_hash: str) -> RelayOut:
        from .wire.rewards import RelayOut

        return self.client._call(
            "GET", f"/v1/campaigns/{_seg(campaign_id)}/claims/relay/{tx_hash}", RelayOut,
            auth=False)


# --- network work for a worker thread (no cache) ---------------------------------------------


def relay_claim(hub_url: str, campaign_id: str, body: Mapping[str, Any]) -> RelayOut:
    """Hand a signed ClaimRequest to the hub's relayer at ``hub_url``; returns its answer
    (``RelayOut``) for :meth:`.rewards.Rewards.apply_relay_answer`, or raises what
    :meth:`.rewards.Rewards.apply_relay_error` stores. Record the claim first
    (:meth:`.rewards.Rewards.begin_relay`)."""
    hub = RewardsHub.for_url(hub_url)
    try:
        return hub.relay(campaign_id, body)
    finally:
        hub.close()


def broadcast(client: ChainClient, record: ClaimRecord) -> TxStatus:
    """Send a recorded claim's raw transaction; returns where it stands after."""
    if record.raw_tx is None or record.tx_hash is None:
        raise RewardsError("this claim has no signed transaction to send")
    sender = record.sender or record.account
    try:
        client.send_raw(record.raw_tx)
    except ClaimRevertedError as exc:
        # some nodes (Hardhat) mine a failing transaction and answer with its error
        status = track_transaction(client, tx_hash=record.tx_hash, sender=sender,
                                   nonce=record.nonce)
        if status.state != "pending":
            return status
        return TxStatus("failed", error=exc.reason, error_name=exc.error_name)
    return track_transaction(client, tx_hash=record.tx_hash, sender=sender, nonce=record.nonce)


@dataclass(frozen=True)
class Gathered:
    """What the hub and the chain say now about one account, and its open claims."""

    campaign_id: str
    account: str
    hub: HubEntitlement | None = None
    hub_error: str | None = None
    chain: ChainSnapshot | None = None
    chain_error: str | None = None
    statuses: dict[str, TxStatus] = field(default_factory=dict)
    relay_answers: dict[str, RelayOut] = field(default_factory=dict)


def gather(client: ChainClient, hub_url: str | None, campaign_id: str, account: str,
           claims: list[ClaimRecord] | tuple[ClaimRecord, ...] = ()) -> Gathered:
    """Ask the hub (public endpoints) and the chain; follow pending claims. Network only:
    run it on a worker thread, then :meth:`Rewards.apply_gathered` on the cache's thread."""
    from .sync.errors import SyncError

    hub_state = hub_error = chain = chain_error = None
    statuses: dict[str, TxStatus] = {}
    answers: dict[str, RelayOut] = {}
    api = RewardsHub.for_url(hub_url) if hub_url else None
    try:
        if api is not None:
            try:
                hub_state = HubEntitlement.from_wire(campaign_id, account,
                                                     api.entitlement(campaign_id, account))
            except SyncError as exc:
                hub_error = str(exc)
        try:
            chain = read_chain(client, account)
        except ChainError as exc:
            chain_error = str(exc)
        for record in claims:
            if record.state != "pending" or record.tx_hash is None:
                continue
            try:
                if record.via == "wallet":
                    statuses[record.id] = track_transaction(
                        client, tx_hash=record.tx_hash, sender=record.sender or record.account,
                        nonce=record.nonce, raw_tx=record.raw_tx)
                    continue
                status = track_transaction(client, tx_hash=record.tx_hash,
                                           sender=record.sender or record.account, nonce=None)
                if status.state != "pending":
                    statuses[record.id] = status
                elif api is not None:
                    answers[record.id] = api.relay_status(campaign_id, record.tx_hash)
            except (ChainError, SyncError) as exc:
                log.info("claim %s: not followed now (%s)", record.id, exc)
    finally:
        if api is not None:
            api.close()
    return Gathered(campaign_id, account, hub_state, hub_error, chain, chain_error, statuses,
                    answers)


def _seg(value: str) -> str:
    """One URL path segment (a campaign id, a hash)."""
    return quote(value, safe="")
