"""Turning a request body into JSON values, or a clear refusal.

Runs in a worker thread (see :mod:`.http_guard`), never on the event loop.
Refused, each with a 4xx :class:`BodyRefused` and a reason that never quotes
the body: nesting deeper than ``max_depth`` (measured before parsing — the C
parser would overflow the stack, py_ecc raises the recursion limit), more than
``max_values`` values (counted before parsing: ``[{},{},…]`` costs far more to
parse than its bytes suggest), bytes
that are not UTF-8, malformed JSON, ``NaN``/``Infinity`` (not JSON, and they
break every later comparison), integers of more than 4300 digits, and strings
holding a lone UTF-16 surrogate (``"\\ud800"``: they cannot be stored or
hashed as UTF-8).
"""

from __future__ import annotations

import json
from typing import Any

from ...core.jsonsafe import MAX_DEPTH, count_values, exceeds_depth

#: parsing a million small values takes a fraction of a second of one core; the C
#: parser holds the interpreter lock while it runs, so the count is checked first
MAX_VALUES = 1_000_000


class BodyRefused(Exception):
    """A request refused before it reaches a handler: status and a reason."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None
                 ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


def _refuse_constant(name: str) -> Any:
    raise BodyRefused(422, f"JSON body: {name} is not a JSON number")


def parse_json_body(raw: bytes, max_depth: int = MAX_DEPTH, max_values: int = MAX_VALUES
                    ) -> Any:
    """The JSON value of ``raw``; :class:`BodyRefused` (422/413) when it is not acceptable."""
    if exceeds_depth(raw, max_depth):
        raise BodyRefused(422, f"JSON nested deeper than {max_depth} levels")
    if count_values(raw) > max_values:
        raise BodyRefused(413, f"JSON bodies are limited to {max_values:,} values")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BodyRefused(422, f"JSON body: not UTF-8 (byte {exc.start})") from None
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise BodyRefused(422, f"JSON body: {exc.msg} at line {exc.lineno} column "
                               f"{exc.colno}") from None
    except (ValueError, RecursionError) as exc:  # huge integers
        raise BodyRefused(422, f"JSON body: {str(exc).split(':')[0][:120]}") from None
    _check_strings(value)
    return value


def _check_strings(value: Any) -> None:
    """Refuse lone surrogates in any string or key (iterative: depth is already bounded,
    but a wide document must not cost a Python frame per value)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            _check_text(item)
        elif isinstance(item, dict):
            for key, child in item.items():
                _check_text(key)
                if not isinstance(child, (int, float, bool)) and child is not None:
                    stack.append(child)
        elif isinstance(item, list):
            stack.extend(c for c in item if isinstance(c, (str, dict, list)))


def _check_text(text: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BodyRefused(422, "JSON body: a string holds a lone UTF-16 surrogate "
                               "(\\ud800–\\udfff without its pair)") from None
