"""Rewards in the cache: settled entitlements with their proofs, what the hub and the
chain last said, claim transactions, and per-campaign chain overrides.

Tables: ``rewards`` (one row per campaign, account and epoch: the cumulative amount, the
root and the proof), ``reward_status`` (the latest figures: pending at the hub, claimed
on-chain, balances), ``claims`` (each claim and its transaction, kept across restarts so a
pending one is tracked to its receipt). Amounts are uint256 kept as decimal strings.

Chain overrides live in ``sync_state`` under ``chain_override:<campaign>`` (a JSON object
of :class:`~datafi_desktop.core.models.ChainSettings` fields).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from ..errors import CacheError
from .base import StoreBase, now_ms

if TYPE_CHECKING:  # the chain modules import web3: keep opening the cache light
    from ..chain.claims import Entitlement

__all__ = ["ClaimRecord", "RewardStatus", "RewardsStore"]

#: as in core.chain.claims (not imported from there: it pulls in web3)
CLAIM_STATES: Final = ("requested", "pending", "confirmed", "failed", "dropped")
OPEN_STATES: Final = ("requested", "pending")
OVERRIDE_PREFIX: Final = "chain_override:"
OVERRIDABLE: Final = ("rpc_url", "chain_id", "distributor", "token")
_STATUS_FIELDS: Final = (
    "pending_amount", "settled_amount", "claimed_amount", "token_balance", "eth_balance",
    "chain_root", "chain_epoch", "hub_checked_at", "chain_checked_at", "hub_error", "chain_error",
)
_INT_FIELDS: Final = ("pending_amount", "settled_amount", "claimed_amount", "token_balance",
                      "eth_balance")
_CLAIM_FIELDS: Final = (
    "state", "tx_hash", "nonce", "raw_tx", "block_number", "amount", "error", "error_name",
    "root", "epoch", "cumulative_amount", "sender", "gas_limit", "max_fee_per_gas",
)


@dataclass(frozen=True)
class RewardStatus:
    """What the hub and the chain last said about one account in one campaign."""

    campaign_id: str
    account: str
    pending_amount: int | None = None
    settled_amount: int | None = None
    claimed_amount: int | None = None
    token_balance: int | None = None
    eth_balance: int | None = None
    chain_root: str | None = None
    chain_epoch: int | None = None
    hub_checked_at: int | None = None
    chain_checked_at: int | None = None
    hub_error: str | None = None
    chain_error: str | None = None


@dataclass(frozen=True)
class ClaimRecord:
    """One claim: from the wallet or through the hub's relayer, and its transaction."""

    id: str
    campaign_id: str
    account: str
    epoch: int
    cumulative_amount: int
    via: str
    state: str
    tx_hash: str | None
    nonce: int | None
    raw_tx: str | None
    block_number: int | None
    amount: int | None
    error: str | None
    error_name: str | None
    root: str | None
    sender: str | None
    gas_limit: int | None
    max_fee_per_gas: int | None
    created_at: int
    updated_at: int

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


