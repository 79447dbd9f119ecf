"""The demo's chain: the contracts on the in-process EVM, shared by the app and the hub.

:func:`start_demo_chain` starts an :class:`~.chain.embedded.EmbeddedChain` (eth-tester on
py-evm: the token and the distributor deployed, the distributor funded with the whole token
supply), serialises every request to it (the app's worker threads, the sync thread and
the in-process hub's threads all use it) and registers it so that a campaign whose
``chain.rpc_url`` is ``"embedded"`` resolves to it — in the app
(:class:`~.chain.client.ChainClient`) and in the hub (:mod:`datafi_desktop.hub.settlement.chain`)
alike::

    demo = start_demo_chain()
    hub = start_demo_hub(data_dir, demo.settings)     # the demo campaign settles there
    ...
    demo_review_and_settle(hub, demo)  # hub.settlement.demo: a reviewer accepts, then settle
    demo.stop()

The chain lives in memory: it is gone when the process ends, like the demo's profile.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from eth_utils import to_checksum_address
from web3 import Web3

from .chain.client import EMBEDDED_RPC, register_embedded, unregister_embedded
from .models import ChainSettings

if TYPE_CHECKING:
    from .chain.embedded import EmbeddedChain

__all__ = [
    "DEMO_GAS_GIFT",
    "DemoChain",
    "DemoSettlement",
    "active_demo_chain",
    "start_demo_chain",
]

log = logging.getLogger("datafi_desktop.demo")

#: ETH the demo gives an annotator with none, so that a claim from the wallet can pay gas
DEMO_GAS_GIFT: Final = 10**16  # 0.01 ETH
#: the demo reviewer's key is derived from this public string: it is a DEMO key, never fund it
DEMO_REVIEWER_SEED: Final = "datafi demo reviewer"


def _locked_provider(tester: Any, lock: threading.RLock) -> Any:
    from web3 import EthereumTesterProvider

    class LockedTesterProvider(EthereumTesterProvider):
        """eth-tester is not thread-safe: one request at a time."""

        def make_request(self, method: Any, params: Any) -> Any:
            with lock:
                return super().make_request(method, params)

    return LockedTesterProvider(tester)


@dataclass
class DemoChain:
    """The running demo chain and where the demo campaign settles on it."""

    chain: EmbeddedChain
    settings: ChainSettings
    lock: threading.RLock = field(repr=False)
    _stopped: bool = field(default=False, repr=False)

    @property
    def w3(self) -> Web3:
        return self.chain.w3

    @property
    def chain_id(self) -> int:
        return self.chain.chain_id

    @property
    def settler(self) -> str:
        return self.chain.deployer

    @property
    def relayer(self) -> str:
        return self.chain.accounts[1]

    def give_gas(self, address: str, wei: int = DEMO_GAS_GIFT) -> bool:
        """Send ``wei`` ETH to an account that has none (the demo's faucet)."""
        with self.lock:
            account = to_checksum_address(address)
            if self.w3.eth.get_balance(account) > 0:
                return False
            self.chain.fund(account, wei)
            return True

    def token_balance(self, address: str) -> int:
        with self.lock:
            return int(self.chain.token.functions.balanceOf(to_checksum_address(address))
                       .call())

    def stop(self) -> None:
        if not self._stopped:
            self._stopped = True
            unregister_embedded(self.chain_id)
            if _active.get("chain") is self:
                _active.pop("chain", None)


_active: dict[str, DemoChain] = {}


def set_active_demo_chain(demo: DemoChain) -> None:
    """Make ``demo`` the chain :func:`active_demo_chain` answers (a process that started
    several, such as a test run, says which one the demo's actions use)."""
    _active["chain"] = demo


def active_demo_chain() -> DemoChain | None:
    """The demo chain this process started, if any."""
    return _active.get("chain")


def start_demo_chain(**options: Any) -> DemoChain:
    """Start the in-process EVM with the contracts deployed and the distributor funded,
    and make ``"embedded"`` resolve to it. ``options`` go to ``EmbeddedChain``."""
    from .chain.embedded import EmbeddedChain

    embedded = EmbeddedChain(**options)
    lock = threading.RLock()
    embedded.w3.provider = _locked_provider(embedded.tester, lock)
    symbol = str(embedded.token.functions.symbol().call())
    decimals = int(embedded.token.functions.decimals().call())
    settings = ChainSettings(
        chain_id=embedded.chain_id, rpc_url=EMBEDDED_RPC,
        distributor=embedded.distributor_address, token=embedded.token_address,
        token_symbol=symbol, token_decimals=decimals)
    register_embedded(embedded.w3, embedded.chain_id)
    demo = DemoChain(embedded, settings, lock)
    _active["chain"] = demo
    log.info("demo chain %d: distributor %s, token %s", demo.chain_id,
             settings.distributor, settings.token)
    return demo


@dataclass(frozen=True)
class DemoSettlement:
    """What ``demo_review_and_settle`` did."""

    reviewed: int
    accepted: int
    epoch: int | None
    accounts: int
    gas_given: list[str]
    message: str
