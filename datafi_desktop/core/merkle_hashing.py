"""Hashing for the standard Merkle trees: keccak (a fast one when available), the
ABI encoding of leaves as OpenZeppelin's ``StandardMerkleTree`` does it, node hashes and
proof checks. The trees themselves are in :mod:`.merkle`."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from eth_abi import encode as abi_encode
from eth_hash.auto import keccak as _eth_keccak

from datafi_desktop.core.errors import DataFiError


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


def keccak_for_build() -> Hasher:
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


def leaf_encoder(leaf_encoding: Sequence[str], keccak: Hasher) -> Callable[[Any], bytes]:
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
    encode = leaf_encoder(leaf_encoding, _eth_keccak)
    return _eth_keccak(_eth_keccak(encode(value)))


def standard_node_hash(a: bytes, b: bytes) -> bytes:
    """``keccak256`` of the two nodes, smaller first (OpenZeppelin's commutative hash)."""
    return _eth_keccak(a + b if a <= b else b + a)


def node_bytes(data: Any, what: str) -> bytes:
    raw = _as_bytes(data, what)
    if len(raw) != 32:
        raise MerkleTreeError(f"{what}: a Merkle node is 32 bytes, got {len(raw)}")
    return raw


def process_proof(leaf: bytes | str, proof: Sequence[bytes | str]) -> bytes:
    """Fold ``proof`` into ``leaf`` (a leaf hash); the result is the root it proves."""
    node = node_bytes(leaf, "leaf")
    for sibling in proof:
        node = standard_node_hash(node, node_bytes(sibling, "proof node"))
    return node


def verify_proof(
    root: bytes | str,
    leaf_encoding: Sequence[str],
    value: Sequence[Any],
    proof: Sequence[bytes | str],
) -> bool:
    """Whether ``proof`` proves ``value`` under ``root`` (JS ``StandardMerkleTree.verify``)."""
    leaf = standard_leaf_hash(leaf_encoding, value)
    return process_proof(leaf, proof) == node_bytes(root, "root")


def to_hex(data: bytes) -> str:
    return "0x" + data.hex()


def jsonable(value: Any) -> Any:
    """A value as the JS library dumps it: integers as decimal strings, bytes as 0x hex."""
    if isinstance(value, bool) or value is None or isinstance(value, str | float):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return to_hex(bytes(value))
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, Sequence):
        return [jsonable(v) for v in value]
    return value
