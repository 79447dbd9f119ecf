"""Pure helpers of the text panes: display text, tracks, overlaps, Tab order, label keys."""

from __future__ import annotations

import doctest

import pytest

from datafi_desktop.core import text_editing as te
from datafi_desktop.core.editing import EditError
from datafi_desktop.core.models import parse_annotation, parse_task
from datafi_desktop.core.textoffsets import OffsetMap

TEXT = "Dr. Aisha Bello of the University of Lagos spoke."
TASK = parse_task({"id": "t", "kind": "text_spans", "data": {"text": TEXT},
                   "config": {"labels": ["PER", "ORG", "LOC"]},
                   "predictions": [{"model": "ner", "annotation": {
                       "kind": "text_spans", "spans": [{"start": 4, "end": 15, "label": "PER"}]}}]})


def test_doctests() -> None:
    assert doctest.testmod(te).failed == 0


@pytest.mark.parametrize("text", ["a\r\nb\r\n", "x\ud800y", "Zoe\u0308 👩‍💻 🇬🇭", "שלום\r\nעולם"])
def test_display_text_keeps_every_offset(text: str) -> None:
    shown = te.display_text(text)
    assert len(shown) == len(text)
    assert OffsetMap(shown).utf16_length == OffsetMap(text).utf16_length
    assert "\r\n" not in shown
    shown.encode("utf-8")  # no lone surrogate left


def test_trim_range_drops_spaces_only() -> None:
    assert te.trim_range("  Bello, ", 0, 9) == (2, 8)
    assert te.trim_range("  Bello, ", 9, 0) == (2, 8)  # backwards selection
    assert te.trim_range("   ", 0, 3)[0] == te.trim_range("   ", 0, 3)[1]


def test_tracks_keep_overlapping_spans_apart() -> None:
    spans = [{"start": 0, "end": 10, "label": "ORG"}, {"start": 2, "end": 5, "label": "PER"},
             {"start": 4, "end": 8, "label": "LOC"}, {"start": 10, "end": 12, "label": "PER"}]
    tracks = te.span_tracks(spans)
    for i, a in enumerate(spans):
        for j, b in enumerate(spans):
            if i != j and te.relation(a, b) is not None:
                assert tracks[i] != tracks[j], (a, b)
    assert tracks[0] == 0 and tracks[3] == 0  # adjacent, not overlapping: same track


def test_relations_and_overlaps() -> None:
    org = {"start": 23, "end": 42, "label": "ORG"}
    loc = {"start": 37, "end": 42, "label": "LOC"}
    per = {"start": 4, "end": 15, "label": "PER"}
    cross = {"start": 40, "end": 48, "label": "PER"}
    assert te.relation(loc, org) == "inside"
    assert te.relation(org, loc) == "contains"
    assert te.relation(org, dict(org, label="LOC")) == "same"
    assert te.relation(cross, org) == "overlaps"
    assert te.relation(per, org) is None
    assert te.overlaps([per, org, loc, cross]) == [[], [2, 3], [1, 3], [1, 2]]


def test_next_span_cycles_from_selection_or_caret() -> None:
    spans = [{"start": 0, "end": 3}, {"start": 5, "end": 8}, {"start": 10, "end": 12}]
    assert te.next_span(spans, None, 4) == 1
    assert te.next_span(spans, None, 11, forward=False) == 2
    assert te.next_span(spans, None, 50) == 0  # wraps
    assert te.next_span(spans, 2, 0) == 0
    assert te.next_span(spans, 0, 0, forward=False) == 2
    assert te.next_span([], None, 0) is None


def test_apply_span_label_adds_trimmed_span_then_relabels_it() -> None:
    body = {"kind": "text_spans", "spans": []}
    body, key = te.apply_span_label(body, "PER", TEXT, (3, 16), None)  # " Aisha Bello "
    assert body["spans"] == [{"start": 4, "end": 15, "label": "PER"}]
    assert TEXT[key[0]:key[1]] == "Aisha Bello"
    body, key = te.apply_span_label(body, "ORG", TEXT, None, key)
    assert body["spans"] == [{"start": 4, "end": 15, "label": "ORG"}] and key[2] == "ORG"
    parse_annotation(body, TASK)
    with pytest.raises(EditError, match="Select some text"):
        te.apply_span_label(body, "PER", TEXT, None, None)
    with pytest.raises(EditError, match="only spaces"):
        te.apply_span_label(body, "PER", TEXT, (3, 4), None)


def test_relabel_onto_an_existing_span_merges() -> None:
    body = {"kind": "text_spans", "spans": [{"start": 0, "end": 3, "label": "LOC"},
                                            {"start": 0, "end": 3, "label": "PER"}]}
    out = te.relabel_span(body, 0, "PER")
    assert out["spans"] == [{"start": 0, "end": 3, "label": "PER"}]
    with pytest.raises(EditError):
        te.relabel_span(body, 5, "PER")


def test_find_span_and_predicted_keys() -> None:
    body = {"kind": "text_spans", "spans": [{"start": 4, "end": 15, "label": "PER"}]}
    assert te.find_span(body, (4, 15, "PER")) == 0
    assert te.find_span(body, (4, 15, "ORG")) is None
    assert te.find_span(body, None) is None
    assert te.predicted_keys(TASK, "ner") == {(4, 15, "PER")}
    assert te.predicted_keys(TASK, None) == set()
    assert te.predicted_keys(TASK, "other") == set()
