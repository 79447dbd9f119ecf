"""Malformed imports name the file and the item, and import nothing."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.errors import TaskFormatError
from datafi_desktop.core.formats.exporter import export_records
from datafi_desktop.core.formats.importers import import_into_cache, read_import
from datafi_desktop.core.formats.importing import ImportFormatError, ImportOptions
from datafi_desktop.core.formats.records import ExportRecord
from datafi_desktop.core.models import Campaign

BOXES = ("img-boxes-001", "img-boxes-002")


@pytest.fixture
def small(demo_records: list[ExportRecord]) -> list[ExportRecord]:
    return [r for r in demo_records if r.task.id in BOXES]


def exported(tmp_path: Path, records: list[ExportRecord], images: Any, fmt: str) -> Path:
    out = tmp_path / fmt
    export_records(records, fmt, out, images=images)
    return out


def edit_json(path: Path, change: Callable[[Any], None]) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def refused(fmt: str, path: Path, *patterns: str, options: ImportOptions | None = None) -> str:
    with pytest.raises(TaskFormatError) as info:
        read_import(fmt, path, options)
    message = str(info.value)
    for pattern in patterns:
        assert re.search(pattern, message), message
    return message


# --- broken JSON ------------------------------------------------------------------

def test_broken_json_names_file_and_line(tmp_path: Path, small: list[ExportRecord],
                                         images: Any) -> None:
    out = exported(tmp_path, small, images, "coco")
    text = (out / "annotations.json").read_text()
    (out / "annotations.json").write_text(text[: len(text) // 2])
    refused("coco", out / "annotations.json", r"annotations\.json", r"invalid JSON at line \d+")
    ls = exported(tmp_path, small, images, "label-studio") / "label_studio_bounding_boxes.json"
    ls.write_text(ls.read_text().replace('"data"', '"data" "x"', 1))
    refused("label-studio", ls, "label_studio_bounding_boxes.json", "invalid JSON")
    lm = exported(tmp_path, small, images, "labelme") / "images"
    (lm / "img-boxes-002.json").write_text("{\"shapes\": [")
    refused("labelme", lm, r"img-boxes-002\.json", "invalid JSON")
    jsonl = tmp_path / "texts.jsonl"
    jsonl.write_text('{"text": "fine"}\n{"text": "broken\n')
    refused("jsonl", jsonl, r"texts\.jsonl", "line 2")


# --- shapes outside the image ---------------------------------------------------------

def outside(fmt: str, path: Path, *patterns: str) -> None:
    """Beyond the tolerance: refused naming file, shape and point with --on-invalid fail;
    by default the shape is left out, the rest imports, and the report names it."""
    refused(fmt, path, *patterns, "outside the", options=ImportOptions(on_invalid="fail"))
    result = read_import(fmt, path)
    loss = result.losses.by_code["shape_outside_image"]
    assert loss.count == 1 and re.search(patterns[-1], loss.items[0]), loss
    assert "1 shape outside the image skipped" in result.summary()
    clamped = read_import(fmt, path, ImportOptions(on_invalid="clamp"))
    assert clamped.losses.by_code["clamped_beyond_tolerance"].count == 1
    count = sum(len(t.predictions[0].annotation["boxes"]) for t in clamped.tasks
                if t.predictions)
    assert count == sum(len(t.predictions[0].annotation["boxes"]) for t in result.tasks
                        if t.predictions) + 1


def test_boxes_outside_the_image(tmp_path: Path, small: list[ExportRecord],
                                 images: Any) -> None:
    out = exported(tmp_path, small, images, "coco")
    edit_json(out / "annotations.json",
              lambda d: d["annotations"][3].update(bbox=[1000, 700, 50, 90]))
    outside("coco", out / "annotations.json", r"annotations\[3\]")

    yolo = exported(tmp_path, small, images, "yolo")
    label = yolo / "labels" / "img-boxes-002.txt"
    label.write_text(label.read_text() + "0 0.99 0.5 0.1 0.1\n")
    outside("yolo", yolo, r"labels/img-boxes-002\.txt:\d+")

    ls = exported(tmp_path, small, images, "label-studio") / "label_studio_bounding_boxes.json"
    edit_json(ls, lambda d: d[1]["annotations"][0]["result"][0]["value"].update(x=95, width=10))
    outside("label-studio", ls, r"label_studio_bounding_boxes\.json\[1\]", r"result\[0\]")

    lm = exported(tmp_path, small, images, "labelme") / "images"
    edit_json(lm / "img-boxes-001.json",
              lambda d: d["shapes"][2].update(points=[[10, 10], [2000, 40]]))
    outside("labelme", lm, r"img-boxes-001\.json shapes\[2\]")

    voc = exported(tmp_path, small, images, "voc")
    xml = voc / "Annotations" / "img-boxes-001.xml"
    xml.write_text(re.sub(r"<xmax>[^<]+</xmax>", "<xmax>5000</xmax>", xml.read_text(), count=1))
    outside("voc", voc, r"Annotations/img-boxes-001\.xml object\[0\]")


# --- unknown labels -------------------------------------------------------------------

def test_unknown_labels(tmp_path: Path, small: list[ExportRecord], images: Any) -> None:
    yolo = exported(tmp_path, small, images, "yolo")
    label = yolo / "labels" / "img-boxes-001.txt"
    label.write_text("42 0.5 0.5 0.1 0.1\n" + label.read_text())
    refused("yolo", yolo, r"labels/img-boxes-001\.txt:1", "unknown class 42")

    coco = exported(tmp_path, small, images, "coco")
    edit_json(coco / "annotations.json", lambda d: d["annotations"][5].update(category_id=77))
    refused("coco", coco / "annotations.json", r"annotations\[5\]", "unknown category_id 77")

    lm = exported(tmp_path, small, images, "labelme") / "images"
    refused("labelme", lm, r"img-boxes-001\.json shapes\[\d+\]", "unknown label",
            options=ImportOptions(labels=("car",)))

    ls = exported(tmp_path, small, images, "label-studio") / "label_studio_bounding_boxes.json"
    edit_json(ls, lambda d: d[0]["annotations"][0]["result"][1]["value"].update(
        rectanglelabels=["unicorn"]))
    refused("label-studio", ls, r"label_studio_bounding_boxes\.json\[0\]", "unknown label "
            "'unicorn'", options=ImportOptions(labels=("car", "bus", "person", "bicycle",
                                                        "traffic light")))

    jsonl = exported(tmp_path, small, images, "jsonl") / "submissions.jsonl"
    lines = jsonl.read_text().splitlines()
    record = json.loads(lines[1])
    record["annotation"]["boxes"][0]["label"] = "unicorn"
    jsonl.write_text("\n".join([lines[0], json.dumps(record)]) + "\n")
    refused("jsonl", jsonl, r"submissions\.jsonl:2", r"boxes\[0\]\.label", "unknown label")


# --- missing image files --------------------------------------------------------------

def test_missing_image_files(tmp_path: Path, small: list[ExportRecord], images: Any) -> None:
    for fmt, source, pattern in (
        ("coco", "annotations.json", r"annotations\.json.*not found: images\[1\] "
         r"img-boxes-002\.jpg"),
        ("yolo", "", r"labels/img-boxes-002\.txt.*no image"),
        ("labelme", "images", r"img-boxes-002\.json: imagePath.*not found"),
        ("voc", "", r"Annotations/img-boxes-002\.xml.*not found"),
        ("label-studio", "label_studio_bounding_boxes.json",
         r"label_studio_bounding_boxes\.json.*not found: label_studio_bounding_boxes"
         r"\.json\[1\]"),
    ):
        out = exported(tmp_path, small, images, fmt)
        folder = out / ("JPEGImages" if fmt == "voc" else "images")
        (folder / "img-boxes-002.jpg").unlink()
        refused(fmt, out / source, pattern)


# --- nothing partial -------------------------------------------------------------------

def test_a_bad_item_imports_nothing(tmp_path: Path, small: list[ExportRecord],
                                    images: Any) -> None:
    out = exported(tmp_path, small, images, "coco")
    edit_json(out / "annotations.json",
              lambda d: d["annotations"][-1].update(bbox=[0, 0, 5000, 5]))
    with Cache(tmp_path / "cache.sqlite3") as cache:
        with pytest.raises(TaskFormatError, match=r"annotations\[\d+\] \(image img-boxes-00"):
            import_into_cache(cache, Campaign(id="c", name="c"),
                              read_import("coco", out / "annotations.json",
                                          ImportOptions(on_invalid="fail")))
        assert cache.tasks.task_summaries() == [] and cache.tasks.campaigns() == []


def test_existing_task_ids_are_refused_whole(tmp_path: Path, small: list[ExportRecord],
                                             images: Any) -> None:
    out = exported(tmp_path, small, images, "coco")
    result = read_import("coco", out / "annotations.json")
    with Cache(tmp_path / "cache.sqlite3") as cache:
        campaign = Campaign(id="c", name="c")
        assert import_into_cache(cache, campaign, result) == 2
        with pytest.raises(ImportFormatError, match="already in campaign"):
            import_into_cache(cache, campaign, result)
        assert len(cache.tasks.task_summaries()) == 2
        assert all(cache.assets.has(sha) for sha in result.images)
