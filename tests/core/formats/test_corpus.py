"""Real files from labelme's and Label Studio's own example data (``corpus/SOURCES.md``):
imported, signed as they are, exported, and compared with the original files. The
comparisons allow exactly the differences docs/formats.md lists under "Round trip of
real files"; anything else fails."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pycocotools.coco import COCO

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.formats.exporter import ExportResult, export_records
from datafi_desktop.core.formats.importers import import_into_cache, read_import
from datafi_desktop.core.formats.importing import ImportOptions, ImportResult
from datafi_desktop.core.formats.sources import cache_records
from datafi_desktop.core.formats.verify import verify_export
from datafi_desktop.core.models import Campaign, parse_annotation, to_json
from tests.conftest import KeySigner

CORPUS = Path(__file__).parent / "corpus"
JPEGS = CORPUS / "voc2011" / "JPEGImages"
ROUNDING = 0.005 + 1e-9  # coordinates are kept to 1/100 px


class Signed:
    """An import stored in a real cache, each task's pre-annotation signed and accepted."""

    def __init__(self, cache: Cache, result: ImportResult, edit: Any = None) -> None:
        self.cache = cache
        self.result = result
        import_into_cache(cache, Campaign(id="corpus", name="Corpus"), result)
        signer = KeySigner("alice")
        for n, summary in enumerate(cache.tasks.task_summaries()):
            task = cache.tasks.get_task(summary.uid).task
            if not task.predictions:
                continue
            body = to_json(parse_annotation(task.predictions[0].annotation, task))
            if edit is not None:
                body = edit(task, body)
            sub = cache.submissions.submit(summary.uid, body, signer,
                                           created_at_ms=1_760_000_000_000 + n)
            cache.submissions.set_status(sub.id, "accepted")

    def export(self, fmt: str, out: Path, **options: Any) -> ExportResult:
        return export_records(cache_records(self.cache), fmt, out, images=self.cache.assets.path,
                              options=options)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with Cache(tmp_path / "cache.sqlite3") as opened:
        yield opened


def losses(result: ExportResult) -> dict[str, int]:
    return {loss["code"]: loss["count"] for loss in result.manifest["lossy"]}


def near(a: float, b: float, tol: float = ROUNDING) -> bool:
    return abs(float(a) - float(b)) <= tol


# --- COCO (labelme's labelme2coco output) ----------------------------------------------

def coco_import() -> ImportResult:
    return read_import("coco", CORPUS / "coco" / "annotations.json",
                       ImportOptions(images_dir=JPEGS))


def test_coco_multi_polygon_objects_stay_whole(tmp_path: Path, cache: Cache) -> None:
    """12 annotations in, 12 out (not 16); original bbox and area kept unless the shape
    changed (one point clamped onto the edge: that object is recomputed and listed)."""
    original = json.loads((CORPUS / "coco" / "annotations.json").read_text())
    result = coco_import()
    objects = [p for t in result.tasks for p in t.predictions[0].annotation["polygons"]]
    assert len(objects) == 12
    assert sorted(len(p.get("parts", [])) for p in objects)[-2:] == [1, 3]
    out = Signed(cache, result).export("coco", tmp_path / "coco")
    assert losses(out) == {"recomputed_bbox_area": 1}
    written = json.loads((out.folder / "annotations.json").read_text())
    assert len(written["annotations"]) == 12
    by_name = {Path(i["file_name"]).stem: i["id"] for i in original["images"]}
    names = {i["id"]: i["file_name"] for i in written["images"]}
    new_cats = {c["id"]: c["name"] for c in written["categories"]}
    old_cats = {c["id"]: c["name"] for c in original["categories"]}
    exported = {}
    for ann in written["annotations"]:
        image = by_name[Path(names[ann["image_id"]]).stem]
        exported.setdefault(image, []).append(ann)
    recomputed = 0
    for image_id, anns in exported.items():
        before = [a for a in original["annotations"] if a["image_id"] == image_id]
        assert len(anns) == len(before)
        for old, new in zip(before, anns, strict=True):
            assert new_cats[new["category_id"]] == old_cats[old["category_id"]]
            assert len(new["segmentation"]) == len(old["segmentation"])
            clamped = False
            for ring_new, ring_old in zip(new["segmentation"], old["segmentation"], strict=True):
                assert len(ring_new) == len(ring_old)
                for a, b in zip(ring_new, ring_old, strict=True):
                    if not near(a, b):
                        assert b > 375 and a == 375, (a, b)  # the one clamped point
                        clamped = True
            if clamped:
                recomputed += 1
                assert new["bbox"] != old["bbox"] and new["area"] != old["area"]
            else:
                assert (new["bbox"], new["area"]) == (old["bbox"], old["area"])
    assert recomputed == 1
    coco = COCO(str(out.folder / "annotations.json"))  # pycocotools reads it
    assert len(coco.getAnnIds()) == 12
    report = verify_export(out.folder)  # the rebuild from the signed records agrees
    assert report.ok, report.problems


