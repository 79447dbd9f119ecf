"""The demo campaign in resources/demo/ is complete, valid and consistent with its files."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageOps

from datafi_desktop.core.models import TaskKind, parse_annotation, parse_campaign, parse_task

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
TASK_KEYS = {"id", "kind", "data", "config", "predictions"}
EXTRA_KEYS = {"gold"}


def _load() -> list[dict[str, Any]]:
    lines = (DEMO / "tasks.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


TASKS = _load()
BY_ID = {t["id"]: t for t in TASKS}
TEXTS = json.loads((DEMO / "texts.json").read_text(encoding="utf-8"))


def _strip(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k not in EXTRA_KEYS}


def _annotations(raw: dict[str, Any]) -> list[dict[str, Any]]:
    anns = [p["annotation"] for p in raw.get("predictions", [])]
    if "gold" in raw:
        anns.append(raw["gold"])
    return anns


def test_campaign_parses() -> None:
    campaign = parse_campaign(json.loads((DEMO / "campaign.json").read_text(encoding="utf-8")))
    assert campaign.id == "demo"
    assert "chain" not in json.loads((DEMO / "campaign.json").read_text(encoding="utf-8"))
    for kind in TaskKind:
        assert campaign.rewards[kind.value] > 0


def test_counts_per_kind() -> None:
    kinds = Counter(t["kind"] for t in TASKS)
    for kind in TaskKind:
        if kind is TaskKind.COLLECTION:
            assert 2 <= kinds[kind.value] <= 5
        else:
            assert kinds[kind.value] >= 10, kind
    assert sum(kinds[k.value] for k in TaskKind if k.is_text) >= 30
    assert sum(kinds[k.value] for k in TaskKind if k.is_image) >= 30
    cls = [t for t in TASKS if t["kind"] == "text_classification"]
    assert {t["config"].get("multi", False) for t in cls} == {True, False}


def test_ids_unique_and_keys_known() -> None:
    ids = [t["id"] for t in TASKS]
    assert len(ids) == len(set(ids))
    for raw in TASKS:
        assert set(raw) <= TASK_KEYS | EXTRA_KEYS, raw["id"]


@pytest.mark.parametrize("raw", TASKS, ids=[t["id"] for t in TASKS])
def test_task_and_its_annotations_validate(raw: dict[str, Any]) -> None:
    task = parse_task(_strip(raw))
    for ann in _annotations(raw):
        parsed = parse_annotation(ann, task)
        assert parsed.kind == task.kind.value


def test_predictions_and_gold_share() -> None:
    with_pred = [t for t in TASKS if t.get("predictions")]
    assert 0.3 <= len(with_pred) / len(TASKS) <= 0.6
    assert all(p.get("score") is not None for t in with_pred for p in t["predictions"])
    gold = [t for t in TASKS if "gold" in t]
    assert 5 <= len(gold) <= 10
    assert {t["kind"] for t in gold} >= {
        "text_classification",
        "text_spans",
        "comparison",
        "image_classification",
        "bounding_boxes",
        "polygons",
    }
    # some predictions must be wrong, or there is nothing to correct
    wrong = [
        t["id"]
        for t in with_pred
        if t["kind"] == "text_classification"
        and next(i for i in TEXTS["classification"] if i["id"] == t["id"])["answer"]
        != sorted(t["predictions"][0]["annotation"]["labels"])
    ]
    assert len(wrong) >= 2


IMAGE_TASKS = [t for t in TASKS if TaskKind(t["kind"]).is_image]


@pytest.mark.parametrize("raw", IMAGE_TASKS, ids=[t["id"] for t in IMAGE_TASKS])
def test_image_file_matches_task(raw: dict[str, Any]) -> None:
    data = raw["data"]
    path = DEMO / data["filename"]
    blob = path.read_bytes()
    assert hashlib.sha256(blob).hexdigest() == data["image"]
    assert len(blob) < 260 * 1024
    with Image.open(path) as img:
        assert img.format == "JPEG"
        img.load()
        shown = ImageOps.exif_transpose(img)
        assert shown.size == (data["width"], data["height"])
    assert data.get("caption")


def test_exif_orientation_is_exercised() -> None:
    rotated = []
    for raw in IMAGE_TASKS:
        with Image.open(DEMO / raw["data"]["filename"]) as img:
            orientation = img.getexif().get(0x0112, 1)
            if orientation != 1:
                rotated.append(raw["id"])
                # stored sideways: the task's size is the displayed one, not the stored one
                assert img.size == (raw["data"]["height"], raw["data"]["width"])
    assert 1 <= len(rotated) <= 3


def test_shapes_follow_the_pictures() -> None:
    """Gold boxes sit on objects: the pixels inside differ from a flat background."""
    for raw in IMAGE_TASKS:
        gold = raw.get("gold")
        if not gold or gold["kind"] not in ("bounding_boxes", "polygons"):
            continue
        with Image.open(DEMO / raw["data"]["filename"]) as img:
            shown = ImageOps.exif_transpose(img).convert("L")
        shapes = gold.get("boxes") or gold.get("polygons")
        assert shapes
        for shape in shapes:
            if "points" in shape:
                xs = [p[0] for p in shape["points"]]
                ys = [p[1] for p in shape["points"]]
                assert 3 <= len(shape["points"]) <= 40
                box = (min(xs), min(ys), max(xs), max(ys))
            else:
                box = (shape["x"], shape["y"], shape["x"] + shape["w"], shape["y"] + shape["h"])
            lo, hi = shown.crop(tuple(round(v) for v in box)).getextrema()
            assert hi - lo > 20, (raw["id"], shape)


def test_total_size() -> None:
    total = sum(p.stat().st_size for p in DEMO.rglob("*") if p.is_file())
    assert total < 8 * 1024 * 1024
    listed = {t["data"]["filename"] for t in IMAGE_TASKS}
    on_disk = {f"images/{p.name}" for p in (DEMO / "images").iterdir()}
    assert listed == on_disk


# ------------------------------------------------------------------ spans

#: Offsets written out by hand: code points, not UTF-16 units or bytes.
EXPECTED_SPANS = {
    "text-spans-001": [
        (3, 16, "DATE", "14 March 2024"),
        (18, 29, "PER", "Amara Nwosu"),
        (37, 51, "ORG", "Helix Robotics"),
        (55, 64, "LOC", "Rotterdam"),
    ],
    # "Zoe" + U+0308: the name is 12 code points although it shows 11 characters
    "text-spans-002": [
        (0, 12, "PER", "Zoe\u0308 Lef\u00e8vre"),
        (92, 101, "LOC", "Montre\u0301al"),
    ],
    # two emoji before "Kumasi": a ZWJ sequence of 3 code points and one of 1
    "text-spans-003": [(12, 23, "PER", "Kofi Mensah"), (107, 113, "LOC", "Kumasi")],
    "text-spans-004": [
        (7, 16, "PER", "\u0644\u064a\u0644\u0649 \u062d\u062f\u0627\u062f"),
        (32, 37, "LOC", "\u0639\u0645\u0651\u0627\u0646"),
    ],
    "text-spans-011": [
        (0, 16, "PER", "Nguye\u0302\u0303n Va\u0306n An"),
        (66, 75, "LOC", "Melbourne"),
    ],
}


@pytest.mark.parametrize("task_id", sorted(EXPECTED_SPANS))
def test_span_offsets_are_code_points(task_id: str) -> None:
    raw = BY_ID[task_id]
    text = raw["data"]["text"]
    found = {(s["start"], s["end"], s["label"]) for ann in _annotations(raw) for s in ann["spans"]}
    for start, end, label, surface in EXPECTED_SPANS[task_id]:
        assert (start, end, label) in found
        assert text[start:end] == surface


def test_emoji_offsets_differ_from_utf16() -> None:
    text = BY_ID["text-spans-003"]["data"]["text"]
    start = text.index("Kumasi")
    utf16 = len(text[:start].encode("utf-16-le")) // 2
    assert utf16 > start  # a UTF-16 based implementation would highlight the wrong text


def test_every_span_covers_an_intended_surface() -> None:
    source = {item["id"]: item for item in TEXTS["spans"]["tasks"]}
    for raw in TASKS:
        if raw["kind"] != "text_spans":
            continue
        item = source[raw["id"]]
        intended = {tuple(e) for e in item["entities"]}
        intended |= {tuple(e) for e in item.get("prediction", {}).get("entities", [])}
        text = raw["data"]["text"]
        assert text == item["text"]
        for ann in _annotations(raw):
            for span in ann["spans"]:
                assert (text[span["start"] : span["end"]], span["label"]) in intended
        if "gold" in raw:
            gold = [(text[s["start"] : s["end"]], s["label"]) for s in raw["gold"]["spans"]]
            assert gold == [tuple(e) for e in item["entities"]]


def test_scripts_and_marks_are_present() -> None:
    texts = " ".join(t["data"]["text"] for t in TASKS if t["kind"] == "text_spans")
    assert "\u0308" in texts  # combining diaeresis
    assert any("\u0600" <= ch <= "\u06ff" for ch in texts)  # Arabic
    assert any("\u0590" <= ch <= "\u05ff" for ch in texts)  # Hebrew
    assert any(ord(ch) > 0xFFFF for ch in texts)  # astral-plane emoji


# ------------------------------------------------------------------ licence


def test_licence_and_readme() -> None:
    licence = (DEMO / "LICENSE.md").read_text(encoding="utf-8")
    assert "CC0 1.0" in licence
    assert "scripts/make_demo.py" in licence
    for raw in IMAGE_TASKS:
        assert raw["data"]["filename"] in licence
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    assert "python scripts/make_demo.py" in readme
