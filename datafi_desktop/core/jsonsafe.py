"""Parsing untrusted JSON without letting deep nesting crash the process.

py_ecc and py-evm (imported with web3 and eth-account) raise Python's recursion
limit to 100,000, which lets the C JSON parser overflow the C stack — a
segmentation fault, not an exception — on input such as ``"[" * 100000``.
Every parse of input from a file or the network goes through :func:`loads`,
which measures the nesting first.

>>> loads('{"a": [1, {"b": 2}]}')
{'a': [1, {'b': 2}]}
>>> loads("[" * 1000)
Traceback (most recent call last):
...
datafi_desktop.core.jsonsafe.JSONTooDeepError: JSON nested deeper than 64 levels
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64
_STRING = re.compile(rb'"[^"]*"')
_KEEP_BRACKETS = bytes.maketrans(b"{}", b"[]")
_NOT_BRACKETS = bytes(c for c in range(256) if c not in b"[]{}")


class JSONTooDeepError(ValueError):
    """The JSON document nests arrays and objects deeper than allowed."""


def _outside_strings(raw: bytes) -> bytes:
    """``raw`` without the contents of its JSON strings.

    Only C-speed operations without backtracking (no Python loop over characters),
    so that no call holds the interpreter long: escaped backslashes go first, then
    escaped quotes; what is left between two quotes is a string's contents.
    """
    unescaped = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    return _STRING.sub(b"", unescaped)


def structure(data: str | bytes) -> bytes:
    """Only the brackets of ``data`` outside strings, objects written as arrays."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return _outside_strings(raw).translate(_KEEP_BRACKETS, _NOT_BRACKETS)


def exceeds_depth(data: str | bytes, max_depth: int = MAX_DEPTH) -> bool:
    """True when arrays and objects nest deeper than ``max_depth``. Linear in the size
    times at most ``max_depth`` passes of ``bytes.replace``, each removing the innermost
    pairs. Unbalanced input (truncated JSON) is left to the parser to report unless its
    unclosed brackets alone are too deep."""
    brackets = structure(data)
    for done in range(max_depth):
        if not brackets:
            return False
        shorter = brackets.replace(b"[]", b"")
        if len(shorter) == len(brackets):  # only "]]…[[" is left: not JSON
            return brackets.count(b"[") + done > max_depth
        brackets = shorter
    return bool(brackets)


def count_values(data: str | bytes) -> int:
    """An upper bound of the number of values in a JSON document (commas, arrays and
    objects outside strings, plus one), cheap enough to check before parsing."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    outside = _outside_strings(raw)
    return outside.count(b",") + outside.count(b"[") + outside.count(b"{") + 1


def nesting_depth(data: str | bytes) -> int:
    """The deepest nesting of arrays and objects (string contents ignored)."""
    depth = deepest = 0
    for byte in structure(data):
        if byte == 0x5B:  # "["
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def loads(data: str | bytes, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` that refuses documents nested deeper than ``max_depth``."""
    if exceeds_depth(data, max_depth):
        raise JSONTooDeepError(f"JSON nested deeper than {max_depth} levels")
    return json.loads(data)
