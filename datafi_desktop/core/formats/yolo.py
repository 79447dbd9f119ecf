"""YOLO (Ultralytics / Darknet) detection and segmentation datasets.

Layout: ``images/<name>.<ext>``, ``labels/<name>.txt`` (same stem, one line per
object, an empty file for an image without objects), ``classes.txt`` (one name
per line, line number = class index) and ``data.yaml`` (``path``, ``train``,
``val``, ``names``).

- detection line: ``class cx cy w h``: the box centre and size divided by the
  image width and height (all in 0..1);
- segmentation line: ``class x1 y1 x2 y2 ...``: polygon vertices divided by
  the image width and height.

A detection dataset holds polygons as their bounding boxes (lossy, counted in
the manifest); a segmentation dataset holds boxes as four-corner polygons
(exact). ``yolo_task`` chooses: ``detect``, ``segment`` or ``auto`` (segment
when any polygon task is exported).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from ..models import TaskKind
from ..taskfile import TaskRecord
from .fitting import Losses
from .imagefiles import ImageFiles, list_images
from .importing import (
    ImportOptions,
    ImportResult,
    fail,
    finish,
    image_kind,
    image_task,
    labels_or,
    shapes_annotation,
    task_id_for,
)
from .plan import ExportPlan, FormatWriter, fmt_num, select, task_key
from .records import ExportRecord
from .shapes import Shape, box_dict, polygon_dict, shapes_of

KINDS = (TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS)


class YoloWriter(FormatWriter):
    """One label file per image as the tasks come; the class list at the end (class
    indexes are fixed as labels first appear, so the lines never change)."""

    name = "yolo"

    @classmethod
    def plan_options(cls, options: Mapping[str, object], kinds: frozenset[str]
                     ) -> dict[str, Any]:
        mode = str(options.get("yolo_task") or "auto")
        if mode == "auto":
            mode = "segment" if TaskKind.POLYGONS.value in kinds else "detect"
        if mode not in ("detect", "segment"):
            raise ValueError(f"yolo_task must be detect, segment or auto, not {mode!r}")
        return {**options, "yolo_task": mode}

    def __init__(self, plan: ExportPlan, image_paths: Mapping[str, str]) -> None:
        super().__init__(plan, image_paths)
        self.classes: dict[str, int] = {}

    def add(self, group: Sequence[ExportRecord]) -> None:
        record = select(self.plan, group, KINDS, self.image_paths)
        if record is None:
            return
        plan, mode = self.plan, str(self.plan.options["yolo_task"])
        for name in plan.labels[len(self.classes):]:
            self.classes[name] = len(self.classes)
        width, height = record.task.image_size or (1, 1)
        lines = []
        for shape in shapes_of(record.final):
            lines += _lines(shape, self.classes[shape.label], width, height, mode, plan, record)
            plan.shapes += 1
        stem = PurePosixPath(self.image_paths[task_key(record)]).stem
        plan.add_file(f"labels/{stem}.txt", "".join(line + "\n" for line in lines).encode(),
                      record)

    def finish(self) -> None:
        plan = self.plan
        classes = {name: i for i, name in enumerate(plan.labels)}
        plan.add_file("classes.txt", "".join(f"{name}\n" for name in plan.labels).encode())
        names = "".join(f"  {i}: {json.dumps(n, ensure_ascii=False)}\n"
                        for n, i in classes.items())
        plan.add_file("data.yaml", (f"path: .\ntrain: images\nval: images\nnc: {len(classes)}\n"
                                    f"names:\n{names}").encode())


def _lines(shape: Shape, cls: int, width: int, height: int, mode: str, plan: ExportPlan,
           record: ExportRecord) -> list[str]:
    if mode == "detect":
        if not shape.is_box:
            plan.lose("polygon_to_box", "polygons written as their bounding boxes "
                      "(YOLO detection has no polygons)", record)
        x, y, w, h = shape.bounds  # all parts of an object
        values = [(x + w / 2) / width, (y + h / 2) / height, w / width, h / height]
        return [" ".join([str(cls), *(fmt_num(v) for v in values)])]
    if shape.parts:
        plan.lose("split_objects", "objects in several parts written as one line per part "
                  "(a YOLO segmentation line is one polygon; the parts are counted)", record,
                  len(shape.parts))
    return [" ".join([str(cls), *(fmt_num(c / (width if i % 2 == 0 else height))
                                  for i, c in enumerate(ring))])
            for ring in shape.flat_rings()]


def read_classes(folder: Path) -> list[str]:
    """Class names from ``classes.txt`` (or ``obj.names``), else ``data.yaml``'s ``names``."""
    for name in ("classes.txt", "obj.names"):
        path = folder / name
        if path.is_file():
            return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip()]
    path = folder / "data.yaml"
    if path.is_file():
        try:
            import yaml
        except ImportError:
            raise fail("reading data.yaml needs PyYAML; or add a classes.txt (one name per "
                       "line)", str(path)) from None
        try:
            names = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("names")
        except yaml.YAMLError as exc:
            raise fail(f"invalid YAML ({exc.__class__.__name__})", str(path)) from None
        if isinstance(names, dict):
            return [str(names[k]) for k in sorted(names)]
        if isinstance(names, list):
            return [str(n) for n in names]
    raise fail("no classes.txt, obj.names or data.yaml with names", str(folder))


