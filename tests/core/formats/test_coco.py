"""COCO output checked by pycocotools: it loads, and counts, boxes and areas match."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import pytest

from datafi_desktop.core.formats.exporter import export_records
from datafi_desktop.core.formats.records import ExportRecord
from datafi_desktop.core.models import TaskKind

pytest.importorskip("pycocotools")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
from pycocotools import mask as mask_utils  # noqa: E402
from pycocotools.coco import COCO  # noqa: E402


def shoelace(points: list[list[float]]) -> float:
    total = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def test_coco_loads_in_pycocotools(tmp_path: Path, demo_records: list[ExportRecord],
                                   images: Any) -> None:
    out = tmp_path / "coco"
    manifest = export_records(demo_records, "coco", out, images=images).manifest
    with contextlib.redirect_stdout(io.StringIO()):
        coco = COCO(str(out / "annotations.json"))
    kept = [r for r in demo_records if r.kind in ("bounding_boxes", "polygons")]
    assert len(coco.getImgIds()) == len(kept)
    shapes = sum(len(r.final.get("boxes") or r.final.get("polygons") or []) for r in kept)
    assert len(coco.getAnnIds()) == shapes == manifest["counts"]["shapes"]
    names = {c["name"] for c in coco.loadCats(coco.getCatIds())}
    assert names == set(manifest["labels"])
    by_file = {img["file_name"]: img for img in coco.loadImgs(coco.getImgIds())}
    for record in kept:
        img = by_file[f"{record.task.id}.jpg"]
        assert (img["width"], img["height"]) == record.task.image_size
        assert (out / "images" / img["file_name"]).is_file()
        anns = coco.loadAnns(coco.getAnnIds(imgIds=[img["id"]]))
        cats = {c["id"]: c["name"] for c in coco.loadCats(coco.getCatIds())}
        if record.kind == TaskKind.BOUNDING_BOXES.value:
            want = sorted((b["label"], b["x"], b["y"], b["w"], b["h"], b["w"] * b["h"])
                          for b in record.final["boxes"])
            got = sorted((cats[a["category_id"]], *a["bbox"], a["area"]) for a in anns)
            assert [g[:5] for g in got] == [w[:5] for w in want]
            assert all(abs(g[5] - w[5]) < 1e-3 for g, w in zip(got, want, strict=True))
        else:
            for ann, poly in zip(anns, record.final["polygons"], strict=True):
                assert ann["area"] == pytest.approx(shoelace(poly["points"]), abs=1e-3)
                xs = [p[0] for p in poly["points"]]
                ys = [p[1] for p in poly["points"]]
                assert ann["bbox"] == pytest.approx([min(xs), min(ys), max(xs) - min(xs),
                                                     max(ys) - min(ys)], abs=1e-3)
                # pycocotools rasterizes the polygon: its mask area is close to ours
                rle = mask_utils.merge(mask_utils.frPyObjects(
                    ann["segmentation"], img["height"], img["width"]))
                assert mask_utils.area(rle) == pytest.approx(ann["area"], rel=0.1, abs=30)
                assert coco.annToMask(ann).sum() == mask_utils.area(rle)
