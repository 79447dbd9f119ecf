"""datafi_desktop.core.merkle: the Python StandardMerkleTree on its own."""

from __future__ import annotations

import json
import random

import pytest
from eth_abi import encode as abi_encode
from eth_utils import keccak, to_checksum_address
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datafi_desktop.core import merkle_hashing
from datafi_desktop.core.merkle import (
    REWARDS_LEAF_ENCODING,
    MerkleTreeError,
    StandardMerkleTree,
    process_proof,
    rewards_tree,
    standard_leaf_hash,
    standard_node_hash,
    submissions_tree,
    verify_proof,
)

# The example of @openzeppelin/merkle-tree's README.
README_VALUES = [
    ["0x1111111111111111111111111111111111111111", "5000000000000000000"],
    ["0x2222222222222222222222222222222222222222", "2500000000000000000"],
]
README_ROOT = "0xd4dee0beab2d53f2cc83e567171bd2820e49898130a22622b10ead383e90bd77"

addresses = st.binary(min_size=20, max_size=20).map(lambda b: "0x" + b.hex())
checksummed = addresses.map(to_checksum_address)
amounts = st.integers(min_value=0, max_value=2**256 - 1)
reward_values = st.lists(
    st.tuples(st.one_of(addresses, checksummed), amounts), min_size=1, max_size=40
)


def test_readme_example() -> None:
    tree = StandardMerkleTree.of(README_VALUES, ["address", "uint256"])
    assert tree.root == README_ROOT
    as_ints = [(a, int(v)) for a, v in README_VALUES]
    assert StandardMerkleTree.of(as_ints, REWARDS_LEAF_ENCODING).root == README_ROOT


def test_leaf_hash_is_the_solidity_double_hash() -> None:
    account, amount = "0x" + "ab" * 20, 12345
    inner = keccak(abi_encode(["address", "uint256"], [account, amount]))
    assert standard_leaf_hash(REWARDS_LEAF_ENCODING, (account, amount)) == keccak(inner)


def test_node_hash_is_commutative() -> None:
    a, b = keccak(b"a"), keccak(b"b")
    assert standard_node_hash(a, b) == standard_node_hash(b, a) == keccak(min(a, b) + max(a, b))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(reward_values)
def test_every_proof_verifies(values: list[tuple[str, int]]) -> None:
    tree = StandardMerkleTree.of(values, REWARDS_LEAF_ENCODING)
    assert len(tree) == len(values)
    for i, value in enumerate(values):
        proof = tree.get_proof(i)
        assert tree.verify(i, proof)
        assert tree.verify(value, proof)
        assert verify_proof(tree.root, REWARDS_LEAF_ENCODING, value, proof)
        assert process_proof(tree.leaf_hash(value), proof) == tree.root_bytes
        assert len(proof) <= len(values).bit_length()


@settings(max_examples=100)
@given(reward_values, st.randoms(use_true_random=False))
def test_order_does_not_change_root_or_proofs(
    values: list[tuple[str, int]], rnd: random.Random
) -> None:
    tree = StandardMerkleTree.of(values, REWARDS_LEAF_ENCODING)
    shuffled = list(values)
    rnd.shuffle(shuffled)
    other = StandardMerkleTree.of(shuffled, REWARDS_LEAF_ENCODING)
    assert other.root == tree.root
    for value in values:
        assert other.get_proof(value) == tree.get_proof(value)


@settings(max_examples=100)
@given(reward_values)
def test_dump_load_round_trip(values: list[tuple[str, int]]) -> None:
    tree = StandardMerkleTree.of(values, REWARDS_LEAF_ENCODING)
    dumped = json.loads(json.dumps(tree.dump()))
    loaded = StandardMerkleTree.load(dumped)
    assert loaded.root == tree.root
    assert loaded.dump() == dumped
    for i in range(len(values)):
        assert loaded.get_proof(i) == tree.get_proof(i)


@settings(max_examples=100)
@given(reward_values, addresses, amounts)
def test_values_not_in_the_tree_do_not_verify(
    values: list[tuple[str, int]], account: str, amount: int
) -> None:
    tree = StandardMerkleTree.of(values, REWARDS_LEAF_ENCODING)
    normalized = {(a.lower(), v) for a, v in values}
    if (account.lower(), amount) in normalized:
        return
    for i in range(len(values)):
        assert not tree.verify((account, amount), tree.get_proof(i))
    with pytest.raises(MerkleTreeError, match="not in tree"):
        tree.get_proof((account, amount))


