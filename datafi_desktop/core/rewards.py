"""Rewards, per campaign and account: pending, claimable and claimed, and claiming them.

- **pending** — accepted work the hub has not settled yet (the hub's ledger says so);
- **claimable** — settled in an epoch posted on-chain, not yet claimed:
  ``cumulative amount of the latest epoch − claimed(account)`` on the distributor;
- **claimed** — what the distributor has paid the account (``claimed(account)``).

:class:`Rewards` binds these to one cache (one thread); the network parts
(:func:`read_chain`, :class:`RewardsHub`, :mod:`.chain.claims`) take plain values and return
plain values, so the GUI runs them on a worker thread and writes their results back on the
UI thread with :meth:`Rewards.apply_chain` / :meth:`Rewards.apply_status`. Scripts, tests
and the sync engine use the one-call forms (:meth:`Rewards.refresh_chain`,
:meth:`Rewards.send_claim`, :meth:`Rewards.track`, :meth:`Rewards.claim_via_hub`).

>>> format_amount(1_500_000_000_000_000_000, 18, "DFT")
'1.5 DFT'
>>> format_amount(1234567 * 10**18, 18, "DFT")
'1,234,567 DFT'
>>> format_amount(1, 18)
'0.000000000000000001'
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from . import jsonsafe
from .cache import Cache
from .cache.rewards import ClaimRecord, RewardStatus
from .chain.claims import (
    Entitlement,
    PreparedClaim,
    SignedClaim,
    TxStatus,
    claim_request,
    password_signer,
    prepare_claim,
    sign_claim,
    track_transaction,
)
from .chain.client import ChainClient, ChainError, ChainUnreachableError, ClaimRevertedError
from .errors import DataFiError
from .models import Campaign, ChainSettings
from .models.campaign import ZERO_ADDRESS
from .protocol import DigestSigner

if TYPE_CHECKING:
    from .sync.client import HubClient
    from .wallet import Wallet

__all__ = [
    "ChainSnapshot",
    "Gathered",
    "HubEntitlement",
    "NothingToClaimError",
    "RelayRateLimitedError",
    "RelayUnavailableError",
    "RewardSummary",
    "Rewards",
    "RewardsError",
    "RewardsHub",
    "effective_chain",
    "format_amount",
    "format_wei",
    "gather",
    "read_chain",
]

log = logging.getLogger("datafi_desktop.rewards")

class RewardsError(DataFiError):
    """A reward cannot be shown or claimed as asked."""


class NothingToClaimError(RewardsError):
    """No settled entitlement for this account, or all of it was already claimed."""


class RelayUnavailableError(RewardsError):
    """The hub answers, but its relayer cannot send now (no key, no gas money, no chain)."""


class RelayRateLimitedError(RewardsError):
    """The hub's relayer refused: too many claims from this account lately."""

    def __init__(self, message: str, retry_after_s: int | None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


# --- formatting ----------------------------------------------------------------------------


def format_amount(amount: int | None, decimals: int, symbol: str = "", *,
                  max_places: int | None = None) -> str:
    """An integer amount of base units as a decimal number (exact, trailing zeros cut)."""
    if amount is None:
        return "—"
    sign = "-" if amount < 0 else ""
    amount = abs(int(amount))
    whole, frac = divmod(amount, 10**decimals) if decimals else (amount, 0)
    text = f"{whole:,}"
    if decimals and frac:
        digits = str(frac).rjust(decimals, "0").rstrip("0")
        if max_places is not None and len(digits) > max_places:
            digits = digits[:max_places].rstrip("0") or ""
            if not digits and whole == 0:
                return f"< 0.{'0' * (max_places - 1)}1" + (f" {symbol}" if symbol else "")
        if digits:
            text += "." + digits
    return sign + text + (f" {symbol}" if symbol else "")


def format_wei(wei: int | None) -> str:
    """ETH from wei, at most 8 decimals."""
    return format_amount(wei, 18, "ETH", max_places=8)


def effective_chain(campaign: Campaign, override: Mapping[str, Any] | None = None
                    ) -> ChainSettings:
    """The campaign's chain settings with this profile's overrides applied."""
    if not override:
        return campaign.chain
    data = campaign.chain.model_dump()
    data.update({k: v for k, v in override.items() if v not in (None, "")})
    if override.get("rpc_url") and "rpc_urls" not in override:
        data["rpc_urls"] = ()  # an overridden URL is used alone
    return ChainSettings.model_validate(data)


# --- snapshots -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainSnapshot:
    """What the chain says about one account (read off the UI thread)."""

    claimed: int
    token_balance: int
    eth_balance: int
    root: str
    epoch: int


def read_chain(client: ChainClient, account: str) -> ChainSnapshot:
    client.check_chain()
    return ChainSnapshot(
        claimed=client.claimed(account), token_balance=client.token_balance(account),
        eth_balance=client.eth_balance(account), root=client.merkle_root(),
        epoch=client.current_epoch(),
    )


@dataclass(frozen=True)
class HubEntitlement:
    """What the hub serves about an account: the latest posted epoch's leaf and proof,
    and (to the account itself) what is accepted but not yet settled."""

    entitlement: Entitlement | None
    pending: int | None = None
    claimed_onchain: int | None = None

    @classmethod
    def from_json(cls, campaign_id: str, account: str, body: Mapping[str, Any]
                  ) -> HubEntitlement:
        ent = None
        if body.get("epoch") is not None and body.get("root"):
            ent = Entitlement(
                campaign_id=campaign_id, account=str(body.get("account") or account),
                epoch=int(body["epoch"]), cumulative_amount=int(body["cumulative_amount"]),
                root=str(body["root"]), proof=tuple(str(p) for p in body.get("proof") or ()),
            )
        pending = body.get("pending_amount")
        claimed = body.get("claimed_onchain")
        return cls(ent, int(pending) if pending is not None else None,
                   int(claimed) if claimed is not None else None)


@dataclass(frozen=True)
class RewardSummary:
    """Everything the Rewards page shows for one campaign (from the cache alone)."""

    campaign_id: str
    campaign_name: str
    account: str
    chain: ChainSettings
    status: RewardStatus
    entitlement: Entitlement | None
    claims: list[ClaimRecord] = field(default_factory=list)

    @property
    def symbol(self) -> str:
        return self.chain.token_symbol

    @property
    def decimals(self) -> int:
        return self.chain.token_decimals

    @property
    def settled(self) -> int:
        return self.entitlement.cumulative_amount if self.entitlement is not None else 0

    @property
    def pending(self) -> int | None:
        return self.status.pending_amount

    @property
    def claimed(self) -> int:
        """Paid by the distributor: what the chain said, else what confirmed claims paid."""
        if self.status.claimed_amount is not None:
            confirmed = max((c.cumulative_amount for c in self.claims
                             if c.state == "confirmed"), default=0)
            return max(self.status.claimed_amount, confirmed)
        return max((c.cumulative_amount for c in self.claims if c.state == "confirmed"),
                   default=0)

    @property
    def in_flight(self) -> int:
        """Being claimed right now (requested or pending claims)."""
        open_claims = [c for c in self.claims if c.is_open]
        if not open_claims:
            return 0
        return max(0, max(c.cumulative_amount for c in open_claims) - self.claimed)

    @property
    def claimable(self) -> int:
        return max(0, self.settled - self.claimed)

    @property
    def root_current(self) -> bool | None:
        """Does the proof we hold match the root on-chain (None: not known)?"""
        if self.entitlement is None or self.status.chain_root is None:
            return None
        return self.entitlement.root.lower() == self.status.chain_root.lower()

    @property
    def can_claim(self) -> bool:
        return self.claimable > 0 and self.in_flight == 0 and self.root_current is not False

    def fmt(self, amount: int | None) -> str:
        return format_amount(amount, self.decimals, self.symbol)


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

    def my_rewards(self, campaign_id: str) -> dict[str, Any]:
        return dict(self.client._json("GET", f"/v1/campaigns/{_seg(campaign_id)}/rewards/me"))

    def entitlement(self, campaign_id: str, account: str) -> dict[str, Any]:
        return dict(self.client._json(
            "GET", f"/v1/campaigns/{_seg(campaign_id)}/rewards/{account}", auth=False))

    def epoch(self, campaign_id: str, epoch: int, digest: str | None = None) -> dict[str, Any]:
        params = {"digest": digest} if digest else None
        return dict(self.client._json(
            "GET", f"/v1/campaigns/{_seg(campaign_id)}/epochs/{int(epoch)}", auth=False,
            params=params))

    def relay(self, campaign_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """POST a signed ClaimRequest; a 429 raises :class:`RelayRateLimitedError`."""
        response = self.client._send("POST", f"/v1/campaigns/{_seg(campaign_id)}/claims/relay",
                                     auth=False, ok=(429, 503), json=dict(body))
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

        return dict(jsonsafe.loads(response.content))

    def relay_status(self, campaign_id: str, tx_hash: str) -> dict[str, Any]:
        return dict(self.client._json(
            "GET", f"/v1/campaigns/{_seg(campaign_id)}/claims/relay/{tx_hash}", auth=False))


# --- network work for a worker thread (no cache) ---------------------------------------------


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
    relay_answers: dict[str, dict[str, Any]] = field(default_factory=dict)


def gather(client: ChainClient, hub_url: str | None, campaign_id: str, account: str,
           claims: list[ClaimRecord] | tuple[ClaimRecord, ...] = ()) -> Gathered:
    """Ask the hub (public endpoints) and the chain; follow pending claims. Network only:
    run it on a worker thread, then :meth:`Rewards.apply_gathered` on the cache's thread."""
    from .sync.errors import SyncError

    hub_state = hub_error = chain = chain_error = None
    statuses: dict[str, TxStatus] = {}
    answers: dict[str, dict[str, Any]] = {}
    api = RewardsHub.for_url(hub_url) if hub_url else None
    try:
        if api is not None:
            try:
                hub_state = HubEntitlement.from_json(campaign_id, account,
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


# --- the service ---------------------------------------------------------------------------


ClientFactory = Callable[[ChainSettings], ChainClient]


class Rewards:
    """Rewards over one cache. Not thread-safe (the cache is not): one thread each."""

    def __init__(self, cache: Cache, *, clients: ClientFactory = ChainClient,
                 clock: Callable[[], float] = time.time) -> None:
        self.cache = cache
        self._clients = clients
        self._clock = clock
        self._client_cache: dict[ChainSettings, ChainClient] = {}

    # --- settings ---------------------------------------------------------------------------

    def campaigns(self) -> list[Campaign]:
        """Campaigns whose rewards settle somewhere (a distributor is named)."""
        return [c for c in self.cache.campaigns() if c.chain.distributor != ZERO_ADDRESS]

    def chain_settings(self, campaign_id: str) -> ChainSettings:
        campaign = self.cache.get_campaign(campaign_id)
        return effective_chain(campaign, self.cache.chain_override(campaign_id))

    def set_rpc_url(self, campaign_id: str, rpc_url: str | None) -> ChainSettings:
        """Override (or, with None or "", restore) the campaign's RPC URL for this profile."""
        values = dict(self.cache.chain_override(campaign_id))
        url = (rpc_url or "").strip()
        if url and url != "embedded" and not url.startswith(("http://", "https://")):
            raise RewardsError("an RPC URL starts with http:// or https:// (or is 'embedded')")
        if url:
            values["rpc_url"] = url
        else:
            values.pop("rpc_url", None)
        self.cache.set_chain_override(campaign_id, values)
        return self.chain_settings(campaign_id)

    def client(self, campaign_id: str) -> ChainClient:
        settings = self.chain_settings(campaign_id)
        found = self._client_cache.get(settings)
        if found is None:
            found = self._client_cache[settings] = self._clients(settings)
        return found

    # --- reading ------------------------------------------------------------------------------

    def summary(self, campaign_id: str, account: str) -> RewardSummary:
        campaign = self.cache.get_campaign(campaign_id)
        return RewardSummary(
            campaign_id=campaign.id, campaign_name=campaign.name, account=account,
            chain=effective_chain(campaign, self.cache.chain_override(campaign_id)),
            status=self.cache.reward_status(campaign_id, account),
            entitlement=self.cache.entitlement(campaign_id, account),
            claims=self.cache.claims(campaign_id=campaign_id, account=account),
        )

    def summaries(self, account: str) -> list[RewardSummary]:
        return [self.summary(c.id, account) for c in self.campaigns()]

    def apply_chain(self, campaign_id: str, account: str, snapshot: ChainSnapshot | None,
                    error: str | None = None) -> RewardSummary:
        now = int(self._clock() * 1000)
        if snapshot is None:
            self.cache.save_reward_status(campaign_id, account, chain_error=error)
        else:
            self.cache.save_reward_status(
                campaign_id, account, claimed_amount=snapshot.claimed,
                token_balance=snapshot.token_balance, eth_balance=snapshot.eth_balance,
                chain_root=snapshot.root, chain_epoch=snapshot.epoch, chain_checked_at=now,
                chain_error=None)
        return self.summary(campaign_id, account)

    def apply_hub(self, campaign_id: str, account: str, hub: HubEntitlement | None,
                  error: str | None = None) -> RewardSummary:
        now = int(self._clock() * 1000)
        if hub is None:
            self.cache.save_reward_status(campaign_id, account, hub_error=error)
            return self.summary(campaign_id, account)
        with self.cache.transaction():
            if hub.entitlement is not None:
                self.cache.save_entitlement(hub.entitlement)
            fields: dict[str, Any] = {"hub_checked_at": now, "hub_error": None}
            if hub.pending is not None:
                fields["pending_amount"] = hub.pending
            if hub.entitlement is not None:
                fields["settled_amount"] = hub.entitlement.cumulative_amount
            if hub.claimed_onchain is not None:
                fields["claimed_amount"] = hub.claimed_onchain
            self.cache.save_reward_status(campaign_id, account, **fields)
        return self.summary(campaign_id, account)

    def refresh_chain(self, campaign_id: str, account: str) -> RewardSummary:
        """Read the chain now (network) and store what it said."""
        try:
            snapshot = read_chain(self.client(campaign_id), account)
        except ChainError as exc:
            return self.apply_chain(campaign_id, account, None, str(exc))
        return self.apply_chain(campaign_id, account, snapshot)

    def refresh_hub(self, campaign_id: str, account: str, hub: RewardsHub, *,
                    mine: bool = False) -> RewardSummary:
        """Fetch the account's proof (and, signed in as it, its pending amount)."""
        from .sync.errors import SyncError

        try:
            body = hub.my_rewards(campaign_id) if mine else hub.entitlement(campaign_id, account)
        except SyncError as exc:
            return self.apply_hub(campaign_id, account, None, str(exc))
        return self.apply_hub(campaign_id, account,
                              HubEntitlement.from_json(campaign_id, account, body))

    def apply_gathered(self, gathered: Gathered) -> RewardSummary:
        """Store what :func:`gather` found (on the cache's thread)."""
        g = gathered
        self.apply_hub(g.campaign_id, g.account, g.hub, g.hub_error)
        self.apply_chain(g.campaign_id, g.account, g.chain, g.chain_error)
        for claim_id, status in g.statuses.items():
            self.apply_status(claim_id, status)
        for claim_id, answer in g.relay_answers.items():
            self.apply_relay_answer(claim_id, answer)
        return self.summary(g.campaign_id, g.account)

    # --- claiming from the wallet ------------------------------------------------------------

    def claimable_entitlement(self, campaign_id: str, account: str) -> Entitlement:
        ent = self.cache.entitlement(campaign_id, account)
        if ent is None:
            raise NothingToClaimError("nothing settled for this account yet: rewards become "
                                      "claimable once the hub settles an epoch")
        return ent

    def prepare(self, campaign_id: str, account: str) -> PreparedClaim:
        """Gas, fees and nonce for a claim of the latest entitlement (network)."""
        ent = self.claimable_entitlement(campaign_id, account)
        return prepare_claim(self.client(campaign_id), ent,
                             local_nonces=self.cache.pending_nonces(account))

    def record_signed(self, signed: SignedClaim, *, claim_id: str | None = None
                      ) -> ClaimRecord:
        """Write the signed claim as ``pending`` (before it is broadcast: a crash after this
        leaves a transaction the next start rebroadcasts)."""
        p = signed.prepared
        fields: dict[str, Any] = dict(
            state="pending", tx_hash=signed.tx_hash, nonce=p.nonce, raw_tx=signed.raw_tx,
            root=p.entitlement.root, sender=p.sender, gas_limit=p.gas_limit,
            max_fee_per_gas=p.fees.max_fee_per_gas, epoch=p.entitlement.epoch,
            cumulative_amount=p.entitlement.cumulative_amount, error=None, error_name=None)
        if claim_id is not None:
            return self.cache.update_claim(claim_id, **fields)
        fields.pop("epoch")
        fields.pop("cumulative_amount")
        return self.cache.add_claim(
            campaign_id=p.entitlement.campaign_id, account=p.entitlement.account,
            epoch=p.entitlement.epoch, cumulative_amount=p.entitlement.cumulative_amount,
            via="wallet", **fields)

    def broadcast(self, record: ClaimRecord) -> TxStatus:
        """Send a recorded claim's raw transaction (network); returns where it stands."""
        return broadcast(self.client(record.campaign_id), record)

    def apply_status(self, claim_id: str, status: TxStatus) -> ClaimRecord:
        fields: dict[str, Any] = {"state": status.state}
        if status.block_number is not None:
            fields["block_number"] = status.block_number
        if status.amount is not None:
            fields["amount"] = status.amount
        if status.state in ("failed", "dropped"):
            fields["error"] = status.error
            fields["error_name"] = status.error_name
        elif status.state == "confirmed":
            fields["error"] = None
            fields["error_name"] = None
        record = self.cache.update_claim(claim_id, **fields)
        if status.state == "confirmed":
            claimed = max(record.cumulative_amount,
                          self.cache.reward_status(record.campaign_id, record.account)
                          .claimed_amount or 0)
            self.cache.save_reward_status(record.campaign_id, record.account,
                                          claimed_amount=claimed)
        return record

    def send_claim(self, prepared: PreparedClaim, password: str, wallet: Wallet, *,
                   claim_id: str | None = None) -> ClaimRecord:
        """Sign with the password asked again, record, broadcast and track (one call)."""
        with password_signer(wallet, prepared.sender, password) as signer:
            signed = sign_claim(prepared, signer)
        return self.send_signed(signed, claim_id=claim_id)

    def send_signed(self, signed: SignedClaim, *, claim_id: str | None = None) -> ClaimRecord:
        record = self.record_signed(signed, claim_id=claim_id)
        try:
            status = self.broadcast(record)
        except ChainUnreachableError:
            return record  # stays pending with its raw transaction: resumed later
        return self.apply_status(record.id, status)

    def request_claim(self, campaign_id: str, account: str, via: str) -> ClaimRecord:
        """Keep a claim asked for while offline; the next sync carries it out."""
        ent = self.claimable_entitlement(campaign_id, account)
        existing = [c for c in self.cache.claims(campaign_id=campaign_id, account=account,
                                                 states=("requested", "pending"))]
        if existing:
            return existing[0]
        return self.cache.add_claim(campaign_id=campaign_id, account=account, epoch=ent.epoch,
                                    cumulative_amount=ent.cumulative_amount, via=via,
                                    state="requested", root=ent.root)

    # --- through the hub's relayer ---------------------------------------------------------------

    def claim_via_hub(self, campaign_id: str, signer: DigestSigner, hub: RewardsHub, *,
                      claim_id: str | None = None) -> ClaimRecord:
        """Sign a ClaimRequest and hand it to the hub's relayer. An unreachable hub keeps the
        claim ``requested`` for the next sync; a refusal is recorded ``failed`` with the
        hub's reason (a rate limit raises :class:`RelayRateLimitedError`)."""
        from .sync.errors import HubResponseError, HubUnreachableError

        account = signer.address
        campaign = self.cache.get_campaign(campaign_id)
        ent = self.claimable_entitlement(campaign_id, account)
        if claim_id is None:
            record = self.cache.add_claim(
                campaign_id=campaign_id, account=account, epoch=ent.epoch,
                cumulative_amount=ent.cumulative_amount, via="relayer", state="requested",
                root=ent.root)
            claim_id = record.id
        else:
            self.cache.update_claim(claim_id, epoch=ent.epoch,
                                    cumulative_amount=ent.cumulative_amount, root=ent.root)
        body = claim_request(ent, campaign.domain, signer)
        try:
            answer = hub.relay(campaign_id, body)
        except HubUnreachableError:
            return self.cache.get_claim(claim_id)
        except RelayUnavailableError as exc:  # kept: the next sync asks again
            return self.cache.update_claim(claim_id, error=f"waiting for the relayer: {exc}")
        except RelayRateLimitedError:
            raise
        except HubResponseError as exc:
            return self.cache.update_claim(claim_id, state="failed", error=exc.detail)
        return self.apply_relay_answer(claim_id, answer)

    def apply_relay_answer(self, claim_id: str, answer: Mapping[str, Any]) -> ClaimRecord:
        """Store what the hub's relayer said about a claim (its ``RelayOut``)."""
        fields: dict[str, Any] = {
            "state": str(answer.get("state") or "pending"),
            "tx_hash": answer.get("tx_hash"), "sender": answer.get("relayer"),
        }
        if answer.get("block_number") is not None:
            fields["block_number"] = int(answer["block_number"])
        if answer.get("amount") is not None:
            fields["amount"] = int(answer["amount"])
        if answer.get("error"):
            fields["error"] = str(answer["error"])
            fields["error_name"] = answer.get("error_name")
        if fields["state"] not in ("pending", "confirmed", "failed", "dropped"):
            fields["state"] = "pending"
        record = self.cache.update_claim(claim_id, **fields)
        if record.state == "confirmed":
            return self.apply_status(claim_id, TxStatus("confirmed", record.block_number,
                                                        record.amount))
        return record

    # --- tracking ----------------------------------------------------------------------------

    def track(self, record: ClaimRecord, hub: RewardsHub | None = None) -> ClaimRecord:
        """Where a pending claim stands now (network + cache). Wallet claims are followed on
        the chain (rebroadcast when the node forgot them); relayer claims on the chain, and
        through the hub when the chain does not know them."""
        if record.state != "pending" or record.tx_hash is None:
            return record
        client = self.client(record.campaign_id)
        if record.via == "wallet":
            status = track_transaction(client, tx_hash=record.tx_hash,
                                       sender=record.sender or record.account,
                                       nonce=record.nonce, raw_tx=record.raw_tx)
            return self.apply_status(record.id, status)
        try:
            status = track_transaction(client, tx_hash=record.tx_hash,
                                       sender=record.sender or record.account, nonce=None)
        except ChainUnreachableError:
            status = TxStatus("pending")
        if status.state == "pending" and status.block_number is not None:
            return self.apply_status(record.id, status)  # mined, not yet final
        if status.state != "pending" or hub is None:
            return self.apply_status(record.id, status) if status.state != "pending" else record
        from .sync.errors import SyncError

        try:
            answer = hub.relay_status(record.campaign_id, record.tx_hash)
        except SyncError:
            return record
        return self.apply_relay_answer(record.id, answer)

    def resume(self, account: str | None = None, hub: RewardsHub | None = None
               ) -> list[ClaimRecord]:
        """Track every pending claim (after a restart): returns them as they stand now."""
        out = []
        for record in self.cache.open_claims(account):
            if record.state != "pending":
                out.append(record)
                continue
            try:
                out.append(self.track(record, hub))
            except ChainError as exc:
                log.info("claim %s: cannot track now (%s)", record.id, exc)
                out.append(record)
        return out

    def carry_out(self, record: ClaimRecord, signer: DigestSigner,
                  hub: RewardsHub | None) -> ClaimRecord:
        """Carry out a claim asked for offline, with the (unlocked) wallet's signer — the
        password was asked when it was requested. A wallet claim the account cannot pay the
        gas for fails with that reason (the hub's relayer can send it instead)."""
        if record.state != "requested":
            return record
        if signer.address.lower() != record.account.lower():
            return record  # another account's claim: waits for that account
        if record.via == "relayer":
            if hub is None:
                return record
            return self.claim_via_hub(record.campaign_id, signer, hub, claim_id=record.id)
        try:
            prepared = self.prepare(record.campaign_id, record.account)
        except ClaimRevertedError as exc:
            return self.cache.update_claim(record.id, state="failed", error=exc.reason,
                                           error_name=exc.error_name)
        except NothingToClaimError as exc:
            return self.cache.update_claim(record.id, state="failed", error=str(exc))
        if prepared.amount <= 0:
            return self.cache.update_claim(record.id, state="failed",
                                           error="nothing to claim: already paid")
        if not prepared.can_pay_gas:
            return self.cache.update_claim(
                record.id, state="failed",
                error=f"not enough ETH for gas (up to {format_wei(prepared.max_cost)}): "
                      "claim through the hub instead")
        return self.send_signed(sign_claim(prepared, signer), claim_id=record.id)

    def requested_claims(self, account: str | None = None) -> list[ClaimRecord]:
        return [c for c in self.cache.open_claims(account) if c.state == "requested"]


def _seg(value: str) -> str:
    return quote(value, safe="")
