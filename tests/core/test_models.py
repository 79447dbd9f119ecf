"""Task and annotation models: every kind validates, and errors name the field."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datafi_desktop.core.canonical import content_hash_hex
from datafi_desktop.core.errors import AnnotationValidationError, TaskFormatError
from datafi_desktop.core.models import (
    BoundingBoxes,
    Box,
    Polygon,
    Polygons,
    TaskKind,
    parse_annotation,
    parse_task,
    to_json,
)

IMAGE = "ab" * 32


def text_task(kind: str = "text_classification", text: str = "hello world", **config) -> object:
    return parse_task({"id": "t-1", "kind": kind, "data": {"text": text},
                       "config": {"labels": ["PER", "ORG", "LOC"], **config}})


def image_task(kind: str, width: int = 640, height: int = 480) -> object:
    return parse_task({"id": "img-1", "kind": kind,
                       "data": {"image": IMAGE, "width": width, "height": height},
                       "config": {"labels": ["car", "person"]}})


def error_of(data: object, task: object = None) -> AnnotationValidationError:
    with pytest.raises(AnnotationValidationError) as info:
        parse_annotation(data, task)  # type: ignore[arg-type]
    return info.value


# --- tasks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, field",
    [
        ({"id": "x", "kind": "text_classification", "data": {}, "config": {"labels": ["a"]}},
         "data.text"),
        ({"id": "x", "kind": "sorting", "data": {"text": "t"}}, "kind"),
        ({"id": "bad id!", "kind": "text_spans", "data": {"text": "t"},
          "config": {"labels": ["a"]}}, "id"),
        ({"id": "x", "kind": "bounding_boxes", "data": {"image": "nothex", "width": 1,
          "height": 1}, "config": {"labels": ["a"]}}, "data.image"),
        ({"id": "x", "kind": "polygons", "data": {"image": IMAGE, "width": 0, "height": 1},
          "config": {"labels": ["a"]}}, "data.width"),
        ({"id": "x", "kind": "image_classification", "data": {"image": IMAGE, "width": 5,
          "height": 5}}, "config.labels"),
        ({"id": "x", "kind": "comparison", "data": {"prompt": "p", "a": "a"}}, "data.b"),
        ({"id": "x", "kind": "text_classification", "data": {"text": "t"},
          "config": {"labels": ["a", "a"]}}, "config.labels"),
        ({"id": "x", "kind": "comparison", "data": {"prompt": "p", "a": "a", "b": "b"},
          "config": {"ratings": [{"name": "r", "min": 3, "max": 1}]}}, "config.ratings[0].max"),
        ({"id": "x", "kind": "text_classification", "data": {"text": "t"},
          "config": {"labels": ["a"]}, "surprise": 1}, "surprise"),
    ],
)
def test_malformed_tasks_name_the_field(data: dict, field: str) -> None:
    with pytest.raises(TaskFormatError) as info:
        parse_task(data)
    assert info.value.field == field
    assert field in str(info.value)


def test_task_error_for_non_object() -> None:
    with pytest.raises(TaskFormatError, match="JSON object"):
        parse_task(["not", "a", "task"])


def test_huge_text_is_refused_with_its_size() -> None:
    with pytest.raises(TaskFormatError, match="2,000,001 characters"):
        text_task(text="x" * 2_000_001)


def test_hundred_thousand_characters_are_fine() -> None:
    task = text_task(kind="text_spans", text="lorem ipsum " * 8_400)
    assert len(task.text) > 100_000


def test_hotkeys_numbers_then_letters() -> None:
    task = parse_task({"id": "x", "kind": "text_classification", "data": {"text": "t"},
                       "config": {"labels": [f"l{i}" for i in range(12)] +
                                  [{"name": "explicit", "hotkey": "1"}]}})
    keys = task.config.hotkeys()
    assert keys["1"] == "explicit"
    assert keys["2"] == "l0"
    assert keys["9"] == "l7"
    assert keys["q"] == "l8"
    assert len(keys) == 13


# --- annotations -----------------------------------------------------------------


def test_single_label_task_takes_exactly_one_label() -> None:
    task = text_task()
    assert parse_annotation({"kind": "text_classification", "labels": ["PER"]}, task)
    assert error_of({"kind": "text_classification", "labels": ["PER", "ORG"]}, task).field == (
        "labels"
    )
    assert error_of({"kind": "text_classification", "labels": ["DOG"]}, task).field == (
        "labels[0]"
    )
    assert error_of({"kind": "text_classification", "labels": []}, task).field == "labels"


def test_multi_label_is_sorted_and_unique() -> None:
    task = text_task(multi=True)
    a = parse_annotation({"kind": "text_classification", "labels": ["ORG", "LOC"]}, task)
    assert a.labels == ("LOC", "ORG")
    assert error_of({"kind": "text_classification", "labels": ["ORG", "ORG"]}, task).field == (
        "labels"
    )


def test_span_offsets_are_code_points_with_emoji_and_combining_marks() -> None:
    text = "Zoe\u0308 met 👩‍💻 Dana in תל אביב."
    task = text_task(kind="text_spans", text=text)
    start = text.index("Dana")
    spans = [
        {"start": 0, "end": 4, "label": "PER"},  # "Zoë" is 4 code points: Z o e ◌̈
        {"start": start, "end": start + 4, "label": "PER"},
        {"start": text.index("תל"), "end": text.index("."), "label": "LOC"},
    ]
    a = parse_annotation({"kind": "text_spans", "spans": spans}, task)
    surfaces = [text[s.start:s.end] for s in a.spans]
    assert surfaces == ["Zoe\u0308", "Dana", "תל אביב"]
    # the emoji ZWJ sequence is 3 code points, so "Dana" sits after it at a code-point offset
    assert start == len("Zoe\u0308 met ") + len("👩‍💻 ")
    beyond = error_of({"kind": "text_spans", "spans": [{"start": 0, "end": len(text) + 1,
                                                        "label": "PER"}]}, task)
    assert beyond.field == "spans[0].end"


def test_spans_are_normalised_so_order_does_not_change_the_hash() -> None:
    one = parse_annotation({"kind": "text_spans", "spans": [
        {"start": 5, "end": 9, "label": "ORG"}, {"start": 0, "end": 4, "label": "PER"}]})
    two = parse_annotation({"kind": "text_spans", "spans": [
        {"start": 0, "end": 4, "label": "PER"}, {"start": 5, "end": 9, "label": "ORG"},
        {"start": 0, "end": 4, "label": "PER"}]})
    assert content_hash_hex(to_json(one)) == content_hash_hex(to_json(two))


def test_comparison_choice_reason_and_ratings() -> None:
    task = parse_task({"id": "c", "kind": "comparison", "data": {"prompt": "p", "a": "x",
                       "b": "y"}, "config": {"ratings": [{"name": "helpfulness"}]}})
    ok = parse_annotation({"kind": "comparison", "choice": "tie", "reason": "same",
                           "ratings": {"helpfulness": 5}}, task)
    assert ok.choice == "tie"
    assert error_of({"kind": "comparison", "choice": "C"}, task).field == "choice"
    assert error_of({"kind": "comparison", "choice": "A", "ratings": {"helpfulness": 6}},
                    task).field == "ratings.helpfulness"
    assert error_of({"kind": "comparison", "choice": "A", "ratings": {"style": 1}},
                    task).field == "ratings.style"


def test_boxes_are_validated_against_the_image() -> None:
    task = image_task("bounding_boxes", 640, 480)
    ok = parse_annotation({"kind": "bounding_boxes", "boxes": [
        {"label": "car", "x": 0, "y": 0, "w": 640, "h": 480}]}, task)
    assert isinstance(ok, BoundingBoxes)
    outside = error_of({"kind": "bounding_boxes", "boxes": [
        {"label": "car", "x": 1, "y": 1, "w": 3, "h": 3},
        {"label": "car", "x": 600, "y": 0, "w": 41, "h": 10}]}, task)
    assert outside.field == "boxes[1]"
    assert "640×480" in str(outside)
    assert error_of({"kind": "bounding_boxes", "boxes": [
        {"label": "car", "x": 0, "y": 0, "w": 0, "h": 10}]}, task).field == "boxes[0].w"
    assert error_of({"kind": "bounding_boxes", "boxes": [
        {"label": "car", "x": float("nan"), "y": 0, "w": 1, "h": 1}]}, task).field == (
        "boxes[0].x"
    )


def test_polygons_need_area_and_stay_inside() -> None:
    task = image_task("polygons", 100, 100)
    ok = parse_annotation({"kind": "polygons", "polygons": [
        {"label": "person", "points": [[0, 0], [100, 0], [50, 100]]}]}, task)
    assert isinstance(ok, Polygons)
    assert ok.polygons[0].area == pytest.approx(5000)
    assert error_of({"kind": "polygons", "polygons": [
        {"label": "person", "points": [[0, 0], [1, 1], [2, 2]]}]}).field == (
        "polygons[0].points"
    )
    assert error_of({"kind": "polygons", "polygons": [
        {"label": "person", "points": [[0, 0], [10, 0], [5, 101]]}]}, task).field == (
        "polygons[0].points[2]"
    )


def test_coordinates_are_rounded_for_a_stable_hash() -> None:
    box = Box(label="car", x=1.234567, y=-0.0001, w=3.0, h=4.999999)
    assert (box.x, box.y, box.h) == (1.23, 0.0, 5.0)
    poly = Polygon(label="car", points=((0.004, 0), (10, 0), (5, 5)))
    assert poly.points[0] == (0.0, 0.0)


def test_collection_items() -> None:
    task = parse_task({"id": "col", "kind": "collection", "data": {},
                       "config": {"label_kind": "image_classification", "labels": ["sign"],
                                  "fields": [{"name": "location", "required": True},
                                             {"name": "condition", "type": "choice",
                                              "choices": ["good", "worn"]},
                                             {"name": "count", "type": "number"}]}})
    assert task.label_kind is TaskKind.IMAGE_CLASSIFICATION
    item = {"kind": "collection", "asset": IMAGE, "mime": "image/jpeg", "width": 10,
            "height": 10, "metadata": {"location": "Main St", "condition": "worn", "count": 2},
            "annotation": {"kind": "image_classification", "labels": ["sign"]}}
    assert parse_annotation(item, task).metadata["count"] == 2
    assert error_of({**item, "metadata": {"condition": "worn"}}, task).field == (
        "metadata.location"
    )
    assert error_of({**item, "metadata": {"location": "x", "condition": "new"}}, task).field == (
        "metadata.condition"
    )
    assert error_of({**item, "metadata": {"location": "x", "count": "two"}}, task).field == (
        "metadata.count"
    )
    assert error_of({**item, "annotation": {"kind": "image_classification",
                                            "labels": ["cat"]}}, task).field == (
        "annotation.labels[0]"
    )
    assert error_of({**item, "mime": "application/zip"}, task).field == "mime"
    assert error_of({"kind": "collection", "text": "   "}).field == "asset"
    assert error_of({**item, "asset": "xyz"}).field == "asset"


def test_unknown_kind_and_extra_fields() -> None:
    assert error_of({"kind": "mystery"}).field == "kind"
    assert error_of({"kind": "text_classification", "labels": ["a"], "x": 1}).field == "x"
    assert error_of("not an object").field == "annotation"


def test_kind_must_match_the_task() -> None:
    assert error_of({"kind": "image_classification", "labels": ["car"]},
                    image_task("bounding_boxes")).field == "kind"


@given(st.lists(st.tuples(st.floats(0, 600), st.floats(0, 400), st.floats(1, 40),
                          st.floats(1, 80)), max_size=20))
@settings(max_examples=100, deadline=None)
def test_box_annotations_round_trip(boxes: list[tuple[float, float, float, float]]) -> None:
    task = image_task("bounding_boxes", 640, 480)
    data = {"kind": "bounding_boxes", "boxes": [
        {"label": "car", "x": x, "y": y, "w": w, "h": h} for x, y, w, h in boxes]}
    first = parse_annotation(data, task)
    again = parse_annotation(to_json(first), task)
    assert again == first
    assert content_hash_hex(to_json(again)) == content_hash_hex(to_json(first))


def test_polygon_parts_are_optional_and_old_bodies_hash_as_before() -> None:
    """``parts`` (an object in several pieces) is left out of the JSON when empty, so a
    polygon signed before the field existed keeps its content hash (value computed with
    the model before ``parts`` was added)."""
    from datafi_desktop.core.models.annotations import to_json

    old = {"kind": "polygons", "polygons": [
        {"label": "car", "points": [[10.004, 20], [30, 20.5], [25, 40]]}]}
    expected = "0x7ee580021a822ff0fa29f69382aafe03d8004da8a792a601ab985db5f8a13fa0"
    assert content_hash_hex(to_json(parse_annotation(old))) == expected
    with_empty = {"kind": "polygons", "polygons": [{**old["polygons"][0], "parts": []}]}
    assert "parts" not in to_json(parse_annotation(with_empty))["polygons"][0]
    assert content_hash_hex(to_json(parse_annotation(with_empty))) == expected
    two = {"kind": "polygons", "polygons": [{**old["polygons"][0], "parts": [
        [[50, 50], [60, 50], [55, 58.004]]]}]}
    parsed = parse_annotation(two)
    assert to_json(parsed)["polygons"][0]["parts"] == [[[50.0, 50.0], [60.0, 50.0],
                                                        [55.0, 58.0]]]
    assert content_hash_hex(to_json(parsed)) != expected
    assert parsed.polygons[0].area == pytest.approx(
        parse_annotation(old).polygons[0].area + 40.0)
    bad = {"kind": "polygons", "polygons": [{**old["polygons"][0], "parts": [
        [[50, 50], [60, 50], [70, 50]]]}]}
    with pytest.raises(AnnotationValidationError, match=r"polygons\[0\]\.parts.*\[0\]: a "
                       "polygon must enclose an area"):
        parse_annotation(bad)
