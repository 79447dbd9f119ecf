"""Pure helpers of the comparison pane: scale keys and typed ratings."""

from __future__ import annotations

import doctest

from datafi_desktop.core import comparison_editing as ce


def test_doctests() -> None:
    assert doctest.testmod(ce).failed == 0


def test_scale_keys_avoid_the_choice_keys_and_each_other() -> None:
    keys = ce.scale_hotkeys(["accuracy", "brevity", "tone", "relevance", "clarity", "coherence"])
    assert set(keys.values()).isdisjoint(ce.RESERVED_KEYS)
    assert len(set(keys.values())) == len(keys) == 6
    assert [keys[n] for n in ("accuracy", "brevity", "tone", "clarity")] == ["c", "e", "o", "i"]
    assert ce.scale_hotkeys(["ABT"]) == {"ABT": "c"}  # falls back to the alphabet


def test_typed_ratings_on_short_and_long_scales() -> None:
    assert ce.typed_rating("", "6", 1, 5) == (None, "")
    assert ce.typed_rating("", "3", 1, 5) == (3, "3")
    assert ce.typed_rating("3", "4", 1, 5) == (4, "4")  # a new number, not 34
    assert ce.typed_rating("", "0", 0, 10) == (0, "0")
    assert ce.typed_rating("1", "0", 0, 10) == (10, "10")
    assert ce.rating_from_digits("x", 0, 10) is None


def test_step_rating_clamps_and_starts_from_an_end() -> None:
    assert ce.step_rating(None, 1, 1, 5) == 1
    assert ce.step_rating(None, -1, 1, 5) == 5
    assert ce.step_rating(5, 1, 1, 5) == 5
    assert ce.step_rating(3, -1, 1, 5) == 2
