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

from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import PurePosixPath

from ..models import TaskKind
from .jsonstream import JsonList, entry
from .origin import original_objects, source_of
from .plan import ExportPlan, FormatWriter, select, task_key
from .records import ExportRecord
from .shapes import shapes_of

COCO_FILE = "annotations.json"
KINDS = (TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS)


class CocoWriter(FormatWriter):
    """``annotations.json``: its ``images`` and ``annotations`` lists are spooled as the
    tasks come, the document put together at the end (its ``info`` needs the newest
    submission, its ``categories`` every label)."""

    name = "coco"

    def __init__(self, plan: ExportPlan, image_paths: Mapping[str, str]) -> None:
        super().__init__(plan, image_paths)
        self.images_spool, self.annotations_spool = plan.spool(), plan.spool()
        self.images = JsonList(self.images_spool.write, level=1)
        self.annotations = JsonList(self.annotations_spool.write, level=1)
        self.categories: dict[str, int] = {}
        self.newest = 0

    def add(self, group: Sequence[ExportRecord]) -> None:
        record = select(self.plan, group, KINDS, self.image_paths)
        if record is None:
            return
        plan = self.plan
        for name in plan.labels[len(self.categories):]:
            self.categories[name] = len(self.categories) + 1
        image_id = self.images.count + 1
        width, height = record.task.image_size or (0, 0)
        self.images.add({
            "id": image_id, "file_name": PurePosixPath(self.image_paths[task_key(record)]).name,
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
            self.annotations.add({
                "id": self.annotations.count + 1, "image_id": image_id,
                "category_id": self.categories[shape.label],
                "bbox": bbox, "area": area, "iscrowd": 0,
                "segmentation": [] if shape.is_box else shape.flat_rings(),
            })
            plan.shapes += 1
        plan.item(record)["files"].append(COCO_FILE)
        self.newest = max(self.newest, record.created_at)

    def finish(self) -> None:
        self.images.close()
        self.annotations.close()
        stamp = datetime.fromtimestamp(self.newest / 1000, tz=UTC)
        info = {"description": "DataFi export", "version": "1.0", "year": stamp.year,
                "date_created": stamp.isoformat(timespec="seconds")}
        categories = [{"id": i, "name": n, "supercategory": ""}
                      for n, i in self.categories.items()]

        def parts() -> Iterator[str]:
            yield "{" + entry("info", info) + "," + entry("licenses", []) + ",\n  \"images\": "
            yield from self.images_spool.chunks()
            yield ",\n  \"annotations\": "
            yield from self.annotations_spool.chunks()
            yield "," + entry("categories", categories) + "\n}\n"

        self.plan.add_chunks(COCO_FILE, (part.encode("utf-8") for part in parts()))
