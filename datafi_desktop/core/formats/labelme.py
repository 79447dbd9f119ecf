"""labelme JSON: one file per image, beside it, with ``imagePath`` relative.

Boxes are ``rectangle`` shapes (two corner points), polygons ``polygon`` shapes,
image classification the image-level ``flags`` (every label of the task, true
when chosen). ``imageData`` is null: the image is the file next to the JSON.
An object in several parts is one shape per part sharing a ``group_id``; what an
imported labelme file said (``group_id``, shape ``flags``, ``description``,
rectangles, image ``flags``) is written back for every shape left unchanged
(:mod:`.origin`). The reader is :mod:`.labelme_import`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import Any

from ..models import TaskKind
from .origin import original_objects, source_of
from .plan import ExportPlan, FormatWriter, select, task_key
from .records import ExportRecord
from .shapes import shapes_of

LABELME_VERSION = "5.5.0"
KINDS = (TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS, TaskKind.IMAGE_CLASSIFICATION)


class LabelmeWriter(FormatWriter):
    """One JSON file beside each image, as the tasks come."""

    name = "labelme"

    def add(self, group: Sequence[ExportRecord]) -> None:
        record = select(self.plan, group, KINDS, self.image_paths)
        if record is None:
            return
        plan = self.plan
        image = PurePosixPath(self.image_paths[task_key(record)])
        width, height = record.task.image_size or (0, 0)
        final = record.final
        flags: dict[str, bool] = {}
        if record.kind == TaskKind.IMAGE_CLASSIFICATION.value:
            chosen = set(final.get("labels") or [])
            flags = {name: name in chosen for name in record.task.config.label_names}
        source = source_of(record)
        if not flags and source.get("format") == "labelme" and isinstance(
                source.get("flags"), dict):
            flags = dict(source["flags"])
        shapes = _shapes(plan, record, final)
        plan.add_json(str(image.with_suffix(".json")), {
            "version": LABELME_VERSION, "flags": flags, "shapes": shapes,
            "imagePath": image.name, "imageData": None,
            "imageHeight": height, "imageWidth": width,
        }, record)


def _shapes(plan: ExportPlan, record: ExportRecord, final: dict[str, Any]
            ) -> list[dict[str, Any]]:
    origin = original_objects(record)
    used = {int(o["group_id"]) for o in origin.values() if isinstance(o.get("group_id"), int)}
    next_group = max(used, default=-1) + 1
    out: list[dict[str, Any]] = []
    for shape in shapes_of(final):
        attrs = origin.get(shape.key(), {})
        group_id = attrs.get("group_id") if isinstance(attrs.get("group_id"), int) else None
        rings_attrs = attrs.get("shapes")
        per_ring: list[Any] = rings_attrs if isinstance(rings_attrs, list) else []
        if len(shape.rings) > 1 and group_id is None:
            group_id, next_group = next_group, next_group + 1
            plan.lose("group_id_assigned", "objects in several parts written as labelme "
                      "shapes sharing a new group_id", record)
        for k, ring in enumerate(shape.rings):
            ring_attrs = per_ring[k] if k < len(per_ring) and isinstance(per_ring[k],
                                                                         dict) else {}
            rectangle = shape.is_box or (ring_attrs.get("shape_type") == "rectangle"
                                         and _is_rectangle(ring))
            if rectangle:
                xs, ys = [p[0] for p in ring], [p[1] for p in ring]
                points = [[min(xs), min(ys)], [max(xs), max(ys)]]
            else:
                points = [list(p) for p in ring]
            flags = ring_attrs.get("flags") if isinstance(ring_attrs.get("flags"), dict) else {}
            out.append({"label": shape.label, "points": points, "group_id": group_id,
                        "description": str(ring_attrs.get("description") or ""),
                        "shape_type": "rectangle" if rectangle else "polygon",
                        "flags": flags, "mask": None})
        plan.shapes += 1
    return out


def _is_rectangle(ring: tuple[tuple[float, float], ...]) -> bool:
    return len(ring) == 4 and len({p[0] for p in ring}) == 2 and len({p[1] for p in ring}) == 2
