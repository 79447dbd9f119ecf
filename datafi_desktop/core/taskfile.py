"""Reading task files: a JSON array, a JSON object with a ``tasks`` list, or JSONL.

Errors name the file and the line or item, and nothing is returned partially:
a file with one bad task is refused as a whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import jsonsafe
from .errors import TaskFormatError
from .models import Task, parse_task

#: Keys a task record may carry beside the task itself; the loaders use them and
#: strip them before validation.
SIDE_KEYS = ("gold",)


@dataclass(frozen=True)
class TaskRecord:
    task: Task
    gold: dict[str, Any] | None
    where: str


def read_json_records(path: Path) -> list[tuple[str, Any]]:
    """The raw records of a task file with a location for each ("file.jsonl:12")."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TaskFormatError("not UTF-8 text", context=str(path)) from None
    except OSError as exc:
        raise TaskFormatError(f"cannot read ({exc.strerror})", context=str(path)) from None
    if path.suffix.lower() == ".jsonl":
        return _jsonl(path, text)
    try:
        data = jsonsafe.loads(text)
    except jsonsafe.JSONTooDeepError:
        raise TaskFormatError("JSON nested too deeply", context=str(path)) from None
    except json.JSONDecodeError as exc:
        if exc.lineno > 1 and text.lstrip().startswith("{"):
            return _jsonl(path, text)  # JSON Lines under another extension
        raise TaskFormatError(
            f"invalid JSON at line {exc.lineno} column {exc.colno} ({exc.msg})", context=str(path)
        ) from None
    if isinstance(data, dict) and isinstance(data.get("tasks"), list):
        data = data["tasks"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise TaskFormatError("expected a list of tasks", context=str(path))
    return [(f"{path.name}[{i}]", item) for i, item in enumerate(data)]


def parse_records(records: list[tuple[str, Any]]) -> list[TaskRecord]:
    """Validate every record; the first bad one raises, naming where it is."""
    out: list[TaskRecord] = []
    seen: set[str] = set()
    for where, raw in records:
        if not isinstance(raw, dict):
            raise TaskFormatError("a task must be a JSON object", context=where)
        body = {k: v for k, v in raw.items() if k not in SIDE_KEYS}
        try:
            task = parse_task(body)
        except TaskFormatError as exc:
            raise TaskFormatError(exc.detail, field=exc.field, context=where) from None
        if task.id in seen:
            raise TaskFormatError(f"duplicate task id {task.id!r}", field="id", context=where)
        seen.add(task.id)
        gold = raw.get("gold")
        if gold is not None and not isinstance(gold, dict):
            raise TaskFormatError("must be an annotation object", field="gold", context=where)
        out.append(TaskRecord(task=task, gold=gold, where=where))
    return out


def read_task_file(path: Path) -> list[TaskRecord]:
    return parse_records(read_json_records(path))


def _jsonl(path: Path, text: str) -> list[tuple[str, Any]]:
    records: list[tuple[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((f"{path.name}:{number}", jsonsafe.loads(line)))
        except jsonsafe.JSONTooDeepError:
            raise TaskFormatError(
                f"line {number}: JSON nested too deeply", context=str(path)
            ) from None
        except json.JSONDecodeError as exc:
            raise TaskFormatError(
                f"line {number}: invalid JSON ({exc.msg})", context=str(path)
            ) from None
    return records