def test_coco_changed_shape_gets_bbox_and_area_recomputed(tmp_path: Path, cache: Cache) -> None:
    def move_first(task: Any, body: dict[str, Any]) -> dict[str, Any]:
        if task.id == "2011_000003":
            body["polygons"][0]["points"] = [[x + 1, y] for x, y in
                                             body["polygons"][0]["points"]]
        return body

    out = Signed(cache, coco_import(), move_first).export("coco", tmp_path / "coco")
    assert losses(out) == {"recomputed_bbox_area": 2}
    written = json.loads((out.folder / "annotations.json").read_text())
    first = written["annotations"][0]
    xs, ys = first["segmentation"][0][0::2], first["segmentation"][0][1::2]
    assert first["bbox"] == [min(xs), min(ys), round(max(xs) - min(xs), 4),
                             round(max(ys) - min(ys), 4)]
    assert first["bbox"] != [191.0, 107.0, 123.0, 221.0] and first["area"] != 15689.0


def test_multi_part_objects_in_formats_without_them(tmp_path: Path, cache: Cache) -> None:
    signed = Signed(cache, coco_import())
    ls = signed.export("label-studio", tmp_path / "ls")
    assert losses(ls)["split_objects"] == 4  # 1 + 3 further parts, each its own region
    segment = signed.export("yolo", tmp_path / "yolo", yolo_task="segment")
    assert losses(segment) == {"split_objects": 4}
    assert sum(len(p.read_text().splitlines()) for p in
               (segment.folder / "labels").glob("*.txt")) == 16
    detect = signed.export("yolo", tmp_path / "detect", yolo_task="detect")
    assert losses(detect) == {"polygon_to_box": 12}
    assert sum(len(p.read_text().splitlines()) for p in
               (detect.folder / "labels").glob("*.txt")) == 12
    labelme = signed.export("labelme", tmp_path / "labelme")
    assert losses(labelme) == {"group_id_assigned": 2}
    sofa = json.loads((labelme.folder / "images" / "2011_000006.json").read_text())
    groups = [s["group_id"] for s in sofa["shapes"] if s["label"] == "sofa"]
    assert len(groups) == 4 and len(set(groups)) == 1 and groups[0] is not None


# --- labelme ---------------------------------------------------------------------------

def labelme_import() -> ImportResult:
    return read_import("labelme", CORPUS / "labelme", ImportOptions(images_dir=JPEGS))


SKIPPED_TYPES = {"circle", "line", "point", "linestrip", "mask"}


