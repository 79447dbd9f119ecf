"""Talking to a campaign's chain: the distributor, the reward token and the claim's gas.

A :class:`ChainClient` wraps one web3 for one :class:`~datafi_desktop.core.models.ChainSettings`
(an RPC URL, a chain id and the contract addresses). ``rpc_url = "embedded"`` names the
in-process EVM of this process (the demo's), found in a small registry that
:mod:`datafi_desktop.core.demo_chain` fills; anything else is an HTTP JSON-RPC endpoint.

Every failure is one of the errors below, each something a caller acts on:

- :class:`ChainUnreachableError` — the node does not answer (work offline, keep the claim);
- :class:`WrongChainError` — the node is another chain than the campaign names;
- :class:`ClaimRevertedError` — the distributor refused (its custom error decoded, and a
  sentence for the user in ``reason``).

>>> settings = ChainSettings(rpc_url="http://127.0.0.1:9")  # nothing listens on port 9
>>> ChainClient(settings).rpc_url
'http://127.0.0.1:9'

The client is not thread-safe beyond what web3 is; make one per thread, or share one that
only reads. Nothing here imports Qt or touches the cache.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, cast

from eth_typing import ChecksumAddress
from eth_utils import is_hex_address, to_checksum_address
from hexbytes import HexBytes

from ..errors import DataFiError
from ..models.campaign import ZERO_ADDRESS, ChainSettings
from .artifacts import DecodedRevert, decode_revert, load_artifact

if TYPE_CHECKING:  # web3 (with aiohttp) loads when a chain is first used, not at start-up
    from web3 import Web3
    from web3.contract import Contract
    from web3.contract.contract import ContractFunction
    from web3.types import TxData, TxReceipt

__all__ = [
    "EMBEDDED_RPC",
    "ChainClient",
    "ChainError",
    "ChainUnreachableError",
    "ClaimRevertedError",
    "Fees",
    "WrongChainError",
    "embedded_web3",
    "register_embedded",
    "revert_reason",
    "unregister_embedded",
]

EMBEDDED_RPC: Final = "embedded"
#: seconds an HTTP JSON-RPC request may take
DEFAULT_TIMEOUT: Final = 15.0
#: a claim's gas limit is the estimate plus this share (state may move before it is mined)
GAS_MARGIN: Final = 0.2
#: when the node cannot suggest a priority fee
FALLBACK_PRIORITY_FEE: Final = 1_000_000_000


class ChainError(DataFiError):
    """Something about the chain went wrong."""


class ChainUnreachableError(ChainError):
    """The JSON-RPC node does not answer (or no embedded chain runs in this process)."""


class WrongChainError(ChainError):
    """The node reports another chain id than the campaign's settings name."""


