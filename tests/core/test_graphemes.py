"""Grapheme clusters, scripts without spaces, and what span selection makes of them."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

from datafi_desktop.core import graphemes, text_editing
from datafi_desktop.core.graphemes import GraphemeIndex, clusters, is_spaceless
from datafi_desktop.core.word_snap import extend_by_word, snap_selection, word_at

FAMILY = "👩\u200d👩\u200d👧"  # a ZWJ sequence: five code points, one character
RAINBOW = "🏳\ufe0f\u200d🌈"  # with a variation selector
HINDI = "प्रिया शर्मा"
THAI = "สมชาย ใจดี เปิดร้านกาแฟแห่งใหม่ในเชียงใหม่"
CHINESE = "王小明于2024年5月在深圳创办了星河数据公司。"


def test_clusters_of_each_script() -> None:
    assert clusters(FAMILY + RAINBOW + "🇳🇬") == [FAMILY, RAINBOW, "🇳🇬"]
    assert clusters("कि") == ["कि"] and clusters("प्रि") == ["प्रि"]  # conjunct + vowel sign
    assert clusters("עִבְרִית") == ["עִ", "בְ", "רִ", "י", "ת"]  # Hebrew points
    assert clusters("عَمّان") == ["عَ", "مّ", "ا", "ن"]  # Arabic harakat
    assert clusters("Zoe\u0308") == ["Z", "o", "e\u0308"]
    assert "".join(clusters(THAI)) == THAI


def test_snap_widens_to_whole_clusters() -> None:
    text = f"a{FAMILY}b"
    g = GraphemeIndex(text)
    assert g.boundaries == [0, 1, 1 + len(FAMILY), len(text)]
    assert g.snap(2, 3) == (1, 6) and g.snap(3, 2) == (1, 6)
    assert g.floor(4) == 1 and g.ceil(4) == 6 and g.ceil(99) == len(text)
    assert g.cluster_at(3) == (1, 6) and g.cluster_at(len(text)) is None
    assert g.next(1) == 6 and g.previous(6) == 1 and g.previous(0) == 0
    assert g.is_boundary(6) and not g.is_boundary(2)
    assert GraphemeIndex("").boundaries == [0]


PIECES = [*"ab 中ก\u0e48\u0301", FAMILY, "🇳", "🇬", "\u200d", "👩"]


@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join), st.integers(-2, 40),
       st.integers(-2, 40))
def test_snapped_ranges_cover_the_input_on_boundaries(text: str, a: int, b: int) -> None:
    g = GraphemeIndex(text)
    assert "".join(clusters(text)) == text
    s, e = g.snap(a, b)
    lo, hi = sorted((max(0, min(a, len(text))), max(0, min(b, len(text)))))
    assert s <= lo and e >= hi and g.is_boundary(s) and g.is_boundary(e)
    s2, e2 = snap_selection(text, a, b)
    assert g.is_boundary(s2) and g.is_boundary(e2)


def test_spaceless_scripts() -> None:
    assert all(is_spaceless(c) for c in "中ひカกລ") and not any(is_spaceless(c) for c in "aب1")
    # Chinese: each character is a word; digits next to it still make one
    at = CHINESE.index("深")
    assert word_at(CHINESE, at) == (at, at + 1)
    at = CHINESE.index("2024")
    assert CHINESE[slice(*word_at(CHINESE, at + 1))] == "2024"
    start = CHINESE.index("星")
    assert CHINESE[slice(*snap_selection(CHINESE, start, start + 4))] == "星河数据"
    anchor, caret = extend_by_word(CHINESE, start, start + 1, forward=True)
    assert CHINESE[anchor:caret] == "星河"
    anchor, caret = extend_by_word(CHINESE, anchor, caret, forward=False)
    assert CHINESE[anchor:caret] == "星"
    # Thai: a drag keeps the clusters it covers (no word boundaries to snap to)
    loc = THAI.index("เชียงใหม่")
    assert THAI[slice(*snap_selection(THAI, loc, loc + len("เชียงใหม่")))] == "เชียงใหม่"
    tone = loc + len("เชียงใหม")  # between the last ม and its tone mark
    s, e = snap_selection(THAI, loc, tone)
    assert THAI[s:e] == "เชียงใหม่" and e == tone + 1
    assert THAI[slice(*word_at(THAI, THAI.index("ดี") + 1))] == "ดี"
    # spaced scripts keep whole words
    assert HINDI[slice(*word_at(HINDI, 2))] == "प्रिया"
    assert HINDI[slice(*snap_selection(HINDI, 1, len(HINDI) - 1))] == HINDI


def test_extend_by_word_never_splits_a_cluster() -> None:
    text = f"{FAMILY} Ada {RAINBOW}"
    anchor, caret = extend_by_word(text, 0, 2, forward=True)  # caret inside the family
    assert (anchor, caret) == (0, text.index(" Ada") + 4)
    text = f"Ada {FAMILY} Bo"  # shrinking back: to the end of the word before "Bo"
    assert extend_by_word(text, 0, len(text) - 1, forward=False) == (0, 3)
    assert extend_by_word(text, len(text), 6, forward=False) == (len(text), 0)


def test_a_label_key_widens_the_selection_to_clusters() -> None:
    text = f"ok {FAMILY} प्रिया"
    body = {"kind": "text_spans", "spans": []}
    inside = text.index(FAMILY) + 2
    body, key = text_editing.apply_span_label(body, "MISC", text, (inside, inside + 1), None)
    assert text[key[0]:key[1]] == FAMILY
    p = text.index("प्र")
    body, key = text_editing.apply_span_label(body, "PER", text, (p, p + 1), None)
    assert text[key[0]:key[1]] == "प्रि"  # प + virama + र + vowel sign: one cluster
    assert body["spans"][-1] == {"start": key[0], "end": key[1], "label": "PER"}


def test_doctests() -> None:
    assert doctest.testmod(graphemes).failed == 0
