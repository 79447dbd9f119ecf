"""What every importer shares: options, the result, task building, final checks.

Importers read and validate everything first and return an :class:`ImportResult`
(tasks plus the image files they need); nothing is written until
:func:`~.importers.import_into_cache` (or the hub) stores the whole result in one
transaction. Errors are :class:`ImportFormatError` naming the file and the item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataFiError, TaskFormatError
from ..models import Task, TaskKind, parse_annotation, parse_task
from ..models.tasks import check_id
from ..taskfile import TaskRecord
from .fitting import DEFAULT_TOLERANCE, Fitter, Losses
from .import_errors import ImportFormatError, fail
from .label_studio import ImageRef


@dataclass(frozen=True)
class ImportOptions:
    kind: TaskKind | None = None
    labels: tuple[str, ...] | None = None
    multi: bool | None = None
    images_dir: Path | None = None
    label_config: Path | None = None
    model: str = "import"
    #: pixels a coordinate may lie outside the image and be clamped onto its edge
    tolerance: float = DEFAULT_TOLERANCE
    #: a shape further out: ``skip`` it and import the rest, ``clamp`` it, or ``fail``
    on_invalid: str = "skip"
    #: download http(s) images (Label Studio); refused without it
    fetch: bool = False

    def fitter(self, losses: Losses) -> Fitter:
        return Fitter(self.tolerance, self.on_invalid, losses)


@dataclass
class ImportResult:
    format: str
    records: list[TaskRecord]
    images: dict[str, Path] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    losses: Losses = field(default_factory=Losses)

    @property
    def tasks(self) -> list[Task]:
        return [r.task for r in self.records]

    def manifest(self, source: str = "") -> dict[str, Any]:
        """What was imported and every change made on the way (``lossy``)."""
        return {"datafi_import": 1, "format": self.format, "source": source,
                "counts": {"tasks": len(self.records), "images": len(self.images),
                           "pre_annotated": sum(1 for t in self.tasks if t.predictions)},
                "lossy": self.losses.to_json(), "warnings": self.warnings}

    def summary(self) -> str:
        """One line for the terminal: counts and what changed."""
        return (f"{len(self.records)} tasks, {len(self.images)} images; "
                f"changed: {self.losses.summary()}")


def task_id_for(text: str, fallback: str) -> str:
    """A valid task id from a file name or an id in another tool's file."""
    if _valid_id(text):
        return text
    cleaned = re.sub(r"[^A-Za-z0-9._:/-]+", "-", text).strip("-._/:")[:120]
    cleaned = "/".join(p for p in cleaned.split("/") if p not in ("", ".", ".."))
    return cleaned if cleaned and _valid_id(cleaned) else fallback


def _valid_id(text: str) -> bool:
    try:
        check_id(text)
    except ValueError:
        return False
    return True


def build_task(body: dict[str, Any], where: str) -> Task:
    try:
        return parse_task(body)
    except TaskFormatError as exc:
        raise fail(exc.detail, where, exc.field) from None


def image_task(
    task_id: str, kind: TaskKind, ref: ImageRef, labels: Sequence[str], where: str, *,
    filename: str | None = None, multi: bool = False,
    predictions: Sequence[dict[str, Any]] = (), model: str = "import",
    source: dict[str, Any] | None = None,
) -> TaskRecord:
    """An image task of ``kind`` with its pre-annotations, checked against the image;
    ``source`` keeps what the file said about each object (see :mod:`.origin`)."""
    data: dict[str, Any] = {"image": ref.sha256, "width": ref.width, "height": ref.height}
    if filename:
        data["filename"] = filename
    if source:
        data["source"] = source
    body: dict[str, Any] = {"id": task_id, "kind": kind.value, "data": data,
                            "config": {"labels": list(labels), "multi": multi}}
    if predictions:
        body["predictions"] = [{"model": model, "annotation": p} for p in predictions]
    return TaskRecord(task=build_task(body, where), gold=None, where=where)


def finish(fmt: str, records: list[TaskRecord], images: dict[str, Path],
           warnings: list[str] | None = None, losses: Losses | None = None) -> ImportResult:
    """Final checks: unique ids, every pre-annotation valid for its task (labels known,
    shapes inside the image, spans inside the text)."""
    seen: set[str] = set()
    for record in records:
        task = record.task
        if task.id in seen:
            raise fail(f"duplicate task id {task.id!r}", record.where, "id")
        seen.add(task.id)
        for i, prediction in enumerate(task.predictions):
            try:
                parse_annotation(prediction.annotation, task)
            except DataFiError as exc:
                raise fail(str(exc), f"{record.where} (pre-annotation {i})") from None
    return ImportResult(fmt, records, images, warnings or [], losses or Losses())


def labels_or(options: ImportOptions, found: Sequence[str]) -> tuple[str, ...]:
    """The label set: the one given, else the labels the file uses (in order)."""
    if options.labels:
        return tuple(options.labels)
    out: list[str] = []
    for name in found:
        if name not in out:
            out.append(name)
    return tuple(out)


def image_kind(options: ImportOptions, has_polygons: bool) -> TaskKind:
    """The forced kind, else polygons for an image with polygons, boxes otherwise."""
    if options.kind is not None:
        if options.kind not in (TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS):
            raise ImportFormatError(f"shapes cannot become {options.kind.value} tasks",
                                    field="kind")
        return options.kind
    return TaskKind.POLYGONS if has_polygons else TaskKind.BOUNDING_BOXES


def shapes_annotation(kind: TaskKind, boxes: list[dict[str, Any]],
                      polygons: list[dict[str, Any]]) -> dict[str, Any]:
    """An annotation of ``kind`` from boxes and polygons (boxes become 4-point polygons
    in a polygons task; polygons cannot become boxes silently)."""
    if kind is TaskKind.BOUNDING_BOXES:
        if polygons:
            raise ValueError("polygons cannot become a bounding_boxes task")
        return {"kind": kind.value, "boxes": boxes}
    converted = [{"label": b["label"], "points": [
        [b["x"], b["y"]], [round(b["x"] + b["w"], 2), b["y"]],
        [round(b["x"] + b["w"], 2), round(b["y"] + b["h"], 2)],
        [b["x"], round(b["y"] + b["h"], 2)]]} for b in boxes]
    return {"kind": kind.value, "polygons": converted + polygons}


def read_json(path: Path) -> Any:
    import json

    from .. import jsonsafe

    try:
        return jsonsafe.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise fail("file not found", str(path)) from None
    except UnicodeDecodeError:
        raise fail("not UTF-8 text", str(path)) from None
    except OSError as exc:
        raise fail(f"cannot read ({exc.strerror})", str(path)) from None
    except jsonsafe.JSONTooDeepError as exc:
        raise fail(str(exc), str(path)) from None
    except json.JSONDecodeError as exc:
        raise fail(f"invalid JSON at line {exc.lineno} column {exc.colno} ({exc.msg})",
                   str(path)) from None
