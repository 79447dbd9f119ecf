"""labelme JSON: one file per image, beside it, with ``imagePath`` relative.

Boxes are ``rectangle`` shapes (two corner points), polygons ``polygon`` shapes,
image classification the image-level ``flags`` (every label of the task, true
when chosen). ``imageData`` is null: the image is the file next to the JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
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

LABELME_VERSION = "5.5.0"
KINDS = (TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS, TaskKind.IMAGE_CLASSIFICATION)


def export_labelme(records: Sequence[ExportRecord], image_paths: dict[str, str],
                   options: dict[str, object]) -> ExportPlan:
    plan = ExportPlan("labelme", dict(options))
    for record in select(plan, records, KINDS, image_paths):
        image = PurePosixPath(image_paths[task_key(record)])
        width, height = record.task.image_size or (0, 0)
        final = record.final
        flags: dict[str, bool] = {}
        if record.kind == TaskKind.IMAGE_CLASSIFICATION.value:
            chosen = set(final.get("labels") or [])
            flags = {name: name in chosen for name in record.task.config.label_names}
        shapes: list[dict[str, Any]] = []
        for shape in shapes_of(final):
            if shape.is_box:
                x, y, w, h = shape.bounds
                points = [[x, y], [round(x + w, 4), round(y + h, 4)]]
            else:
                points = [list(p) for p in shape.points]
            shapes.append({"label": shape.label, "points": points, "group_id": None,
                           "description": "", "shape_type": "rectangle" if shape.is_box
                           else "polygon", "flags": {}, "mask": None})
            plan.shapes += 1
        plan.add_json(str(image.with_suffix(".json")), {
            "version": LABELME_VERSION, "flags": flags, "shapes": shapes,
            "imagePath": image.name, "imageData": None,
            "imageHeight": height, "imageWidth": width,
        }, record)
    return plan


def read_labelme(source: Path, options: ImportOptions) -> ImportResult:
    """labelme JSON files (a folder of them, or one file) → image tasks.

    ``rectangle`` and ``polygon`` shapes become pre-annotations; image-level
    ``flags`` that are true become image classification when no file has shapes.
    Other shape types (circle, line, point, mask) are skipped with a warning.
    """
    paths = sorted(source.rglob("*.json")) if source.is_dir() else [source]
    base = source if source.is_dir() else source.parent
    files = ImageFiles(base)
    entries = []
    warnings: list[str] = []
    for path in paths:
        rel = path.relative_to(base).as_posix()
        data = read_json(path)
        if not isinstance(data, dict) or not isinstance(data.get("shapes"), list) or not (
                isinstance(data.get("imagePath"), str)):
            raise fail("not a labelme file (needs shapes and imagePath)", rel)
        ref = files.ref(path.parent / data["imagePath"], f"{rel} imagePath")
        if (data.get("imageWidth"), data.get("imageHeight")) not in ((None, None),
                                                                    (ref.width, ref.height)):
            raise fail(f"the image is {ref.width}×{ref.height}, the file says "
                       f"{data.get('imageWidth')}×{data.get('imageHeight')}", rel)
        boxes, polygons = [], []
        for i, shape in enumerate(data["shapes"]):
            where = f"{rel} shapes[{i}]"
            if not isinstance(shape, dict):
                raise fail("a shape must be an object", where)
            kind = shape.get("shape_type") or "polygon"
            label = shape.get("label")
            if not isinstance(label, str) or not label:
                raise fail("a shape needs a label", where)
            try:
                points = [(float(x), float(y)) for x, y in shape.get("points") or []]
            except (TypeError, ValueError, OverflowError):
                raise fail("points must be [x, y] pairs", where) from None
            if kind == "rectangle" and len(points) == 2:
                (x1, y1), (x2, y2) = points
                boxes.append((where, box_dict(label, *snap_box(
                    min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1), ref.width,
                    ref.height))))
            elif kind == "polygon" and len(points) >= 3:
                polygons.append((where, polygon_dict(label, [
                    snap_point(x, y, ref.width, ref.height) for x, y in points])))
            else:
                warnings.append(f"{where}: {kind} shape skipped")
        flags = [k for k, v in (data.get("flags") or {}).items() if v is True]
        entries.append((path, rel, ref, boxes, polygons, flags))
    any_shapes = any(e[3] or e[4] for e in entries)
    if not any_shapes and any(e[5] for e in entries) and options.kind in (
            None, TaskKind.IMAGE_CLASSIFICATION):
        return _flag_tasks(entries, options, files.found, warnings)
    labels = labels_or(options, [s[1]["label"] for e in entries for s in e[3] + e[4]])
    records: list[TaskRecord] = []
    for path, rel, ref, boxes, polygons, _ in entries:
        for where, shape in boxes + polygons:
            if shape["label"] not in labels:
                raise fail(f"unknown label {shape['label']!r}", where, "label")
        kind = image_kind(options, bool(polygons))
        predictions = ([shapes_annotation(kind, [b for _, b in boxes], [p for _, p in polygons])]
                       if boxes or polygons else [])
        records.append(image_task(task_id_for(path.relative_to(source if source.is_dir() else
                                                               path.parent).with_suffix("")
                                              .as_posix(), f"labelme-{len(records) + 1}"),
                                  kind, ref, labels, rel, filename=ref.path.name if ref.path
                                  else None, predictions=predictions, model=options.model))
    return finish("labelme", records, files.found, warnings)


def _flag_tasks(entries: list[Any], options: ImportOptions, found: dict[str, Path],
                warnings: list[str]) -> ImportResult:
    labels = labels_or(options, [f for e in entries for f in e[5]])
    multi = options.multi if options.multi is not None else any(len(e[5]) > 1 for e in entries)
    records: list[TaskRecord] = []
    for path, rel, ref, _, _, flags in entries:
        predictions = ([{"kind": "image_classification", "labels": sorted(flags)}]
                       if flags else [])
        task_id = task_id_for(path.stem, f"labelme-{len(records) + 1}")
        records.append(image_task(task_id, TaskKind.IMAGE_CLASSIFICATION, ref, labels, rel,
                                  filename=ref.path.name if ref.path else None, multi=multi,
                                  predictions=predictions, model=options.model))
    return finish("labelme", records, found, warnings)
