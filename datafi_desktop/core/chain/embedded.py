"""Deploying the DataFi contracts, and the embedded in-process chain.

:func:`deploy_contracts` deploys ``DataFiToken`` and ``RewardDistributor`` through any
web3 (the embedded EVM, a Hardhat node over HTTP, a testnet), sending either from an
account the node unlocks (an address) or from a local key (an ``eth_account``
``LocalAccount``, signed here).

:class:`EmbeddedChain` is the default chain of a fresh install: eth-tester on py-evm inside
the process, with the contracts deployed by eth-tester's account 0, which is admin,
settler and pauser, and the token supply minted to the distributor. It lives in memory
only, and, like eth-tester itself, is not thread-safe: use it from one thread at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, cast

from eth_account.signers.local import LocalAccount
from eth_typing import ChecksumAddress
from eth_utils import is_address, to_checksum_address
from hexbytes import HexBytes
from web3 import Web3
from web3.contract import Contract
from web3.contract.contract import ContractConstructor, ContractFunction
from web3.types import TxParams, TxReceipt, Wei

from datafi_desktop.core.chain.artifacts import ArtifactError, load_artifact
from datafi_desktop.core.errors import DataFiError

__all__ = [
    "DEFAULT_SUPPLY",
    "DEFAULT_TOKEN_NAME",
    "DEFAULT_TOKEN_SYMBOL",
    "ChainTransactionError",
    "Deployment",
    "EmbeddedChain",
    "Sender",
    "deploy_contracts",
    "send_transaction",
]

DEFAULT_TOKEN_NAME: Final = "DataFi Token"  # noqa: S105 (not a secret)
DEFAULT_TOKEN_SYMBOL: Final = "DFT"  # noqa: S105 (not a secret)
DEFAULT_SUPPLY: Final = 1_000_000_000 * 10**18
RECEIPT_TIMEOUT: Final = 120.0

Sender = str | LocalAccount
"""Who sends a transaction: an address the node unlocks, or a local key that signs here."""


class ChainTransactionError(DataFiError):
    """A transaction was mined but reverted, or could not be sent."""

    def __init__(self, message: str, receipt: TxReceipt | None = None) -> None:
        super().__init__(message)
        self.receipt = receipt


def _address(value: str, what: str) -> ChecksumAddress:
    if not isinstance(value, str) or not is_address(value):
        raise ChainTransactionError(f"{what}: not an address: {value!r}")
    return to_checksum_address(value)


def _sender_address(sender: Sender) -> ChecksumAddress:
    if isinstance(sender, LocalAccount):
        return to_checksum_address(sender.address)
    return _address(sender, "sender")


def send_transaction(
    w3: Web3,
    call: ContractFunction | ContractConstructor | TxParams,
    sender: Sender,
    *,
    timeout: float = RECEIPT_TIMEOUT,
) -> TxReceipt:
    """Send ``call`` (a contract call, a constructor or plain ``TxParams``) and wait.

    A ``LocalAccount`` sender signs locally (nonce from the pending count, gas and fees
    filled by web3); an address sender must be unlocked on the node. Raises
    :class:`ChainTransactionError` when the mined transaction reverted. Reverts caught
    by gas estimation propagate as the provider's exception (see
    :func:`datafi_desktop.core.chain.artifacts.revert_data`).
    """
    address = _sender_address(sender)
    tx_hash: HexBytes
    if isinstance(call, dict):
        params: TxParams = {**call, "from": address}
        if isinstance(sender, LocalAccount):
            params.setdefault("nonce", w3.eth.get_transaction_count(address, "pending"))
            params.setdefault("chainId", w3.eth.chain_id)
            if "gas" not in params:
                params["gas"] = w3.eth.estimate_gas(params)
            if "gasPrice" not in params and "maxFeePerGas" not in params:
                params["maxFeePerGas"] = Wei(w3.eth.gas_price * 2)
                params["maxPriorityFeePerGas"] = w3.eth.max_priority_fee
            signed = sender.sign_transaction(cast(dict[str, Any], params))
            tx_hash = w3.eth.send_raw_transaction(signed.raw_transaction)
        else:
            tx_hash = w3.eth.send_transaction(params)
    elif isinstance(sender, LocalAccount):
        built = call.build_transaction(
            {"from": address, "nonce": w3.eth.get_transaction_count(address, "pending")}
        )
        signed = sender.sign_transaction(cast(dict[str, Any], built))
        tx_hash = w3.eth.send_raw_transaction(signed.raw_transaction)
    else:
        tx_hash = call.transact({"from": address})
    receipt = w3.eth.wait_for_transaction_receipt(tx_hash, timeout=timeout)
    if receipt["status"] != 1:
        raise ChainTransactionError(f"transaction {tx_hash.to_0x_hex()} reverted", receipt)
    return receipt


@dataclass(frozen=True)
class Deployment:
    """The deployed token and distributor, bound to the web3 they were deployed with."""

    token: Contract
    distributor: Contract
    deployer: ChecksumAddress
    chain_id: int
    block_number: int
    """Block of the distributor's deployment: where to start scanning its events."""

    @property
    def token_address(self) -> ChecksumAddress:
        return self.token.address

    @property
    def distributor_address(self) -> ChecksumAddress:
        return self.distributor.address


def _contract_from_artifact(w3: Web3, name: str, address: str | None = None) -> Any:
    artifact = load_artifact(name)
    if address is None:
        return w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)
    return w3.eth.contract(address=_address(address, name), abi=artifact.abi)


