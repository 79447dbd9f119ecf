"""RFC 8785 canonical JSON and the keccak-256 content hash built on it.

>>> canonical_json({"b": 1, "a": "é"})
b'{"a":"\\xc3\\xa9","b":1}'
>>> content_hash({"a": 1}).hex()[:16]
'25e7c2a96531eb50'
"""

from __future__ import annotations

import json
from typing import Any

import rfc8785

from .errors import CanonicalizationError
from .keccak import keccak256

#: RFC 8785's integer range (what an IEEE double holds exactly)
_SAFE_INT = 2**53 - 1


def canonical_json(value: Any) -> bytes:
    """Serialize ``value`` as RFC 8785 (JSON Canonicalization Scheme) bytes.

    Raises :class:`CanonicalizationError` for values JSON cannot hold the same
    way everywhere: NaN and infinities, integers beyond 2**53, non-string keys.
    """
    if _plain(value):
        try:  # the C encoder writes exactly RFC 8785's bytes for these (tests/core/…)
            return json.dumps(value, ensure_ascii=False, sort_keys=True,
                              separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:
            pass  # a lone surrogate: rfc8785 says so below
    try:
        return rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as exc:
        raise CanonicalizationError(f"cannot canonicalize: {exc}") from None


def _plain(value: Any) -> bool:
    """Whether Python's JSON encoder writes ``value`` byte for byte as RFC 8785 does: only
    null, booleans, strings, integers within ±(2**53 − 1), lists and objects whose keys are
    ASCII (UTF-16 order is then code point order) — no floats (RFC 8785 writes them as
    ECMAScript does: ``1`` for ``1.0``), nothing else. Strings are escaped the same way by
    both (``\\n`` and ``\\u001f`` forms, nothing else escaped)."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str or kind is bool or item is None:
            continue
        if kind is int:
            if -_SAFE_INT <= item <= _SAFE_INT:
                continue
            return False
        if kind is list:
            stack.extend(item)
            continue
        if kind is dict:
            for key, child in item.items():
                if type(key) is not str or not key.isascii():
                    return False
                stack.append(child)
            continue
        return False
    return True


def content_hash(value: Any) -> bytes:
    """keccak-256 of the canonical JSON of ``value`` (32 bytes)."""
    return keccak256(canonical_json(value))


def content_hash_hex(value: Any) -> str:
    """The content hash as 0x-prefixed lowercase hex."""
    return "0x" + content_hash(value).hex()
