"""An export's files, images and losses, written format by format and task by task.

Every format is a :class:`FormatWriter`: it gets the records of one task at a time
(in export order) and writes into an :class:`ExportPlan`, then finishes the files
that need every task (a class list, a labeling config). Without a sink the plan keeps
the files in memory — :mod:`.verify` rebuilds the plan from the signed records and
compares bytes, which is how it catches a label file changed after export even when
the manifest was rewritten to match; with a sink (:mod:`.sink`) each file goes to
disk as it is written, hashed on the way, so an export of any size streams.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from ..models import TaskKind
from .imagefiles import safe_stem, suffix_from_task_filename, unique_name
from .records import ExportRecord

IMAGE_DIR = "images"
PROVENANCE_FILE = "submissions.jsonl"
#: submission ids a loss lists in the manifest (it counts them all)
LOSS_ITEMS = 1000


class Spool(Protocol):
    """Text kept aside until the end of the export (in memory or a temporary file)."""

    def write(self, text: str) -> Any: ...

    def chunks(self) -> Iterator[str]: ...


class Sink(Protocol):
    """Where a plan's files go as they are written (see :class:`.sink.DiskSink`)."""

    def put(self, path: str, chunks: Iterable[bytes]) -> None: ...

    def append(self, path: str, data: bytes) -> None: ...

    def image(self, path: str, sha: str) -> bool: ...

    def spool(self) -> Spool: ...

    def close(self) -> None: ...


class _MemorySpool(io.StringIO):
    def chunks(self) -> Iterator[str]:
        yield self.getvalue()


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
    image_count: int = 0
    sink: Sink | None = None
    _open: dict[str, list[bytes]] = field(default_factory=dict)

    def add_file(self, path: str, data: bytes, record: ExportRecord | None = None) -> None:
        self.add_chunks(path, (data,))
        if record is not None:
            self.item(record)["files"].append(path)

    def add_chunks(self, path: str, chunks: Iterable[bytes]) -> None:
        """A whole file from its parts, in order."""
        if self.sink is not None:
            self.sink.put(path, chunks)
            return
        if path in self.files or path in self._open:
            raise ValueError(f"{path} written twice")
        self.files[path] = b"".join(chunks)

    def append(self, path: str, data: bytes) -> None:
        """More bytes at the end of ``path`` (created by the first call; complete once
        :meth:`close` is called)."""
        if self.sink is not None:
            self.sink.append(path, data)
        else:
            self._open.setdefault(path, []).append(data)

    def spool(self) -> Spool:
        return self.sink.spool() if self.sink is not None else _MemorySpool()

    def close(self) -> None:
        """Finish the files written with :meth:`append`."""
        if self.sink is not None:
            self.sink.close()
        for path, parts in self._open.items():
            self.files[path] = b"".join(parts)
        self._open.clear()

    def take_items(self) -> dict[str, dict[str, Any]]:
        """The manifest entries so far, handed over (a streamed export keeps none)."""
        items, self.items = self.items, {}
        return items

    def add_json(self, path: str, value: Any, record: ExportRecord | None = None) -> None:
        self.add_file(path, dumps_pretty(value), record)

    def add_image(self, path: str, sha: str, record: ExportRecord) -> None:
        if self.sink is not None:
            self.image_count += self.sink.image(path, sha)
        elif path not in self.images:
            self.images[path] = sha
            self.image_count += 1
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

    def lose(self, code: str, detail: str, record: ExportRecord, count: int = 1, *,
             first: bool = False) -> None:
        """Count a loss; ``first`` puts a new kind of loss before those already counted."""
        loss = self.losses.get(code)
        if loss is None:
            loss = Loss(code, detail)
            self.losses = {code: loss, **self.losses} if first else {**self.losses,
                                                                     code: loss}
        loss.count += count
        if len(loss.items) < LOSS_ITEMS and record.submission_id not in loss.items:
            loss.items.append(record.submission_id)

    def add_labels(self, names: Iterable[str]) -> None:
        for name in names:
            if name not in self.labels:
                self.labels.append(name)


