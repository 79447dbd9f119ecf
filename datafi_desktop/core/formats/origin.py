"""What an imported dataset said about each object, kept to write it back unchanged.

An import stores, in the task's ``data.source``, the attributes of each object
of its first pre-annotation that DataFi's annotation does not hold::

    {"format": "coco", "objects": [{"id": 7, "bbox": [...], "area": 1234.5}, ...]}
    {"format": "labelme", "flags": {...}, "objects": [{"group_id": 1, "shapes": [
        {"shape_type": "polygon", "flags": {}, "description": ""}, ...]}, ...]}

``objects`` is aligned with the shapes of ``predictions[0]`` (boxes first, then
polygons, as :func:`.importing.shapes_annotation` orders them). An export finds
the attributes of a shape by its label and exact geometry: a shape the labeler
left as it was gets its original attributes (COCO ``bbox``/``area``, labelme
``group_id``/``flags``); a changed or new one gets them recomputed.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .records import ExportRecord
from .shapes import shapes_of


def source_of(record: ExportRecord) -> dict[str, Any]:
    source = record.task.data.get("source")
    return source if isinstance(source, dict) else {}


def original_objects(record: ExportRecord) -> dict[tuple[object, ...], dict[str, Any]]:
    """Shape key → the attributes the imported file gave that shape."""
    objects = source_of(record).get("objects")
    if not isinstance(objects, list) or not record.task.predictions:
        return {}
    shapes = shapes_of(record.task.predictions[0].annotation)
    if len(shapes) != len(objects):
        return {}
    out: dict[tuple[object, ...], dict[str, Any]] = {}
    for shape, attrs in zip(shapes, objects, strict=True):
        if isinstance(attrs, dict):
            out.setdefault(shape.key(), attrs)
    return out


class EmbeddedImages:
    """Image bytes found inside annotation files (labelme ``imageData``), written once
    to a scratch folder named by their sha-256 so the asset store can take them like
    any file. The folder is removed when the process ends."""

    _folder: Path | None = None

    def put(self, data: bytes, suffix: str) -> tuple[str, Path]:
        sha = hashlib.sha256(data).hexdigest()
        folder = self._scratch()
        path = folder / f"{sha}{suffix}"
        if not path.exists():
            path.write_bytes(data)
        return sha, path

    @classmethod
    def folder(cls) -> Path:
        """The scratch folder (an import root: its files are what the import wrote)."""
        return cls._scratch()

    @classmethod
    def _scratch(cls) -> Path:
        if cls._folder is None or not cls._folder.is_dir():
            cls._folder = Path(tempfile.mkdtemp(prefix="datafi-embedded-"))
            atexit.register(shutil.rmtree, cls._folder, True)
        return cls._folder
