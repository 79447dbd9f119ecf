"""Word boundaries for span selection, in code points."""

from __future__ import annotations

import doctest

import pytest

from datafi_desktop.core import word_snap
from datafi_desktop.core.word_snap import extend_by_word, snap_selection, word_at

TEXT = "Zoe\u0308 Lefèvre met Dũng's team at 🎉 Montre\u0301al — then left."


def cut(s: int, e: int) -> str:
    return TEXT[s:e]


@pytest.mark.parametrize(("start", "end", "expected"), [
    (TEXT.index("oe"), TEXT.index("Lef") + 2, "Zoe\u0308"),  # "Le" of Lefèvre: left out
    (TEXT.index("oe"), TEXT.index("èvre") + 2, "Zoe\u0308 Lefèvre"),
    (TEXT.index("ũng"), TEXT.index("team") + 3, "Dũng's team"),
    (TEXT.index("ng's") + 1, TEXT.index("team") + 3, "team"),  # halfway: left out
    (TEXT.index("🎉") - 1, TEXT.index("al —") + 1, "🎉 Montre\u0301al"),
    (TEXT.index("ntre"), TEXT.index("ntre") + 2, "Montre\u0301al"),  # inside one word
    (TEXT.index(" —"), TEXT.index(" —") + 1, " "),  # spaces only: kept as they are
])
def test_snap_selection(start: int, end: int, expected: str) -> None:
    assert cut(*snap_selection(TEXT, start, end)) == expected


def test_ends_in_either_order_and_out_of_range() -> None:
    s, e = snap_selection(TEXT, TEXT.index("èvre") + 2, TEXT.index("oe"))
    assert cut(s, e) == "Zoe\u0308 Lefèvre"
    assert snap_selection(TEXT, 5, 5) == (5, 5)
    assert snap_selection("", 0, 3) == (0, 0)


def test_word_at_and_extend() -> None:
    assert cut(*word_at(TEXT, TEXT.index("\u0308"))) == "Zoe\u0308"  # the mark is the word's
    assert cut(*word_at(TEXT, TEXT.index("'s"))) == "Dũng's"
    assert word_at(TEXT, TEXT.index("🎉")) is None and word_at(TEXT, 999) is None
    start = TEXT.index("team")
    anchor, caret = extend_by_word(TEXT, start, start + 4, forward=True)
    assert cut(anchor, caret) == "team at"
    anchor, caret = extend_by_word(TEXT, anchor, caret, forward=True)
    assert cut(anchor, caret) == "team at 🎉 Montre\u0301al"
    anchor, caret = extend_by_word(TEXT, anchor, caret, forward=False)
    assert cut(anchor, caret) == "team at"
    assert extend_by_word(TEXT, 0, len(TEXT), forward=True) == (0, len(TEXT))


def test_doctests() -> None:
    assert doctest.testmod(word_snap).failed == 0