def dumps_pretty(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def dumps_line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class ImagePaths(dict[str, str]):
    """``task key → <folder>/<readable name>``, named as the tasks come: the task id
    (prefixed by the campaign when the export spans several), ``suffix_of`` giving the
    file type, a counter resolving collisions (the first comes plain). A streamed export
    calls :meth:`forget` between tasks: only the names taken are kept."""

    def __init__(self, suffix_of: Callable[[ExportRecord], str], folder: str = IMAGE_DIR,
                 *, several_campaigns: bool = False) -> None:
        super().__init__()
        self.suffix_of = suffix_of
        self.folder = folder
        self.several_campaigns = several_campaigns
        self._taken: set[str] = set()

    def see(self, record: ExportRecord) -> None:
        key = task_key(record)
        if key in self or not record.task.image_hash:
            return
        stem = safe_stem(record.task.id)
        if self.several_campaigns:
            stem = f"{safe_stem(record.campaign_id)}__{stem}"
        self[key] = f"{self.folder}/{unique_name(f'{stem}{self.suffix_of(record)}', self._taken)}"

    def forget(self) -> None:
        self.clear()


def image_paths_for(
    records: Sequence[ExportRecord], suffix_of: Callable[[ExportRecord], str],
    folder: str = IMAGE_DIR,
) -> dict[str, str]:
    """``task key → images/<readable name>`` for every image task among ``records``."""
    paths = ImagePaths(suffix_of, folder,
                       several_campaigns=len({r.campaign_id for r in records}) > 1)
    for record in records:
        paths.see(record)
    return dict(paths)


def default_suffix(record: ExportRecord) -> str:
    return suffix_from_task_filename(record.task.data.get("filename")) or ".jpg"


def label_kind(record: ExportRecord) -> TaskKind:
    return TaskKind(record.kind)


def fmt_num(value: float) -> str:
    """A coordinate as short, exact decimal text (``12.5``, ``3``)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def select(
    plan: ExportPlan, group: Sequence[ExportRecord], kinds: Iterable[TaskKind],
    image_paths: Mapping[str, str] | None = None,
) -> ExportRecord | None:
    """The record a per-item format holds of one task's records: the latest of a kind
    in ``kinds``. Other kinds are counted as skipped; earlier submissions of the task
    as a loss (listed before any other, as when a whole export was selected first).
    With ``image_paths`` the kept record's image joins the plan."""
    wanted = set(kinds)
    latest: ExportRecord | None = None
    for record in group:
        plan.item(record)
        if label_kind(record) not in wanted:
            plan.skip(record)
            continue
        if latest is not None:
            plan.lose("superseded", "an earlier submission of the same task (only the latest "
                      "submission of each task is in the label files)", latest, first=True)
            plan.item(latest)["skipped"] = "superseded"
        latest = record
    if latest is not None:
        plan.add_labels(latest.task.config.label_names)
        if image_paths is not None:
            path = image_paths.get(task_key(latest))
            sha = latest.task.image_hash
            if path is None or sha is None:
                raise ValueError(f"no image path for task {latest.task.id!r}")
            plan.add_image(path, sha, latest)
    return latest


class FormatWriter:
    """One export format, written task by task: :meth:`add` gets every record of one
    task (in export order), :meth:`finish` writes what needs them all."""

    name: ClassVar[str]

    def __init__(self, plan: ExportPlan, image_paths: Mapping[str, str]) -> None:
        self.plan = plan
        self.image_paths = image_paths

    @classmethod
    def plan_options(cls, options: Mapping[str, object], kinds: frozenset[str]
                     ) -> dict[str, Any]:
        """The options the manifest records (``kinds``: every record's kind)."""
        return dict(options)

    def add(self, group: Sequence[ExportRecord]) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Write what needs every task (nothing by default)."""
