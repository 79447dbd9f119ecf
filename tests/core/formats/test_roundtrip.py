"""Export, import again, compare: every format gives back what was signed
(exactly, or up to the losses its manifest states)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from datafi_desktop.core.formats.exporter import export_records
from datafi_desktop.core.formats.importers import read_import
from datafi_desktop.core.formats.importing import ImportResult
from datafi_desktop.core.formats.records import ExportRecord
from datafi_desktop.core.models import TaskKind, parse_annotation, to_json

from .conftest import by_task
from .geometry import close, shape_set


def norm(annotation: dict[str, Any]) -> dict[str, Any]:
    """The label content: without ``from_prediction`` (which items the annotator kept
    from a model), provenance the foreign formats have no place for."""
    body = to_json(parse_annotation(annotation))
    body.pop("from_prediction", None)
    return body


def imported(result: ImportResult) -> dict[str, dict[str, Any] | None]:
    return {t.id: (norm(t.predictions[-1].annotation) if t.predictions else None)
            for t in result.tasks}


def of_kinds(records: list[ExportRecord], *kinds: TaskKind) -> list[ExportRecord]:
    return [r for r in records if TaskKind(r.kind) in kinds]


def test_label_studio_round_trip(tmp_path: Path, all_records: list[ExportRecord],
                                 images: Any) -> None:
    out = tmp_path / "ls"
    result = export_records(all_records, "label-studio", out, images=images)
    assert result.manifest["counts"]["skipped"] == {"collection": 3}
    want = by_task(all_records)
    seen = 0
    for path in sorted(out.glob("label_studio_*.json")):
        back = read_import("label-studio", path)
        for task in back.tasks:
            record = want[task.id]
            assert task.kind is record.task.kind
            assert task.predictions[-1].annotation == norm(record.final) or norm(
                task.predictions[-1].annotation) == norm(record.final), task.id
            if task.kind.is_image:
                assert task.image_hash == record.task.image_hash
                assert task.image_size == record.task.image_size
            elif task.kind is TaskKind.COMPARISON:
                assert {k: task.data[k] for k in "ab"} == {k: record.task.data[k] for k in "ab"}
                scales = {(r.name, r.min, r.max) for r in task.config.ratings}
                assert {(r.name, r.min, r.max) for r in record.task.config.ratings} <= scales
            else:
                assert task.text == record.task.text
            seen += 1
    assert seen == len(all_records) - 3


def test_coco_round_trip(tmp_path: Path, demo_records: list[ExportRecord], images: Any) -> None:
    out = tmp_path / "coco"
    export_records(demo_records, "coco", out, images=images)
    back = imported(read_import("coco", out / "annotations.json"))
    kept = of_kinds(demo_records, TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS)
    assert set(back) == {r.task.id for r in kept}
    for record in kept:
        assert back[record.task.id] == norm(record.final), record.task.id


@pytest.mark.parametrize("mode", ["detect", "segment"])
def test_yolo_round_trip(tmp_path: Path, demo_records: list[ExportRecord], images: Any,
                         mode: str) -> None:
    out = tmp_path / f"yolo-{mode}"
    manifest = export_records(demo_records, "yolo", out, images=images,
                              options={"yolo_task": mode}).manifest
    back = imported(read_import("yolo", out))
    losses = {loss["code"]: loss for loss in manifest["lossy"]}
    for record in of_kinds(demo_records, TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS):
        got = back[record.task.id]
        if mode == "detect" and record.kind == "polygons":
            assert record.submission_id in losses["polygon_to_box"]["submissions"]
            bounds = [parse_annotation(record.final).polygons[i] for i in range(  # type: ignore[union-attr]
                len(record.final["polygons"]))]
            want = sorted((p.label, (min(x for x, _ in p.points), min(y for _, y in p.points)))
                          for p in bounds)
            assert got is not None
            assert sorted((b["label"], (b["x"], b["y"])) for b in got["boxes"]) == want
        else:
            assert close(shape_set(got), shape_set(record.final)), record.task.id
    if mode == "segment":
        assert "polygon_to_box" not in losses


def test_voc_round_trip(tmp_path: Path, demo_records: list[ExportRecord], images: Any) -> None:
    out = tmp_path / "voc"
    manifest = export_records(demo_records, "voc", out, images=images).manifest
    back = imported(read_import("voc", out))
    for record in of_kinds(demo_records, TaskKind.BOUNDING_BOXES):
        assert back[record.task.id] == norm(record.final)
    polygons = of_kinds(demo_records, TaskKind.POLYGONS)
    loss = next(x for x in manifest["lossy"] if x["code"] == "polygon_to_box")
    assert set(loss["submissions"]) == {r.submission_id for r in polygons}


def test_labelme_round_trip(tmp_path: Path, demo_records: list[ExportRecord],
                            images: Any) -> None:
    out = tmp_path / "labelme"
    export_records(demo_records, "labelme", out, images=images)
    shapes = imported(read_import("labelme", out / "images"))
    for record in of_kinds(demo_records, TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS):
        assert shapes[record.task.id] == norm(record.final), record.task.id
    data = json.loads((out / "images" / "img-cls-001.json").read_text())
    assert data["imagePath"] == "img-cls-001.jpg"
    assert [k for k, v in data["flags"].items() if v] == list(
        by_task(demo_records)["img-cls-001"].final["labels"])


def test_labelme_flags_round_trip(tmp_path: Path, demo_records: list[ExportRecord],
                                  images: Any) -> None:
    classified = of_kinds(demo_records, TaskKind.IMAGE_CLASSIFICATION)
    out = tmp_path / "labelme-cls"
    export_records(classified, "labelme", out, images=images)
    back = read_import("labelme", out / "images")
    got = imported(back)
    for record in classified:
        assert got[record.task.id] == norm(record.final)
    assert all(t.kind is TaskKind.IMAGE_CLASSIFICATION for t in back.tasks)


def test_jsonl_round_trip(tmp_path: Path, all_records: list[ExportRecord], images: Any) -> None:
    out = tmp_path / "jsonl"
    export_records(all_records, "jsonl", out, images=images)
    back = read_import("jsonl", out / "submissions.jsonl")
    want = by_task(all_records)
    assert len(back.tasks) == len(all_records)
    for task in back.tasks:
        record = want[task.id]
        assert task.predictions[-1].annotation == record.final
        assert task.predictions[-1].model == f"datafi:{record.signer}"
        assert task.model_copy(update={"predictions": ()}) == record.task.model_copy(
            update={"predictions": ()})


def test_conll_round_trip(tmp_path: Path, all_records: list[ExportRecord], images: Any) -> None:
    out = tmp_path / "conll"
    manifest = export_records(all_records, "conll", out, images=images).manifest
    back = read_import("conll", out / "spans.conll")
    want = by_task(all_records)
    losses = {loss["code"]: loss for loss in manifest["lossy"]}
    lossy = set(losses["overlapping_spans"]["submissions"]) | set(
        losses["span_inside_token"]["submissions"])
    checked = 0
    for task in back.tasks:
        record = want[task.id]
        assert task.text == record.task.text
        if record.submission_id in lossy:
            continue
        assert (task.predictions[-1].annotation if task.predictions else
                {"kind": "text_spans", "spans": []}) == norm(record.final), task.id
        checked += 1
    assert checked >= 12
    assert want["nested-spans"].submission_id in losses["overlapping_spans"]["submissions"]


def test_conll_without_sidecar_joins_tokens(tmp_path: Path, all_records: list[ExportRecord],
                                            images: Any) -> None:
    out = tmp_path / "conll"
    export_records(all_records, "conll", out, images=images)
    (out / "spans.documents.jsonl").unlink()
    back = read_import("conll", out / "spans.conll")
    assert [t.id for t in back.tasks][:2] == ["conll-1", "conll-2"]
    first = back.tasks[0]
    spans = first.predictions[0].annotation["spans"] if first.predictions else []
    for span in spans:
        assert first.text[span["start"]:span["end"]].strip() == first.text[
            span["start"]:span["end"]]
