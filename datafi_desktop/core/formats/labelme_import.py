"""labelme JSON → image tasks, as forgiving as labelme itself and saying what changed.

- The image is the embedded ``imageData`` when the file has it (what labelme
  shows), else the file at ``imagePath`` beside the JSON (or under ``--images``,
  by that path or by its file name). When both exist and
  differ, the embedded one wins and the file is counted (``embedded_image_preferred``).
  Corrupt base64 or bytes that do not decode are refused, naming the file.
- ``rectangle`` and ``polygon`` shapes become pre-annotations, fitted to the
  image (:mod:`.fitting`); other shape types (circle, line, point, linestrip,
  mask) are left out and counted by type.
- Shapes sharing a ``group_id`` and a label are one object: in a polygons task one
  polygon with ``parts`` (a rectangle joins as its four corners); in a
  bounding-box task the boxes stay separate. ``group_id``, shape ``flags`` and
  ``description`` and the image ``flags`` are kept in ``data.source`` (see
  :mod:`.origin`) and written back by the labelme export. A ``group_id`` groups
  shapes of one file (one image) only, as in labelme.
- Image-level ``flags`` that are true become image classification when no file
  has shapes.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import TaskFormatError
from ..models import TaskKind
from ..taskfile import TaskRecord
from .fitting import Fitter, Losses
from .imagefiles import IMAGE_SUFFIXES, ImageFiles, inside
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
from .label_studio import ImageRef
from .origin import EmbeddedImages
from .shapes import box_dict, polygon_dict

_MAGIC = ((b"\x89PNG", ".png"), (b"\xff\xd8", ".jpg"), (b"GIF8", ".gif"), (b"BM", ".bmp"),
          (b"RIFF", ".webp"), (b"II*\x00", ".tif"), (b"MM\x00*", ".tif"))


@dataclass
class _Item:
    """One labelme shape, fitted: a box ``(x, y, w, h)`` or a polygon ring."""

    where: str
    label: str
    group_id: int | None
    attrs: dict[str, Any]
    box: tuple[float, float, float, float] | None = None
    ring: list[tuple[float, float]] = field(default_factory=list)

    def as_ring(self) -> list[tuple[float, float]]:
        if self.box is None:
            return self.ring
        x, y, w, h = self.box
        return [(x, y), (round(x + w, 2), y), (round(x + w, 2), round(y + h, 2)),
                (x, round(y + h, 2))]


@dataclass
class _Entry:
    path: Path
    rel: str
    ref: ImageRef
    items: list[_Item]
    flags: dict[str, Any]
    image_path: str


def read_labelme(source: Path, options: ImportOptions) -> ImportResult:
    """labelme JSON files (a folder of them, or one file) → image tasks."""
    paths = sorted(source.rglob("*.json")) if source.is_dir() else [source]
    base = source if source.is_dir() else source.parent
    files = ImageFiles(base, options.images_dir, EmbeddedImages.folder())
    losses = Losses()
    fit = options.fitter(losses)
    warnings: list[str] = []
    entries: list[_Entry] = []
    for path in paths:
        rel = path.relative_to(base).as_posix()
        data = read_json(path)
        if not isinstance(data, dict) or not isinstance(data.get("shapes"), list) or not (
                isinstance(data.get("imagePath"), str) or isinstance(data.get("imageData"),
                                                                     str)):
            raise fail("not a labelme file (needs shapes and imagePath or imageData)", rel)
        ref = _image(path, rel, data, files, losses, options.images_dir)
        if (data.get("imageWidth"), data.get("imageHeight")) not in ((None, None),
                                                                    (ref.width, ref.height)):
            raise fail(f"the image is {ref.width}×{ref.height}, the file says "
                       f"{data.get('imageWidth')}×{data.get('imageHeight')}", rel)
        items = [item for i, shape in enumerate(data["shapes"])
                 if (item := _item(shape, f"{rel} shapes[{i}]", ref, fit, losses)) is not None]
        raw_flags = data.get("flags")
        flags: dict[str, Any] = raw_flags if isinstance(raw_flags, dict) else {}
        raw_path = data.get("imagePath")
        image_path = raw_path if isinstance(raw_path, str) else ""
        entries.append(_Entry(path, rel, ref, items, flags, image_path))
    if not any(e.items for e in entries) and any(_true_flags(e) for e in entries) and (
            options.kind in (None, TaskKind.IMAGE_CLASSIFICATION)):
        return _flag_tasks(entries, options, files.found, warnings, losses)
    labels = labels_or(options, [item.label for e in entries for item in e.items])
    records: list[TaskRecord] = []
    for entry in entries:
        for item in entry.items:
            if item.label not in labels:
                raise fail(f"unknown label {item.label!r}", item.where, "label")
        kind = image_kind(options, any(item.box is None for item in entry.items))
        shapes, objects = _objects(entry.items, kind)
        merged = len(entry.items) - len(shapes)
        if merged:
            losses.add("merged_group_shapes", "labelme shapes sharing a group_id and label "
                       "joined into one object of several parts (written back as shapes "
                       "sharing the group_id)", entry.rel, merged)
        boxes = shapes if kind is TaskKind.BOUNDING_BOXES else []
        polygons = shapes if kind is TaskKind.POLYGONS else []
        predictions = [shapes_annotation(kind, boxes, polygons)] if shapes else []
        origin: dict[str, Any] = {"format": "labelme", "objects": objects}
        if entry.flags:
            origin["flags"] = entry.flags
        stem = entry.path.relative_to(base).with_suffix("").as_posix()
        records.append(image_task(task_id_for(stem, f"labelme-{len(records) + 1}"), kind,
                                  entry.ref, labels, entry.rel, filename=_filename(entry),
                                  predictions=predictions, model=options.model,
                                  source=origin))
    return finish("labelme", records, files.found, warnings, losses)


def _filename(entry: _Entry) -> str | None:
    """The image's file name: ``imagePath``'s, or the JSON's stem for an embedded one."""
    name = PurePosixPath(entry.image_path.replace("\\", "/")).name
    if name and PurePosixPath(name).suffix.lower() in IMAGE_SUFFIXES:
        return name
    return f"{entry.path.stem}{entry.ref.path.suffix}" if entry.ref.path else None


