"""Label Studio tasks → DataFi tasks, with predictions as pre-annotations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from datafi_desktop.core.errors import TaskFormatError
from datafi_desktop.core.formats import label_studio
from datafi_desktop.core.models import TaskKind, parse_annotation


def _image(path: Path, size: tuple[int, int] = (200, 100)) -> Path:
    Image.new("RGB", size, (120, 140, 160)).save(path)
    return path


def test_text_classification_from_choices() -> None:
    (record,) = label_studio.convert([{
        "id": 12, "data": {"text": "Great phone, lousy battery.", "source": "reviews"},
        "predictions": [{"model_version": "bert-v2", "score": 0.87, "result": [
            {"from_name": "sentiment", "to_name": "text", "type": "choices",
             "value": {"choices": ["mixed"]}}]}]}], labels=["positive", "negative", "mixed"])
    task = record.task
    assert (task.id, task.kind) == ("12", TaskKind.TEXT_CLASSIFICATION)
    assert task.config.label_names == ("positive", "negative", "mixed")
    assert task.data["meta"] == {"source": "reviews"}
    (prediction,) = task.predictions
    assert (prediction.model, prediction.score) == ("bert-v2", 0.87)
    assert prediction.annotation == {"kind": "text_classification", "labels": ["mixed"]}
    parse_annotation(prediction.annotation, task)


def test_spans_and_labels_found_in_the_file() -> None:
    (record,) = label_studio.convert([{
        "id": "doc-1", "data": {"text": "Ada Lovelace met Charles Babbage in London."},
        "predictions": [{"result": [
            {"type": "labels", "value": {"start": 0, "end": 12, "text": "Ada Lovelace",
                                         "labels": ["PER"]}},
            {"type": "labels", "value": {"start": 35, "end": 41, "text": "London",
                                         "labels": ["LOC"]}}]}]}])
    assert record.task.kind is TaskKind.TEXT_SPANS
    assert record.task.config.label_names == ("PER", "LOC")
    spans = record.task.predictions[0].annotation["spans"]
    assert spans == [{"start": 0, "end": 12, "label": "PER"},
                     {"start": 35, "end": 41, "label": "LOC"}]


def test_rectangles_in_percent_become_pixels(tmp_path: Path) -> None:
    _image(tmp_path / "street.png", (200, 100))
    images = label_studio.LocalImages(tmp_path)
    (record,) = label_studio.convert([{
        "id": 3, "data": {"image": "/data/local-files/?d=street.png"},
        "predictions": [{"result": [
            {"type": "rectanglelabels", "original_width": 200, "original_height": 100,
             "value": {"x": 10, "y": 20, "width": 25, "height": 50, "rotation": 0,
                       "rectanglelabels": ["car"]}},
            {"type": "rectanglelabels",
             "value": {"x": 90, "y": 90, "width": 20, "height": 20,
                       "rectanglelabels": ["sign"]}}]}]}],
        resolve_image=images)
    task = record.task
    assert task.kind is TaskKind.BOUNDING_BOXES
    assert (task.data["width"], task.data["height"]) == (200, 100)
    assert task.data["image"] in images.found
    boxes = task.predictions[0].annotation["boxes"]
    assert boxes[0] == {"label": "car", "x": 20.0, "y": 20.0, "w": 50.0, "h": 50.0}
    assert boxes[1] == {"label": "sign", "x": 180.0, "y": 90.0, "w": 20.0, "h": 10.0}  # clipped
    parse_annotation(task.predictions[0].annotation, task)


def test_polygons_in_percent(tmp_path: Path) -> None:
    _image(tmp_path / "field.jpg", (400, 200))
    (record,) = label_studio.convert([{
        "data": {"image": "field.jpg"},
        "predictions": [{"result": [{"type": "polygonlabels", "value": {
            "points": [[0, 0], [50, 0], [50, 50]], "polygonlabels": ["crop"]}}]}]}],
        resolve_image=label_studio.LocalImages(tmp_path))
    assert record.task.id == "ls-1"
    polygon = record.task.predictions[0].annotation["polygons"][0]
    assert polygon == {"label": "crop", "points": [[0.0, 0.0], [200.0, 0.0], [200.0, 100.0]]}


def test_kind_and_labels_from_options_when_the_file_does_not_say(tmp_path: Path) -> None:
    _image(tmp_path / "a.png")
    records = label_studio.convert(
        [{"id": 1, "data": {"image": "a.png"}}, {"id": 2, "data": {"image": "a.png"}}],
        kind="image_classification", labels=["cat", "dog"], multi=True,
        resolve_image=label_studio.LocalImages(tmp_path))
    assert [r.task.kind for r in records] == [TaskKind.IMAGE_CLASSIFICATION] * 2
    assert records[0].task.config.multi
    assert records[0].task.data["image"] == records[1].task.data["image"]


@pytest.mark.parametrize(
    ("records", "kwargs", "match"),
    [
        ([{"id": 1, "data": {"text": "no labels anywhere"}}], {}, "--labels"),
        ([{"id": 1, "data": {"image": "https://example.com/x.png"}}],
         {"labels": ["a"]}, "not fetched"),
        ([{"id": 1, "data": {"image": "missing.png"}}], {"labels": ["a"]}, "not found"),
        ([{"id": 1, "data": {"text": "x"}}, {"id": 1, "data": {"text": "y"}}],
         {"labels": ["a"]}, "duplicate task id"),
        ([{"id": 1, "data": {"text": "x"}, "predictions": [{"result": [
            {"type": "choices", "value": {"choices": ["zzz"]}}]}]}],
         {"labels": ["a"]}, "unknown label"),
        ([{"id": 1, "data": {"audio": "x.wav"}}], {"labels": ["a"]}, "--kind"),
        ([{"id": 1, "text": "no data"}], {}, "'data'"),
    ],
)
def test_bad_files_name_the_task(tmp_path: Path, records: list[object],
                                 kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(TaskFormatError, match=match) as info:
        label_studio.convert(records, resolve_image=label_studio.LocalImages(tmp_path),
                             **kwargs)  # type: ignore[arg-type]
    assert "label-studio[" in str(info.value)


def test_the_hub_imports_a_label_studio_file(tmp_path: Path) -> None:
    from datafi_desktop.hub.cli.main import main
    from datafi_desktop.hub.db.tables import make_engine

    _image(tmp_path / "a.png", (64, 48))
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([
        {"id": 1, "data": {"image": "a.png"}, "predictions": [{"result": [
            {"type": "rectanglelabels", "value": {"x": 0, "y": 0, "width": 50, "height": 50,
                                                  "rectanglelabels": ["car"]}}]}]},
    ]))
    data = tmp_path / "hub"
    assert main(["--data-dir", str(data), "campaign", "create", str(path), "--id", "ls",
                 "--labels", "car,bus"]) == 0
    engine = make_engine(f"sqlite:///{data / 'hub.sqlite3'}")
    with engine.connect() as conn:
        (body,) = conn.exec_driver_sql("SELECT body FROM tasks").scalars().all()
    engine.dispose()
    task = json.loads(body)
    assert task["config"]["labels"][1]["name"] == "bus"
    assert (data / "assets" / task["data"]["image"][:2] / task["data"]["image"]).is_file()
