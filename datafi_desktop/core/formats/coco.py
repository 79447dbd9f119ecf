"""COCO object detection / instance segmentation (``annotations.json`` + ``images/``).

Boxes become annotations with ``bbox`` ``[x, y, w, h]`` (pixels, top-left
origin), ``area = w × h`` and an empty ``segmentation``; polygons become
``segmentation: [[x1, y1, x2, y2, ...], ...]`` (one list per part of the object)
with their bounding ``bbox`` and the polygons' own (shoelace) area, except that
an object left unchanged since a COCO import keeps the ``bbox`` and ``area`` it
came with. ``file_name`` is relative to ``images/``. Category ids count from 1
in the order labels first appear. The reader is :mod:`.coco_import`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

from ..models import TaskKind
from .origin import original_objects, source_of
from .plan import ExportPlan, select, task_key
from .records import ExportRecord
from .shapes import shapes_of

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
        origin = original_objects(record)
        from_coco = source_of(record).get("format") == "coco"
        for shape in shapes_of(record.final):
            x, y, w, h = shape.bounds
            bbox: list[float] = [x, y, w, h]
            area = shape.area
            original = origin.get(shape.key(), {})
            if isinstance(original.get("bbox"), list) and isinstance(original.get("area"),
                                                                     int | float):
                bbox, area = original["bbox"], original["area"]
            elif from_coco:
                plan.lose("recomputed_bbox_area", "objects new or changed since the COCO import "
                          "(or fitted to the image): bbox and area computed from the shape",
                          record)
            annotations.append({
                "id": len(annotations) + 1, "image_id": image_id,
                "category_id": categories[shape.label],
                "bbox": bbox, "area": area, "iscrowd": 0,
                "segmentation": [] if shape.is_box else shape.flat_rings(),
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
