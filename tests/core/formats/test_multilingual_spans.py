"""Spans over Arabic, Hebrew, Hindi, Thai, Chinese, Japanese and emoji ZWJ text come
back from every text format at exactly the same code-point offsets."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from datafi_desktop.core.formats.exporter import export_records
from datafi_desktop.core.formats.importers import read_import
from datafi_desktop.core.formats.records import ExportRecord

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo"
SCRIPTS = {"text-spans-003": "emoji", "text-spans-004": "Arabic", "text-spans-005": "Hebrew",
           "text-spans-013": "Arabic + Latin", "text-spans-014": "Hebrew + Latin",
           "text-spans-015": "Hindi", "text-spans-016": "Thai", "text-spans-017": "Chinese",
           "text-spans-018": "Japanese", "text-spans-019": "emoji ZWJ"}


def entity_spans(text: str, entities: list[list[str]]) -> list[dict[str, Any]]:
    spans, cursor = [], 0
    for surface, label in entities:
        start = text.index(surface, cursor)
        spans.append({"start": start, "end": start + len(surface), "label": label})
        cursor = start + len(surface)
    return spans


@pytest.fixture(scope="module")
def records(demo_records: list[ExportRecord]) -> list[ExportRecord]:
    """The demo's multilingual span submissions, corrected to the intended entities."""
    source = {t["id"]: t for t in json.loads((DEMO / "texts.json").read_text(
        encoding="utf-8"))["spans"]["tasks"]}
    out = []
    for record in demo_records:
        if record.task.id in SCRIPTS:
            spans = entity_spans(record.task.text, source[record.task.id]["entities"])
            out.append(dataclasses.replace(record, correction={"kind": "text_spans",
                                                               "spans": spans}))
    assert {r.task.id for r in out} == set(SCRIPTS)
    return out


def surfaces(text: str, spans: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(text[s["start"]:s["end"]], s["label"]) for s in spans]


@pytest.mark.parametrize("fmt", ["label-studio", "jsonl", "conll"])
def test_offsets_round_trip_exactly(tmp_path: Path, records: list[ExportRecord], images: Any,
                                    fmt: str) -> None:
    out = tmp_path / fmt
    manifest = export_records(records, fmt, out, images=images).manifest
    lossy = {sub for loss in manifest.get("lossy", []) for sub in loss["submissions"]}
    # BIO tags whole tokens: the Hebrew prefix ל in "לאוניברסיטת" holds the ORG's start
    hebrew_prefix = {r.submission_id for r in records if r.task.id == "text-spans-005"}
    assert lossy == (hebrew_prefix if fmt == "conll" else set())
    files = {"label-studio": "label_studio_text_spans.json", "jsonl": "submissions.jsonl",
             "conll": "spans.conll"}
    back = {t.id: t for t in read_import(fmt, out / files[fmt]).tasks}
    for record in records:
        if record.submission_id in lossy:
            continue
        task = back[record.task.id]
        assert task.text == record.task.text, SCRIPTS[task.id]
        spans = task.predictions[-1].annotation["spans"]
        assert sorted(spans, key=lambda s: s["start"]) == record.final["spans"], SCRIPTS[task.id]
        assert surfaces(task.text, spans) == surfaces(record.task.text, record.final["spans"])


def test_label_studio_counts_code_points_not_utf16(tmp_path: Path,
                                                   records: list[ExportRecord],
                                                   images: Any) -> None:
    """Label Studio's Text tag offsets index code points: the emoji before "Lagos"
    make its UTF-16 offset larger than the stored one."""
    export_records(records, "label-studio", tmp_path, images=images)
    tasks = json.loads((tmp_path / "label_studio_text_spans.json").read_text(encoding="utf-8"))
    task = next(t for t in tasks if t["data"]["text"].startswith("👩"))
    text = task["data"]["text"]
    value = next(r["value"] for r in task["annotations"][0]["result"]
                 if r["value"]["labels"] == ["LOC"])
    start = text.index("Lagos")
    assert (value["start"], value["end"], value["text"]) == (start, start + 5, "Lagos")
    assert len(text[:start].encode("utf-16-le")) // 2 > start
