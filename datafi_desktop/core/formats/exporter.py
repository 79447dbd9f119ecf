"""Writing an export: records → format writer → files on disk → manifest.

>>> sorted(FORMATS)
['coco', 'conll', 'jsonl', 'label-studio', 'labelme', 'voc', 'yolo']

The app calls :func:`export_records` with its records in any order; the hub calls
:func:`export_stream` with records read from its database in export order, one task's
records in memory at a time: each file is written (and hashed) as the tasks come,
what needs every task (a COCO document's head, the manifest's items and hashes) is
spooled to temporary files. The folder appears whole or not at all: files go to a
temporary sibling that is renamed into place once everything, the manifest last, is
written.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ... import __version__
from .coco import CocoWriter
from .conll import ConllWriter
from .imagefiles import image_type_suffix, suffix_from_task_filename
from .jsonl import JsonlWriter, add_provenance
from .label_studio_export import LabelStudioWriter
from .labelme import LabelmeWriter
from .manifest import ManifestItems, write_manifest
from .plan import ExportPlan, FormatWriter, ImagePaths, Sink, task_key
from .records import ExportError, ExportRecord, check_records, validate_record
from .sink import DiskSink, ImageSource
from .voc import IMAGE_FOLDER as VOC_IMAGES
from .voc import VocWriter
from .yolo import YoloWriter

FORMATS: dict[str, type[FormatWriter]] = {w.name: w for w in (
    LabelStudioWriter, CocoWriter, YoloWriter, VocWriter, LabelmeWriter, JsonlWriter,
    ConllWriter)}
IMAGE_FOLDERS = {"voc": VOC_IMAGES}
TEXT_ONLY = frozenset({"jsonl", "conll"})


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    #: the manifest without its ``items`` and ``files`` (those are in the file)
    manifest: dict[str, Any]


def task_groups(records: Iterable[ExportRecord]) -> Iterator[list[ExportRecord]]:
    """The records of each task together (records in export order: a task's are next to
    each other)."""
    group: list[ExportRecord] = []
    for record in records:
        if group and task_key(group[0]) != task_key(record):
            yield group
            group = []
        group.append(record)
    if group:
        yield group


def _writer(fmt: str, options: Mapping[str, object] | None, kinds: frozenset[str],
            image_paths: Mapping[str, str], sink: Sink | None) -> FormatWriter:
    writer = FORMATS.get(fmt)
    if writer is None:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(sorted(FORMATS))}")
    try:
        plan = ExportPlan(fmt, writer.plan_options(options or {}, kinds), sink=sink)
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    return writer(plan, image_paths)


def build_plan(fmt: str, records: Sequence[ExportRecord], image_paths: Mapping[str, str],
               options: Mapping[str, object] | None = None) -> ExportPlan:
    """The plan of an export, its files in memory (pure: nothing is read or written);
    ``records`` in export order (:func:`.records.sorted_records`)."""
    writer = _writer(fmt, options, frozenset(r.kind for r in records), image_paths, None)
    try:
        for group in task_groups(records):
            writer.add(group)
            add_provenance(writer.plan, group)
        writer.finish()
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    writer.plan.close()
    return writer.plan


def image_namer(fmt: str, images: ImageSource | None, *, several_campaigns: bool
                ) -> ImagePaths:
    """Where each task's image goes in the export (``images/<task id>.<type>``)."""

    def suffix(record: ExportRecord) -> str:
        known = suffix_from_task_filename(record.task.data.get("filename"))
        if known is None and images is not None and record.task.image_hash:
            return image_type_suffix(images(record.task.image_hash))
        return known or ".jpg"

    return ImagePaths(suffix, IMAGE_FOLDERS.get(fmt, "images"),
                      several_campaigns=several_campaigns)


def export_records(
    records: Iterable[ExportRecord], fmt: str, out_dir: Path, *, images: ImageSource,
    options: Mapping[str, object] | None = None, link: bool = False,
    status: str | None = None, now: datetime | None = None,
) -> ExportResult:
    """Write ``records`` (any order) in ``fmt`` to ``out_dir`` (new or empty) with a
    manifest. ``images`` finds an image file by its sha-256; with ``link`` images are
    hard-linked instead of copied where the file system allows."""
    checked = check_records(records)
    return export_stream(checked, fmt, out_dir, images=images,
                         kinds=frozenset(r.kind for r in checked),
                         several_campaigns=len({r.campaign_id for r in checked}) > 1,
                         options=options, link=link, status=status, now=now)


def export_stream(
    records: Iterable[ExportRecord], fmt: str, out_dir: Path, *, images: ImageSource,
    kinds: frozenset[str], several_campaigns: bool = False,
    options: Mapping[str, object] | None = None, link: bool = False,
    status: str | None = None, now: datetime | None = None,
) -> ExportResult:
    """:func:`export_records` for records already in export order, read once as they
    come (checked on the way); ``kinds`` are every record's kind (YOLO's ``auto`` mode
    needs them first). Only one task's records are held at a time."""
    out_dir = Path(out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise ExportError(f"{out_dir} exists and is not an empty folder")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.partial-", dir=out_dir.parent))
    spill = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.spool-", dir=out_dir.parent))
    sink = DiskSink(work, images, link, spill)
    try:
        paths = image_namer(fmt, images, several_campaigns=several_campaigns)
        writer = _writer(fmt, options, kinds, paths, sink)
        gathered = ManifestItems(sink.spool())
        _write_all(writer, paths if fmt not in TEXT_ONLY else None, gathered,
                   _in_order(records))
        stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        manifest = write_manifest(work, writer.plan, gathered, sink.hashes, created_at=stamp,
                                  generator=f"datafi-desktop {__version__}", status=status)
        if out_dir.exists():
            out_dir.rmdir()
        os.replace(work, out_dir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    finally:
        sink.discard()
        shutil.rmtree(spill, ignore_errors=True)
    return ExportResult(out_dir, manifest)


def _write_all(writer: FormatWriter, paths: ImagePaths | None, gathered: ManifestItems,
               records: Iterable[ExportRecord]) -> None:
    plan = writer.plan
    try:
        for group in task_groups(records):
            if paths is not None:
                paths.forget()
                for record in group:
                    paths.see(record)
            writer.add(group)
            add_provenance(plan, group)
            gathered.add(group, plan.take_items())
        writer.finish()
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    plan.close()


def _in_order(records: Iterable[ExportRecord]) -> Iterator[ExportRecord]:
    """The records, each checked (:func:`.records.validate_record`) and found after the
    one before in export order (so no submission comes twice)."""
    last: ExportRecord | None = None
    for record in records:
        if last is not None and not last.sort_key() < record.sort_key():
            what = "appears twice" if last.submission_id == record.submission_id else \
                "is out of export order"
            raise ExportError(f"submission {record.submission_id} {what}")
        validate_record(record)
        last = record
        yield record