def test_labelme_round_trip(tmp_path: Path, cache: Cache) -> None:
    result = labelme_import()
    assert set(result.losses.by_code) == {"clamped_points", "merged_group_shapes"} | {
        f"skipped_{t}_shapes" for t in SKIPPED_TYPES}
    assert result.losses.by_code["merged_group_shapes"].count == 3  # the sofa: 4 parts
    out = Signed(cache, result).export("labelme", tmp_path / "labelme")
    assert losses(out) == {}
    report = verify_export(out.folder)
    assert report.ok, report.problems
    for stem in ("2011_000006", "apc2016_obj3", "primitives"):
        old = json.loads((CORPUS / "labelme" / f"{stem}.json").read_text())
        new = json.loads((out.folder / "images" / f"{stem}.json").read_text())
        assert new["imageData"] is None and (out.folder / "images" / new["imagePath"]).is_file()
        assert (new["imageWidth"], new["imageHeight"]) == (old["imageWidth"],
                                                           old["imageHeight"])
        assert new["flags"] == (old.get("flags") or {})
        kept = [s for s in old["shapes"] if (s.get("shape_type") or "polygon")
                not in SKIPPED_TYPES]
        assert len(new["shapes"]) == len(kept)
        for a, b in zip(new["shapes"], kept, strict=True):
            assert (a["label"], a["shape_type"], a["group_id"], a["flags"]) == (
                b["label"], b.get("shape_type") or "polygon", b.get("group_id"),
                b.get("flags") or {})
            points = b["points"]
            if b["shape_type"] == "rectangle":  # corners written top-left, bottom-right
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                points = [[min(xs), min(ys)], [max(xs), max(ys)]]
            assert len(a["points"]) == len(points)
            for (x1, y1), (x2, y2) in zip(a["points"], points, strict=True):
                clamped = y2 > new["imageHeight"] and y1 == new["imageHeight"]
                assert near(x1, x2) and (near(y1, y2) or clamped), (stem, a["label"])
    # and the export imports back to the same annotations (nothing clamped twice)
    again = read_import("labelme", out.folder / "images")
    assert set(again.losses.by_code) == {"merged_group_shapes"}
    first = {t.id: t.predictions[0].annotation for t in result.tasks}
    assert {t.id: t.predictions[0].annotation for t in again.tasks} == first


# --- Label Studio ------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["upload", "polygons"])
def test_label_studio_round_trip(tmp_path: Path, cache: Cache, name: str) -> None:
    source = CORPUS / "label_studio" / f"{name}.json"
    result = read_import("label-studio", source,
                         ImportOptions(images_dir=CORPUS / "label_studio" / "images"))
    out = Signed(cache, result).export("label-studio", tmp_path / "ls")
    assert losses(out) == {}
    (written,) = out.folder.glob("label_studio_*.json")
    old = json.loads(source.read_text())[0]["annotations"][0]["result"]
    new = json.loads(written.read_text())[0]["annotations"][0]["result"]
    assert len(new) == len(old)
    width = old[0]["original_width"]
    for a, b in zip(new, old, strict=True):
        assert (a["type"], a["value"]["polygonlabels"]) == (b["type"], b["value"]["polygonlabels"])
        assert (a["original_width"], a["original_height"]) == (b["original_width"],
                                                               b["original_height"])
        for p, q in zip(a["value"]["points"], b["value"]["points"], strict=True):
            assert near(p[0], q[0], ROUNDING * 100 / width) and near(
                p[1], q[1], ROUNDING * 100 / b["original_height"])
    back = read_import("label-studio", written, ImportOptions(images_dir=out.folder))
    assert [t.predictions[0].annotation for t in back.tasks] == [
        to_json(parse_annotation(t.predictions[0].annotation)) for t in result.tasks]


# --- YOLO and VOC ------------------------------------------------------------------------

def test_yolo_round_trip(tmp_path: Path, cache: Cache) -> None:
    """Label Studio's converter test dataset: the same classes and normalized boxes."""
    out = Signed(cache, read_import("yolo", CORPUS / "yolo")).export("yolo", tmp_path / "y")
    assert losses(out) == {}
    assert (out.folder / "classes.txt").read_text() == (CORPUS / "yolo" / "classes.txt"
                                                        ).read_text()
    old = [line.split() for line in (CORPUS / "yolo" / "labels" / "img_1.txt").read_text()
           .splitlines()]
    new = [line.split() for line in (out.folder / "labels" / "img_1.txt").read_text()
           .splitlines()]
    width, height = 640, 329
    assert [r[0] for r in new] == [r[0] for r in old]
    for a, b in zip(new, old, strict=True):
        for i, (x, y) in enumerate(zip(a[1:], b[1:], strict=True)):
            size = width if i % 2 == 0 else height
            assert near(float(x), float(y), 2 * ROUNDING / size), (x, y)


