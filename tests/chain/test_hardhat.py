"""The same contracts and Python code against a real JSON-RPC node (Hardhat 2) on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from eth_account import Account
from web3 import Web3
from web3.types import TxParams, Wei

from datafi_desktop.core.chain.artifacts import decode_revert, load_artifact
from datafi_desktop.core.chain.embedded import deploy_contracts, send_transaction
from datafi_desktop.core.merkle import rewards_tree, submissions_tree

pytestmark = [pytest.mark.node, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def hardhat(node_tools: Path) -> Iterator[Web3]:
    port = _free_port()
    cli = node_tools / "node_modules" / "hardhat" / "internal" / "cli" / "cli.js"
    env = {**os.environ, "HARDHAT_DISABLE_TELEMETRY_PROMPT": "true"}
    process = subprocess.Popen(
        ["node", str(cli), "node", "--hostname", "127.0.0.1", "--port", str(port)],
        cwd=node_tools,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        w3 = Web3(Web3.HTTPProvider(f"http://127.0.0.1:{port}", request_kwargs={"timeout": 30}))
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                assert process.stderr is not None
                pytest.fail(f"hardhat node exited: {process.stderr.read().decode()[-2000:]}")
            if w3.is_connected():  # False (not an exception) until the node is up
                break
            if time.monotonic() > deadline:
                pytest.fail("hardhat node did not start within 60 s")
            time.sleep(0.2)
        yield w3
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_deploy_post_and_claim_over_json_rpc(hardhat: Web3) -> None:
    w3 = hardhat
    assert w3.eth.chain_id == 31337
    deployer, alice, bob = list(w3.eth.accounts)[:3]
    deployment = deploy_contracts(w3, deployer)
    d = deployment.distributor.functions
    tree = rewards_tree({alice: 100, bob: 50})
    send_transaction(
        w3,
        d.postEpoch(1, tree.root, submissions_tree([b"\x01" * 32]).root, 150, "uri"),
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
