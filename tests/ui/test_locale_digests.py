"""What is signed, hashed or exported does not depend on the locale: the same
annotations signed and exported under C, German (decimal comma), Egyptian Arabic
(Arabic-Indic digits, right to left), Hindi, Persian and Chinese give the same
content hashes, digests, signatures and export files, byte for byte.

Both locales are switched: Qt's default (``QLocale.setDefault``, what the UI's
formatting follows) and Python's (``locale.setlocale``, generated here with
``localedef`` when the system has it)."""

from __future__ import annotations

import hashlib
import locale
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.demo import demo_records, load_demo
from datafi_desktop.core.formats.exporter import export_records
from datafi_desktop.core.formats.sources import cache_records
from datafi_desktop.ui import locale_format as lf
from tests.conftest import KeySigner

#: (Qt locale, Python locale or None when only Qt's is switched)
LOCALES = [("C", "C.UTF-8"), ("de_DE", "de_DE.UTF-8"), ("ar_EG", "ar_EG.UTF-8"),
           ("hi_IN", "hi_IN.UTF-8"), ("fa_IR", None), ("zh_CN", None)]
FORMATS = ("jsonl", "label-studio", "coco", "conll")
STAMP = 1_767_000_000_000


def annotations() -> dict[str, dict[str, Any]]:
    """One annotation per kind, with fractional coordinates and a multilingual text."""
    records = demo_records()
    first = {}
    for record in records:
        first.setdefault(record.task.kind.value, record.task)
    boxes = first["bounding_boxes"]
    label = boxes.config.label_names[0]
    spans = next(r.task for r in records if r.task.id == "text-spans-013")
    text = spans.text
    start = text.index("١٢")
    return {
        boxes.id: {"kind": "bounding_boxes", "boxes": [
            {"label": label, "x": 10.5, "y": 20.25, "w": 100.125, "h": 50.75},
            {"label": label, "x": 0.1, "y": 0.2, "w": 33.33, "h": 12.0}]},
        spans.id: {"kind": "text_spans", "spans": [
            {"start": start, "end": start + len("١٢ أكتوبر ٢٠٢٥"), "label": "DATE"}]},
        first["comparison"].id: {"kind": "comparison", "choice": "B", "reason": "B ١٢٫٥ 1.5",
                                 "ratings": {s.name: s.max for s in first["comparison"].config
                                             .ratings}},
        first["text_classification"].id: {"kind": "text_classification",
                                          "labels": [first["text_classification"]
                                                     .config.label_names[0]]},
    }


@pytest.fixture(scope="module")
def python_locales(tmp_path_factory: pytest.TempPathFactory) -> Iterator[set[str]]:
    """Python locales generated into a private folder (LOCPATH), when localedef exists."""
    made: set[str] = {"C.UTF-8"}
    localedef = shutil.which("localedef")
    folder = tmp_path_factory.mktemp("locales")
    if localedef is not None:
        for _qt, py in LOCALES:
            if py is None or py == "C.UTF-8":
                continue
            done = subprocess.run([localedef, "-i", py.split(".")[0], "-f", "UTF-8",
                                   str(folder / py)], capture_output=True, check=False)
            if done.returncode in (0, 1) and (folder / py).exists():
                made.add(py)
    before = os.environ.get("LOCPATH")
    os.environ["LOCPATH"] = str(folder)
    saved = locale.setlocale(locale.LC_ALL)
    yield made
    locale.setlocale(locale.LC_ALL, saved)
    if before is None:
        os.environ.pop("LOCPATH", None)
    else:
        os.environ["LOCPATH"] = before


def sign_and_export(tmp: Path) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    tmp.mkdir(parents=True)
    cache = Cache(tmp / "cache.sqlite3")
    try:
        load_demo(cache)
        signer = KeySigner("alice")
        wanted = annotations()
        signed = []
        for summary in cache.tasks.task_summaries():
            row = cache.tasks.get_task(summary.uid)
            if row.task_id not in wanted:
                continue
            sid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"datafi:{row.task_id}"))
            sub = cache.submissions.submit(summary.uid, wanted[row.task_id], signer,
                                           submission_id=sid, created_at_ms=STAMP)
            cache.submissions.set_status(sub.id, "accepted")
            signed.append((sub.content_hash, sub.digest, sub.signature))
        records = cache_records(cache)
        files = {}
        for fmt in FORMATS:
            out = tmp / fmt
            export_records(records, fmt, out, images=cache.assets.path,
                           now=datetime(2026, 12, 4, tzinfo=UTC))
            for path in sorted(p for p in out.rglob("*") if p.is_file()):
                files[f"{fmt}/{path.relative_to(out)}"] = hashlib.sha256(
                    path.read_bytes()).hexdigest()
        return sorted(signed), files
    finally:
        cache.close()


@pytest.mark.slow  # generating three Python locales takes ~10 s
def test_signatures_and_exports_do_not_depend_on_the_locale(app, tmp_path: Path,
                                                             python_locales: set[str]) -> None:
    qt_before = QLocale()
    results: dict[str, tuple[list[tuple[str, str, str]], dict[str, str]]] = {}
    shown: dict[str, str] = {}
    try:
        for qt_name, py_name in LOCALES:
            QLocale.setDefault(QLocale(qt_name))
            if py_name in python_locales:
                locale.setlocale(locale.LC_ALL, py_name)
            shown[qt_name] = lf.token_amount(12_345 * 10**17, 18)  # the UI does change
            results[qt_name] = sign_and_export(tmp_path / qt_name)
    finally:
        QLocale.setDefault(qt_before)
    assert shown["de_DE"] == "1.234,5" and shown["ar_EG"] == "١٬٢٣٤٫٥"
    assert shown["C"] == "1,234.5" or shown["C"] == "1234.5"
    baseline_signed, baseline_files = results["C"]
    assert len(baseline_signed) == 4
    assert any(name.startswith("coco/") for name in baseline_files)
    for name, (signed, files) in results.items():
        assert signed == baseline_signed, name
        assert files == baseline_files, name
    if "de_DE.UTF-8" in python_locales:  # the Python locale was really switched
        locale.setlocale(locale.LC_ALL, "de_DE.UTF-8")
        assert locale.format_string("%.1f", 1.5) == "1,5"
