"""Finality: a transaction counts once ``confirmations`` blocks hold it (its own included).

A campaign's :class:`~datafi_desktop.core.models.ChainSettings` names how many
(``confirmations``; 1 means "mined is final", the embedded chain's rule). Until then a
claim stays *pending* (with its block) and an epoch shows *pending* in ``datafi-hub
epochs``; a transaction that leaves the chain in that window (a reorg) is looked up
again like any pending one — rebroadcast from its stored raw bytes while its nonce is free.

>>> depth(head=10, block=9), depth(head=10, block=11), is_final(head=10, block=9, required=2)
(2, 0, True)
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models.campaign import EMBEDDED_CHAIN_ID, ChainSettings


def depth(*, head: int, block: int) -> int:
    """How many blocks hold a transaction mined in ``block`` when the chain is at ``head``."""
    return max(0, head - block + 1)


def is_final(*, head: int, block: int, required: int) -> bool:
    return depth(head=head, block=block) >= max(1, required)


def required_confirmations(settings: ChainSettings) -> int:
    """The campaign's confirmations (the embedded chain: 1, it never reorganises)."""
    if settings.rpc_url == "embedded" or settings.chain_id == EMBEDDED_CHAIN_ID:
        return 1
    return max(1, settings.confirmations)


@dataclass(frozen=True)
class Finality:
    block: int
    confirmations: int
    required: int

    @property
    def final(self) -> bool:
        return self.confirmations >= self.required

    def describe(self) -> str:
        if self.final:
            return f"final ({self.confirmations} confirmations)"
        return f"pending ({self.confirmations}/{self.required} confirmations)"
