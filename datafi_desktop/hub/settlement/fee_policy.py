"""Fee caps and stuck-transaction replacement for the hub's own transactions.

**Cap.** ``RewardsConfig.max_fee_per_gas`` (``--max-fee-gwei``, or
``$DATAFI_HUB_MAX_FEE_GWEI``) bounds what a settler or relayer transaction may offer per
gas. When the next block's likely price (base fee + tip) is above it, nothing is sent
(:class:`FeeCapExceeded`; an epoch stays ``built`` and the next ``settle`` tries again);
otherwise ``maxFeePerGas`` is lowered to the cap.

**Replacement.** A transaction still in the mempool after ``replace_after_s`` is sent again
with the *same nonce* and fees raised by a quarter (at least the node's current fees,
never above the cap); the signed replacement is stored before broadcast, the pair is kept
in ``tx_replacements``, and whichever of them is mined counts (the caller checks the
chain's state, not one hash). ``settle`` waits for its ``postEpoch`` and replaces it in
:func:`wait_or_replace`; the relayer replaces a stuck claim when its status is asked
(``relayer.refresh``), with the same :func:`replace` and the same table.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from eth_account.signers.local import LocalAccount
from eth_account.typed_transactions import TypedTransaction
from hexbytes import HexBytes
from sqlalchemy import BigInteger, Column, Connection, Index, String, Table, insert, select
from web3.exceptions import TransactionNotFound
from web3.types import TxReceipt

from ...core.chain.client import Fees
from ..db.tables import metadata
from ..errors import HubError
from .sent_tx import SentTx

if TYPE_CHECKING:
    from ..service import Hub
    from .chain import HubChain

log = logging.getLogger("datafi_desktop.hub.fees")

MAX_FEE_ENV: Final = "DATAFI_HUB_MAX_FEE_GWEI"
#: a replacement offers at least this much more (nodes want ≥ 10 %)
BUMP: Final = Decimal("1.25")

tx_replacements = Table(
    "tx_replacements",
    metadata,
    Column("replaced", String(66), primary_key=True),
    Column("replacement", String(66), nullable=False),
    Column("sender", String(42), nullable=False),
    Column("nonce", BigInteger, nullable=False),
    Column("purpose", String(200), nullable=False),
    Column("old_max_fee", String(80), nullable=False),
    Column("new_max_fee", String(80), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Index("tx_replacements_replacement", "replacement"),
)


class FeeCapExceeded(HubError):
    """The network asks more per gas than the configured maximum: nothing was sent."""

    status_code = 503


def gwei_to_wei(text: str | Decimal) -> int:
    value = Decimal(str(text)) * 10**9
    if value <= 0:
        raise HubError(f"a maximum fee must be above 0 gwei, got {text}")
    return int(value)


def cap_from_env() -> int | None:
    found = os.environ.get(MAX_FEE_ENV)
    return gwei_to_wei(found) if found else None


def capped(fees: Fees, cap: int | None) -> Fees:
    """``fees`` within ``cap`` (wei per gas), or :class:`FeeCapExceeded`."""
    if cap is None or fees.max_fee_per_gas <= cap:
        return fees
    if fees.base_fee + fees.max_priority_fee_per_gas > cap:
        raise FeeCapExceeded(
            f"fees are above the cap: base fee {fees.base_fee / 1e9:g} gwei + tip "
            f"{fees.max_priority_fee_per_gas / 1e9:g} gwei > maximum {cap / 1e9:g} gwei "
            f"(--max-fee-gwei / ${MAX_FEE_ENV}); nothing was sent, try again later")
    return Fees(fees.base_fee, min(fees.max_priority_fee_per_gas, cap), cap)


def bumped(old: int, current: int, cap: int | None) -> int:
    """A fee for a replacement: ``BUMP`` × ``old`` or what the network asks now, whichever
    is more, never above ``cap``."""
    new = max(int(Decimal(old) * BUMP) + 1, current)
    return new if cap is None else min(new, cap)


def replace(chain: HubChain, sender: LocalAccount, raw_tx: str, *, cap: int | None,
            record: Callable[[SentTx], None] | None = None) -> SentTx | None:
    """Sign the transaction ``raw_tx`` again with its nonce and higher fees; None when the
    cap leaves no room to raise them. ``record`` runs before the broadcast."""
    old = TypedTransaction.from_bytes(HexBytes(raw_tx)).as_dict()
    now = chain.client.fees()
    max_fee = bumped(int(old["maxFeePerGas"]), now.max_fee_per_gas, cap)
    tip = bumped(int(old["maxPriorityFeePerGas"]), now.max_priority_fee_per_gas, cap)
    tip = min(tip, max_fee)
    if max_fee <= int(old["maxFeePerGas"]) or tip <= int(old["maxPriorityFeePerGas"]):
        log.warning("transaction with nonce %s is stuck and the fee cap leaves no room to "
                    "replace it", old["nonce"])
        return None
    tx: dict[str, Any] = {key: old[key] for key in ("chainId", "nonce", "gas", "to", "value",
                                                     "data", "accessList")}
    tx.update(type=2, maxFeePerGas=max_fee, maxPriorityFeePerGas=tip)
    signed = sender.sign_transaction(tx)
    sent = SentTx("0x" + bytes(signed.hash).hex(), int(old["nonce"]),
                  "0x" + bytes(signed.raw_transaction).hex(), str(sender.address))
    if record is not None:
        record(sent)
    chain.w3.eth.send_raw_transaction(signed.raw_transaction)
    log.warning("replaced a stuck transaction (nonce %s): max fee %s → %s wei, tx %s",
                old["nonce"], old["maxFeePerGas"], max_fee, sent.tx_hash)
    return sent


def replace_sent(sent: SentTx, receipt: TxReceipt) -> SentTx:
    """``sent`` under the hash that was mined (a replacement's, perhaps)."""
    mined = HexBytes(receipt["transactionHash"]).to_0x_hex()
    return sent if mined == sent.tx_hash else SentTx(mined, sent.nonce, None, sent.sender)


def store_replacement(conn: Connection, old: SentTx, new: SentTx, purpose: str,
                      old_raw: str, now: int) -> None:
    """The pair (replaced, replacement) in ``tx_replacements``, in the caller's
    transaction."""
    old_fee = TypedTransaction.from_bytes(HexBytes(old_raw)).as_dict()["maxFeePerGas"]
    new_fee = TypedTransaction.from_bytes(HexBytes(new.raw_tx or old_raw)
                                          ).as_dict()["maxFeePerGas"]
    conn.execute(insert(tx_replacements).values(
        replaced=old.tx_hash, replacement=new.tx_hash, sender=new.sender,
        nonce=int(new.nonce or 0), purpose=purpose, old_max_fee=str(old_fee),
        new_max_fee=str(new_fee), created_at=now))


def note_replacement(hub: Hub, old: SentTx, new: SentTx, purpose: str, old_raw: str) -> None:
    with hub.engine.begin() as conn:
        store_replacement(conn, old, new, purpose, old_raw, hub.now())


def replaced_hashes(conn: Connection, tx_hash: str) -> list[str]:
    """The transactions ``tx_hash`` replaced, newest first (any of them may be the one
    mined)."""
    found: list[str] = []
    current = tx_hash.lower()
    while (row := conn.execute(select(tx_replacements.c.replaced).where(
            tx_replacements.c.replacement == current)).first()) is not None:
        if row.replaced in found:
            break
        found.append(row.replaced)
        current = row.replaced
    return found


def latest_replacement(conn: Connection, tx_hash: str) -> str | None:
    """The last transaction that replaced ``tx_hash`` (None: it was never replaced)."""
    latest: str | None = None
    current = tx_hash.lower()
    seen: set[str] = set()
    while (row := conn.execute(select(tx_replacements.c.replacement).where(
            tx_replacements.c.replaced == current)).first()) is not None:
        if row.replacement in seen:
            break
        seen.add(row.replacement)
        latest = current = row.replacement
    return latest


def replaced_at(conn: Connection, tx_hash: str) -> int | None:
    """When ``tx_hash`` was sent as a replacement (None: it is an original)."""
    value = conn.execute(select(tx_replacements.c.created_at).where(
        tx_replacements.c.replacement == tx_hash.lower())).scalar()
    return int(value) if value is not None else None


def wait_or_replace(hub: Hub, chain: HubChain, sent: SentTx, sender: Any, *,
                    purpose: str, cap: int | None, replace_after_s: float,
                    record: Callable[[SentTx], None], timeout: float = 600.0,
                    poll: float = 0.5) -> TxReceipt:
    """The receipt of ``sent`` or of a replacement of it; a transaction still pending after
    ``replace_after_s`` is replaced (each replacement stored by ``record`` first)."""
    hashes = [sent.tx_hash]
    current = sent
    deadline = time.monotonic() + timeout
    replace_at = time.monotonic() + replace_after_s
    while True:
        for tx_hash in reversed(hashes):
            try:
                return chain.w3.eth.get_transaction_receipt(HexBytes(tx_hash))
            except TransactionNotFound:
                continue
        now = time.monotonic()
        if now > deadline:
            raise HubError(f"{purpose}: no receipt for {', '.join(hashes)} within "
                           f"{timeout:g} s; run the command again to resume")
        if (now >= replace_at and isinstance(sender, LocalAccount) and current.raw_tx
                and replace_after_s > 0):
            new = replace(chain, sender, current.raw_tx, cap=cap, record=record)
            if new is not None:
                note_replacement(hub, current, new, purpose, current.raw_tx)
                hashes.append(new.tx_hash)
                current = new
            replace_at = now + replace_after_s
        time.sleep(poll)