def _image(path: Path, rel: str, data: dict[str, Any], files: ImageFiles,
           losses: Losses, images_dir: Path | None) -> ImageRef:
    image_path = data.get("imagePath")
    found: Path | None = None
    candidates: list[Path] = []
    if isinstance(image_path, str) and image_path:
        relative = PurePosixPath(image_path.replace("\\", "/"))
        candidates = [path.parent / relative]
        if images_dir is not None:
            candidates += [images_dir / relative, images_dir / relative.name]
        found = next((c for c in candidates if c.is_file()), None)
    image_data = data.get("imageData")
    if not (isinstance(image_data, str) and image_data.strip()):
        if found is None:
            if candidates and files.roots:  # a name leaving the folder: say so
                inside(files.roots, candidates[0], f"{rel} imagePath")
            where = "beside the file" + (f" or in {images_dir}" if images_dir else "")
            raise fail(f"image file {image_path!r} not found {where}, and no imageData",
                       rel, "imagePath")
        return files.ref(found, f"{rel} imagePath")
    try:
        raw = base64.b64decode("".join(image_data.split()), validate=True)
    except (binascii.Error, ValueError):
        raise fail("imageData is not valid base64", rel, "imageData") from None
    suffix = next((s for magic, s in _MAGIC if raw.startswith(magic)), ".img")
    _, scratch = EmbeddedImages().put(raw, suffix)
    embedded = files.ref(scratch, f"{rel} imageData")
    if found is not None and found.resolve() != path.resolve():
        other = ImageFiles(path.parent, images_dir)
        try:
            differs = other.ref(found, rel).sha256 != embedded.sha256
        except TaskFormatError:
            differs = True
        if differs:
            losses.add("embedded_image_preferred", "labelme files whose embedded imageData "
                       "differs from the file at imagePath: the embedded image (what labelme "
                       "shows) was imported", rel)
    return embedded


def _item(shape: Any, where: str, ref: ImageRef, fit: Fitter, losses: Losses) -> _Item | None:
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
    group = shape.get("group_id")
    group_id = group if isinstance(group, int) and not isinstance(group, bool) else None
    attrs: dict[str, Any] = {"shape_type": kind}
    if isinstance(shape.get("flags"), dict) and shape["flags"]:
        attrs["flags"] = shape["flags"]
    if isinstance(shape.get("description"), str) and shape["description"]:
        attrs["description"] = shape["description"]
    if kind == "rectangle" and len(points) == 2:
        (x1, y1), (x2, y2) = points
        box = fit.box(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1), ref.width,
                      ref.height, where)
        return None if box is None else _Item(where, label, group_id, attrs, box=box)
    if kind == "polygon":
        ring = fit.polygon(points, ref.width, ref.height, where)
        return None if ring is None else _Item(where, label, group_id, attrs, ring=ring)
    losses.add(f"skipped_{kind}_shapes", f"labelme {kind} shapes (DataFi holds boxes and "
               "polygons)", where)
    return None


def _objects(items: list[_Item], kind: TaskKind) -> tuple[list[dict[str, Any]],
                                                           list[dict[str, Any]]]:
    """The annotation's shapes and, aligned, each one's labelme attributes."""
    shapes: list[dict[str, Any]] = []
    objects: list[dict[str, Any]] = []
    if kind is TaskKind.BOUNDING_BOXES:
        for item in items:
            if item.box is None:
                raise fail("a polygon cannot become a box of a bounding_boxes task (import "
                           "without --kind, or as polygons)", item.where, "shape_type")
            shapes.append(box_dict(item.label, *item.box))
            objects.append({"group_id": item.group_id, "shapes": [item.attrs]})
        return shapes, objects
    groups: dict[tuple[str, int], list[_Item]] = {}
    order: list[list[_Item]] = []
    for item in items:
        if item.group_id is None:
            order.append([item])
            continue
        key = (item.label, item.group_id)
        if key not in groups:
            groups[key] = []
            order.append(groups[key])
        groups[key].append(item)
    for members in order:
        rings = [m.as_ring() for m in members]
        shapes.append(polygon_dict(members[0].label, rings[0], rings[1:]))
        objects.append({"group_id": members[0].group_id, "shapes": [m.attrs for m in members]})
    return shapes, objects


def _true_flags(entry: _Entry) -> list[str]:
    return [k for k, v in entry.flags.items() if v is True]


def _flag_tasks(entries: list[_Entry], options: ImportOptions, found: dict[str, Path],
                warnings: list[str], losses: Losses) -> ImportResult:
    labels = labels_or(options, [f for e in entries for f in _true_flags(e)])
    multi = options.multi if options.multi is not None else any(
        len(_true_flags(e)) > 1 for e in entries)
    records: list[TaskRecord] = []
    for entry in entries:
        flags = _true_flags(entry)
        predictions = ([{"kind": "image_classification", "labels": sorted(flags)}]
                       if flags else [])
        task_id = task_id_for(entry.path.stem, f"labelme-{len(records) + 1}")
        records.append(image_task(task_id, TaskKind.IMAGE_CLASSIFICATION, entry.ref, labels,
                                  entry.rel, filename=_filename(entry), multi=multi,
                                  predictions=predictions, model=options.model))
    return finish("labelme", records, found, warnings, losses)

