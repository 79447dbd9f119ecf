"""The hub's export streams (rows read in pages, files written as they come, hashes
taken while writing) and writes the same bytes as the in-memory export did.

``export_golden.json`` holds the sha-256 of every file of every format, captured from
the in-memory export (before streaming) on the ``mix`` campaign of :mod:`.export_data`;
the manifest's ``created_at`` is the only line set to a fixed value first. Re-capture
(only when an output change is intended) with ``DATAFI_WRITE_EXPORT_GOLDEN=1``."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tracemalloc
from pathlib import Path

import pytest

from datafi_desktop.core.formats.exporter import FORMATS
from datafi_desktop.core.formats.verify import verify_export
from datafi_desktop.hub.campaigns.export import export_campaign
from datafi_desktop.hub.cli import main as cli
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings

from .export_data import MIX, generated_campaign, mixed_campaign

GOLDEN = Path(__file__).parent / "data" / "export_golden.json"
_SIGNED = {"signature", "content_hash", "typed_data", "review_signature", "correction"}
_STAMP = re.compile(rb'^  "created_at": "[^"]*",$', re.MULTILINE)


def digests(folder: Path) -> dict[str, str]:
    """Relative path → sha-256 of every file (the manifest with a fixed created_at)."""
    out = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.name == "manifest.json":
            data, n = _STAMP.subn(b'  "created_at": "FIXED",', data, count=1)
            assert n == 1
        out[path.relative_to(folder).as_posix()] = hashlib.sha256(data).hexdigest()
    return out


@pytest.fixture
def hub(hub_settings: HubSettings) -> object:
    opened = Hub.open(hub_settings)
    yield opened
    opened.close()


def test_every_format_is_byte_identical_to_the_in_memory_export(
        hub: Hub, tmp_path: Path) -> None:
    mixed_campaign(hub)
    got = {}
    for fmt in sorted(FORMATS):
        out = tmp_path / fmt
        export_campaign(hub, MIX, fmt, out)
        got[fmt] = digests(out)
        report = verify_export(out)
        # the fixture's signatures are made up: only the file checks must pass
        assert report.submissions > 0 and not [
            p for p in report.problems if p.check not in _SIGNED], report.problems
    if os.environ.get("DATAFI_WRITE_EXPORT_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n")
    golden = json.loads(GOLDEN.read_text())
    for fmt in sorted(FORMATS):
        assert got[fmt] == golden[fmt], fmt
    # the CLI writes through the same streaming export
    cli_out = tmp_path / "cli-coco"
    assert cli.main(["--data-dir", str(hub.settings.data_dir), "--database-url",
                     hub.settings.url, "export", MIX, "--format", "coco",
                     "--out", str(cli_out)]) == 0
    assert digests(cli_out) == golden["coco"]
    # not a trivial fixture: every format but jsonl wrote label files beside the two
    # always there (the manifest and submissions.jsonl)
    assert all(len(files) > 2 for fmt, files in golden.items() if fmt != "jsonl")


def _traced_export(hub: Hub, campaign_id: str, fmt: str, out: Path) -> int:
    """The export's peak of Python memory (tracemalloc), in bytes."""
    tracemalloc.start()
    try:
        result = export_campaign(hub, campaign_id, fmt, out)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.manifest["counts"]["exported"] == result.manifest["counts"]["submissions"]
    return peak


@pytest.mark.parametrize("fmt", ["jsonl", "label-studio"])
def test_an_export_holds_a_page_of_rows_not_the_campaign(
        hub: Hub, tmp_path: Path, fmt: str) -> None:
    count = 20_000
    generated_campaign(hub, "small", count // 10)
    generated_campaign(hub, "gen", count)
    export_campaign(hub, "small", fmt, tmp_path / "warm")  # imports, caches: not the data
    small = _traced_export(hub, "small", fmt, tmp_path / "small")
    peak = _traced_export(hub, "gen", fmt, tmp_path / "out")
    written = sum(p.stat().st_size for p in (tmp_path / "out").rglob("*") if p.is_file())
    lines = (tmp_path / "out" / "submissions.jsonl").read_text().splitlines()
    assert len(lines) == count and json.loads(lines[-1])["task_id"] == f"g{count:08d}"
    # the in-memory export held every record, every file's bytes and the manifest —
    # more than it wrote; streaming holds a page of rows and one task's records, so ten
    # times the submissions take about the same memory
    assert written > 20_000_000
    assert peak < written / 8, (peak, written)
    assert peak < 2 * small, (peak, small)
