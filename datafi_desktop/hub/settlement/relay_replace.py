"""Stuck relayed claims: the relayer's transactions get settle's replacement policy.

A relayed claim still in the mempool ``replace_after_s`` after it was sent (or last
replaced) is signed again by :func:`.fee_policy.replace` — same nonce, fees raised by a
quarter within ``max_fee_per_gas`` — when its status is asked. The replacement is stored
on the claim's row together with the (replaced, replacement) pair in ``tx_replacements``
*before* it is broadcast; whichever of the hashes is mined is the claim's transaction
(:func:`mined_hash`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from eth_account.signers.local import LocalAccount
from sqlalchemy import select, update

from ..db.locks import sender_lock
from .chain import SentTx, config_of, role_sender
from .fee_policy import replace, replaced_at, replaced_hashes, store_replacement
from .tables import relayed_claims

if TYPE_CHECKING:
    from ..service import Hub
    from .chain import HubChain

log = logging.getLogger("datafi_desktop.hub.relayer")


def mined_hash(hub: Hub, chain: HubChain, tx_hash: str) -> str:
    """``tx_hash``, or the earlier transaction it replaced when that one was mined."""
    if chain.client.receipt(tx_hash) is not None:
        return tx_hash
    with hub.engine.begin() as conn:
        earlier = replaced_hashes(conn, tx_hash)
    for old in earlier:
        if chain.client.receipt(old) is not None:
            return old
    return tx_hash


def replace_if_stuck(hub: Hub, chain: HubChain, row: Any) -> Any:
    """The claim's row, after replacing its transaction if it is stuck in the mempool."""
    config = config_of(hub)
    if (row.state != "pending" or not row.raw_tx or not row.tx_hash
            or config.replace_after_s <= 0):
        return row
    with hub.engine.begin() as conn:
        sent_at = replaced_at(conn, row.tx_hash) or int(row.created_at)
    if hub.now() - sent_at < config.replace_after_s * 1000:
        return row
    client = chain.client
    if client.receipt(row.tx_hash) is not None or client.transaction(row.tx_hash) is None:
        return row  # mined, or forgotten by the node (track_transaction rebroadcasts it)
    sender = role_sender(chain, config, "relayer")
    if not isinstance(sender, LocalAccount) or sender.address.lower() != row.relayer.lower():
        return row  # signed by a key the hub no longer holds
    old = SentTx(row.tx_hash, int(row.tx_nonce) if row.tx_nonce is not None else None,
                 row.raw_tx, row.relayer)

    def record(new: SentTx) -> None:
        with hub.engine.begin() as conn:
            conn.execute(update(relayed_claims).where(relayed_claims.c.id == row.id).values(
                tx_hash=new.tx_hash, raw_tx=new.raw_tx, updated_at=hub.now()))
            store_replacement(conn, old, new, f"relayed claim {row.id}", row.raw_tx,
                              hub.now())

    with config.send_lock, sender_lock(hub.engine, row.relayer):
        new = replace(chain, sender, row.raw_tx, cap=config.max_fee_per_gas, record=record)
    if new is None:
        return row
    log.warning("relayed claim %s: %s was stuck, replaced by %s", row.id, row.tx_hash,
                new.tx_hash)
    with hub.engine.begin() as conn:
        return conn.execute(select(relayed_claims).where(relayed_claims.c.id == row.id)
                            ).first()