class RewardsStore(StoreBase):
    """``cache.rewards``: entitlements, reward status, claims and chain overrides."""

    # --- entitlements ------------------------------------------------------------------

    def save_entitlement(self, entitlement: Entitlement) -> None:
        """Store a settled cumulative amount and its proof (one row per epoch)."""
        e = entitlement
        with self.tx.transaction():
            self.db.execute(
                "INSERT INTO rewards (campaign_id, account, epoch, cumulative_amount, root, "
                "proof, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (campaign_id, account, epoch) DO UPDATE SET "
                "cumulative_amount = excluded.cumulative_amount, root = excluded.root, "
                "proof = excluded.proof, updated_at = excluded.updated_at",
                (e.campaign_id, _addr(e.account), int(e.epoch), str(int(e.cumulative_amount)),
                 e.root, json.dumps(list(e.proof)), now_ms()),
            )

    def entitlement(self, campaign_id: str, account: str, epoch: int | None = None
                    ) -> Entitlement | None:
        """The latest (or the given epoch's) entitlement of ``account``, or None."""
        sql = "SELECT * FROM rewards WHERE campaign_id = ? AND lower(account) = ?"
        params: list[Any] = [campaign_id, _addr(account).lower()]
        if epoch is not None:
            sql += " AND epoch = ?"
            params.append(int(epoch))
        row = self._one(sql + " ORDER BY epoch DESC LIMIT 1", tuple(params))
        if row is None:
            return None
        from ..chain.claims import Entitlement

        return Entitlement(
            campaign_id=row["campaign_id"], account=row["account"], epoch=int(row["epoch"]),
            cumulative_amount=int(row["cumulative_amount"]), root=row["root"],
            proof=tuple(json.loads(row["proof"])),
        )

    # --- status ------------------------------------------------------------------------

    def reward_status(self, campaign_id: str, account: str) -> RewardStatus:
        row = self._one("SELECT * FROM reward_status WHERE campaign_id = ? AND account = ?",
                        (campaign_id, _addr(account)))
        if row is None:
            return RewardStatus(campaign_id, _addr(account))
        values = {k: row[k] for k in _STATUS_FIELDS}
        for key in _INT_FIELDS:
            values[key] = int(values[key]) if values[key] is not None else None
        return RewardStatus(campaign_id=campaign_id, account=row["account"], **values)

    def save_reward_status(self, campaign_id: str, account: str, **fields: Any) -> None:
        """Update some fields of the status row (created when missing)."""
        unknown = set(fields) - set(_STATUS_FIELDS)
        if unknown:
            raise CacheError(f"unknown reward status fields: {sorted(unknown)}")
        values = {k: (str(int(v)) if k in _INT_FIELDS and v is not None else v)
                  for k, v in fields.items()}
        with self.tx.transaction():
            self.db.execute(
                "INSERT INTO reward_status (campaign_id, account) VALUES (?, ?) "
                "ON CONFLICT (campaign_id, account) DO NOTHING", (campaign_id, _addr(account)))
            if values:
                sets = ", ".join(f"{k} = ?" for k in values)
                self.db.execute(
                    f"UPDATE reward_status SET {sets} WHERE campaign_id = ? AND account = ?",
                    (*values.values(), campaign_id, _addr(account)))

    # --- claims --------------------------------------------------------------------------

    def add_claim(self, *, campaign_id: str, account: str, epoch: int, cumulative_amount: int,
                  via: str, state: str = "requested", claim_id: str | None = None,
                  **fields: Any) -> ClaimRecord:
        """Record a claim (``requested`` when asked for offline, ``pending`` once signed:
        then with its raw transaction, so it can be rebroadcast after a restart)."""
        if via not in ("wallet", "relayer"):
            raise CacheError(f"a claim goes via 'wallet' or 'relayer', not {via!r}")
        if state not in CLAIM_STATES:
            raise CacheError(f"unknown claim state {state!r}")
        unknown = set(fields) - set(_CLAIM_FIELDS)
        if unknown:
            raise CacheError(f"unknown claim fields: {sorted(unknown)}")
        from uuid6 import uuid7

        cid = claim_id or str(uuid7())
        now = now_ms()
        row: dict[str, Any] = {
            "id": cid, "campaign_id": campaign_id, "account": _addr(account), "epoch": int(epoch),
            "cumulative_amount": str(int(cumulative_amount)), "via": via, "state": state,
            "created_at": now, "updated_at": now,
        }
        row.update(_claim_values(fields))
        with self.tx.transaction():
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            self.db.execute(f"INSERT INTO claims ({columns}) VALUES ({marks})",
                            tuple(row.values()))
        return self.get_claim(cid)

    def get_claim(self, claim_id: str) -> ClaimRecord:
        row = self._one("SELECT * FROM claims WHERE id = ?", (claim_id,))
        if row is None:
            raise CacheError(f"no claim {claim_id} in the cache")
        return _claim(row)

    def update_claim(self, claim_id: str, **fields: Any) -> ClaimRecord:
        unknown = set(fields) - set(_CLAIM_FIELDS)
        if unknown:
            raise CacheError(f"unknown claim fields: {sorted(unknown)}")
        if "state" in fields and fields["state"] not in CLAIM_STATES:
            raise CacheError(f"unknown claim state {fields['state']!r}")
        values = _claim_values(fields)
        with self.tx.transaction():
            if values:
                sets = ", ".join(f"{k} = ?" for k in values)
                done = self.db.execute(
                    f"UPDATE claims SET {sets}, updated_at = ? WHERE id = ?",
                    (*values.values(), now_ms(), claim_id))
                if done.rowcount != 1:
                    raise CacheError(f"no claim {claim_id} in the cache")
        return self.get_claim(claim_id)

    def claims(self, *, campaign_id: str | None = None, account: str | None = None,
               states: Iterable[str] | None = None, via: str | None = None,
               limit: int | None = None) -> list[ClaimRecord]:
        """Claims, newest first."""
        clauses: list[str] = []
        params: list[Any] = []
        if campaign_id is not None:
            clauses.append("campaign_id = ?")
            params.append(campaign_id)
        if account is not None:
            clauses.append("account = ?")
            params.append(_addr(account))
        if via is not None:
            clauses.append("via = ?")
            params.append(via)
        if states is not None:
            wanted = list(states)
            clauses.append(f"state IN ({', '.join('?' for _ in wanted)})")
            params.extend(wanted)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT * FROM claims {where} ORDER BY created_at DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_claim(r) for r in self._all(sql, tuple(params))]

    def open_claims(self, account: str | None = None) -> list[ClaimRecord]:
        """Claims still requested or pending (oldest first): what a restart resumes."""
        return list(reversed(self.claims(account=account, states=OPEN_STATES)))

    def pending_nonces(self, sender: str) -> list[int]:
        """Nonces of this sender's own transactions still pending."""
        rows = self._all(
            "SELECT nonce FROM claims WHERE via = 'wallet' AND state = 'pending' "
            "AND lower(coalesce(sender, account)) = ? AND nonce IS NOT NULL",
            (_addr(sender).lower(),))
        return [int(r["nonce"]) for r in rows]

    # --- chain overrides ---------------------------------------------------------------

    def chain_override(self, campaign_id: str) -> dict[str, Any]:
        row = self._one("SELECT value FROM sync_state WHERE key = ?",
                        (OVERRIDE_PREFIX + campaign_id,))
        text = row["value"] if row is not None else None
        if not text:
            return {}
        try:
            value = json.loads(text)
        except ValueError:
            return {}
        return {k: v for k, v in value.items() if k in OVERRIDABLE} if isinstance(
            value, dict) else {}

    def set_chain_override(self, campaign_id: str, values: Mapping[str, Any] | None) -> None:
        """Replace the campaign's overrides (None or {} removes them)."""
        clean = {k: v for k, v in (values or {}).items() if k in OVERRIDABLE and v not in
                 (None, "")}
        unknown = set(values or {}) - set(OVERRIDABLE)
        if unknown:
            raise CacheError(f"only {', '.join(OVERRIDABLE)} can be overridden")
        with self.tx.transaction():
            if clean:
                self.db.execute(
                    "INSERT INTO sync_state (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (OVERRIDE_PREFIX + campaign_id, json.dumps(clean, sort_keys=True)))
            else:
                self.db.execute("DELETE FROM sync_state WHERE key = ?",
                                (OVERRIDE_PREFIX + campaign_id,))



def _addr(account: str) -> str:
    """Accounts are stored checksummed and compared case-insensitively."""
    from eth_utils import is_hex_address, to_checksum_address

    if not is_hex_address(account):
        raise CacheError(f"not an account address: {account!r}")
    return str(to_checksum_address(account))


def _claim_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key in ("amount", "cumulative_amount", "max_fee_per_gas") and value is not None:
            value = str(int(value))
        elif key in ("nonce", "block_number", "gas_limit", "epoch") and value is not None:
            value = int(value)
        elif key == "sender" and value is not None:
            value = _addr(value)
        out[key] = value
    return out


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _claim(row: Mapping[str, Any]) -> ClaimRecord:
    return ClaimRecord(
        id=row["id"], campaign_id=row["campaign_id"], account=row["account"],
        epoch=int(row["epoch"]), cumulative_amount=int(row["cumulative_amount"]), via=row["via"],
        state=row["state"], tx_hash=row["tx_hash"], nonce=_opt_int(row["nonce"]),
        raw_tx=row["raw_tx"], block_number=_opt_int(row["block_number"]),
        amount=_opt_int(row["amount"]), error=row["error"], error_name=row.get("error_name"),
        root=row.get("root"), sender=row.get("sender"), gas_limit=_opt_int(row.get("gas_limit")),
        max_fee_per_gas=_opt_int(row.get("max_fee_per_gas")), created_at=int(row["created_at"]),
        updated_at=int(row["updated_at"]),
    )
