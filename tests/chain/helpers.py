"""Small helpers shared by the chain tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eth_utils import keccak
from web3.logs import DISCARD
from web3.types import TxReceipt

from datafi_desktop.core.chain.distributor_log import claimed_total_for_post
from datafi_desktop.core.chain.embedded import EmbeddedChain, send_transaction
from datafi_desktop.core.merkle import StandardMerkleTree, rewards_tree, submissions_tree


def digest(label: str) -> bytes:
    """A stand-in submission digest."""
    return keccak(text=f"submission {label}")


@dataclass
class Posted:
    epoch: int
    rewards: StandardMerkleTree
    submissions: StandardMerkleTree
    receipt: TxReceipt

    def proof(self, account: str) -> tuple[int, list[str]]:
        """(cumulativeAmount, proof) of ``account`` in the rewards tree."""
        for i, (who, amount) in self.rewards.entries():
            if str(who).lower() == account.lower():
                return int(amount), self.rewards.get_proof(i)
        raise KeyError(account)


def post_epoch(
    chain: EmbeddedChain,
    epoch: int,
    entitlements: Mapping[str, int],
    digests: Sequence[bytes] = (),
    *,
    total: int | None = None,
    paid: int | None = None,
    uri: str = "",
    sender: str | None = None,
) -> Posted:
    """Post an epoch as the hub's settler does; ``paid`` (the ``claimedTotal``) defaults to
    the sum of the distributor's ``Claimed`` logs."""
    rewards = rewards_tree(entitlements)
    subs = submissions_tree(list(digests) or [digest(f"epoch {epoch}")])
    receipt = send_transaction(
        chain.w3,
        chain.distributor.functions.postEpoch(
            epoch,
            rewards.root,
            subs.root,
            sum(entitlements.values()) if total is None else total,
            claimed_total_for_post(chain.distributor) if paid is None else paid,
            uri or f"https://hub.example/epochs/{epoch}",
        ),
        sender or chain.deployer,
    )
    return Posted(epoch, rewards, subs, receipt)


def claim(
    chain: EmbeddedChain,
    account: str,
    amount: int,
    root: str | bytes,
    proof: Sequence[str],
    *,
    sender: str | None = None,
) -> TxReceipt:
    return send_transaction(
        chain.w3,
        chain.distributor.functions.claim(account, amount, root, list(proof)),
        sender or account,
    )


def events(contract: Any, name: str, receipt: TxReceipt) -> list[dict[str, Any]]:
    """The decoded ``name`` events of ``contract`` in ``receipt``, as plain dicts of args."""
    event = getattr(contract.events, name)()
    return [
        dict(e["args"])
        for e in event.process_receipt(receipt, errors=DISCARD)
        if e["address"] == contract.address
    ]
