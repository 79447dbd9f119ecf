"""Signing with a key held in memory: :class:`SoftwareSigner`, a ``DigestSigner``.

The wallet keeps keys (:mod:`.keystore`, :mod:`.wallet_store`) apart from signing:
it hands out a ``DigestSigner``, so a hardware signer can take this class's place.
eth_keys signs on the coincurve (libsecp256k1) backend: RFC 6979 deterministic,
low-s signatures.
"""

from __future__ import annotations

from typing import Any

from eth_keys.backends import CoinCurveECCBackend
from eth_keys.datatypes import PrivateKey

from .errors import InvalidPrivateKeyError, WalletLockedError
from .keystore import SECP256K1_N

_HALF_N = SECP256K1_N // 2
_BACKEND = CoinCurveECCBackend()


def parse_private_key(key: str | bytes) -> bytes:
    """32 key bytes from hex text (``0x`` optional, whitespace ignored) or raw bytes.

    >>> parse_private_key("0x" + "01" * 32) == bytes([1] * 32)
    True
    """
    if isinstance(key, bytes | bytearray):
        raw = bytes(key)
    elif isinstance(key, str):
        digits = "".join(key.split())
        digits = digits[2:] if digits[:2] in ("0x", "0X") else digits
        if len(digits) != 64 or any(c not in "0123456789abcdefABCDEF" for c in digits):
            raise InvalidPrivateKeyError(
                "a private key is 64 hexadecimal digits (32 bytes), with or without 0x"
            )
        raw = bytes.fromhex(digits)
    else:
        raise InvalidPrivateKeyError("a private key must be hex text or bytes")
    if len(raw) != 32 or not 0 < int.from_bytes(raw, "big") < SECP256K1_N:
        raise InvalidPrivateKeyError("not a valid secp256k1 private key (out of range)")
    return raw


class SoftwareSigner:
    """A private key held in memory that signs 32-byte digests (a ``DigestSigner``).

    Signatures are ``r || s || v`` (65 bytes, v in {27, 28}, low s), RFC 6979
    deterministic, exactly what ``eth_sign``-style JavaScript libraries verify.

    >>> signer = SoftwareSigner(bytes.fromhex(
    ...     "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"))
    >>> signer
    SoftwareSigner(address='0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')
    >>> signer.sign_digest(bytes(32)).hex()[-2:]
    '1b'

    :meth:`wipe` drops the key reference (Python cannot promise to zero the memory).
    """

    __slots__ = ("_address", "_key")

    def __init__(self, private_key: bytes) -> None:
        self._key: PrivateKey | None = PrivateKey(
            parse_private_key(private_key), backend=_BACKEND
        )
        self._address = str(self._key.public_key.to_checksum_address())

    @property
    def address(self) -> str:
        return self._address

    @property
    def wiped(self) -> bool:
        return self._key is None

    def sign_digest(self, digest: bytes) -> bytes:
        key = self._key
        if key is None:
            raise WalletLockedError(f"the key of {self._address} was wiped (wallet locked)")
        if not isinstance(digest, bytes | bytearray) or len(digest) != 32:
            raise ValueError("a digest to sign is exactly 32 bytes")
        signature = key.sign_msg_hash(bytes(digest))
        return encode_signature(signature.r, signature.s, signature.v)

    def wipe(self) -> None:
        self._key = None

    def __repr__(self) -> str:
        return f"SoftwareSigner(address={self._address!r})"

    def __reduce__(self) -> Any:
        raise TypeError("a signer holding a key is not picklable")


def encode_signature(r: int, s: int, v: int) -> bytes:
    """``r || s || v`` with s folded into the lower half (v flipped to match), v + 27."""
    if s > _HALF_N:
        s, v = SECP256K1_N - s, v ^ 1
    return r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([27 + v])
