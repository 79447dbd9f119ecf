"""Label Studio JSON checked two ways: against the documented task format (as a JSON
Schema) and by Label Studio's own converter (label-studio-converter), which parses
our labeling config and maps every result to one of its controls."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.formats.exporter import export_records
from datafi_desktop.core.formats.label_studio_export import results
from datafi_desktop.core.formats.records import ExportRecord
from datafi_desktop.core.models import parse_task

from .builders import EMOJI_TEXT

NUM = {"type": "number"}
PCT = {"type": "number", "minimum": 0, "maximum": 100}
STRINGS = {"type": "array", "items": {"type": "string"}, "minItems": 1}

# https://labelstud.io/guide/task_format (task, annotation and region fields) and
# https://labelstud.io/guide/export#Label-Studio-JSON-format-of-annotated-tasks
RESULT = {
    "type": "object",
    "required": ["id", "from_name", "to_name", "type", "value"],
    "properties": {
        "id": {"type": "string", "minLength": 1}, "from_name": {"type": "string"},
        "to_name": {"type": "string"},
        "type": {"enum": ["choices", "labels", "rectanglelabels", "polygonlabels", "textarea",
                          "number"]},
        "original_width": {"type": "integer", "minimum": 1},
        "original_height": {"type": "integer", "minimum": 1},
        "value": {"type": "object"},
    },
    "allOf": [
        {"if": {"properties": {"type": {"const": "choices"}}},
         "then": {"properties": {"value": {"required": ["choices"],
                                           "properties": {"choices": STRINGS}}}}},
        {"if": {"properties": {"type": {"const": "labels"}}},
         "then": {"properties": {"value": {"required": ["start", "end", "labels"], "properties": {
             "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer"},
             "text": {"type": "string"}, "labels": STRINGS}}}}},
        {"if": {"properties": {"type": {"const": "rectanglelabels"}}},
         "then": {"required": ["original_width", "original_height"],
                  "properties": {"value": {
                      "required": ["x", "y", "width", "height", "rectanglelabels"],
                      "properties": {"x": PCT, "y": PCT, "width": PCT, "height": PCT,
                                     "rotation": NUM, "rectanglelabels": STRINGS}}}}},
        {"if": {"properties": {"type": {"const": "polygonlabels"}}},
         "then": {"required": ["original_width", "original_height"],
                  "properties": {"value": {"required": ["points", "polygonlabels"], "properties": {
                      "points": {"type": "array", "minItems": 3, "items": {
                          "type": "array", "items": PCT, "minItems": 2, "maxItems": 2}},
                      "polygonlabels": STRINGS}}}}},
        {"if": {"properties": {"type": {"const": "textarea"}}},
         "then": {"properties": {"value": {"required": ["text"],
                                           "properties": {"text": STRINGS}}}}},
        {"if": {"properties": {"type": {"const": "number"}}},
         "then": {"properties": {"value": {"required": ["number"],
                                           "properties": {"number": NUM}}}}},
    ],
}
TASKS = {
    "type": "array", "minItems": 1,
    "items": {"type": "object", "required": ["data"], "properties": {
        "id": {"type": "integer"},
        "data": {"type": "object", "minProperties": 1},
        "predictions": {"type": "array"},
        "annotations": {"type": "array", "items": {
            "type": "object", "required": ["result"], "properties": {
                "id": {"type": "integer"}, "result": {"type": "array", "items": RESULT},
                "was_cancelled": {"type": "boolean"}, "ground_truth": {"type": "boolean"},
                "created_at": {"type": "string"}, "lead_time": NUM}}}}},
}


@pytest.fixture(scope="module")
def ls_export(tmp_path_factory: pytest.TempPathFactory, built_cache: Cache,
              all_records: list[ExportRecord]) -> Path:
    out = tmp_path_factory.mktemp("ls") / "export"
    export_records(all_records, "label-studio", out, images=built_cache.assets.path)
    return out


def test_export_matches_documented_schema(ls_export: Path) -> None:
    jsonschema_rs = pytest.importorskip("jsonschema_rs")
    validator = jsonschema_rs.validator_for(TASKS)
    files = sorted(ls_export.glob("label_studio_*.json"))
    assert len(files) == 6
    for path in files:
        tasks = json.loads(path.read_text())
        errors = [str(e) for e in validator.iter_errors(tasks)]
        assert not errors, (path.name, errors[:3])
        for task in tasks:
            image = task["data"].get("image")
            if image:
                assert image.startswith("/data/local-files/?d=images/")
                assert (ls_export / image.split("?d=", 1)[1]).is_file()


def test_label_studio_converter_reads_export(ls_export: Path) -> None:
    converter_module = pytest.importorskip("label_studio_converter")
    for path in sorted(ls_export.glob("label_studio_*.json")):
        config = path.with_suffix(".xml").read_text()
        converter = converter_module.Converter(config=config, project_dir=str(ls_export))
        schema = converter._schema
        tasks = json.loads(path.read_text())
        items = list(converter.iter_from_json_file(str(path)))
        assert len(items) == sum(len(t["annotations"]) for t in tasks)
        for task in tasks:
            for annotation in task["annotations"]:
                for result in annotation["result"]:
                    control = schema[result["from_name"]]
                    assert result["to_name"] in control["to_name"]
                    assert control["type"].lower() == result["type"], path.name
                    labels = result["value"].get(result["type"])
                    if result["type"] not in ("textarea", "number"):
                        assert set(labels) <= set(control["labels"]), path.name
        converted = sum(len(v) for item in items for v in item["output"].values())
        assert converted == sum(len(a["result"]) for t in tasks for a in t["annotations"])


def test_span_offsets_are_code_points_like_label_studio() -> None:
    """Label Studio's own end-to-end test (web/libs/editor/tests/e2e: NER - Emoji - Text)
    labels "test" in "🐱 Warning: This is a test text" as start 21, end 25: code points,
    where JavaScript's UTF-16 length would say 22."""
    text = "🐱 Warning: This is a test text"
    task = parse_task({"id": "t", "kind": "text_spans", "data": {"text": text},
                       "config": {"labels": ["region"]}})
    out = results({"kind": "text_spans", "spans": [{"start": 21, "end": 25,
                                                    "label": "region"}]}, task, "x")
    assert out[0]["value"] == {"start": 21, "end": 25, "text": "test", "labels": ["region"]}
    assert len(text[:21].encode("utf-16-le")) // 2 == 22


