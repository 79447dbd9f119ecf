"""A transaction the hub signed and sent (settlement, relayed claims, deployment)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SentTx:
    """Its hash, nonce and signed bytes (None when the node signed it), and the sender."""

    tx_hash: str
    nonce: int | None
    raw_tx: str | None
    sender: str
