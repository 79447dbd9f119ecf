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

import importlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Final

from eth_abi import encode as abi_encode
from eth_hash.auto import keccak as _eth_keccak

from datafi_desktop.core.errors import DataFiError

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


class MerkleTreeError(DataFiError):
    """A Merkle tree cannot be built, loaded or proven from what was given."""


# --- keccak ---------------------------------------------------------------------------

Hasher = Callable[[bytes], bytes]


def _make_fast_keccak() -> Hasher | None:
    """A keccak-256 about 3x faster than ``eth_hash`` for short inputs, or None.

    ``eth_hash`` (on pycryptodome) allocates a hashing state per call; here one state is
    reused. The returned function is not thread-safe: make one per tree build. It is
    checked against ``eth_hash`` before use, and any failure falls back to ``eth_hash``.
    """
    try:
        keccak_module: Any = importlib.import_module("Crypto.Hash.keccak")
        raw_api: Any = importlib.import_module("Crypto.Util._raw_api")
        lib = keccak_module._raw_keccak_lib
        c_size_t, c_ubyte = raw_api.c_size_t, raw_api.c_ubyte

        state = raw_api.VoidPointer()
        if lib.keccak_init(state.address_of(), c_size_t(64), c_ubyte(24)):
            return None
        pointer = raw_api.SmartPointer(state.get(), lib.keccak_destroy)
        raw = pointer.get()
        out = raw_api.create_string_buffer(32)
        size32 = c_size_t(32)
        pad = c_ubyte(0x01)
        reset, absorb, digest = lib.keccak_reset, lib.keccak_absorb, lib.keccak_digest
        get_raw_buffer, c_uint8_ptr = raw_api.get_raw_buffer, raw_api.c_uint8_ptr

        def fast(data: bytes, _keep_alive: object = pointer) -> bytes:
            reset(raw)
            absorb(raw, c_uint8_ptr(data), c_size_t(len(data)))
            digest(raw, out, size32, pad)
            return bytes(get_raw_buffer(out))

        for probe in (b"", b"abc", bytes(range(64)), bytes(200)):
            if fast(probe) != _eth_keccak(probe):
                return None
        return fast
    except Exception:
        return None


def _keccak_for_build() -> Hasher:
    fast = _make_fast_keccak()
    return fast if fast is not None else _eth_keccak


# --- leaf encoding ----------------------------------------------------------------------

_UINT_RE = re.compile(r"^uint(\d*)$")
_INT_RE = re.compile(r"^int(\d*)$")
_BYTES_RE = re.compile(r"^bytes(\d+)$")
_HEX_ADDRESS_RE = re.compile(r"^0[xX][0-9a-fA-F]{40}$")


def _as_int(value: Any, typ: str) -> int:
    if isinstance(value, bool):
        raise MerkleTreeError(f"{typ}: expected an integer, got a bool")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            # Like JavaScript's BigInt(string): decimal, or 0x-prefixed hex.
            if text[:2].lower() == "0x":
                return int(text[2:], 16)
            if text.isascii() and text.lstrip("-").isdigit():
                return int(text, 10)
        except ValueError:
            pass
        raise MerkleTreeError(f"{typ}: {value!r} is not an integer")
    raise MerkleTreeError(f"{typ}: expected an integer, got {type(value).__name__}")


def _as_bytes(value: Any, typ: str) -> bytes:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, str) and value[:2].lower() == "0x":
        try:
            return bytes.fromhex(value[2:])
        except ValueError:
            pass
    raise MerkleTreeError(f"{typ}: expected bytes or a 0x-prefixed hex string, got {value!r}")


def _checksum_ok(hex40: str, keccak: Hasher) -> bool:
    digest = keccak(hex40.lower().encode("ascii")).hex()
    for char, nibble in zip(hex40, digest[:40], strict=True):
        if char.isalpha() and char.isupper() != (int(nibble, 16) >= 8):
            return False
    return True


def _word_encoder(typ: str, keccak: Hasher) -> Callable[[Any], bytes] | None:
    """A fast encoder of one static ABI type into its 32-byte word, or None."""
    if typ == "address":

        def enc_address(value: Any) -> bytes:
            if isinstance(value, str):
                if not _HEX_ADDRESS_RE.match(value):
                    raise MerkleTreeError(f"address: {value!r} is not a 20-byte hex address")
                body = value[2:]
                if body != body.lower() and body != body.upper() and not _checksum_ok(body, keccak):
                    raise MerkleTreeError(f"address: {value!r} has an invalid EIP-55 checksum")
                return b"\x00" * 12 + bytes.fromhex(body)
            raw = _as_bytes(value, "address")
            if len(raw) != 20:
                raise MerkleTreeError(f"address: expected 20 bytes, got {len(raw)}")
            return b"\x00" * 12 + raw

        return enc_address
    if typ == "bool":

        def enc_bool(value: Any) -> bytes:
            if isinstance(value, str) and value in ("true", "false"):  # as the JS library
                value = value == "true"
            if not isinstance(value, bool):
                raise MerkleTreeError(f"bool: expected a bool, got {value!r}")
            return (1 if value else 0).to_bytes(32, "big")

        return enc_bool
    if m := _UINT_RE.match(typ):
        bits = int(m.group(1) or 256)
        if bits % 8 or not 8 <= bits <= 256:
            return None
        limit = 1 << bits

        def enc_uint(value: Any) -> bytes:
            n = _as_int(value, typ)
            if not 0 <= n < limit:
                raise MerkleTreeError(f"{typ}: {n} is out of range")
            return n.to_bytes(32, "big")

        return enc_uint
    if m := _INT_RE.match(typ):
        bits = int(m.group(1) or 256)
        if bits % 8 or not 8 <= bits <= 256:
            return None
        half = 1 << (bits - 1)

        def enc_int(value: Any) -> bytes:
            n = _as_int(value, typ)
            if not -half <= n < half:
                raise MerkleTreeError(f"{typ}: {n} is out of range")
            return n.to_bytes(32, "big", signed=True)

        return enc_int
    if m := _BYTES_RE.match(typ):
        size = int(m.group(1))
        if not 1 <= size <= 32:
            return None

        def enc_bytes_n(value: Any) -> bytes:
            raw = _as_bytes(value, typ)
            if len(raw) != size:
                raise MerkleTreeError(f"{typ}: expected {size} bytes, got {len(raw)}")
            return raw + b"\x00" * (32 - size)

        return enc_bytes_n
    return None


