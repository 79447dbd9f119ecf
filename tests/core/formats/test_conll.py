"""Tokens with code-point offsets, BIO tags, and the losses BIO cannot avoid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datafi_desktop.core.formats.conll import bio_tags, resolve_overlaps
from datafi_desktop.core.formats.exporter import export_records
from datafi_desktop.core.formats.records import ExportRecord
from datafi_desktop.core.formats.tokens import tokenize

from .builders import EMOJI_TEXT


def test_tokens_keep_emoji_and_accents_whole() -> None:
    tokens = tokenize(EMOJI_TEXT)
    texts = [t.text for t in tokens]
    assert texts[:4] == ["🐱", "Warning", ":", "Zoë"]
    assert "👩🏽\u200d🔬" in texts and "🇧🇷" not in texts  # flags are two symbols
    assert all(EMOJI_TEXT[t.start:t.end] == t.text for t in tokens)
    decomposed = "Zoe\u0301 said"
    assert [t.text for t in tokenize(decomposed)] == ["Zoe\u0301", "said"]


def test_bio_and_overlaps() -> None:
    text = "The University of São Paulo library"
    tokens = tokenize(text)
    spans = [{"start": 4, "end": 27, "label": "ORG"}, {"start": 18, "end": 27, "label": "LOC"}]
    kept, dropped = resolve_overlaps(spans)
    assert kept == [spans[0]] and dropped == 1
    tags, misaligned = bio_tags(tokens, kept)
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"] and misaligned == 0
    _, misaligned = bio_tags(tokens, [{"start": 28, "end": 31, "label": "MISC"}])
    assert misaligned == 1


def test_conll_file_and_manifest(tmp_path: Path, all_records: list[ExportRecord],
                                 images: Any) -> None:
    out = tmp_path / "conll"
    manifest = export_records(all_records, "conll", out, images=images).manifest
    lines = (out / "spans.conll").read_text().splitlines()
    assert lines[0] == "-DOCSTART- -X- -X- O"
    for line in lines:
        if line and not line.startswith("-DOCSTART-"):
            _token, x, underscore, tag = line.split(" ")
            assert (x, underscore) == ("-X-", "_")
            assert tag == "O" or tag[:2] in ("B-", "I-")
    start = lines.index("🐱 -X- _ O")
    assert lines[start:start + 6] == ["🐱 -X- _ O", "Warning -X- _ O", ": -X- _ O",
                                      "Zoë -X- _ B-PER", "met -X- _ O", "👩🏽\u200d🔬 -X- _ O"]
    lossy = {loss["code"]: loss["count"] for loss in manifest["lossy"]}
    assert lossy == {"overlapping_spans": 1, "span_inside_token": 1}
    assert manifest["counts"]["skipped"]["comparison"] == 12
