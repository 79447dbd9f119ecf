"""YOLO files follow the documented line format, and Label Studio's converter reads
our detection export back to the same boxes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from datafi_desktop.core.formats.exporter import export_records
from datafi_desktop.core.formats.records import ExportRecord

NUMBER = r"(?:0|1|0\.\d{1,6}|1\.0*)"
DETECT = re.compile(rf"^\d+ {NUMBER} {NUMBER} {NUMBER} {NUMBER}$")
SEGMENT = re.compile(rf"^\d+(?: {NUMBER} {NUMBER}){{3,}}$")


@pytest.mark.parametrize("mode", ["detect", "segment"])
def test_yolo_line_format(tmp_path: Path, demo_records: list[ExportRecord], images: Any,
                          mode: str) -> None:
    out = tmp_path / mode
    export_records(demo_records, "yolo", out, images=images, options={"yolo_task": mode})
    classes = (out / "classes.txt").read_text().splitlines()
    pattern = DETECT if mode == "detect" else SEGMENT
    labels = sorted((out / "labels").glob("*.txt"))
    assert len(labels) == len(list((out / "images").iterdir())) == 22
    for path in labels:
        assert (out / "images" / f"{path.stem}.jpg").is_file()
        for line in path.read_text().splitlines():
            assert pattern.match(line), (path.name, line)
            assert int(line.split()[0]) < len(classes)
    yaml_text = (out / "data.yaml").read_text()
    assert "train: images" in yaml_text and f"nc: {len(classes)}" in yaml_text
    yaml = pytest.importorskip("yaml")
    names = yaml.safe_load(yaml_text)["names"]
    assert [names[i] for i in sorted(names)] == classes


def test_detection_values(tmp_path: Path, demo_records: list[ExportRecord], images: Any) -> None:
    out = tmp_path / "detect"
    export_records(demo_records, "yolo", out, images=images, options={"yolo_task": "detect"})
    classes = (out / "classes.txt").read_text().splitlines()
    record = next(r for r in demo_records if r.task.id == "img-boxes-001")
    width, height = record.task.image_size or (0, 0)
    box = record.final["boxes"][0]
    line = (out / "labels" / "img-boxes-001.txt").read_text().splitlines()[0].split()
    assert classes[int(line[0])] == box["label"]
    cx, cy, w, h = map(float, line[1:])
    assert cx == pytest.approx((box["x"] + box["w"] / 2) / width, abs=1e-6)
    assert cy == pytest.approx((box["y"] + box["h"] / 2) / height, abs=1e-6)
    assert w == pytest.approx(box["w"] / width, abs=1e-6)
    assert h == pytest.approx(box["h"] / height, abs=1e-6)


def test_label_studio_converter_reads_yolo(tmp_path: Path, demo_records: list[ExportRecord],
                                           images: Any) -> None:
    yolo_import = pytest.importorskip("label_studio_converter.imports.yolo")
    out = tmp_path / "detect"
    boxes_only = [r for r in demo_records if r.kind == "bounding_boxes"]
    export_records(boxes_only, "yolo", out, images=images, options={"yolo_task": "detect"})
    target = tmp_path / "ls.json"
    yolo_import.convert_yolo_to_ls(str(out), str(target))
    tasks = json.loads(target.read_text())
    assert len(tasks) == len(boxes_only)
    want = {r.task.id: r for r in boxes_only}
    for task in tasks:
        stem = Path(task["data"]["image"]).stem
        record = want[stem]
        width, height = record.task.image_size or (0, 0)
        # percentages: the converter reads the raw pixel size and ignores EXIF orientation
        # (two demo photos are rotated), so pixels would differ but fractions agree
        got = sorted((r["value"]["rectanglelabels"][0], r["value"]["x"] * width / 100,
                      r["value"]["y"] * height / 100) for r in task["annotations"][0]["result"])
        expected = sorted((b["label"], b["x"], b["y"]) for b in record.final["boxes"])
        assert [g[0] for g in got] == [e[0] for e in expected]
        assert all(abs(g[1] - e[1]) <= 0.011 and abs(g[2] - e[2]) <= 0.011
                   for g, e in zip(got, expected, strict=True))


def test_classes_from_data_yaml(tmp_path: Path, demo_records: list[ExportRecord],
                                images: Any) -> None:
    pytest.importorskip("yaml")
    from datafi_desktop.core.formats.importers import read_import

    out = tmp_path / "yolo"
    boxes = [r for r in demo_records if r.kind == "bounding_boxes"]
    export_records(boxes, "yolo", out, images=images, options={"yolo_task": "detect"})
    (out / "classes.txt").unlink()
    back = {t.id: t for t in read_import("yolo", out).tasks}
    for record in boxes:
        task = back[record.task.id]
        # which items came from a model is the signer's record, not part of a YOLO label
        labels = {k: v for k, v in record.final.items() if k != "from_prediction"}
        assert task.predictions[0].annotation == labels
