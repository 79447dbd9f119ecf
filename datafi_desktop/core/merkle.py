"""OpenZeppelin's StandardMerkleTree, in Python, bit for bit.

Roots, proofs and ``dump()`` output equal those of ``@openzeppelin/merkle-tree`` 1.x
(``StandardMerkleTree.of(values, leafEncoding)``):

- leaf hash: ``keccak256(keccak256(abi.encode(leaf_encoding, value)))``, the
  "double-hashed" leaf that Solidity computes as
  ``keccak256(bytes.concat(keccak256(abi.encode(...))))``;
- node hash: ``keccak256(sorted(a, b))`` (``MerkleProof.verify``'s commutative hash);
- layout: leaves sorted by hash (stable), stored at the end of one flat array
  ``tree[2n-1]``, with ``tree[i] = node(tree[2i+1], tree[2i+2])``; a proof is the list of
  siblings from the leaf up to (not including) the root.

The rewards tree of the distributor uses :data:`REWARDS_LEAF_ENCODING`
``(address account, uint256 cumulativeAmount)``; the submissions tree uses
:data:`SUBMISSIONS_LEAF_ENCODING` ``(bytes32 submissionDigest)``.

>>> tree = StandardMerkleTree.of(
...     [("0x1111111111111111111111111111111111111111", 5 * 10**18),
...      ("0x2222222222222222222222222222222222222222", 25 * 10**17)],
...     REWARDS_LEAF_ENCODING)
>>> tree.root
'0xd4dee0beab2d53f2cc83e567171bd2820e49898130a22622b10ead383e90bd77'
>>> tree.verify(0, tree.get_proof(0))
True
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final

from .merkle_hashing import (
    MerkleTreeError,
    jsonable,
    keccak_for_build,
    leaf_encoder,
    node_bytes,
    process_proof,
    standard_leaf_hash,
    standard_node_hash,
    to_hex,
    verify_proof,
)

__all__ = [
    "REWARDS_LEAF_ENCODING",
    "SUBMISSIONS_LEAF_ENCODING",
    "MerkleTreeError",
    "StandardMerkleTree",
    "process_proof",
    "rewards_tree",
    "standard_leaf_hash",
    "standard_node_hash",
    "submissions_tree",
    "verify_proof",
]

REWARDS_LEAF_ENCODING: Final[tuple[str, ...]] = ("address", "uint256")
SUBMISSIONS_LEAF_ENCODING: Final[tuple[str, ...]] = ("bytes32",)

DUMP_FORMAT: Final = "standard-v1"


# --- the tree ---------------------------------------------------------------------------


class StandardMerkleTree:
    """A Merkle tree identical to ``@openzeppelin/merkle-tree``'s ``StandardMerkleTree``.

    Build with :meth:`of`; reload a JSON dump (from Python or JavaScript) with :meth:`load`.
    ``root`` and proofs are 0x-prefixed lowercase hex strings, as in JavaScript.
    Values are kept as given; :meth:`dump` writes integers as decimal strings and bytes
    as hex so that the JS library can load the result.
    """

    __slots__ = ("_hash_lookup", "_leaf_encoding", "_tree", "_tree_indices", "_values")

    def __init__(
        self,
        tree: Sequence[bytes],
        values: Sequence[Sequence[Any]],
        tree_indices: Sequence[int],
        leaf_encoding: Sequence[str],
    ) -> None:
        if len(values) != len(tree_indices):
            raise MerkleTreeError("values and tree indices differ in length")
        self._tree: list[bytes] = list(tree)
        self._values: list[Sequence[Any]] = list(values)
        self._tree_indices: list[int] = list(tree_indices)
        self._leaf_encoding: tuple[str, ...] = tuple(leaf_encoding)
        # Like the JS library: a leaf hash maps to the last value index that has it.
        self._hash_lookup: dict[bytes, int] = {}
        for value_index, tree_index in enumerate(self._tree_indices):
            if not 0 <= tree_index < len(self._tree):
                raise MerkleTreeError(f"value {value_index}: tree index out of range")
            self._hash_lookup[self._tree[tree_index]] = value_index

    # construction ------------------------------------------------------------------

    @classmethod
    def of(
        cls,
        values: Sequence[Sequence[Any]],
        leaf_encoding: Sequence[str],
        *,
        sort_leaves: bool = True,
    ) -> StandardMerkleTree:
        """Build the tree of ``values`` (each a sequence matching ``leaf_encoding``)."""
        values = list(values)
        if not values:
            raise MerkleTreeError("a Merkle tree needs at least one value")
        keccak = keccak_for_build()
        encode = leaf_encoder(leaf_encoding, keccak)
        hashes: list[bytes] = []
        append = hashes.append
        for i, value in enumerate(values):
            try:
                append(keccak(keccak(encode(value))))
            except MerkleTreeError as exc:
                raise MerkleTreeError(f"value {i}: {exc}") from None
        order = list(range(len(values)))
        if sort_leaves:
            order.sort(key=hashes.__getitem__)  # stable, like Array.prototype.sort

        n = len(values)
        size = 2 * n - 1
        tree: list[bytes] = [b""] * size
        tree_indices = [0] * n
        for leaf_index, value_index in enumerate(order):
            position = size - 1 - leaf_index
            tree[position] = hashes[value_index]
            tree_indices[value_index] = position
        for i in range(size - 1 - n, -1, -1):
            left = tree[2 * i + 1]
            right = tree[2 * i + 2]
            tree[i] = keccak(left + right if left <= right else right + left)
        return cls(tree, values, tree_indices, leaf_encoding)

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> StandardMerkleTree:
        """Load a ``dump()`` (JS or Python) and check that it is a valid tree."""
        if not isinstance(data, Mapping):
            raise MerkleTreeError("tree dump: expected an object")
        if data.get("format") != DUMP_FORMAT:
            raise MerkleTreeError(f"tree dump: unknown format {data.get('format')!r}")
        encoding = data.get("leafEncoding")
        if not isinstance(encoding, list) or not encoding:
            raise MerkleTreeError("tree dump: expected leafEncoding")
        raw_tree = data.get("tree")
        raw_values = data.get("values")
        if not isinstance(raw_tree, list) or not isinstance(raw_values, list):
            raise MerkleTreeError("tree dump: expected tree and values lists")
        tree = [node_bytes(node, f"tree[{i}]") for i, node in enumerate(raw_tree)]
        values: list[Sequence[Any]] = []
        indices: list[int] = []
        for i, entry in enumerate(raw_values):
            if not isinstance(entry, Mapping) or "value" not in entry:
                raise MerkleTreeError(f"tree dump: values[{i}] has no value")
            index = entry.get("treeIndex")
            if isinstance(index, bool) or not isinstance(index, int):
                raise MerkleTreeError(f"tree dump: values[{i}] has no integer treeIndex")
            values.append(entry["value"])
            indices.append(index)
        result = cls(tree, values, indices, [str(t) for t in encoding])
        result.validate()
        return result

    def dump(self) -> dict[str, Any]:
        """The JSON-ready form the JS library writes and reads (format ``standard-v1``)."""
        return {
            "format": DUMP_FORMAT,
            "leafEncoding": list(self._leaf_encoding),
            "tree": [to_hex(node) for node in self._tree],
            "values": [
                {"value": jsonable(value), "treeIndex": index}
                for value, index in zip(self._values, self._tree_indices, strict=True)
            ],
        }

    # inspection --------------------------------------------------------------------

    @property
    def root(self) -> str:
        """The root, 0x-prefixed hex."""
        return to_hex(self._tree[0])

    @property
    def root_bytes(self) -> bytes:
        return self._tree[0]

    @property
    def leaf_encoding(self) -> tuple[str, ...]:
        return self._leaf_encoding

    def __len__(self) -> int:
        return len(self._values)

    def at(self, index: int) -> Sequence[Any]:
        """The value at ``index`` (in input order)."""
        self._check_index(index)
        return self._values[index]

    def entries(self) -> Iterator[tuple[int, Sequence[Any]]]:
        """``(index, value)`` in input order."""
        yield from enumerate(self._values)

    def leaf_hash(self, value: Sequence[Any]) -> bytes:
        """The leaf hash of ``value`` under this tree's encoding."""
        return standard_leaf_hash(self._leaf_encoding, value)

    def index_of(self, value: Sequence[Any]) -> int:
        """The index of ``value`` (the last one, if it occurs more than once)."""
        try:
            return self._hash_lookup[self.leaf_hash(value)]
        except KeyError:
            raise MerkleTreeError("leaf is not in tree") from None

    def validate(self) -> None:
        """Check every value against its leaf and every node against its children."""
        keccak = keccak_for_build()
        encode = leaf_encoder(self._leaf_encoding, keccak)
        tree = self._tree
        size = len(tree)
        if size == 0:
            raise MerkleTreeError("tree is empty")
        for i, (value, index) in enumerate(zip(self._values, self._tree_indices, strict=True)):
            try:
                leaf = keccak(keccak(encode(value)))
            except MerkleTreeError as exc:
                raise MerkleTreeError(f"value {i}: {exc}") from None
            if tree[index] != leaf:
                raise MerkleTreeError(f"value {i}: does not match its leaf in the tree")
        for i in range(size):
            left_index, right_index = 2 * i + 1, 2 * i + 2
            if right_index >= size:
                if left_index < size:
                    raise MerkleTreeError("tree is invalid: node with a single child")
                continue
            left, right = tree[left_index], tree[right_index]
            if tree[i] != keccak(left + right if left <= right else right + left):
                raise MerkleTreeError(f"tree is invalid: node {i} does not hash its children")

    # proofs ------------------------------------------------------------------------

    def get_proof(self, leaf: int | Sequence[Any]) -> list[str]:
        """The proof of the value at index ``leaf``, or of the value ``leaf``."""
        index = self.index_of(leaf) if isinstance(leaf, Sequence) else leaf
        self._check_index(index)
        tree_index = self._tree_indices[index]
        proof: list[bytes] = []
        while tree_index > 0:
            sibling = tree_index - 1 if tree_index % 2 == 0 else tree_index + 1
            proof.append(self._tree[sibling])
            tree_index = (tree_index - 1) // 2
        return [to_hex(node) for node in proof]

    def verify(self, leaf: int | Sequence[Any], proof: Sequence[bytes | str]) -> bool:
        """Whether ``proof`` proves the value (or the value at index ``leaf``) under the root."""
        if isinstance(leaf, Sequence):
            leaf_hash = self.leaf_hash(leaf)
        else:
            self._check_index(leaf)
            leaf_hash = self._tree[self._tree_indices[leaf]]
        try:
            return process_proof(leaf_hash, proof) == self._tree[0]
        except MerkleTreeError:
            return False

    def _check_index(self, index: int) -> None:
        if not 0 <= index < len(self._values):
            raise MerkleTreeError(f"index {index} out of bounds")


# --- the distributor's two trees --------------------------------------------------------


def rewards_tree(entitlements: Mapping[str, int]) -> StandardMerkleTree:
    """The rewards tree: one ``(account, cumulativeAmount)`` leaf per account.

    Accounts are compared case-insensitively; the same account twice is an error.
    """
    seen: set[str] = set()
    for account in entitlements:
        key = account.lower()
        if key in seen:
            raise MerkleTreeError(f"account {account} appears twice")
        seen.add(key)
    return StandardMerkleTree.of(
        [(account, amount) for account, amount in entitlements.items()], REWARDS_LEAF_ENCODING
    )


def submissions_tree(digests: Sequence[bytes | str]) -> StandardMerkleTree:
    """The submissions tree: one ``(bytes32 submissionDigest)`` leaf per accepted submission."""
    return StandardMerkleTree.of([(d,) for d in digests], SUBMISSIONS_LEAF_ENCODING)
