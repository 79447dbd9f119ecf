"""COCO object detection / instance segmentation (``annotations.json`` + ``images/``).

Boxes become annotations with ``bbox`` ``[x, y, w, h]`` (pixels, top-left
origin), ``area = w × h`` and an empty ``segmentation``; polygons become
``segmentation: [[x1, y1, x2, y2, ...]]`` with their bounding ``bbox`` and the
polygon's own (shoelace) area. ``file_name`` is relative to ``images/``.
Category ids count from 1 in the order labels first appear.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from ..models import TaskKind
from ..taskfile import TaskRecord
from .imagefiles import ImageFiles
from .importing import (
    ImportOptions,
    ImportResult,
    fail,
    finish,
    image_kind,
    image_task,
    labels_or,
    read_json,
    shapes_annotation,
    task_id_for,
)
from .plan import ExportPlan, select, task_key
from .records import ExportRecord
from .shapes import box_dict, polygon_dict, shapes_of, snap_box, snap_point

COCO_FILE = "annotations.json"
KINDS = (TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS)


def export_coco(records: Sequence[ExportRecord], image_paths: dict[str, str],
                options: dict[str, object]) -> ExportPlan:
    plan = ExportPlan("coco", dict(options))
    kept = select(plan, records, KINDS, image_paths)
    categories = {name: i for i, name in enumerate(plan.labels, start=1)}
    images: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    for image_id, record in enumerate(kept, start=1):
        width, height = record.task.image_size or (0, 0)
        images.append({
            "id": image_id, "file_name": PurePosixPath(image_paths[task_key(record)]).name,
            "width": width, "height": height,
            "datafi": {"campaign": record.campaign_id, "task": record.task.id,
                       "submission": record.submission_id},
        })
        for shape in shapes_of(record.final):
            x, y, w, h = shape.bounds
            annotations.append({
                "id": len(annotations) + 1, "image_id": image_id,
                "category_id": categories[shape.label],
                "bbox": [x, y, w, h], "area": shape.area, "iscrowd": 0,
                "segmentation": [] if shape.is_box else [shape.flat()],
            })
            plan.shapes += 1
        plan.item(record)["files"].append(COCO_FILE)
    newest = max((r.created_at for r in kept), default=0)
    stamp = datetime.fromtimestamp(newest / 1000, tz=UTC)
    plan.add_json(COCO_FILE, {
        "info": {"description": "DataFi export", "version": "1.0", "year": stamp.year,
                 "date_created": stamp.isoformat(timespec="seconds")},
        "licenses": [],
        "images": images,
        "annotations": annotations,
        "categories": [{"id": i, "name": n, "supercategory": ""} for n, i in categories.items()],
    })
    return plan


def read_coco(path: Path, options: ImportOptions) -> ImportResult:
    """A COCO instances file → image tasks with the annotations as pre-annotations."""
    data = read_json(path)
    if not isinstance(data, dict) or not all(isinstance(data.get(k), list)
                                             for k in ("images", "annotations", "categories")):
        raise fail("not a COCO file: needs images, annotations and categories lists",
                   str(path))
    folder = options.images_dir or (path.parent / "images" if (path.parent / "images").is_dir()
                                    else path.parent)
    categories: dict[int, str] = {}
    for i, cat in enumerate(data["categories"]):
        if not isinstance(cat, dict) or not isinstance(cat.get("id"), int) or not isinstance(
                cat.get("name"), str):
            raise fail("a category needs an integer id and a name",
                       f"{path.name} categories[{i}]")
        categories[cat["id"]] = cat["name"]
    by_image: dict[int, list[tuple[int, dict[str, Any]]]] = {}
    image_ids = {img.get("id") for img in data["images"] if isinstance(img, dict)}
    for i, ann in enumerate(data["annotations"]):
        where = f"{path.name} annotations[{i}]"
        if not isinstance(ann, dict) or ann.get("image_id") not in image_ids:
            raise fail(f"image_id {ann.get('image_id') if isinstance(ann, dict) else None!r} "
                       "is not among the images", where)
        if ann.get("category_id") not in categories:
            raise fail(f"unknown category_id {ann.get('category_id')!r}", where)
        by_image.setdefault(ann["image_id"], []).append((i, ann))
    labels = labels_or(options, list(categories.values()))
    files = ImageFiles(folder)
    records: list[TaskRecord] = []
    warnings: list[str] = []
    for i, img in enumerate(data["images"]):
        where = f"{path.name} images[{i}]"
        if not isinstance(img, dict) or not isinstance(img.get("file_name"), str):
            raise fail("an image needs a file_name", where)
        where = f"{where} ({img['file_name']})"
        ref = files.ref(folder / img["file_name"], where)
        if (img.get("width"), img.get("height")) != (ref.width, ref.height):
            raise fail(f"the file is {ref.width}×{ref.height}, the entry says "
                       f"{img.get('width')}×{img.get('height')}", where)
        boxes, polygons = [], []
        kind = image_kind(options, any(isinstance(a.get("segmentation"), list) and
                                       a["segmentation"] for _, a in by_image.get(img["id"], [])))
        for j, ann in by_image.get(img["id"], []):
            label = categories[ann["category_id"]]
            seg = ann.get("segmentation")
            if isinstance(seg, dict) or ann.get("iscrowd"):
                warnings.append(f"{path.name} annotations[{j}]: RLE mask skipped")
                continue
            if kind is TaskKind.POLYGONS and isinstance(seg, list) and seg:
                for part in seg:
                    if not isinstance(part, list) or len(part) < 6 or len(part) % 2:
                        raise fail("a polygon is a flat list of at least 3 x, y pairs",
                                   f"{path.name} annotations[{j}]", "segmentation")
                    polygons.append(polygon_dict(label, [snap_point(
                        float(part[k]), float(part[k + 1]), ref.width, ref.height)
                        for k in range(0, len(part), 2)]))
                continue
            bbox = ann.get("bbox")
            if not isinstance(bbox, list) or len(bbox) != 4:
                raise fail("bbox must be [x, y, width, height]",
                           f"{path.name} annotations[{j}]", "bbox")
            try:
                x, y, w, h = (float(v) for v in bbox)
            except (TypeError, ValueError, OverflowError):
                raise fail("bbox values must be numbers", f"{path.name} annotations[{j}]",
                           "bbox") from None
            boxes.append(box_dict(label, *snap_box(x, y, w, h, ref.width, ref.height)))
        meta = img.get("datafi")
        task_id = meta.get("task") if isinstance(meta, dict) else None
        task_id = task_id_for(str(task_id or PurePosixPath(img["file_name"]).stem), f"coco-{i}")
        predictions = [shapes_annotation(kind, boxes, polygons)] if boxes or polygons else []
        records.append(image_task(task_id, kind, ref, labels, where,
                                  filename=img["file_name"], predictions=predictions,
                                  model=options.model))
    return finish("coco", records, files.found, warnings)
