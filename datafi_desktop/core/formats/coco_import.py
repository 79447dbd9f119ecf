"""COCO instances JSON → image tasks, one per image.

- ``file_name`` (which may hold folders, ``JPEGImages/2011_000003.jpg``) is looked
  for under ``--images`` and beside the annotation file (and its ``images/``),
  trying the name with its leading folders dropped one at a time, so
  ``--images …/JPEGImages`` finds ``JPEGImages/x.jpg`` without doubling the folder.
  Every image not found is listed in one error, with the folders searched.
- A segmentation of several polygons is one object (a polygon with ``parts``).
  Coordinates are fitted to the image (:mod:`.fitting`). RLE masks (``iscrowd``)
  are left out and counted.
- The annotation's ``id``, ``bbox``, ``area`` and ``iscrowd`` are kept in
  ``data.source`` (:mod:`.origin`): an export writes the original ``bbox`` and
  ``area`` back for every object left unchanged (fitting that clamped a point
  counts as a change).
- An annotation ``id`` used twice is refused (one object cannot be on two images).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from ..models import TaskKind
from ..taskfile import TaskRecord
from .fitting import Fitter, Losses
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
from .label_studio import ImageRef
from .shapes import box_dict, polygon_dict

_MAX_LISTED = 20


def image_folders(path: Path, options: ImportOptions) -> list[Path]:
    """Where COCO images may be, in the order they are tried."""
    folders = [options.images_dir] if options.images_dir else []
    folders += [path.parent, path.parent / "images"]
    return [f for i, f in enumerate(folders) if f not in folders[:i]]


def locate_image(file_name: str, folders: list[Path]) -> Path | None:
    """The first existing ``folder / tail`` for the name and its tails (leading folders
    dropped one at a time); absolute names are tried as they are first."""
    name = PurePosixPath(file_name.replace("\\", "/"))
    if name.is_absolute() and Path(name).is_file():
        return Path(name)
    parts = [p for p in name.parts if p not in ("/", "")]
    tails = [PurePosixPath(*parts[i:]) for i in range(len(parts))]
    for folder in folders:
        for tail in tails:
            candidate = folder / tail
            if candidate.is_file():
                return candidate
    return None


def read_coco(path: Path, options: ImportOptions) -> ImportResult:
    """A COCO instances file → image tasks with the annotations as pre-annotations."""
    data = read_json(path)
    if not isinstance(data, dict) or not all(isinstance(data.get(k), list)
                                             for k in ("images", "annotations", "categories")):
        raise fail("not a COCO file: needs images, annotations and categories lists",
                   str(path))
    categories = _categories(data["categories"], path)
    by_image = _annotations(data, path, categories)
    labels = labels_or(options, list(categories.values()))
    refs = _images(data["images"], path, options)
    losses = Losses()
    fit = options.fitter(losses)
    records: list[TaskRecord] = []
    for i, img in enumerate(data["images"]):
        where = f"{path.name} images[{i}] ({img['file_name']})"
        ref = refs[i]
        anns = by_image.get(img["id"], [])
        kind = image_kind(options, any(isinstance(a.get("segmentation"), list) and
                                       a["segmentation"] for _, a in anns))
        boxes: list[tuple[dict[str, Any], dict[str, Any]]] = []
        polygons: list[tuple[dict[str, Any], dict[str, Any]]] = []
        for j, ann in anns:
            shape = _shape(ann, f"{path.name} annotations[{j}] (image {img['file_name']})",
                           categories[ann["category_id"]], kind, ref, fit, losses)
            if shape is not None:
                (polygons if "points" in shape[0] else boxes).append(shape)
        ordered = boxes + polygons  # the order shapes_annotation gives them
        meta = img.get("datafi")
        task_id = meta.get("task") if isinstance(meta, dict) else None
        task_id = task_id_for(str(task_id or PurePosixPath(img["file_name"]).stem), f"coco-{i}")
        predictions = ([shapes_annotation(kind, [b for b, _ in boxes], [p for p, _ in polygons])]
                       if ordered else [])
        source = {"format": "coco", "image_id": img["id"],
                  "objects": [attrs for _, attrs in ordered]}
        records.append(image_task(task_id, kind, ref, labels, where,
                                  filename=img["file_name"], predictions=predictions,
                                  model=options.model, source=source))
    return finish("coco", records, {r.sha256: r.path for r in refs if r.path}, [], losses)


def _categories(raw: list[Any], path: Path) -> dict[int, str]:
    categories: dict[int, str] = {}
    for i, cat in enumerate(raw):
        if not isinstance(cat, dict) or not isinstance(cat.get("id"), int) or not isinstance(
                cat.get("name"), str):
            raise fail("a category needs an integer id and a name",
                       f"{path.name} categories[{i}]")
        categories[cat["id"]] = cat["name"]
    return categories


def _annotations(data: dict[str, Any], path: Path, categories: dict[int, str]
                 ) -> dict[int, list[tuple[int, dict[str, Any]]]]:
    by_image: dict[int, list[tuple[int, dict[str, Any]]]] = {}
    image_ids = {img.get("id") for img in data["images"] if isinstance(img, dict)}
    seen: dict[object, tuple[int, object]] = {}
    for i, ann in enumerate(data["annotations"]):
        where = f"{path.name} annotations[{i}]"
        if not isinstance(ann, dict) or ann.get("image_id") not in image_ids:
            raise fail(f"image_id {ann.get('image_id') if isinstance(ann, dict) else None!r} "
                       "is not among the images", where)
        if ann.get("category_id") not in categories:
            raise fail(f"unknown category_id {ann.get('category_id')!r}", where)
        ann_id = ann.get("id")
        if ann_id is not None:
            if ann_id in seen:
                first, image = seen[ann_id]
                span = (f"on image {image} and image {ann['image_id']}: one object cannot "
                        "span two images" if image != ann["image_id"] else "on the same image")
                raise fail(f"annotation id {ann_id!r} is also annotations[{first}]'s, {span}",
                           where, "id")
            seen[ann_id] = (i, ann["image_id"])
        by_image.setdefault(ann["image_id"], []).append((i, ann))
    return by_image


def _images(images: list[Any], path: Path, options: ImportOptions) -> list[ImageRef]:
    """Every image entry's file, checked; all missing ones listed in one error."""
    folders = image_folders(path, options)
    files = ImageFiles(*folders)
    found: list[tuple[int, Path]] = []
    missing: list[str] = []
    for i, img in enumerate(images):
        where = f"{path.name} images[{i}]"
        if not isinstance(img, dict) or not isinstance(img.get("file_name"), str):
            raise fail("an image needs a file_name", where)
        located = locate_image(img["file_name"], folders)
        if located is None:
            missing.append(f"images[{i}] {img['file_name']}")
        else:
            found.append((i, located))
    if missing:
        listed = "; ".join(missing[:_MAX_LISTED])
        more = f" and {len(missing) - _MAX_LISTED} more" if len(missing) > _MAX_LISTED else ""
        raise fail(f"{len(missing)} image file(s) not found: {listed}{more} (looked in "
                   f"{', '.join(str(f) for f in folders)}; pass --images DIR)",
                   path.name, "file_name")
    refs: list[ImageRef] = []
    for i, located in found:
        img = images[i]
        where = f"{path.name} images[{i}] ({img['file_name']})"
        ref = files.ref(located, where)
        if (img.get("width"), img.get("height")) != (ref.width, ref.height):
            raise fail(f"the file is {ref.width}×{ref.height}, the entry says "
                       f"{img.get('width')}×{img.get('height')}", where)
        refs.append(ref)
    return refs


