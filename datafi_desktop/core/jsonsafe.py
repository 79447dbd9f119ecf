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
_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"', re.S)
_BRACKETS = re.compile(rb"[\[\]{}]")


class JSONTooDeepError(ValueError):
    """The JSON document nests arrays and objects deeper than allowed."""


def nesting_depth(data: str | bytes) -> int:
    """The deepest nesting of arrays and objects (string contents ignored)."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    depth = deepest = 0
    for match in _BRACKETS.finditer(_STRING.sub(b"", raw)):
        if match.group() in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def loads(data: str | bytes, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` that refuses documents nested deeper than ``max_depth``."""
    if nesting_depth(data) > max_depth:
        raise JSONTooDeepError(f"JSON nested deeper than {max_depth} levels")
    return json.loads(data)
