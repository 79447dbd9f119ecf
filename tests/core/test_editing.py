"""Pure edits of draft bodies, and code-point/UTF-16 offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datafi_desktop.core import editing as ed
from datafi_desktop.core.models import parse_annotation, parse_task
from datafi_desktop.core.textoffsets import OffsetMap

SIZE = (640.0, 480.0)
BOX_TASK = parse_task({"id": "b", "kind": "bounding_boxes",
                       "data": {"image": "ab" * 32, "width": 640, "height": 480},
                       "config": {"labels": ["car", "person"]}})
POLY_TASK = parse_task({"id": "p", "kind": "polygons",
                        "data": {"image": "ab" * 32, "width": 640, "height": 480},
                        "config": {"labels": ["car", "person"]}})


def test_toggle_label_single_and_multi() -> None:
    body = {"kind": "text_classification", "labels": []}
    body = ed.toggle_label(body, "b", multi=False)
    assert ed.toggle_label(body, "a", multi=False)["labels"] == ["a"]
    multi = ed.toggle_label(ed.toggle_label(body, "a", multi=True), "c", multi=True)
    assert multi["labels"] == ["a", "b", "c"]
    assert ed.toggle_label(multi, "b", multi=True)["labels"] == ["a", "c"]
    assert body["labels"] == ["b"], "edits never change their input"


def test_spans_add_find_relabel_remove() -> None:
    body = {"kind": "text_spans", "spans": []}
    body = ed.add_span(body, 10, 4, "PER", text_length=20)  # selection made backwards
    body = ed.add_span(body, 0, 12, "ORG", text_length=20)
    body = ed.add_span(body, 0, 12, "ORG", text_length=20)  # exact duplicate ignored
    assert body["spans"] == [{"start": 0, "end": 12, "label": "ORG"},
                             {"start": 4, "end": 10, "label": "PER"}]
    assert ed.spans_at(body, 5) == [1, 0]  # shortest (innermost) first
    assert ed.spans_at(body, 15) == []
    body = ed.relabel(body, "spans", 1, "LOC")
    assert body["spans"][1]["label"] == "LOC"
    assert ed.remove_item(body, "spans", 0)["spans"] == [{"start": 4, "end": 10, "label": "LOC"}]
    with pytest.raises(ed.EditError, match="select some text"):
        ed.add_span(body, 3, 3, "PER", text_length=20)
    with pytest.raises(ed.EditError):
        ed.remove_item(body, "spans", 5)


def test_boxes_are_clamped_and_valid() -> None:
    body = {"kind": "bounding_boxes", "boxes": []}
    body = ed.add_box(body, "car", 700, 500, 600, 400, SIZE)  # dragged past the corner
    assert body["boxes"][0] == {"label": "car", "x": 600, "y": 400, "w": 40, "h": 80}
    body = ed.move_box(body, 0, 100, -1000, SIZE)
    assert (body["boxes"][0]["x"], body["boxes"][0]["y"]) == (600, 0)
    body = ed.set_box_rect(body, 0, 10, 10, 110.456, 60, SIZE)
    assert body["boxes"][0] == {"label": "car", "x": 10, "y": 10, "w": 100.46, "h": 50}
    body = ed.relabel(body, "boxes", 0, "person")
    parse_annotation(body, BOX_TASK)
    with pytest.raises(ed.EditError, match="one pixel"):
        ed.add_box(body, "car", 5, 5, 5.5, 100, SIZE)


def test_polygon_vertex_edits() -> None:
    body = {"kind": "polygons", "polygons": []}
    body = ed.add_polygon(body, "car", [(0, 0), (100, 0), (100, 100), (-50, 700)], SIZE)
    assert body["polygons"][0]["points"][3] == [0, 480]
    body = ed.insert_vertex(body, 0, 0, 50, -3, SIZE)
    assert body["polygons"][0]["points"][1] == [50, 0]
    body = ed.move_vertex(body, 0, 1, 50, 20, SIZE)
    body = ed.delete_vertex(body, 0, 4)
    assert len(body["polygons"][0]["points"]) == 4
    body = ed.move_polygon(body, 0, 1000, 5, SIZE)
    xs = [p[0] for p in body["polygons"][0]["points"]]
    assert max(xs) == 640 and min(xs) == 540
    parse_annotation(body, POLY_TASK)
    body = ed.delete_vertex(body, 0, 0)
    with pytest.raises(ed.EditError, match="at least three"):
        ed.delete_vertex(body, 0, 0)
    with pytest.raises(ed.EditError, match="three distinct"):
        ed.add_polygon(body, "car", [(1, 1), (1, 1), (2, 2)], SIZE)


def test_nearest_edge() -> None:
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
    assert ed.nearest_edge(square, 5, -1) == (0, 1.0)
    assert ed.nearest_edge(square, 11, 5) == (1, 1.0)
    assert ed.nearest_edge(square, -2, 5)[0] == 3


def test_comparison_and_metadata_fields() -> None:
    body = {"kind": "comparison", "choice": None, "reason": "", "ratings": {}}
    body = ed.set_field(body, "choice", "B")
    body = ed.set_entry(body, "ratings", "helpfulness", 4)
    body = ed.set_entry(body, "ratings", "clarity", 2)
    body = ed.set_entry(body, "ratings", "clarity", None)
    assert body == {"kind": "comparison", "choice": "B", "reason": "",
                    "ratings": {"helpfulness": 4}}


def test_offset_map_with_emoji_and_combining_marks() -> None:
    text = "Zoe\u0308 👩‍💻 ok 😀!"
    m = OffsetMap(text)
    assert m.utf16_length == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        utf16 = m.to_utf16(cp)
        assert utf16 == len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_code_point(utf16) == cp
    inside_pair = m.to_utf16(text.index("😀")) + 1
    assert m.to_code_point(inside_pair) == text.index("😀")


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_offset_map_round_trips(text: str) -> None:
    m = OffsetMap(text)
    for cp in range(0, len(text) + 1, max(1, len(text) // 10)):
        assert m.to_code_point(m.to_utf16(cp)) == cp


def test_offset_map_is_fast_enough_for_long_texts() -> None:
    text = ("Long text with an emoji 😀 every line. " * 3000)[:110_000]
    m = OffsetMap(text)
    assert m.to_code_point(m.to_utf16(100_000)) == 100_000


def test_vertices_are_numbered_across_the_parts_of_an_object() -> None:
    from datafi_desktop.core import editing as ed_

    body = {"kind": "polygons", "polygons": [{"label": "car", "points": [
        [0, 0], [10, 0], [10, 10]], "parts": [[[20, 0], [30, 0], [30, 10], [20, 10]]]}]}
    moved = ed_.move_vertex(body, 0, 4, 21, 1, (100, 100))
    assert moved["polygons"][0]["parts"][0][1] == [21, 1]
    assert moved["polygons"][0]["points"] == body["polygons"][0]["points"]
    inserted = ed_.insert_vertex(body, 0, 5, 25, 10, (100, 100))
    assert inserted["polygons"][0]["parts"][0] == [[20, 0], [30, 0], [30, 10], [25, 10],
                                                   [20, 10]]
    assert len(ed_.delete_vertex(body, 0, 3)["polygons"][0]["parts"][0]) == 3
    with pytest.raises(ed_.EditError, match="three vertices"):
        ed_.delete_vertex(body, 0, 1)
    with pytest.raises(ed_.EditError, match="no vertex 7"):
        ed_.move_vertex(body, 0, 7, 1, 1, (100, 100))