def _bind(w3: Web3, name: str, address: str) -> Contract:
    contract: Contract = _contract_from_artifact(w3, name, address)
    return contract


def attach(w3: Web3, token_address: str, distributor_address: str) -> tuple[Contract, Contract]:
    """The token and distributor at known addresses, with the committed ABIs."""
    return (
        _bind(w3, "DataFiToken", token_address),
        _bind(w3, "RewardDistributor", distributor_address),
    )


def deploy_contracts(
    w3: Web3,
    deployer: Sender,
    *,
    admin: str | None = None,
    settler: str | None = None,
    pauser: str | None = None,
    supply: int = DEFAULT_SUPPLY,
    token_name: str = DEFAULT_TOKEN_NAME,
    token_symbol: str = DEFAULT_TOKEN_SYMBOL,
    token_address: str | None = None,
) -> Deployment:
    """Deploy the reward token and the distributor; fund the distributor.

    ``admin``, ``settler`` and ``pauser`` default to the deployer. Unless
    ``token_address`` names an existing ERC-20 (then nothing is minted), a new
    ``DataFiToken`` is deployed with the deployer as its admin and minter, and ``supply``
    base units are minted to the distributor.
    """
    if supply < 0:
        raise ValueError("supply must not be negative")
    me = _sender_address(deployer)
    admin_address = _address(admin, "admin") if admin is not None else me
    settler_address = _address(settler, "settler") if settler is not None else me
    pauser_address = _address(pauser, "pauser") if pauser is not None else me

    if token_address is None:
        factory = _contract_from_artifact(w3, "DataFiToken")
        receipt = send_transaction(w3, factory.constructor(token_name, token_symbol, me), deployer)
        token_address = receipt["contractAddress"]
        if token_address is None:
            raise ArtifactError("token deployment produced no contract address")
        mint = supply > 0
    else:
        mint = False
    token = _bind(w3, "DataFiToken", token_address)

    factory = _contract_from_artifact(w3, "RewardDistributor")
    receipt = send_transaction(
        w3,
        factory.constructor(token.address, admin_address, settler_address, pauser_address),
        deployer,
    )
    distributor_address = receipt["contractAddress"]
    if distributor_address is None:
        raise ArtifactError("distributor deployment produced no contract address")
    distributor = _bind(w3, "RewardDistributor", distributor_address)
    block_number = int(receipt["blockNumber"])

    if mint:
        send_transaction(w3, token.functions.mint(distributor.address, supply), deployer)

    return Deployment(
        token=token,
        distributor=distributor,
        deployer=me,
        chain_id=int(w3.eth.chain_id),
        block_number=block_number,
    )


class EmbeddedChain:
    """An in-process EVM (eth-tester on py-evm) with the DataFi contracts deployed.

    eth-tester's ten accounts are unlocked and hold 1,000,000 ETH each; account 0
    deployed the contracts and holds DEFAULT_ADMIN_ROLE, SETTLER_ROLE and PAUSER_ROLE.
    Blocks are mined automatically, one per transaction.
    """

    def __init__(
        self,
        *,
        supply: int = DEFAULT_SUPPLY,
        token_name: str = DEFAULT_TOKEN_NAME,
        token_symbol: str = DEFAULT_TOKEN_SYMBOL,
    ) -> None:
        from eth_tester import EthereumTester, PyEVMBackend
        from web3 import EthereumTesterProvider

        self.tester: Any = EthereumTester(PyEVMBackend())
        self.w3: Web3 = Web3(EthereumTesterProvider(self.tester))
        self.accounts: list[ChecksumAddress] = [
            to_checksum_address(a) for a in self.w3.eth.accounts
        ]
        self.deployer: ChecksumAddress = self.accounts[0]
        self.chain_id: int = int(self.w3.eth.chain_id)
        self.deployment: Deployment = deploy_contracts(
            self.w3,
            self.deployer,
            supply=supply,
            token_name=token_name,
            token_symbol=token_symbol,
        )

    @property
    def token(self) -> Contract:
        return self.deployment.token

    @property
    def distributor(self) -> Contract:
        return self.deployment.distributor

    @property
    def token_address(self) -> ChecksumAddress:
        return self.deployment.token.address

    @property
    def distributor_address(self) -> ChecksumAddress:
        return self.deployment.distributor.address

    def fund(self, address: str, wei: int) -> TxReceipt:
        """Send ``wei`` of ETH (for gas) from account 0 to ``address``."""
        if wei <= 0:
            raise ValueError("wei must be positive")
        to = _address(address, "address")
        return send_transaction(
            self.w3, {"to": to, "value": Web3.to_wei(wei, "wei")}, self.deployer
        )

    def mint(self, to: str, amount: int) -> TxReceipt:
        """Mint ``amount`` reward tokens to ``to`` (account 0 is the token's minter)."""
        return send_transaction(
            self.w3,
            self.token.functions.mint(_address(to, "to"), amount),
            self.deployer,
        )

    def snapshot(self) -> int:
        """Take a snapshot of the chain state; :meth:`revert` returns to it."""
        return int(self.tester.take_snapshot())

    def revert(self, snapshot_id: int) -> None:
        self.tester.revert_to_snapshot(snapshot_id)

    def mine(self, blocks: int = 1) -> None:
        self.tester.mine_blocks(blocks)

    def balances(self, addresses: Sequence[str]) -> list[int]:
        """Reward-token balances of ``addresses``."""
        return [
            int(self.token.functions.balanceOf(_address(a, "address")).call()) for a in addresses
        ]
