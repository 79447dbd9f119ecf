"""The Python tree against @openzeppelin/merkle-tree (node) and against the contract."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from eth_utils import to_checksum_address
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datafi_desktop.core.chain.embedded import EmbeddedChain, send_transaction
from datafi_desktop.core.merkle import REWARDS_LEAF_ENCODING, StandardMerkleTree

from .conftest import run_node

pytestmark = pytest.mark.node


def js_tree(encoding: list[str], values: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(
        run_node("merkle.mjs", json.dumps({"encoding": encoding, "values": values}))
    )
    return out


def js_load(dump: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(run_node("merkle.mjs", json.dumps({"dump": dump})))
    return out


def random_rewards(rnd: random.Random, n: int) -> list[list[str]]:
    values = []
    for _ in range(n):
        address = "0x" + rnd.randbytes(20).hex()
        if rnd.random() < 0.5:
            address = to_checksum_address(address)
        amount = rnd.choice([0, 1, rnd.getrandbits(64), rnd.getrandbits(256)])
        values.append([address, str(amount)])
    if n > 3:
        values.append(list(values[1]))  # a duplicate, as the JS library allows
    return values


def assert_same(python: StandardMerkleTree, js: dict[str, Any]) -> None:
    assert python.root == js["root"]
    assert [python.get_proof(i) for i in range(len(python))] == js["proofs"]
    assert python.dump() == js["dump"]


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 7, 8, 9, 33, 256, 1000])
def test_rewards_trees_match(node_tools: Path, n: int) -> None:
    values = random_rewards(random.Random(n), n)
    assert_same(
        StandardMerkleTree.of(values, REWARDS_LEAF_ENCODING),
        js_tree(list(REWARDS_LEAF_ENCODING), values),
    )


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.binary(min_size=20, max_size=20).map(lambda b: "0x" + b.hex()),
            st.integers(0, 2**256 - 1).map(str),
        ).map(list),
        min_size=1,
        max_size=60,
    )
)
def test_random_rewards_trees_match(node_tools: Path, values: list[list[str]]) -> None:
    assert_same(
        StandardMerkleTree.of(values, REWARDS_LEAF_ENCODING),
        js_tree(list(REWARDS_LEAF_ENCODING), values),
    )


def test_submission_trees_match(node_tools: Path) -> None:
    rnd = random.Random(1)
    values = [["0x" + rnd.randbytes(32).hex()] for _ in range(77)]
    assert_same(StandardMerkleTree.of(values, ["bytes32"]), js_tree(["bytes32"], values))


def test_dynamic_types_match(node_tools: Path) -> None:
    encoding = ["string", "bytes", "uint256[]", "bool", "int256", "bytes4"]
    rnd = random.Random(2)
    values = [
        [
            "label é " * rnd.randrange(5),
            "0x" + rnd.randbytes(rnd.randrange(70)).hex(),
            [str(rnd.getrandbits(200)) for _ in range(rnd.randrange(4))],
            rnd.random() < 0.5,
            str(rnd.randrange(-(2**255), 2**255)),
            "0x" + rnd.randbytes(4).hex(),
        ]
        for _ in range(20)
    ]
    assert_same(StandardMerkleTree.of(values, encoding), js_tree(encoding, values))


def test_dumps_load_across_languages(node_tools: Path) -> None:
    rnd = random.Random(3)
    # Python values as Python likes them: ints, checksummed addresses.
    values = [(to_checksum_address(rnd.randbytes(20)), rnd.getrandbits(128)) for _ in range(50)]
    python = StandardMerkleTree.of(values, REWARDS_LEAF_ENCODING)
    loaded_in_js = js_load(python.dump())
    assert loaded_in_js["root"] == python.root
    assert loaded_in_js["dump"] == python.dump()
    js = js_tree(list(REWARDS_LEAF_ENCODING), [[a, str(v)] for a, v in values])
    loaded_in_python = StandardMerkleTree.load(js["dump"])
    assert loaded_in_python.root == python.root
    assert [loaded_in_python.get_proof(i) for i in range(50)] == js["proofs"]


def test_the_contract_accepts_proofs_from_both(node_tools: Path, chain: EmbeddedChain) -> None:
    rnd = random.Random(4)
    accounts = chain.accounts[1:10]
    entitlements = {a: rnd.randrange(1, 10**20) for a in accounts}
    filler = [
        [to_checksum_address(rnd.randbytes(20)), str(rnd.randrange(10**18))] for _ in range(40)
    ]
    values = [[a, str(v)] for a, v in entitlements.items()] + filler
    js = js_tree(list(REWARDS_LEAF_ENCODING), values)
    python = StandardMerkleTree.of(values, REWARDS_LEAF_ENCODING)
    assert js["root"] == python.root
    total = sum(int(v) for _, v in values)
    send_transaction(
        chain.w3,
        chain.distributor.functions.postEpoch(1, js["root"], js["root"], total, 0, ""),
        chain.deployer,
    )
    d = chain.distributor.functions
    for i, account in enumerate(accounts):
        amount = entitlements[account]
        proof = js["proofs"][i] if i % 2 else python.get_proof(i)
        assert js["proofs"][i] == python.get_proof(i)
        send_transaction(chain.w3, d.claim(account, amount, python.root, proof), chain.deployer)
        assert chain.token.functions.balanceOf(account).call() == amount
