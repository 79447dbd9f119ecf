"""The content hash's canonical JSON takes a fast path (Python's C encoder) for values
without floats and with ASCII keys; it must give RFC 8785's bytes exactly, and defer to
rfc8785 for everything else — or the hub would refuse every submission. Checked against
rfc8785 itself on generated values (control characters, quotes, backslashes, every plane
of Unicode in values and keys, integers at the edges of the safe range, floats), and the
keccak in use against pycryptodome's."""

from __future__ import annotations

from typing import Any

import pytest
import rfc8785
from Crypto.Hash.keccak import new as pycryptodome_keccak
from hypothesis import given, settings
from hypothesis import strategies as st

from datafi_desktop.core.canonical import _plain, canonical_json
from datafi_desktop.core.errors import CanonicalizationError
from datafi_desktop.core.keccak import BACKEND, keccak256

EDGE = 2**53 - 1
texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["", "\x00", "\x1f", "\x7f", '"', "\\", "\b\f\n\r\t", "\u2028", "\ue000", "\U0001f600",
     "é", "日本", "a\u0301"])
integers = st.integers(-EDGE, EDGE) | st.sampled_from([EDGE, -EDGE, 0, -1])
scalars = st.none() | st.booleans() | integers | texts
plain = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.text(alphabet=st.characters(max_codepoint=127), max_size=6), inner, max_size=4),
    max_leaves=20)
anything = st.recursive(
    scalars | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=20)


@settings(max_examples=400, deadline=None)
@given(plain)
def test_the_fast_path_writes_rfc8785s_bytes(value: Any) -> None:
    assert _plain(value)
    assert canonical_json(value) == rfc8785.dumps(value)


@settings(max_examples=400, deadline=None)
@given(anything)
def test_any_json_value_gives_rfc8785s_bytes(value: Any) -> None:
    assert canonical_json(value) == rfc8785.dumps(value)


@pytest.mark.parametrize("value", [
    {"x": 1.0}, [0.5], {"\U0001f600": 1, "\uffff": 2}, EDGE + 1, -EDGE - 1, (1, 2)])
def test_values_the_encoder_writes_differently_take_rfc8785s_path(value: Any) -> None:
    assert not _plain(value)


def test_keys_ordered_by_utf16_not_by_code_point() -> None:
    # U+FFFF sorts after U+1F600 in code points but before it in UTF-16 (surrogates D83D…)
    value = {"\uffff": 1, "\U0001f600": 2}
    assert canonical_json(value) == rfc8785.dumps(value)
    assert canonical_json(value).index("\U0001f600".encode()) < canonical_json(value).index(
        "\uffff".encode())


@pytest.mark.parametrize("value", [{"a": "\ud800"}, {"n": EDGE + 1}, {1: "x"}, float("nan")])
def test_what_json_cannot_hold_the_same_way_is_refused(value: Any) -> None:
    with pytest.raises(CanonicalizationError):
        canonical_json(value)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_keccak_is_ethereums(data: bytes) -> None:
    assert BACKEND in ("safe-pysha3", "pycryptodome")
    assert keccak256(data) == bytes(pycryptodome_keccak(data=data, digest_bits=256).digest())