def test_emoji_spans_text_matches_offsets(ls_export: Path) -> None:
    tasks = json.loads((ls_export / "label_studio_text_spans.json").read_text())
    emoji = next(t for t in tasks if t["data"]["datafi_task"] == "emoji-spans")
    assert emoji["data"]["text"] == EMOJI_TEXT
    values = [r["value"] for r in emoji["annotations"][0]["result"]]
    assert [v["text"] for v in values] == ["Zoë", "Ana Lima", "São Paulo"]
    for value in values:
        assert EMOJI_TEXT[value["start"]:value["end"]] == value["text"]


def test_config_is_label_studio_xml(ls_export: Path, all_records: list[ExportRecord]) -> None:
    config = (ls_export / "label_studio_bounding_boxes.xml").read_text()
    assert config.startswith("<View>")
    assert '<RectangleLabels name="label" toName="image">' in config
    assert '<Image name="image" value="$image" />' in config
    cmp = (ls_export / "label_studio_comparison.xml").read_text()
    assert '<Number name="helpfulness" toName="prompt" min="1" max="5" />' in cmp
    results_by_type: dict[str, Any] = {}
    for path in ls_export.glob("label_studio_*.json"):
        for task in json.loads(path.read_text()):
            for annotation in task["annotations"]:
                for result in annotation["result"]:
                    results_by_type.setdefault(result["type"], result)
    assert set(results_by_type) == {"choices", "labels", "rectanglelabels", "polygonlabels",
                                    "textarea", "number"}