def test_voc_round_trip_and_voc_to_yolo(tmp_path: Path, cache: Cache) -> None:
    signed = Signed(cache, read_import("voc", CORPUS / "voc2011"))
    out = signed.export("voc", tmp_path / "voc")
    assert losses(out) == {}
    for old_path in sorted((CORPUS / "voc2011" / "Annotations").glob("*.xml")):
        old, new = ET.parse(old_path).getroot(), ET.parse(
            out.folder / "Annotations" / old_path.name).getroot()
        assert new.findtext("size/width") == old.findtext("size/width")
        assert new.findtext("size/height") == old.findtext("size/height")
        boxes = [[o.findtext("name")] + [float(o.findtext(f"bndbox/{k}") or "nan")
                                         for k in ("xmin", "ymin", "xmax", "ymax")]
                 for o in old.findall("object")]
        back = [[o.findtext("name")] + [float(o.findtext(f"bndbox/{k}") or "nan")
                                        for k in ("xmin", "ymin", "xmax", "ymax")]
                for o in new.findall("object")]
        assert [b[0] for b in back] == [b[0] for b in boxes], old_path.name
        assert all(near(x, y) for a, b in zip(back, boxes, strict=True)
                   for x, y in zip(a[1:], b[1:], strict=True)), old_path.name
    yolo = signed.export("yolo", tmp_path / "yolo")
    again = read_import("yolo", yolo.folder)
    assert {t.id: t.predictions[0].annotation["boxes"] for t in again.tasks} == {
        t.id: to_json(parse_annotation(t.predictions[0].annotation))["boxes"]
        for t in signed.result.tasks}


# --- CoNLL ---------------------------------------------------------------------------

def conll_rows(text: str) -> list[tuple[str, str]]:
    return [(line.split()[0], line.split()[-1]) for line in text.splitlines()
            if line.strip() and not line.startswith("-DOCSTART-")]


def test_conll_matches_label_studio_converter(tmp_path: Path, cache: Cache) -> None:
    """Label Studio's converter wrote result.conll from ner_tasks.json: our export of the
    same tasks has the same tokens and tags, and importing its file gives them back."""
    expected = conll_rows((CORPUS / "conll" / "result.conll").read_text())
    ls = read_import("label-studio", CORPUS / "conll" / "ner_tasks.json")
    out = Signed(cache, ls).export("conll", tmp_path / "conll")
    assert losses(out) == {}
    written = (out.folder / "spans.conll").read_text()
    assert conll_rows(written) == expected
    assert written.count("-DOCSTART-") == 3
    back = read_import("conll", CORPUS / "conll" / "result.conll")
    (task,) = back.tasks  # one -DOCSTART-: one document of three sentences
    spans = task.predictions[0].annotation["spans"]
    assert [task.text[s["start"]:s["end"]] for s in spans] == ["break", "tab", "Jane Smith"]
    with Cache(tmp_path / "second.sqlite3") as other:
        again = Signed(other, back).export("conll", tmp_path / "again")
        assert conll_rows((again.folder / "spans.conll").read_text()) == expected


def test_corpus_is_small_and_recorded() -> None:
    files = [p for p in CORPUS.rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 600_000
    sources = (CORPUS / "SOURCES.md").read_text()
    for path in files:
        rel = path.relative_to(CORPUS).as_posix()
        if rel in ("SOURCES.md",):
            continue
        folder = rel.split("/")[0]
        assert re.search(rf"`{re.escape(folder)}/", sources), rel


def test_voc_difficult_and_truncated_come_back(tmp_path: Path, cache: Cache) -> None:
    import shutil

    folder = tmp_path / "voc"
    shutil.copytree(CORPUS / "voc2011", folder)
    xml = folder / "Annotations" / "2011_000006.xml"
    xml.write_text(xml.read_text().replace("<difficult/>", "<difficult>1</difficult>", 1)
                   .replace("<truncated/>", "<truncated>1</truncated>", 1))
    out = Signed(cache, read_import("voc", folder)).export("voc", tmp_path / "out")
    objects = ET.parse(out.folder / "Annotations" / "2011_000006.xml").getroot().findall(
        "object")
    assert [(o.findtext("difficult"), o.findtext("truncated")) for o in objects][:2] == [
        ("1", "1"), ("0", "0")]
    assert objects[0].findtext("pose") == "Unspecified"
