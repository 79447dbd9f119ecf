"""Importing tasks from other tools' formats, all or nothing.

>>> sorted(FORMATS)
['coco', 'conll', 'images', 'jsonl', 'label-studio', 'labelme', 'voc', 'yolo']

:func:`read_import` validates everything and returns plain tasks (the hub can
take them as they are); :func:`import_into_cache` stores them, their images
first (content-addressed, so a failed import leaves only unreferenced files),
then the campaign and every task in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..cache import Cache
from ..models import Campaign
from .coco_import import read_coco
from .conll import read_conll
from .images_folder import read_images_folder
from .importing import ImportFormatError, ImportOptions, ImportResult
from .jsonl import read_jsonl
from .label_studio_import import read_label_studio
from .labelme_import import read_labelme
from .voc import read_voc
from .yolo import read_yolo

Reader = Callable[[Path, ImportOptions], ImportResult]

FORMATS: dict[str, Reader] = {
    "label-studio": read_label_studio,
    "images": read_images_folder,
    "jsonl": read_jsonl,
    "coco": read_coco,
    "yolo": read_yolo,
    "voc": read_voc,
    "labelme": read_labelme,
    "conll": read_conll,
}


def read_import(fmt: str, path: Path, options: ImportOptions | None = None) -> ImportResult:
    """Read and validate an import; raises :class:`ImportFormatError` naming file and item."""
    reader = FORMATS.get(fmt)
    if reader is None:
        raise ImportFormatError(f"unknown format {fmt!r}; choose one of "
                                f"{', '.join(sorted(FORMATS))}")
    if not Path(path).exists():
        raise ImportFormatError("no such file or folder", context=str(path))
    try:
        return reader(Path(path), options or ImportOptions())
    except (OverflowError, RecursionError) as exc:  # a number or nesting no format allows
        raise ImportFormatError(f"a value is out of range ({exc.__class__.__name__}: "
                                f"{str(exc)[:100]})", context=str(path)) from None


def import_into_cache(cache: Cache, campaign: Campaign, result: ImportResult, *,
                      source: str | None = None) -> int:
    """Store an import in the cache; refuses task ids the campaign already has."""
    for record in result.records:
        if cache.tasks.find_task(campaign.id, record.task.id) is not None:
            raise ImportFormatError(f"task {record.task.id!r} is already in campaign "
                                    f"{campaign.id!r}", field="id", context=record.where)
    for sha, path in result.images.items():
        cache.assets.put_file(path, expected=sha)
    with cache.transaction():
        cache.tasks.upsert_campaign(campaign)
        return cache.tasks.add_tasks(campaign.id, result.tasks, source=source or result.format)