def _shape(ann: dict[str, Any], where: str, label: str, kind: TaskKind, ref: ImageRef,
           fit: Fitter, losses: Losses) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The annotation as a box or polygon dict, with the attributes to keep; None when
    left out."""
    attrs: dict[str, Any] = {k: ann[k] for k in ("id", "bbox", "area", "iscrowd") if k in ann}
    seg = ann.get("segmentation")
    if isinstance(seg, dict) or ann.get("iscrowd"):
        losses.add("skipped_rle_masks", "COCO RLE masks (iscrowd) left out: DataFi holds "
                   "polygons", where)
        return None
    if kind is TaskKind.POLYGONS and isinstance(seg, list) and seg:
        rings = []
        for k, part in enumerate(seg):
            if not isinstance(part, list) or len(part) < 6 or len(part) % 2:
                raise fail("a polygon is a flat list of at least 3 x, y pairs", where,
                           f"segmentation[{k}]")
            try:
                points = [(float(part[n]), float(part[n + 1])) for n in range(0, len(part), 2)]
            except (TypeError, ValueError, OverflowError):
                raise fail("polygon values must be numbers", where,
                           f"segmentation[{k}]") from None
            ring = fit.polygon(points, ref.width, ref.height,
                               where if len(seg) == 1 else f"{where} segmentation[{k}]")
            if ring is None:
                return None
            if ring != [(round(x, 2), round(y, 2)) for x, y in points]:
                attrs.pop("bbox", None)
                attrs.pop("area", None)
            rings.append(ring)
        return polygon_dict(label, rings[0], rings[1:]), attrs
    if isinstance(seg, list) and seg:  # a bounding-box task (--kind): the object's bbox
        losses.add("polygon_to_box", "polygon segmentations imported as their bbox (a "
                   "bounding-box task)", where)
    bbox = ann.get("bbox")
    if not isinstance(bbox, list) or len(bbox) != 4:
        raise fail("bbox must be [x, y, width, height]", where, "bbox")
    try:
        x, y, w, h = (float(v) for v in bbox)
    except (TypeError, ValueError, OverflowError):
        raise fail("bbox values must be numbers", where, "bbox") from None
    box = fit.box(x, y, w, h, ref.width, ref.height, where)
    if box is None:
        return None
    if box != (round(x, 2), round(y, 2), round(round(x + w, 2) - round(x, 2), 2),
               round(round(y + h, 2) - round(y, 2), 2)):
        attrs.pop("bbox", None)
        attrs.pop("area", None)
    return box_dict(label, *box), attrs
