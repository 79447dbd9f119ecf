"""``manifest.json``: what an export holds and the sha-256 of every file in it.

Written last, beside the files it lists (itself excepted)::

    {"datafi_export": 1, "format": "coco", "options": {...}, "created_at": "...",
     "generator": "datafi-desktop 0.1.0", "status": "accepted", "campaigns": ["demo"],
     "labels": [...], "counts": {"submissions", "exported", "by_kind", "skipped",
     "shapes", "images", "files"}, "epochs": {"3": "0x<submissions root>"},
     "lossy": [{"code", "detail", "count", "submissions": [...]}],
     "items": [{"submission", "campaign", "task", "kind", "files", "image"?, "skipped"?}],
     "files": {"<path>": "<sha-256 hex>"}}

The manifest is not signed: it catches files changed, removed or added after
export; the signatures in ``submissions.jsonl`` tie each item to its signer.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .. import jsonsafe
from ..errors import DataFiError
from .jsonstream import JsonList, entry
from .plan import ExportPlan, Spool
from .records import ExportRecord
from .sink import SortedHashes

MANIFEST_FILE = "manifest.json"
MANIFEST_VERSION = 1


class ManifestError(DataFiError):
    """An export folder has no readable manifest."""


class ManifestItems:
    """What the manifest says of the records, gathered as they pass: counts, epochs,
    campaigns, and the items (spooled, in record order)."""

    def __init__(self, spool: Spool) -> None:
        self.spool = spool
        self.items = JsonList(spool.write, level=1)
        self.submissions = 0
        self.exported = 0
        self.by_kind: Counter[str] = Counter()
        self.campaigns: set[str] = set()
        self.epochs: dict[str, str] = {}

    def add(self, records: Iterable[ExportRecord], entries: Mapping[str, dict[str, Any]]
            ) -> None:
        for record in records:
            self.submissions += 1
            self.by_kind[record.kind] += 1
            self.campaigns.add(record.campaign_id)
            if record.inclusion is not None:
                self.epochs[str(record.inclusion.epoch)] = record.inclusion.root
            entry = entries.get(record.submission_id)
            if entry is not None:
                self.items.add(entry)
                self.exported += "skipped" not in entry


def write_manifest(folder: Path, plan: ExportPlan, gathered: ManifestItems,
                   files: SortedHashes, *, created_at: str, generator: str,
                   status: str | None) -> dict[str, Any]:
    """Write ``manifest.json`` (items and file hashes streamed from their spools); returns
    the manifest without its ``items`` and ``files``."""
    head: dict[str, Any] = {
        "datafi_export": MANIFEST_VERSION,
        "format": plan.format,
        "options": plan.options,
        "created_at": created_at,
        "generator": generator,
        "status": status or "all",
        "campaigns": sorted(gathered.campaigns),
        "labels": plan.labels,
        "counts": {
            "submissions": gathered.submissions,
            "exported": gathered.exported,
            "by_kind": dict(sorted(gathered.by_kind.items())),
            "skipped": dict(sorted(plan.skipped.items())),
            "shapes": plan.shapes,
            "images": plan.image_count,
            "files": files.count,
        },
        "epochs": dict(sorted(gathered.epochs.items(), key=lambda kv: int(kv[0]))),
        "lossy": [loss.to_json() for loss in plan.losses.values()],
    }
    gathered.items.close()
    with (folder / MANIFEST_FILE).open("w", encoding="utf-8") as fh:
        fh.write("{" + ",".join(entry(key, value) for key, value in head.items()))
        fh.write(',\n  "items": ')
        fh.writelines(gathered.spool.chunks())
        fh.write(',\n  "files": ')
        count = 0
        for path, sha in files.sorted():
            fh.write(("{" if count == 0 else ",") + "\n    " + json.dumps(path, ensure_ascii=False)
                     + ": " + json.dumps(sha))
            count += 1
        fh.write("{}" if count == 0 else "\n  }")
        fh.write("\n}\n")
    return head


def summary(manifest: Mapping[str, Any]) -> str:
    """What the export changed, in one line: ``2 × recomputed_bbox_area, 1 × split_objects;
    skipped 3 text_spans``, or ``nothing changed``."""
    parts = [f"{loss['count']} × {loss['code']}" for loss in manifest.get("lossy") or []]
    skipped = [f"{n} {kind}" for kind, n in (manifest.get("counts") or {}).get(
        "skipped", {}).items()]
    text = ", ".join(parts) or "nothing changed"
    return text + (f"; skipped {', '.join(skipped)}" if skipped else "")


def load_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST_FILE
    try:
        data = jsonsafe.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError(f"{path}: no manifest (is this a DataFi export folder?)") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ManifestError(f"{path}: unreadable ({exc})") from None
    if not isinstance(data, dict) or data.get("datafi_export") != MANIFEST_VERSION:
        raise ManifestError(f"{path}: not a DataFi export manifest (version "
                            f"{MANIFEST_VERSION})")
    for key, kind in (("files", dict), ("items", list), ("format", str)):
        if not isinstance(data.get(key), kind):
            raise ManifestError(f"{path}: '{key}' is missing or malformed")
    return data
