"""RFC 8785 canonical JSON and the keccak-256 content hash built on it.

>>> canonical_json({"b": 1, "a": "é"})
b'{"a":"\\xc3\\xa9","b":1}'
>>> content_hash({"a": 1}).hex()[:16]
'25e7c2a96531eb50'
"""

from __future__ import annotations

from typing import Any

import rfc8785
from eth_utils import keccak

from .errors import CanonicalizationError


def canonical_json(value: Any) -> bytes:
    """Serialize ``value`` as RFC 8785 (JSON Canonicalization Scheme) bytes.

    Raises :class:`CanonicalizationError` for values JSON cannot hold the same
    way everywhere: NaN and infinities, integers beyond 2**53, non-string keys.
    """
    try:
        return rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as exc:
        raise CanonicalizationError(f"cannot canonicalize: {exc}") from None


def content_hash(value: Any) -> bytes:
    """keccak-256 of the canonical JSON of ``value`` (32 bytes)."""
    return keccak(canonical_json(value))


def content_hash_hex(value: Any) -> str:
    """The content hash as 0x-prefixed lowercase hex."""
    return "0x" + content_hash(value).hex()