def _to_eth_abi(typ: str, value: Any) -> Any:
    """Convert JS-style values (decimal strings for integers, hex strings for bytes) for eth_abi."""
    if typ.endswith("]"):
        inner = typ[: typ.rindex("[")]
        if not isinstance(value, list | tuple):
            raise MerkleTreeError(f"{typ}: expected a list, got {type(value).__name__}")
        return [_to_eth_abi(inner, v) for v in value]
    if _UINT_RE.match(typ) or _INT_RE.match(typ):
        return _as_int(value, typ)
    if typ == "bytes" or _BYTES_RE.match(typ):
        return _as_bytes(value, typ)
    if typ in ("address", "bool"):
        encoder = _word_encoder(typ, _eth_keccak)
        assert encoder is not None
        word = encoder(value)  # validates (and checks an EIP-55 checksum) like the fast path
        return word[12:] if typ == "address" else word[-1] == 1
    return value


def _leaf_encoder(leaf_encoding: Sequence[str], keccak: Hasher) -> Callable[[Any], bytes]:
    """Return ``value -> abi.encode(leaf_encoding, value)``."""
    types = tuple(leaf_encoding)
    if not types:
        raise MerkleTreeError("leaf encoding: expected at least one type")
    if not all(isinstance(t, str) and t for t in types):
        raise MerkleTreeError(f"leaf encoding: expected type names, got {types!r}")
    words = [_word_encoder(t, keccak) for t in types]
    arity = len(types)

    def check_arity(value: Any) -> Sequence[Any]:
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise MerkleTreeError(f"leaf value: expected a sequence of {arity}, got {value!r}")
        if len(value) != arity:
            raise MerkleTreeError(f"leaf value: expected {arity} fields, got {len(value)}")
        return value

    fast_words = [w for w in words if w is not None]
    if len(fast_words) == arity:

        def encode_fast(value: Any) -> bytes:
            fields = check_arity(value)
            return b"".join([w(v) for w, v in zip(fast_words, fields, strict=True)])

        return encode_fast

    def encode_general(value: Any) -> bytes:
        fields = check_arity(value)
        converted = [_to_eth_abi(t, v) for t, v in zip(types, fields, strict=True)]
        try:
            return abi_encode(list(types), converted)
        except Exception as exc:
            raise MerkleTreeError(
                f"leaf value {value!r} does not encode as {types}: {exc}"
            ) from exc

    return encode_general


def standard_leaf_hash(leaf_encoding: Sequence[str], value: Sequence[Any]) -> bytes:
    """``keccak256(keccak256(abi.encode(leaf_encoding, value)))``."""
    encode = _leaf_encoder(leaf_encoding, _eth_keccak)
    return _eth_keccak(_eth_keccak(encode(value)))


def standard_node_hash(a: bytes, b: bytes) -> bytes:
    """``keccak256`` of the two nodes, smaller first (OpenZeppelin's commutative hash)."""
    return _eth_keccak(a + b if a <= b else b + a)


def _node(data: Any, what: str) -> bytes:
    raw = _as_bytes(data, what)
    if len(raw) != 32:
        raise MerkleTreeError(f"{what}: a Merkle node is 32 bytes, got {len(raw)}")
    return raw


def process_proof(leaf: bytes | str, proof: Sequence[bytes | str]) -> bytes:
    """Fold ``proof`` into ``leaf`` (a leaf hash); the result is the root it proves."""
    node = _node(leaf, "leaf")
    for sibling in proof:
        node = standard_node_hash(node, _node(sibling, "proof node"))
    return node


def verify_proof(
    root: bytes | str,
    leaf_encoding: Sequence[str],
    value: Sequence[Any],
    proof: Sequence[bytes | str],
) -> bool:
    """Whether ``proof`` proves ``value`` under ``root`` (JS ``StandardMerkleTree.verify``)."""
    return process_proof(standard_leaf_hash(leaf_encoding, value), proof) == _node(root, "root")


def _hex(data: bytes) -> str:
    return "0x" + data.hex()


def _jsonable(value: Any) -> Any:
    """A value as the JS library dumps it: integers as decimal strings, bytes as 0x hex."""
    if isinstance(value, bool) or value is None or isinstance(value, str | float):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return _hex(bytes(value))
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, Sequence):
        return [_jsonable(v) for v in value]
    return value


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
        keccak = _keccak_for_build()
        encode = _leaf_encoder(leaf_encoding, keccak)
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
        tree = [_node(node, f"tree[{i}]") for i, node in enumerate(raw_tree)]
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
            "tree": [_hex(node) for node in self._tree],
            "values": [
                {"value": _jsonable(value), "treeIndex": index}
                for value, index in zip(self._values, self._tree_indices, strict=True)
            ],
        }

    # inspection --------------------------------------------------------------------

    @property
    def root(self) -> str:
        """The root, 0x-prefixed hex."""
        return _hex(self._tree[0])

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
        keccak = _keccak_for_build()
        encode = _leaf_encoder(self._leaf_encoding, keccak)
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
        return [_hex(node) for node in proof]

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
