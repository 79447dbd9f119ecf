"""What a rewards view shows, as plain values: the amounts and how they are written, what
the chain and the hub last said, and the errors a claim can meet (used by
:mod:`.rewards`, :mod:`.rewards_network` and the GUI).

>>> format_amount(1_500_000_000_000_000_000, 18, "DFT")
'1.5 DFT'
>>> format_amount(1, 18)
'0.000000000000000001'
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .cache.rewards import ClaimRecord, RewardStatus
from .chain.claims import (
    Entitlement,
)
from .chain.client import ChainClient
from .errors import DataFiError
from .models import Campaign, ChainSettings

if TYPE_CHECKING:
    from .wire.rewards import RewardsOut


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
    def from_wire(cls, campaign_id: str, account: str, body: RewardsOut) -> HubEntitlement:
        """The hub's answer about an account (the wire's ``RewardsOut``)."""
        ent = None
        if body.epoch is not None and body.root:
            ent = Entitlement(
                campaign_id=campaign_id, account=body.account or account, epoch=body.epoch,
                cumulative_amount=int(body.cumulative_amount or 0), root=body.root,
                proof=tuple(body.proof),
            )
        pending, claimed = body.pending_amount, body.claimed_onchain
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
