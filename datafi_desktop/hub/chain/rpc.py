"""Connecting the hub's commands to a chain through one or several RPC URLs."""

from __future__ import annotations

from collections.abc import Sequence

from web3 import Web3

from ...core.chain.rpc_pool import RpcUnavailableError, failover_web3
from ..errors import HubError


class RpcError(HubError):
    """No RPC URL answered as a node of the expected chain."""

    status_code = 503


def connect(urls: Sequence[str], *, expect_chain_id: int | None = None,
            timeout: float = 10.0, rounds: int = 3) -> Web3:
    """A web3 over ``urls`` (failover), checked to answer ``eth_chainId`` (and to be
    ``expect_chain_id`` when given)."""
    try:
        w3 = failover_web3(urls, timeout=timeout, rounds=rounds)
        chain_id = int(w3.eth.chain_id)
    except RpcUnavailableError as exc:
        raise RpcError(str(exc)) from None
    if expect_chain_id is not None and chain_id != expect_chain_id:
        # silenced below: current_url exists on HTTP providers only, the only kind used here
        raise RpcError(f"the node at {w3.provider.current_url} is chain {chain_id}, not "  # type: ignore[attr-defined]
                       f"{expect_chain_id} (--expect-chain-id): nothing was sent")
    return w3
