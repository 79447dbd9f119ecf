"""Rewards, per campaign and account: pending, claimable and claimed, and claiming them.

- **pending** — accepted work the hub has not settled yet (the hub's ledger says so);
- **claimable** — settled in an epoch posted on-chain, not yet claimed:
  ``cumulative amount of the latest epoch − claimed(account)`` on the distributor;
- **claimed** — what the distributor has paid the account (``claimed(account)``).

:class:`Rewards` binds these to one cache (one thread); the network parts
(:func:`read_chain`, :mod:`.rewards_network`, :mod:`.chain.claims`) take plain values and return
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

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .cache import Cache
from .cache.rewards import ClaimRecord
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
from .reward_values import (
    ChainSnapshot,
    HubEntitlement,
    NothingToClaimError,
    RelayRateLimitedError,
    RelayUnavailableError,
    RewardsError,
    RewardSummary,
    effective_chain,
    format_amount,
    format_wei,
    read_chain,
)
from .rewards_network import Gathered, RewardsHub, broadcast, gather, relay_claim

if TYPE_CHECKING:
    from .wallet import Wallet
    from .wire.rewards import RelayOut

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
    "relay_claim",
]

log = logging.getLogger("datafi_desktop.rewards")

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
        return [c for c in self.cache.tasks.campaigns() if c.chain.distributor != ZERO_ADDRESS]

    def chain_settings(self, campaign_id: str) -> ChainSettings:
        campaign = self.cache.tasks.get_campaign(campaign_id)
        return effective_chain(campaign, self.cache.rewards.chain_override(campaign_id))

    def set_rpc_url(self, campaign_id: str, rpc_url: str | None) -> ChainSettings:
        """Override (or, with None or "", restore) the campaign's RPC URL for this profile."""
        values = dict(self.cache.rewards.chain_override(campaign_id))
        url = (rpc_url or "").strip()
        if url and url != "embedded" and not url.startswith(("http://", "https://")):
            raise RewardsError("an RPC URL starts with http:// or https:// (or is 'embedded')")
        if url:
            values["rpc_url"] = url
        else:
            values.pop("rpc_url", None)
        self.cache.rewards.set_chain_override(campaign_id, values)
        return self.chain_settings(campaign_id)

    def client(self, campaign_id: str) -> ChainClient:
        settings = self.chain_settings(campaign_id)
        found = self._client_cache.get(settings)
        if found is None:
            found = self._client_cache[settings] = self._clients(settings)
        return found

    # --- reading ------------------------------------------------------------------------------

    def summary(self, campaign_id: str, account: str) -> RewardSummary:
        campaign = self.cache.tasks.get_campaign(campaign_id)
        return RewardSummary(
            campaign_id=campaign.id, campaign_name=campaign.name, account=account,
            chain=effective_chain(campaign, self.cache.rewards.chain_override(campaign_id)),
            status=self.cache.rewards.reward_status(campaign_id, account),
            entitlement=self.cache.rewards.entitlement(campaign_id, account),
            claims=self.cache.rewards.claims(campaign_id=campaign_id, account=account),
        )

    def summaries(self, account: str) -> list[RewardSummary]:
        return [self.summary(c.id, account) for c in self.campaigns()]

    def apply_chain(self, campaign_id: str, account: str, snapshot: ChainSnapshot | None,
                    error: str | None = None) -> RewardSummary:
        now = int(self._clock() * 1000)
        if snapshot is None:
            self.cache.rewards.save_reward_status(campaign_id, account, chain_error=error)
        else:
            self.cache.rewards.save_reward_status(
                campaign_id, account, claimed_amount=snapshot.claimed,
                token_balance=snapshot.token_balance, eth_balance=snapshot.eth_balance,
                chain_root=snapshot.root, chain_epoch=snapshot.epoch, chain_checked_at=now,
                chain_error=None)
        return self.summary(campaign_id, account)

    def apply_hub(self, campaign_id: str, account: str, hub: HubEntitlement | None,
                  error: str | None = None) -> RewardSummary:
        now = int(self._clock() * 1000)
        if hub is None:
            self.cache.rewards.save_reward_status(campaign_id, account, hub_error=error)
            return self.summary(campaign_id, account)
        with self.cache.transaction():
            if hub.entitlement is not None:
                self.cache.rewards.save_entitlement(hub.entitlement)
            fields: dict[str, Any] = {"hub_checked_at": now, "hub_error": None}
            if hub.pending is not None:
                fields["pending_amount"] = hub.pending
            if hub.entitlement is not None:
                fields["settled_amount"] = hub.entitlement.cumulative_amount
            if hub.claimed_onchain is not None:
                fields["claimed_amount"] = hub.claimed_onchain
            self.cache.rewards.save_reward_status(campaign_id, account, **fields)
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
                              HubEntitlement.from_wire(campaign_id, account, body))

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
        ent = self.cache.rewards.entitlement(campaign_id, account)
        if ent is None:
            raise NothingToClaimError("nothing settled for this account yet: rewards become "
                                      "claimable once the hub settles an epoch")
        return ent

    def prepare(self, campaign_id: str, account: str) -> PreparedClaim:
        """Gas, fees and nonce for a claim of the latest entitlement (network)."""
        ent = self.claimable_entitlement(campaign_id, account)
        return prepare_claim(self.client(campaign_id), ent,
                             local_nonces=self.cache.rewards.pending_nonces(account))

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
            return self.cache.rewards.update_claim(claim_id, **fields)
        fields.pop("epoch")
        fields.pop("cumulative_amount")
        return self.cache.rewards.add_claim(
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
        record = self.cache.rewards.update_claim(claim_id, **fields)
        if status.state == "confirmed":
            claimed = max(record.cumulative_amount,
                          self.cache.rewards.reward_status(record.campaign_id, record.account)
                          .claimed_amount or 0)
            self.cache.rewards.save_reward_status(record.campaign_id, record.account,
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
        existing = [c for c in self.cache.rewards.claims(campaign_id=campaign_id, account=account,
                                                         states=("requested", "pending"))]
        if existing:
            return existing[0]
        return self.cache.rewards.add_claim(campaign_id=campaign_id, account=account,
                                            epoch=ent.epoch,
                                            cumulative_amount=ent.cumulative_amount, via=via,
                                            state="requested", root=ent.root)

    # --- through the hub's relayer ---------------------------------------------------------------

    def claim_via_hub(self, campaign_id: str, signer: DigestSigner, hub: RewardsHub, *,
                      claim_id: str | None = None) -> ClaimRecord:
        """Sign a ClaimRequest and hand it to the hub's relayer. An unreachable hub keeps the
        claim ``requested`` for the next sync; a refusal is recorded ``failed`` with the
        hub's reason (a rate limit raises :class:`RelayRateLimitedError`).

        The one-call form of the three steps the GUI runs apart (the relay on a worker
        thread): :meth:`begin_relay`, :func:`.rewards_network.relay_claim`, then
        :meth:`apply_relay_answer` or :meth:`apply_relay_error`."""
        campaign = self.cache.tasks.get_campaign(campaign_id)
        ent = self.claimable_entitlement(campaign_id, signer.address)
        record = self.begin_relay(ent, claim_id=claim_id)
        body = claim_request(ent, campaign.domain, signer)
        try:
            answer = hub.relay(campaign_id, body)
        except DataFiError as exc:
            self.apply_relay_error(record.id, exc)
            if isinstance(exc, RelayRateLimitedError):
                raise
            return self.cache.rewards.get_claim(record.id)
        return self.apply_relay_answer(record.id, answer)

    def begin_relay(self, ent: Entitlement, *, claim_id: str | None = None) -> ClaimRecord:
        """Record a claim through the hub as ``requested`` for ``ent`` (the entitlement the
        request is signed for) before it is handed over: a crash or a lost answer while
        relaying leaves it for the next sync, never forgotten."""
        if claim_id is None:
            return self.cache.rewards.add_claim(
                campaign_id=ent.campaign_id, account=ent.account, epoch=ent.epoch,
                cumulative_amount=ent.cumulative_amount, via="relayer", state="requested",
                root=ent.root)
        return self.cache.rewards.update_claim(claim_id, epoch=ent.epoch,
                                               cumulative_amount=ent.cumulative_amount,
                                               root=ent.root)

    def apply_relay_error(self, claim_id: str, exc: BaseException) -> ClaimRecord:
        """Store why the hub did not relay a claim: a refusal fails it with the hub's reason;
        a relayer that cannot send now notes why and keeps it ``requested``, as does an
        unreachable hub, a rate limit or anything else (the next sync asks again)."""
        from .sync.errors import HubResponseError

        if isinstance(exc, RelayUnavailableError):
            return self.cache.rewards.update_claim(claim_id,
                                                   error=f"waiting for the relayer: {exc}")
        if isinstance(exc, HubResponseError):
            return self.cache.rewards.update_claim(claim_id, state="failed", error=exc.detail)
        return self.cache.rewards.get_claim(claim_id)

    def apply_relay_answer(self, claim_id: str, answer: RelayOut) -> ClaimRecord:
        """Store what the hub's relayer said about a claim (the wire's ``RelayOut``)."""
        fields: dict[str, Any] = {
            "state": answer.state or "pending", "tx_hash": answer.tx_hash,
            "sender": answer.relayer,
        }
        if answer.block_number is not None:
            fields["block_number"] = answer.block_number
        if answer.amount is not None:
            fields["amount"] = int(answer.amount)
        if answer.error:
            fields["error"] = answer.error
            fields["error_name"] = answer.error_name
        if fields["state"] not in ("pending", "confirmed", "failed", "dropped"):
            fields["state"] = "pending"
        record = self.cache.rewards.update_claim(claim_id, **fields)
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
        for record in self.cache.rewards.open_claims(account):
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
            return self.cache.rewards.update_claim(record.id, state="failed", error=exc.reason,
                                                   error_name=exc.error_name)
        except NothingToClaimError as exc:
            return self.cache.rewards.update_claim(record.id, state="failed", error=str(exc))
        if prepared.amount <= 0:
            return self.cache.rewards.update_claim(record.id, state="failed",
                                                   error="nothing to claim: already paid")
        if not prepared.can_pay_gas:
            return self.cache.rewards.update_claim(
                record.id, state="failed",
                error=f"not enough ETH for gas (up to {format_wei(prepared.max_cost)}): "
                      "claim through the hub instead")
        return self.send_signed(sign_claim(prepared, signer), claim_id=record.id)

    def requested_claims(self, account: str | None = None) -> list[ClaimRecord]:
        return [c for c in self.cache.rewards.open_claims(account) if c.state == "requested"]
