"""JSONL: one line per submission with everything a buyer needs to check it.

Each line holds the task, the annotation exactly as signed, its content hash,
the EIP-712 typed data, the signature and the signer; a reviewer's correction
and signed Review when there is one; and the Merkle inclusion proof of the
submission digest once an epoch settled it. Every export writes this file as
``submissions.jsonl`` beside its own format; the ``jsonl`` format is that file alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..models import TaskKind
from ..taskfile import TaskRecord, parse_records, read_json_records
from .importing import ImportOptions, ImportResult, build_task, fail, finish, task_id_for
from .plan import PROVENANCE_FILE, ExportPlan, FormatWriter, dumps_line
from .records import ExportRecord


def provenance_bytes(records: Sequence[ExportRecord]) -> bytes:
    return "".join(dumps_line(r.to_json()) + "\n" for r in records).encode("utf-8")


def add_provenance(plan: ExportPlan, records: Sequence[ExportRecord]) -> None:
    """Append these records' lines to ``submissions.jsonl`` (every format has it)."""
    plan.append(PROVENANCE_FILE, provenance_bytes(records))


class JsonlWriter(FormatWriter):
    """The ``jsonl`` format: ``submissions.jsonl`` alone."""

    name = "jsonl"

    def add(self, group: Sequence[ExportRecord]) -> None:
        for record in group:
            self.plan.item(record)
            self.plan.add_labels(record.task.config.label_names)


def read_jsonl(path: Path, options: ImportOptions) -> ImportResult:
    """JSON Lines → tasks. Each line is one of:

    - a DataFi task (``{"id", "kind", "data", ...}``);
    - an exported submission (``{"task": {...}, "annotation": {...}, "signer"}``):
      its task, with the annotation (the correction, if any) as a pre-annotation;
    - a text: ``{"text": "...", "id"?: ..., other fields → data.meta}`` or a JSON
      string, becoming a task of ``options.kind`` (text classification by default)
      with ``options.labels``.
    """
    raw = read_json_records(path)
    records: list[TaskRecord] = []
    merged: dict[str, dict[str, Any]] = {}
    kind = options.kind or TaskKind.TEXT_CLASSIFICATION
    for n, (where, item) in enumerate(raw, start=1):
        if isinstance(item, dict) and isinstance(item.get("task"), dict) and isinstance(
                item.get("annotation"), dict):
            body = merged.get(str(item["task"].get("id")))
            if body is None:
                body = {k: v for k, v in item["task"].items() if k != "predictions"}
                body["predictions"] = []
                merged[str(body.get("id"))] = body
                records.append(TaskRecord(build_task(body, where), None, where))
            annotation = item.get("correction") or item["annotation"]
            body["predictions"].append({"model": f"datafi:{item.get('signer', '')}"[:200],
                                        "annotation": annotation})
            continue
        if isinstance(item, dict) and "kind" in item and "id" in item:
            records += parse_records([(where, item)])
            continue
        text = item if isinstance(item, str) else item.get("text") if isinstance(
            item, dict) else None
        if not isinstance(text, str) or not text:
            raise fail("expected a text, a task or an exported submission", where)
        if not kind.is_text or kind is TaskKind.COMPARISON:
            raise fail(f"texts cannot become {kind.value} tasks", where, "kind")
        if not options.labels:
            raise fail("pass the label set (--labels a,b,c)", where, "labels")
        meta = {k: v for k, v in item.items() if k not in ("text", "id") and isinstance(
            v, str | int | float | bool)} if isinstance(item, dict) else {}
        raw_id = item.get("id") if isinstance(item, dict) else None
        task_id = task_id_for(str(raw_id), f"text-{n}") if raw_id is not None else f"text-{n}"
        data: dict[str, Any] = {"text": text, **({"meta": meta} if meta else {})}
        body = {"id": task_id, "kind": kind.value, "data": data,
                "config": {"labels": list(options.labels), "multi": bool(options.multi)}}
        records.append(TaskRecord(build_task(body, where), None, where))
    records = [TaskRecord(build_task(merged[r.task.id], r.where), None, r.where)
               if r.task.id in merged else r for r in records]
    return finish("jsonl", records, {})
