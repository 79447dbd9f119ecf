"""An export before it touches the disk: the files, the images, the losses.

Every exporter is a pure function ``(records, image paths, options) → ExportPlan``.
The writer (:mod:`.exporter`) puts a plan on disk; :mod:`.verify` rebuilds the
plan from the signed records and compares bytes, which is how it catches a label
file changed after export even when the manifest was rewritten to match.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..models import TaskKind
from .imagefiles import safe_stem, suffix_from_task_filename, unique_names
from .records import ExportRecord

IMAGE_DIR = "images"
PROVENANCE_FILE = "submissions.jsonl"


def task_key(record: ExportRecord) -> str:
    return f"{record.campaign_id}/{record.task.id}"


@dataclass
class Loss:
    """One kind of information a format could not hold."""

    code: str
    detail: str
    count: int = 0
    items: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "detail": self.detail, "count": self.count,
                "submissions": self.items[:1000]}


@dataclass
class ExportPlan:
    format: str
    options: dict[str, Any] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    images: dict[str, str] = field(default_factory=dict)  # export path → sha-256
    items: dict[str, dict[str, Any]] = field(default_factory=dict)  # submission id → entry
    skipped: Counter[str] = field(default_factory=Counter)
    losses: dict[str, Loss] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)
    shapes: int = 0

    def add_file(self, path: str, data: bytes, record: ExportRecord | None = None) -> None:
        if path in self.files:
            raise ValueError(f"{path} written twice")
        self.files[path] = data
        if record is not None:
            self.item(record)["files"].append(path)

    def add_json(self, path: str, value: Any, record: ExportRecord | None = None) -> None:
        self.add_file(path, dumps_pretty(value), record)

    def add_image(self, path: str, sha: str, record: ExportRecord) -> None:
        self.images[path] = sha
        entry = self.item(record)
        entry["image"] = path
        if path not in entry["files"]:
            entry["files"].append(path)

    def item(self, record: ExportRecord) -> dict[str, Any]:
        entry = self.items.get(record.submission_id)
        if entry is None:
            entry = {"submission": record.submission_id, "campaign": record.campaign_id,
                     "task": record.task.id, "kind": record.kind, "files": []}
            self.items[record.submission_id] = entry
        return entry

    def skip(self, record: ExportRecord) -> None:
        """Count a record whose kind this format cannot represent."""
        self.skipped[record.kind] += 1
        self.item(record)["skipped"] = f"{record.kind} cannot be represented in {self.format}"

    def lose(self, code: str, detail: str, record: ExportRecord, count: int = 1) -> None:
        loss = self.losses.setdefault(code, Loss(code, detail))
        loss.count += count
        if record.submission_id not in loss.items:
            loss.items.append(record.submission_id)

    def add_labels(self, names: Iterable[str]) -> None:
        for name in names:
            if name not in self.labels:
                self.labels.append(name)


def dumps_pretty(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def dumps_line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def image_paths_for(
    records: Sequence[ExportRecord], suffix_of: Callable[[ExportRecord], str],
    folder: str = IMAGE_DIR,
) -> dict[str, str]:
    """``task key → images/<readable name>`` for every image task among ``records``.

    Names come from the task id (unique within a campaign), prefixed by the
    campaign when the export spans several; ``suffix_of`` gives the file type.
    """
    campaigns = {r.campaign_id for r in records}
    wanted: list[tuple[str, str]] = []
    seen: set[str] = set()
    for record in records:
        key = task_key(record)
        if key in seen or not record.task.image_hash:
            continue
        seen.add(key)
        stem = safe_stem(record.task.id)
        if len(campaigns) > 1:
            stem = f"{safe_stem(record.campaign_id)}__{stem}"
        wanted.append((key, f"{stem}{suffix_of(record)}"))
    return {key: f"{folder}/{name}" for key, name in unique_names(wanted).items()}


def default_suffix(record: ExportRecord) -> str:
    return suffix_from_task_filename(record.task.data.get("filename")) or ".jpg"


def label_kind(record: ExportRecord) -> TaskKind:
    return TaskKind(record.kind)


def fmt_num(value: float) -> str:
    """A coordinate as short, exact decimal text (``12.5``, ``3``)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def select(
    plan: ExportPlan, records: Sequence[ExportRecord], kinds: Iterable[TaskKind],
    image_paths: dict[str, str] | None = None,
) -> list[ExportRecord]:
    """The records a per-item format holds: the latest submission of each task of
    ``kinds``. Other kinds are counted as skipped; earlier submissions of a task
    as a loss. With ``image_paths`` each kept record's image joins the plan."""
    wanted = set(kinds)
    latest: dict[str, ExportRecord] = {}
    for record in records:
        plan.item(record)
        if label_kind(record) not in wanted:
            plan.skip(record)
            continue
        key = task_key(record)
        earlier = latest.get(key)
        if earlier is not None:
            plan.lose("superseded", "an earlier submission of the same task (only the latest "
                      "submission of each task is in the label files)", earlier)
            plan.item(earlier)["skipped"] = "superseded"
        latest[key] = record
    kept = [r for r in records if latest.get(task_key(r)) is r]
    for record in kept:
        plan.add_labels(record.task.config.label_names)
        if image_paths is not None:
            path = image_paths.get(task_key(record))
            sha = record.task.image_hash
            if path is None or sha is None:
                raise ValueError(f"no image path for task {record.task.id!r}")
            plan.add_image(path, sha, record)
    return kept
