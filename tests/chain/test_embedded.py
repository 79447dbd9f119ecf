"""EmbeddedChain and deploy_contracts."""

from __future__ import annotations

import pytest
from eth_account import Account

from datafi_desktop.core.chain.artifacts import decode_revert, load_artifact, revert_data
from datafi_desktop.core.chain.embedded import (
    DEFAULT_SUPPLY,
    ChainTransactionError,
    EmbeddedChain,
    deploy_contracts,
    send_transaction,
)

from .helpers import claim, post_epoch

# The chain id eth-tester 0.14's PyEVMBackend reports (a constant of eth-tester).
ETH_TESTER_CHAIN_ID = 131277322940537


def test_embedded_chain_is_deployed_and_funded(chain: EmbeddedChain) -> None:
    assert chain.chain_id == ETH_TESTER_CHAIN_ID == chain.w3.eth.chain_id
    assert chain.deployer == chain.accounts[0]
    assert len(chain.accounts) == 10
    token = chain.token.functions
    assert token.balanceOf(chain.distributor_address).call() == DEFAULT_SUPPLY
    assert token.totalSupply().call() == DEFAULT_SUPPLY
    assert (token.name().call(), token.symbol().call(), token.decimals().call()) == (
        "DataFi Token",
        "DFT",
        18,
    )
    assert chain.distributor.functions.token().call() == chain.token_address
    assert chain.deployment.block_number >= 1


@pytest.mark.parametrize(
    ("name", "attribute"),
    [("DataFiToken", "token_address"), ("RewardDistributor", "distributor_address")],
)
def test_deployed_code_is_the_artifacts(chain: EmbeddedChain, name: str, attribute: str) -> None:
    code = bytes(chain.w3.eth.get_code(getattr(chain, attribute)))
    expected = bytes.fromhex(load_artifact(name).deployed_bytecode[2:])
    # Immutables (EIP-712 caches, the token address) are filled in at deployment, so the
    # code differs from the artifact only inside their zeroed placeholders.
    assert len(code) == len(expected)
    differing = [i for i, (a, b) in enumerate(zip(code, expected, strict=True)) if a != b]
    assert all(expected[i] == 0 for i in differing)


def test_fund_sends_eth_for_gas(chain: EmbeddedChain) -> None:
    fresh = Account.create()
    assert chain.w3.eth.get_balance(fresh.address) == 0
    chain.fund(fresh.address, 10**17)
    assert chain.w3.eth.get_balance(fresh.address) == 10**17
    with pytest.raises(ValueError):
        chain.fund(fresh.address, 0)
    with pytest.raises(ChainTransactionError):
        chain.fund("not an address", 1)


def test_a_local_key_can_claim_and_deploy(chain: EmbeddedChain) -> None:
    alice = Account.create()
    relayer = Account.create()
    chain.fund(relayer.address, 10**18)
    posted = post_epoch(chain, 1, {alice.address: 1234})
    amount, proof = posted.proof(alice.address)
    # Signed locally: the relayer's key never touches the node.
    receipt = send_transaction(
        chain.w3,
        chain.distributor.functions.claim(alice.address, amount, posted.rewards.root, proof),
        relayer,
    )
    assert receipt["from"] == relayer.address
    assert chain.token.functions.balanceOf(alice.address).call() == 1234
    assert chain.w3.eth.get_balance(alice.address) == 0  # alice never needed gas

    deployment = deploy_contracts(chain.w3, relayer, supply=10)
    assert deployment.deployer == relayer.address
    d = deployment.distributor.functions
    assert d.hasRole(d.SETTLER_ROLE().call(), relayer.address).call()
    assert deployment.token.functions.balanceOf(deployment.distributor_address).call() == 10


def test_deploy_with_separate_roles_and_an_existing_token(chain: EmbeddedChain) -> None:
    admin, settler, pauser = chain.accounts[5:8]
    deployment = deploy_contracts(
        chain.w3,
        chain.deployer,
        admin=admin,
        settler=settler,
        pauser=pauser,
        token_address=chain.token_address,
    )
    d = deployment.distributor.functions
    admin_role = b"\x00" * 32
    assert d.hasRole(admin_role, admin).call()
    assert not d.hasRole(admin_role, chain.deployer).call()
    assert d.hasRole(d.SETTLER_ROLE().call(), settler).call()
    assert d.hasRole(d.PAUSER_ROLE().call(), pauser).call()
    assert not d.hasRole(d.SETTLER_ROLE().call(), chain.deployer).call()
    assert deployment.token_address == chain.token_address
    assert chain.token.functions.balanceOf(deployment.distributor_address).call() == 0


def test_snapshot_and_revert(chain: EmbeddedChain) -> None:
    snap = chain.snapshot()
    post_epoch(chain, 1, {chain.accounts[1]: 1})
    assert chain.distributor.functions.currentEpoch().call() == 1
    chain.revert(snap)
    assert chain.distributor.functions.currentEpoch().call() == 0


def test_revert_data_and_decoding(chain: EmbeddedChain) -> None:
    alice = chain.accounts[1]
    posted = post_epoch(chain, 1, {alice: 5, chain.accounts[2]: 1})
    amount, proof = posted.proof(alice)
    abi = load_artifact("RewardDistributor").abi
    with pytest.raises(Exception) as caught:
        claim(chain, alice, amount + 1, posted.rewards.root, proof)
    data = revert_data(caught.value)
    assert data is not None and data[:4].hex() == "09bde339"  # InvalidProof()
    decoded = decode_revert(caught.value, abi)
    assert decoded is not None and decoded.name == "InvalidProof" and decoded.args == {}
    assert decode_revert(b"\x00\x01", abi) is None
    assert decode_revert("0x" + "ff" * 4, abi) is None
    assert decode_revert(RuntimeError("boom"), abi) is None


def test_independent_chains_do_not_share_state() -> None:
    one = EmbeddedChain(supply=5)
    two = EmbeddedChain(supply=7)
    assert one.token.functions.totalSupply().call() == 5
    assert two.token.functions.totalSupply().call() == 7
    assert one.chain_id == two.chain_id


def test_revert_data_from_web3_error_shapes() -> None:
    from web3.exceptions import ContractCustomError, ContractLogicError

    abi = load_artifact("RewardDistributor").abi
    selector = "0x7c532e31"  # RootMismatch(bytes32,bytes32)
    payload = selector + "11" * 32 + "22" * 32
    # A node that returns the revert data as a hex string (geth, anvil, web3's custom error).
    decoded = decode_revert(ContractCustomError(payload, data=payload), abi)
    assert decoded is not None and decoded.name == "RootMismatch"
    assert decoded.args == {"expected": b"\x11" * 32, "current": b"\x22" * 32}
    # Hardhat 2: {"message": ..., "data": "0x..."}.
    hardhat = ContractLogicError(
        "execution reverted: Error: VM Exception", data={"message": "…", "data": payload}
    )
    assert revert_data(hardhat) == bytes.fromhex(payload[2:])
    # A plain require message on eth-tester comes back as Error(string).
    plain = decode_revert(RuntimeError("execution reverted: not allowed"), abi)
    assert plain is not None and plain.name == "Error" and plain.args == {"message": "not allowed"}
    # Wrapped exceptions are followed through __cause__.
    try:
        try:
            raise ContractCustomError(payload, data=payload)
        except ContractCustomError as inner:
            raise RuntimeError("claim failed") from inner
    except RuntimeError as outer:
        assert decode_revert(outer, abi) == decoded
