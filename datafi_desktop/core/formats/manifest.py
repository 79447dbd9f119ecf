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
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .. import jsonsafe
from ..errors import DataFiError
from .plan import ExportPlan
from .records import ExportRecord

MANIFEST_FILE = "manifest.json"
MANIFEST_VERSION = 1


class ManifestError(DataFiError):
    """An export folder has no readable manifest."""


def build_manifest(
    plan: ExportPlan, records: Sequence[ExportRecord], hashes: Mapping[str, str], *,
    created_at: str, generator: str, status: str | None,
) -> dict[str, Any]:
    epochs: dict[str, str] = {}
    for record in records:
        if record.inclusion is not None:
            epochs[str(record.inclusion.epoch)] = record.inclusion.root
    items = [plan.items[r.submission_id] for r in records if r.submission_id in plan.items]
    exported = sum(1 for item in items if "skipped" not in item)
    return {
        "datafi_export": MANIFEST_VERSION,
        "format": plan.format,
        "options": plan.options,
        "created_at": created_at,
        "generator": generator,
        "status": status or "all",
        "campaigns": sorted({r.campaign_id for r in records}),
        "labels": plan.labels,
        "counts": {
            "submissions": len(records),
            "exported": exported,
            "by_kind": dict(sorted(Counter(r.kind for r in records).items())),
            "skipped": dict(sorted(plan.skipped.items())),
            "shapes": plan.shapes,
            "images": len(plan.images),
            "files": len(hashes),
        },
        "epochs": dict(sorted(epochs.items(), key=lambda kv: int(kv[0]))),
        "lossy": [loss.to_json() for loss in plan.losses.values()],
        "items": items,
        "files": dict(sorted(hashes.items())),
    }


def summary(manifest: Mapping[str, Any]) -> str:
    """What the export changed, in one line: ``2 × recomputed_bbox_area, 1 × split_objects;
    skipped 3 text_spans``, or ``nothing changed``."""
    parts = [f"{loss['count']} × {loss['code']}" for loss in manifest.get("lossy") or []]
    skipped = [f"{n} {kind}" for kind, n in (manifest.get("counts") or {}).get(
        "skipped", {}).items()]
    text = ", ".join(parts) or "nothing changed"
    return text + (f"; skipped {', '.join(skipped)}" if skipped else "")


def write_manifest(folder: Path, manifest: Mapping[str, Any]) -> None:
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    (folder / MANIFEST_FILE).write_text(text, encoding="utf-8")


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