@settings(max_examples=60)
@given(st.lists(st.binary(min_size=32, max_size=32), min_size=2, max_size=30), st.data())
def test_tampered_proofs_fail(digests: list[bytes], data: st.DataObject) -> None:
    tree = submissions_tree(digests)
    index = data.draw(st.integers(0, len(digests) - 1))
    proof = tree.get_proof(index)
    if not proof:
        return
    position = data.draw(st.integers(0, len(proof) - 1))
    flipped = bytearray.fromhex(proof[position][2:])
    flipped[data.draw(st.integers(0, 31))] ^= 1 << data.draw(st.integers(0, 7))
    tampered = [*proof[:position], "0x" + flipped.hex(), *proof[position + 1 :]]
    assert not tree.verify(index, tampered)
    assert not tree.verify(index, proof[:-1])


STATIC_TYPES = st.sampled_from(
    ["address", "bool", "uint8", "uint64", "uint256", "int8", "int128", "int256", "bytes1",
     "bytes4", "bytes20", "bytes32"]
)  # fmt: skip


@st.composite
def typed_values(draw: st.DrawFn) -> tuple[list[str], list[object]]:
    types = draw(st.lists(STATIC_TYPES, min_size=1, max_size=5))
    values: list[object] = []
    for typ in types:
        if typ == "address":
            values.append(draw(addresses))
        elif typ == "bool":
            values.append(draw(st.booleans()))
        elif typ.startswith("uint"):
            values.append(draw(st.integers(0, 2 ** int(typ[4:]) - 1)))
        elif typ.startswith("int"):
            bits = int(typ[3:])
            values.append(draw(st.integers(-(2 ** (bits - 1)), 2 ** (bits - 1) - 1)))
        else:
            size = int(typ[5:])
            values.append(draw(st.binary(min_size=size, max_size=size)))
    return types, values


@settings(max_examples=300)
@given(typed_values())
def test_fast_encoding_equals_eth_abi(case: tuple[list[str], list[object]]) -> None:
    types, values = case
    expected = keccak(keccak(abi_encode(types, values)))
    assert standard_leaf_hash(types, values) == expected


@settings(max_examples=200)
@given(st.binary(max_size=300))
def test_fast_keccak_equals_eth_hash(data: bytes) -> None:
    fast = merkle_hashing.keccak_for_build()
    assert fast(data) == keccak(data)


def test_fast_keccak_is_in_use() -> None:
    # Not required for correctness; a fallback to eth_hash would only make builds ~3x slower.
    assert merkle_hashing._make_fast_keccak() is not None


def test_dynamic_types_use_eth_abi() -> None:
    types = ["string", "bytes", "uint256[]", "bool"]
    value = ["hello", "0xdeadbeef", ["1", 2, "0x03"], "true"]
    expected = keccak(keccak(abi_encode(types, ["hello", b"\xde\xad\xbe\xef", [1, 2, 3], True])))
    assert standard_leaf_hash(types, value) == expected
    tree = StandardMerkleTree.of([value, ["", "0x", [], False]], types)
    assert tree.verify(0, tree.get_proof(0))
    assert StandardMerkleTree.load(json.loads(json.dumps(tree.dump()))).root == tree.root


def test_single_leaf_tree() -> None:
    tree = StandardMerkleTree.of([("0x" + "01" * 20, 1)], REWARDS_LEAF_ENCODING)
    assert tree.get_proof(0) == []
    assert tree.root_bytes == tree.leaf_hash(("0x" + "01" * 20, 1))
    assert tree.verify(0, [])


def test_duplicates_behave_like_the_js_library() -> None:
    a = ("0x" + "01" * 20, 5)
    b = ("0x" + "02" * 20, 6)
    tree = StandardMerkleTree.of([a, b, a], REWARDS_LEAF_ENCODING)
    assert len(tree) == 3
    assert tree.index_of(a) == 2  # the last one, as JS's hash lookup
    assert tree.verify(0, tree.get_proof(0)) and tree.verify(2, tree.get_proof(2))


