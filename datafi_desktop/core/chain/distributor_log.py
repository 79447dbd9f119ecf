"""The distributor's history, read from its event logs.

The contract stores only what claims and the next post need (the latest rewards root, the
epoch, the latest totals): every epoch's roots are in its ``EpochPosted`` log and every
payment in a ``Claimed`` log. Logs are chain data like storage (a reorg drops them with
their transaction), so the hub's idempotency and reorg checks and ``datafi-desktop verify
--rpc-url`` read them here:

- :func:`posted_epoch` — epoch *n*'s ``EpochPosted`` (its roots, totals, transaction, block),
  looked up by the indexed epoch;
- :func:`claimed_total` — the sum of every ``Claimed`` amount: the ``claimedTotal`` the
  settler passes to ``postEpoch`` (the contract does not keep a running total).

``from_block`` is where to start scanning (the distributor's deployment block when known;
0 scans the whole chain, which some public nodes refuse for long ranges).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hexbytes import HexBytes

if TYPE_CHECKING:
    from web3.contract import Contract

__all__ = ["PostedEpoch", "claimed_total", "claimed_total_for_post", "posted_epoch"]


@dataclass(frozen=True)
class PostedEpoch:
    """One ``EpochPosted`` log: roots as lowercase ``0x`` hex."""

    epoch: int
    rewards_root: str
    submissions_root: str
    total_cumulative: int
    claimed_total: int
    uri: str
    tx_hash: str
    block_number: int


def _hex(value: Any) -> str:
    return "0x" + bytes(value).hex()


def posted_epoch(distributor: Contract, epoch: int, *, from_block: int = 0
                 ) -> PostedEpoch | None:
    """Epoch ``epoch``'s ``EpochPosted`` log on the current chain, or None when it has none
    (never posted, or its transaction dropped by a reorg). Epochs strictly increase, so
    there is at most one."""
    logs = distributor.events.EpochPosted().get_logs(
        from_block=from_block, argument_filters={"epoch": int(epoch)})
    for entry in logs:
        if entry["address"] != distributor.address:
            continue
        args = entry["args"]
        return PostedEpoch(
            epoch=int(args["epoch"]), rewards_root=_hex(args["rewardsRoot"]),
            submissions_root=_hex(args["submissionsRoot"]),
            total_cumulative=int(args["totalCumulative"]),
            claimed_total=int(args["claimedTotal"]), uri=str(args["uri"]),
            tx_hash=HexBytes(entry["transactionHash"]).to_0x_hex(),
            block_number=int(entry["blockNumber"]))
    return None


def claimed_total(distributor: Contract, *, from_block: int = 0,
                  to_block: int | str = "latest") -> int:
    """Sum of the amounts of every ``Claimed`` log from ``from_block`` to ``to_block``:
    what the distributor has paid out (claims mined after ``to_block`` are not counted,
    which only makes the figure lower — the safe side for ``postEpoch``)."""
    logs = distributor.events.Claimed().get_logs(from_block=from_block, to_block=to_block)
    return sum(int(entry["args"]["amount"]) for entry in logs
               if entry["address"] == distributor.address)


def claimed_total_for_post(distributor: Contract, *, from_block: int = 0) -> int:
    """The ``claimedTotal`` to pass to the next ``postEpoch``: :func:`claimed_total`, kept
    within what the contract accepts (not below the previous post's figure — a reorg may
    have dropped a counted claim — and not above the previous ``totalCumulative``)."""
    functions = distributor.functions
    counted = claimed_total(distributor, from_block=from_block)
    previous = int(functions.claimedTotal().call())
    ceiling = int(functions.totalCumulative().call())
    return min(max(counted, previous), ceiling)