def read_yolo(folder: Path, options: ImportOptions) -> ImportResult:
    """A YOLO dataset folder (``images/``, ``labels/``, classes) → image tasks."""
    classes = read_classes(folder)
    images_dir = options.images_dir or folder / "images"
    labels_dir = folder / "labels"
    if not images_dir.is_dir():
        raise fail("no images/ folder", str(folder))
    images = {p.relative_to(images_dir).with_suffix("").as_posix(): p
              for p in list_images(images_dir)}
    parsed: dict[str, list[tuple[int, list[float], str]]] = {}
    for label_file in sorted(labels_dir.rglob("*.txt")) if labels_dir.is_dir() else []:
        key = label_file.relative_to(labels_dir).with_suffix("").as_posix()
        rel = f"labels/{key}.txt"
        if key not in images:
            raise fail("no image for this label file (missing image file)", rel)
        parsed[key] = _label_lines(label_file, rel, len(classes))
    labels = labels_or(options, classes)
    files = ImageFiles(images_dir)
    losses = Losses()
    fit = options.fitter(losses)
    records: list[TaskRecord] = []
    for key, path in images.items():
        where = f"images/{path.relative_to(images_dir).as_posix()}"
        ref = files.ref(path, where)
        boxes: list[dict[str, Any]] = []
        polygons: list[dict[str, Any]] = []
        kind = image_kind(options, any(len(v) > 4 for _, v, _ in parsed.get(key, [])))
        for cls, values, line_where in parsed.get(key, []):
            label = classes[cls]
            if len(values) == 4:
                cx, cy, w, h = values
                box = fit.box((cx - w / 2) * ref.width, (cy - h / 2) * ref.height,
                              w * ref.width, h * ref.height, ref.width, ref.height, line_where)
                if box is not None:
                    boxes.append(box_dict(label, *box))
            elif kind is TaskKind.BOUNDING_BOXES:
                raise fail("a segmentation line in a detection import", line_where)
            else:
                ring = fit.polygon([(values[i] * ref.width, values[i + 1] * ref.height)
                                    for i in range(0, len(values), 2)],
                                   ref.width, ref.height, line_where)
                if ring is not None:
                    polygons.append(polygon_dict(label, ring))
        predictions = [shapes_annotation(kind, boxes, polygons)] if boxes or polygons else []
        records.append(image_task(task_id_for(key, f"yolo-{len(records) + 1}"), kind, ref,
                                  labels, where, filename=path.name, predictions=predictions,
                                  model=options.model))
    return finish("yolo", records, files.found, [], losses)


def _label_lines(path: Path, rel: str, n_classes: int) -> list[tuple[int, list[float], str]]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{rel}:{number}"
        parts = line.split()
        try:
            cls = int(parts[0])
            values = [float(v) for v in parts[1:]]
        except ValueError:
            raise fail("expected 'class cx cy w h' or 'class x1 y1 x2 y2 ...' numbers",
                       where) from None
        if not 0 <= cls < n_classes:
            raise fail(f"unknown class {cls} (the classes file lists {n_classes})", where)
        if len(values) != 4 and (len(values) < 6 or len(values) % 2):
            raise fail(f"{len(values)} numbers after the class: a box has 4, a polygon an "
                       "even count of at least 6", where)
        if any(not -0.5 <= v <= 1.5 for v in values):
            raise fail("coordinates must be normalized to 0..1 (these look like pixels)",
                       where)
        out.append((cls, values, where))
    return out