def test_unsorted_leaves_option() -> None:
    values = [("0x" + f"{i:02x}" * 20, i) for i in range(1, 6)]
    tree = StandardMerkleTree.of(values, REWARDS_LEAF_ENCODING, sort_leaves=False)
    assert all(tree.verify(i, tree.get_proof(i)) for i in range(5))
    assert tree.dump()["values"][0]["treeIndex"] == 8  # 2n - 2: the first leaf slot


@pytest.mark.parametrize(
    ("value", "match"),
    [
        (("0x" + "01" * 20, -1), "out of range"),
        (("0x" + "01" * 20, 2**256), "out of range"),
        (("0x" + "01" * 20, True), "bool"),
        (("0x" + "01" * 20, 1.5), "integer"),
        (("0x" + "01" * 20, "12abc"), "not an integer"),
        (("0x" + "01" * 19, 1), "20-byte"),
        (("0x0123456789abcdef0123456789ABCDEF01234567", 1), "checksum"),
        ((b"\x01" * 19, 1), "20 bytes"),
        (("0x" + "01" * 20,), "2 fields"),
        ("0x" + "01" * 20, "sequence"),
    ],
)
def test_bad_values_are_reported(value: object, match: str) -> None:
    with pytest.raises(MerkleTreeError, match=match):
        StandardMerkleTree.of([value], REWARDS_LEAF_ENCODING)  # type: ignore[list-item]


def test_bad_inputs_are_reported() -> None:
    with pytest.raises(MerkleTreeError, match="at least one value"):
        StandardMerkleTree.of([], REWARDS_LEAF_ENCODING)
    with pytest.raises(MerkleTreeError, match="at least one type"):
        StandardMerkleTree.of([()], [])
    with pytest.raises(MerkleTreeError, match="32 bytes"):
        submissions_tree([b"\x01" * 31])
    with pytest.raises(MerkleTreeError, match="expected a list"):
        StandardMerkleTree.of([["x"]], ["uint256[2]"])
    with pytest.raises(MerkleTreeError, match="does not encode"):
        StandardMerkleTree.of([[[1, 2, 3]]], ["uint256[2]"])
    tree = submissions_tree([keccak(b"x")])
    with pytest.raises(MerkleTreeError, match="out of bounds"):
        tree.get_proof(1)
    with pytest.raises(MerkleTreeError, match="32 bytes"):
        process_proof(b"\x00" * 31, [])


def test_load_rejects_tampered_dumps() -> None:
    tree = StandardMerkleTree.of(README_VALUES, ["address", "uint256"])
    good = tree.dump()
    with pytest.raises(MerkleTreeError, match="unknown format"):
        StandardMerkleTree.load({**good, "format": "simple-v1"})
    with pytest.raises(MerkleTreeError, match="leafEncoding"):
        StandardMerkleTree.load({**good, "leafEncoding": []})
    tampered_value = json.loads(json.dumps(good))
    tampered_value["values"][0]["value"][1] = "5000000000000000001"
    with pytest.raises(MerkleTreeError, match="does not match its leaf"):
        StandardMerkleTree.load(tampered_value)
    tampered_root = json.loads(json.dumps(good))
    tampered_root["tree"][0] = "0x" + "00" * 32
    with pytest.raises(MerkleTreeError, match="does not hash its children"):
        StandardMerkleTree.load(tampered_root)
    bad_index = json.loads(json.dumps(good))
    bad_index["values"][0]["treeIndex"] = 9
    with pytest.raises(MerkleTreeError, match="out of range"):
        StandardMerkleTree.load(bad_index)
    with pytest.raises(MerkleTreeError):
        StandardMerkleTree.load({**good, "tree": ["0x1234"]})


def test_rewards_tree_rejects_an_account_twice() -> None:
    account = to_checksum_address("0x" + "ab" * 20)
    with pytest.raises(MerkleTreeError, match="twice"):
        rewards_tree({account: 1, account.lower(): 2})
    tree = rewards_tree({account: 1, "0x" + "cd" * 20: 2})
    assert tree.leaf_encoding == ("address", "uint256")


@pytest.mark.slow
def test_a_hundred_thousand_leaves() -> None:
    rnd = random.Random(7)
    values = [("0x" + rnd.randbytes(20).hex(), rnd.getrandbits(96)) for _ in range(100_000)]
    tree = StandardMerkleTree.of(values, REWARDS_LEAF_ENCODING)
    for i in (0, 1, 4_242, 99_999):
        assert tree.verify(values[i], tree.get_proof(i))