class ClaimRevertedError(ChainError):
    """The distributor refused a claim; ``revert`` is its decoded custom error, if any."""

    def __init__(self, reason: str, revert: DecodedRevert | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.revert = revert

    @property
    def error_name(self) -> str | None:
        return self.revert.name if self.revert is not None else None


# --- the embedded chains of this process ---------------------------------------------------

_embedded: dict[int, Web3] = {}
_embedded_lock = threading.Lock()


def register_embedded(w3: Web3, chain_id: int | None = None) -> int:
    """Make ``rpc_url = "embedded"`` with this chain id resolve to ``w3`` in this process."""
    cid = int(chain_id if chain_id is not None else w3.eth.chain_id)
    with _embedded_lock:
        _embedded[cid] = w3
    return cid


def unregister_embedded(chain_id: int) -> None:
    with _embedded_lock:
        _embedded.pop(int(chain_id), None)


def embedded_web3(chain_id: int) -> Web3 | None:
    with _embedded_lock:
        return _embedded.get(int(chain_id))


# --- reasons --------------------------------------------------------------------------------

_REASONS: Final[dict[str, str]] = {
    "RootMismatch": "a new epoch was posted while this claim was on its way (the root "
    "changed): refresh the rewards and claim again",
    "InvalidProof": "the proof does not match the posted root: refresh the rewards",
    "NothingToClaim": "nothing to claim: everything up to this amount was already paid",
    "EnforcedPause": "claims are paused by the distributor's operator; try again later",
    "ZeroAddress": "the account is the zero address",
}


def revert_reason(decoded: DecodedRevert | None, fallback: str = "the transaction reverted"
                  ) -> str:
    """A sentence for the user about a decoded revert (the error's name stays in it)."""
    if decoded is None:
        return fallback
    if decoded.name == "Error":
        return f"reverted: {decoded.args.get('message', '')}"
    if decoded.name == "Panic":
        return f"reverted with panic code {decoded.args.get('code')}"
    text = _REASONS.get(decoded.name)
    return f"{decoded.name}: {text}" if text else f"reverted with {decoded.name}{decoded.args}"


@dataclass(frozen=True)
class Fees:
    """EIP-1559 fees per gas (wei): what a transaction offers and what it likely pays."""

    base_fee: int
    max_priority_fee_per_gas: int
    max_fee_per_gas: int

    @property
    def likely_price(self) -> int:
        """The price per gas a transaction mined in the next block would pay."""
        return min(self.max_fee_per_gas, self.base_fee + self.max_priority_fee_per_gas)


class ChainClient:
    """One campaign chain: the distributor and token at the settings' addresses."""

    def __init__(self, settings: ChainSettings, *, w3: Web3 | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.settings = settings
        self._w3 = w3
        self._timeout = timeout
        self._distributor: Contract | None = None
        self._token: Contract | None = None
        self._checked = False

    @property
    def rpc_url(self) -> str:
        return self.settings.rpc_url

    @property
    def chain_id(self) -> int:
        return self.settings.chain_id

    @property
    def is_embedded(self) -> bool:
        return self.settings.rpc_url == EMBEDDED_RPC

    @property
    def w3(self) -> Web3:
        if self._w3 is None:
            if self.is_embedded:
                found = embedded_web3(self.settings.chain_id)
                if found is None:
                    raise ChainUnreachableError(
                        f"no embedded chain {self.settings.chain_id} runs in this process "
                        "(start the demo, or set the campaign's RPC URL)")
                self._w3 = found
            else:
                url = self.settings.rpc_url
                if not url.startswith(("http://", "https://")):
                    raise ChainUnreachableError(
                        f"RPC URL {url!r}: expected http(s)://host:port or 'embedded'")
                from web3 import Web3

                from .rpc_pool import FailoverProvider

                self._w3 = Web3(FailoverProvider(self.settings.all_rpc_urls,
                                                 timeout=self._timeout, rounds=2))
        return self._w3

    # --- contracts -----------------------------------------------------------------------

    @property
    def distributor(self) -> Contract:
        if self._distributor is None:
            address = _configured(self.settings.distributor, "distributor")
            self._distributor = self.w3.eth.contract(
                address=address, abi=load_artifact("RewardDistributor").abi)
        return self._distributor

    @property
    def token(self) -> Contract:
        if self._token is None:
            address = _configured(self.settings.token, "token")
            self._token = self.w3.eth.contract(
                address=address, abi=load_artifact("DataFiToken").abi)
        return self._token

    @property
    def distributor_abi(self) -> list[dict[str, Any]]:
        return load_artifact("RewardDistributor").abi

    @property
    def token_abi(self) -> list[dict[str, Any]]:
        return load_artifact("DataFiToken").abi

    # --- reads -----------------------------------------------------------------------------

    def check_chain(self) -> None:
        """Raise :class:`WrongChainError` unless the node is the settings' chain (once)."""
        if self._checked:
            return
        actual = self._call(lambda: int(self.w3.eth.chain_id))
        if actual != self.settings.chain_id:
            raise WrongChainError(
                f"the node at {self.rpc_url} is chain {actual}, but the campaign settles on "
                f"chain {self.settings.chain_id}: check the RPC URL")
        self._checked = True

    def claimed(self, account: str) -> int:
        return int(self._call(lambda: self.distributor.functions.claimed(
            _address(account)).call()))

    def merkle_root(self) -> str:
        return "0x" + bytes(self._call(
            lambda: self.distributor.functions.merkleRoot().call())).hex()

    def current_epoch(self) -> int:
        return int(self._call(lambda: self.distributor.functions.currentEpoch().call()))

    def token_balance(self, account: str) -> int:
        return int(self._call(lambda: self.token.functions.balanceOf(_address(account)).call()))

    def eth_balance(self, account: str) -> int:
        return int(self._call(lambda: self.w3.eth.get_balance(_address(account))))

    def nonce(self, account: str, block: str = "latest") -> int:
        return int(self._call(lambda: self.w3.eth.get_transaction_count(
            # silenced below: web3 types the block identifier narrower than the strings it accepts
            _address(account), block)))  # type: ignore[arg-type]

    def block_number(self) -> int:
        return int(self._call(lambda: self.w3.eth.block_number))

    def fees(self) -> Fees:
        """EIP-1559 fees: twice the latest base fee plus the node's suggested tip."""
        def read() -> Fees:
            block = self.w3.eth.get_block("latest")
            base = int(cast(Mapping[str, Any], block).get("baseFeePerGas") or 0)
            from web3.exceptions import Web3Exception

            try:
                tip = int(self.w3.eth.max_priority_fee)
            except (ValueError, Web3Exception):
                tip = FALLBACK_PRIORITY_FEE
            return Fees(base_fee=base, max_priority_fee_per_gas=tip,
                        max_fee_per_gas=2 * base + tip)
        return self._call(read)

    # --- claims ----------------------------------------------------------------------------

    def claim_function(self, account: str, cumulative_amount: int, root: str,
                       proof: Sequence[str]) -> ContractFunction:
        return self.distributor.functions.claim(
            _address(account), int(cumulative_amount), HexBytes(root),
            [HexBytes(p) for p in proof])

    def claim_data(self, account: str, cumulative_amount: int, root: str,
                   proof: Sequence[str]) -> str:
        """The calldata of ``claim(account, cumulativeAmount, expectedRoot, proof)``."""
        fn = self.claim_function(account, cumulative_amount, root, proof)
        return str(fn._encode_transaction_data())

    def estimate_claim_gas(self, account: str, cumulative_amount: int, root: str,
                           proof: Sequence[str], sender: str) -> int:
        """The gas the claim takes when ``sender`` sends it; a refusal raises
        :class:`ClaimRevertedError` with the distributor's reason."""
        fn = self.claim_function(account, cumulative_amount, root, proof)
        # a zero gas price: the estimate must not depend on the sender's ETH (geth, Hardhat
        # and eth-tester then skip the balance check); the gas a claim takes does not either
        params: Any = {"from": _address(sender), "gasPrice": 0}
        return self._reverting(lambda: int(fn.estimate_gas(params)))

    def check_claim(self, account: str, cumulative_amount: int, root: str,
                    proof: Sequence[str], sender: str) -> int:
        """Call the claim without sending it; returns the amount it would pay."""
        fn = self.claim_function(account, cumulative_amount, root, proof)
        params: Any = {"from": _address(sender), "gasPrice": 0}
        return self._reverting(lambda: int(fn.call(params)))

    def send_raw(self, raw_tx: bytes | str) -> str:
        """Broadcast a signed transaction; returns its hash (0x hex)."""
        data = HexBytes(raw_tx)
        return self._reverting(lambda: self.w3.eth.send_raw_transaction(data).to_0x_hex())

    def receipt(self, tx_hash: str) -> TxReceipt | None:
        from web3.exceptions import TransactionNotFound

        def read() -> TxReceipt | None:
            try:
                return self.w3.eth.get_transaction_receipt(HexBytes(tx_hash))
            except TransactionNotFound:
                return None
        return self._call(read)

    def transaction(self, tx_hash: str) -> TxData | None:
        from web3.exceptions import TransactionNotFound

        def read() -> TxData | None:
            try:
                return self.w3.eth.get_transaction(HexBytes(tx_hash))
            except TransactionNotFound:
                return None
        return self._call(read)

    def claimed_event(self, receipt: TxReceipt) -> dict[str, Any] | None:
        """The distributor's ``Claimed`` event in a receipt (amount, cumulativeAmount, …)."""
        from web3.logs import DISCARD

        events = self.distributor.events.Claimed().process_receipt(receipt, errors=DISCARD)
        for event in events:
            if event["address"] == self.distributor.address:
                return dict(event["args"])
        return None

    def replay_revert(self, tx: Mapping[str, Any], block_number: int) -> DecodedRevert | None:
        """Why a mined transaction reverted: replay it as a call on the state after its
        block and decode the error."""
        call = {"from": tx["from"], "to": tx["to"], "data": tx.get("input") or tx.get("data"),
                "value": int(tx.get("value") or 0), "gas": int(tx["gas"])}
        from web3.exceptions import ProviderConnectionError

        try:
            self.w3.eth.call(cast(Any, call), block_identifier=block_number)
        except (OSError, ProviderConnectionError) as exc:
            raise ChainUnreachableError(
                f"chain unreachable at {self.rpc_url} ({_describe(exc)})") from None
        except Exception as exc:  # the revert we are after, whatever the provider calls it
            return decode_revert(exc, self.distributor_abi)
        return None

    # --- internals ---------------------------------------------------------------------------

    def _call(self, fn: Any) -> Any:
        from web3.exceptions import ProviderConnectionError

        try:
            return fn()
        except (OSError, ProviderConnectionError) as exc:
            raise ChainUnreachableError(
                f"chain unreachable at {self.rpc_url} ({_describe(exc)})") from None

    def _reverting(self, fn: Any) -> Any:
        try:
            return self._call(fn)
        except ChainError:
            raise
        except Exception as exc:
            decoded = decode_revert(exc, self.distributor_abi)
            if decoded is None:
                raise ClaimRevertedError(f"the node refused the claim: {_first_line(exc)}"
                                         ) from None
            raise ClaimRevertedError(revert_reason(decoded), decoded) from None


def _configured(address: str, what: str) -> ChecksumAddress:
    if address == ZERO_ADDRESS or not is_hex_address(address):
        raise ChainError(f"the campaign names no {what} contract")
    return to_checksum_address(address)


def _address(value: str) -> ChecksumAddress:
    if not isinstance(value, str) or not is_hex_address(value):
        raise ChainError(f"not an address: {value!r}")
    return to_checksum_address(value)


def _describe(exc: BaseException) -> str:
    text = str(exc)
    if "connection refused" in text.lower() or "Failed to establish" in text:
        return "connection refused"
    if "timed out" in text.lower() or "timeout" in type(exc).__name__.lower():
        return "timed out"
    return exc.__class__.__name__


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else exc.__class__.__name__
