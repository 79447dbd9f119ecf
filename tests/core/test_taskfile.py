"""Task files: JSON, JSONL, errors that name the file and line, nothing partial."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datafi_desktop.core.errors import TaskFormatError
from datafi_desktop.core.taskfile import read_task_file

GOOD = {"id": "t1", "kind": "text_classification", "data": {"text": "hello"},
        "config": {"labels": ["a", "b"]}}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_array_object_and_jsonl(tmp_path: Path) -> None:
    second = dict(GOOD, id="t2")
    assert [r.task.id for r in read_task_file(
        write(tmp_path, "a.json", json.dumps([GOOD, second])))] == ["t1", "t2"]
    assert [r.task.id for r in read_task_file(
        write(tmp_path, "b.json", json.dumps({"tasks": [GOOD]})))] == ["t1"]
    lines = "\n".join(json.dumps(t) for t in (GOOD, {**second, "gold": {
        "kind": "text_classification", "labels": ["a"]}})) + "\n\n"
    records = read_task_file(write(tmp_path, "c.jsonl", lines))
    assert records[1].gold == {"kind": "text_classification", "labels": ["a"]}
    # JSON Lines under a .json name are recognised too
    assert len(read_task_file(write(tmp_path, "d.json", lines))) == 2


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("bad.json", '[{"id": "t1",', "bad.json: invalid JSON at line 1"),
        ("bad.jsonl", json.dumps(GOOD) + "\n{oops\n", "bad.jsonl: line 2: invalid JSON"),
        ("deep.json", "[" * 100_000, "nested too deeply"),
        ("num.json", "42", "expected a list of tasks"),
        ("item.jsonl", json.dumps(GOOD) + "\n" + json.dumps({**GOOD, "id": "t2",
         "data": {"text": ""}}) + "\n", "item.jsonl:2: data.text"),
        ("dup.jsonl", json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n",
         "dup.jsonl:2: id: duplicate task id 't1'"),
        ("notobj.json", "[1]", "notobj.json[0]: a task must be a JSON object"),
    ],
)
def test_errors_name_the_file_and_item(tmp_path: Path, name: str, text: str,
                                       expected: str) -> None:
    with pytest.raises(TaskFormatError) as info:
        read_task_file(write(tmp_path, name, text))
    assert expected in str(info.value)


def test_binary_and_missing_files(tmp_path: Path) -> None:
    binary = tmp_path / "x.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(TaskFormatError, match="not UTF-8"):
        read_task_file(binary)
    with pytest.raises(TaskFormatError, match="cannot read"):
        read_task_file(tmp_path / "missing.json")


def test_nesting_depth_ignores_brackets_in_strings() -> None:
    from datafi_desktop.core.jsonsafe import JSONTooDeepError, loads, nesting_depth

    assert nesting_depth('["[[[[", {"x": "]]\\"[["}]') == 2
    assert loads('{"a": "\\"{{{"}') == {"a": '"{{{'}
    with pytest.raises(JSONTooDeepError):
        loads("[" * 65 + "]" * 65)
    assert loads("[" * 64 + "]" * 64) is not None
