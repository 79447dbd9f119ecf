"""Writing an export: records → plan → files on disk → manifest.

>>> sorted(FORMATS)
['coco', 'conll', 'jsonl', 'label-studio', 'labelme', 'voc', 'yolo']

The hub and the app call :func:`export_records` with any iterable of
:class:`~.records.ExportRecord` and a way to find image files by content hash.
The folder appears whole or not at all: files go to a temporary sibling that is
renamed into place once everything, the manifest last, is written.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ... import __version__
from .coco import export_coco
from .conll import export_conll
from .imagefiles import image_type_suffix, suffix_from_task_filename
from .jsonl import add_provenance, export_jsonl
from .label_studio_export import export_label_studio
from .labelme import export_labelme
from .manifest import build_manifest, write_manifest
from .plan import ExportPlan, image_paths_for
from .records import ExportError, ExportRecord, check_records
from .voc import IMAGE_FOLDER as VOC_IMAGES
from .voc import export_voc
from .yolo import export_yolo

Exporter = Callable[[Sequence[ExportRecord], dict[str, str], dict[str, object]], ExportPlan]
ImageSource = Callable[[str], Path]
"""sha-256 of an image → a readable file with those bytes (e.g. ``AssetStore.path``)."""

FORMATS: dict[str, Exporter] = {
    "label-studio": export_label_studio,
    "coco": export_coco,
    "yolo": export_yolo,
    "voc": export_voc,
    "labelme": export_labelme,
    "jsonl": export_jsonl,
    "conll": export_conll,
}
IMAGE_FOLDERS = {"voc": VOC_IMAGES}
TEXT_ONLY = frozenset({"jsonl", "conll"})


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    manifest: dict[str, Any]


def build_plan(fmt: str, records: Sequence[ExportRecord], image_paths: dict[str, str],
               options: Mapping[str, object] | None = None) -> ExportPlan:
    """The plan of an export (pure: nothing is read or written)."""
    exporter = FORMATS.get(fmt)
    if exporter is None:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(sorted(FORMATS))}")
    try:
        plan = exporter(records, image_paths, dict(options or {}))
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    add_provenance(plan, records)
    return plan


def plan_image_paths(fmt: str, records: Sequence[ExportRecord],
                     images: ImageSource | None) -> dict[str, str]:
    """Where each task's image goes in the export (``images/<task id>.<type>``)."""
    if fmt in TEXT_ONLY:
        return {}

    def suffix(record: ExportRecord) -> str:
        known = suffix_from_task_filename(record.task.data.get("filename"))
        if known is None and images is not None and record.task.image_hash:
            return image_type_suffix(images(record.task.image_hash))
        return known or ".jpg"

    return image_paths_for(records, suffix, IMAGE_FOLDERS.get(fmt, "images"))


def export_records(
    records: Iterable[ExportRecord], fmt: str, out_dir: Path, *, images: ImageSource,
    options: Mapping[str, object] | None = None, link: bool = False,
    status: str | None = None, now: datetime | None = None,
) -> ExportResult:
    """Write ``records`` in ``fmt`` to ``out_dir`` (new or empty) with a manifest.

    ``images`` finds an image file by its sha-256; with ``link`` images are
    hard-linked instead of copied where the file system allows.
    """
    checked = check_records(records)
    out_dir = Path(out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise ExportError(f"{out_dir} exists and is not an empty folder")
    image_paths = plan_image_paths(fmt, checked, images)
    plan = build_plan(fmt, checked, image_paths, options)
    sources = _image_sources(plan, images)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.partial-", dir=out_dir.parent))
    try:
        hashes = _write(plan, work, sources, link)
        stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        manifest = build_manifest(plan, checked, hashes, created_at=stamp,
                                  generator=f"datafi-desktop {__version__}", status=status)
        write_manifest(work, manifest)
        if out_dir.exists():
            out_dir.rmdir()
        os.replace(work, out_dir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return ExportResult(out_dir, manifest)


def _image_sources(plan: ExportPlan, images: ImageSource) -> dict[str, Path]:
    sources: dict[str, Path] = {}
    for path, sha in plan.images.items():
        try:
            source = images(sha)
        except Exception as exc:
            raise ExportError(f"image {sha[:12]}… for {path}: {exc}") from None
        if not source.is_file():
            raise ExportError(f"image {sha[:12]}… for {path} is not in the asset store; "
                              "sync or re-import it first")
        sources[path] = source
    return sources


def _write(plan: ExportPlan, folder: Path, sources: Mapping[str, Path],
           link: bool) -> dict[str, str]:
    hashes: dict[str, str] = {}
    for rel, data in plan.files.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        hashes[rel] = hashlib.sha256(data).hexdigest()
    for rel, sha in plan.images.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        _place(sources[rel], target, link)
        actual = _sha256(target)
        if actual != sha:
            raise ExportError(f"image {rel}: the stored asset is damaged (hashes to "
                              f"{actual[:12]}…, not {sha[:12]}…)")
        hashes[rel] = actual
    return hashes


def _place(source: Path, target: Path, link: bool) -> None:
    if link:
        try:
            os.link(source, target)
            return
        except OSError:
            pass
    shutil.copyfile(source, target)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
