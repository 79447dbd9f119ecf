"""The same contracts and Python code against a real JSON-RPC node (Hardhat 2) on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from eth_account import Account
from web3 import Web3
from web3.types import TxParams, Wei

from datafi_desktop.core.chain.artifacts import decode_revert, load_artifact
from datafi_desktop.core.chain.embedded import deploy_contracts, send_transaction
from datafi_desktop.core.merkle import rewards_tree, submissions_tree
from tests.chain.conftest import hardhat_node

pytestmark = [pytest.mark.node, pytest.mark.slow]


@pytest.fixture(scope="module")
def hardhat() -> Iterator[Web3]:
    with hardhat_node() as url:
        yield Web3(Web3.HTTPProvider(url, request_kwargs={"timeout": 30}))


def test_deploy_post_and_claim_over_json_rpc(hardhat: Web3) -> None:
    w3 = hardhat
    assert w3.eth.chain_id == 31337
    deployer, alice, bob = list(w3.eth.accounts)[:3]
    deployment = deploy_contracts(w3, deployer)
    d = deployment.distributor.functions
    tree = rewards_tree({alice: 100, bob: 50})
    send_transaction(
        w3,
        d.postEpoch(1, tree.root, submissions_tree([b"\x01" * 32]).root, 150, 0, "uri"),
        deployer,
    )
    relayer = Account.create()
    gas_money: TxParams = {"to": relayer.address, "value": Wei(10**18)}
    send_transaction(w3, gas_money, deployer)
    index = tree.index_of((alice, 100))
    send_transaction(w3, d.claim(alice, 100, tree.root, tree.get_proof(index)), relayer)
    assert deployment.token.functions.balanceOf(alice).call() == 100

    abi = load_artifact("RewardDistributor").abi
    with pytest.raises(Exception) as caught:
        send_transaction(w3, d.claim(alice, 100, tree.root, tree.get_proof(index)), relayer)
    decoded = decode_revert(caught.value, abi)
    assert decoded is not None and decoded.name == "NothingToClaim"
    with pytest.raises(Exception) as caught:
        send_transaction(w3, d.claim(alice, 100, "0x" + "11" * 32, []), alice)
    decoded = decode_revert(caught.value, abi)
    assert decoded is not None and decoded.name == "RootMismatch"
    assert decoded.args["current"] == tree.root_bytes

    domain = d.eip712Domain().call()
    assert list(domain[1:5]) == ["DataFi", "1", 31337, deployment.distributor_address]
