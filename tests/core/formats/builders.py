"""Test data from real parts: a real cache file, the demo campaign and its images,
real signatures by test keys, Pillow-made images."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.demo import demo_records, load_demo
from datafi_desktop.core.models import Campaign, Task, TaskKind, parse_task
from tests.conftest import KeySigner

EMOJI_TEXT = "🐱 Warning: Zoë met 👩🏽‍🔬 Ana Lima in São Paulo 🇧🇷 today."
EXTRA_CAMPAIGN = "extra"


def synth_annotation(task: Task, gold: dict[str, Any] | None) -> dict[str, Any]:
    """Gold when the demo has it, else the first prediction, else a plausible label."""
    if gold is not None:
        return gold
    if task.predictions:
        return dict(task.predictions[0].annotation)
    labels = task.config.label_names
    kind = task.kind
    if kind in (TaskKind.TEXT_CLASSIFICATION, TaskKind.IMAGE_CLASSIFICATION):
        chosen = labels[:2] if task.config.multi else labels[:1]
        return {"kind": kind.value, "labels": list(chosen)}
    if kind is TaskKind.TEXT_SPANS:
        first_word = task.text.split()[0]
        return {"kind": kind.value, "spans": [{"start": 0, "end": len(first_word),
                                               "label": labels[0]}]}
    if kind is TaskKind.COMPARISON:
        ratings = {s.name: s.max for s in task.config.ratings}
        return {"kind": kind.value, "choice": "B", "reason": "B cites its source.",
                "ratings": ratings}
    if kind is TaskKind.BOUNDING_BOXES:
        return {"kind": kind.value, "boxes": [
            {"label": labels[0], "x": 10.5, "y": 20.25, "w": 100, "h": 50.75},
            {"label": labels[-1], "x": 0, "y": 0, "w": 33.33, "h": 12}]}
    if kind is TaskKind.POLYGONS:
        return {"kind": kind.value, "polygons": [
            {"label": labels[0], "points": [[10, 10], [200.5, 15], [120, 180.25], [15, 90]]}]}
    raise AssertionError(kind)


def collection_annotation(task: Task, image_sha: str) -> dict[str, Any]:
    labels = task.config.label_names
    metadata: dict[str, Any] = {}
    for field in task.config.fields:
        if field.required or field.type == "bool":
            metadata[field.name] = {"text": "Main St 1", "choice": field.choices[0] if
                                    field.choices else "", "bool": True,
                                    "number": 2}.get(field.type, "x")
    inner_kind = task.config.label_kind
    item: dict[str, Any] = {"kind": "collection", "metadata": metadata}
    if inner_kind is TaskKind.TEXT_CLASSIFICATION:
        item.update(text="A pothole on Main St., there for two weeks.", mime="text/plain",
                    annotation={"kind": inner_kind.value, "labels": [labels[0]]})
    else:
        item.update(asset=image_sha, mime="image/jpeg", width=1024, height=768,
                    filename="photo.jpg")
        if inner_kind is TaskKind.BOUNDING_BOXES:
            item["annotation"] = {"kind": "bounding_boxes", "boxes": [
                {"label": labels[0], "x": 1, "y": 2, "w": 3, "h": 4}]}
        else:
            item["annotation"] = {"kind": "image_classification", "labels": [labels[0]]}
    return item


def extra_tasks() -> list[Task]:
    """Tasks the demo lacks: emoji offsets and overlapping spans."""
    labels = ["PER", "LOC", "MISC"]
    return [
        parse_task({"id": "emoji-spans", "kind": "text_spans", "data": {"text": EMOJI_TEXT},
                    "config": {"labels": labels}}),
        parse_task({"id": "nested-spans", "kind": "text_spans",
                    "data": {"text": "The University of São Paulo library opened."},
                    "config": {"labels": ["ORG", "LOC", "MISC"]}}),
    ]


def emoji_spans() -> dict[str, Any]:
    text = EMOJI_TEXT
    ana = text.index("Ana Lima")
    sao = text.index("São Paulo")
    zoe = text.index("Zoë")
    return {"kind": "text_spans", "spans": [
        {"start": zoe, "end": zoe + 3, "label": "PER"},
        {"start": ana, "end": ana + len("Ana Lima"), "label": "PER"},
        {"start": sao, "end": sao + len("São Paulo"), "label": "LOC"},
    ]}


def nested_spans() -> dict[str, Any]:
    text = "The University of São Paulo library opened."
    org = text.index("University")
    loc = text.index("São Paulo")
    return {"kind": "text_spans", "spans": [
        {"start": org, "end": loc + len("São Paulo"), "label": "ORG"},
        {"start": loc, "end": loc + len("São Paulo"), "label": "LOC"},
        {"start": text.index("library"), "end": text.index("library") + 3, "label": "MISC"},
    ]}


def build_cache(path: Path, signer: KeySigner | None = None) -> Cache:
    """A cache with the demo campaign, an extra campaign, and one signed submission
    per task, all marked accepted."""
    signer = signer or KeySigner("alice")
    cache = Cache(path)
    load_demo(cache)
    cache.tasks.upsert_campaign(Campaign(id=EXTRA_CAMPAIGN, name="Extra"))
    cache.tasks.add_tasks(EXTRA_CAMPAIGN, extra_tasks(), source="test")
    image_sha = next(r.task.image_hash for r in demo_records() if r.task.image_hash)
    assert image_sha is not None
    stamp = 1_750_000_000_000
    for summary in cache.tasks.task_summaries():
        row = cache.tasks.get_task(summary.uid)
        task = row.task
        if task.id == "emoji-spans":
            annotation = emoji_spans()
        elif task.id == "nested-spans":
            annotation = nested_spans()
        elif task.kind is TaskKind.COLLECTION:
            annotation = collection_annotation(task, image_sha)
        else:
            gold = next((r.gold for r in demo_records() if r.task.id == task.id), None)
            annotation = synth_annotation(task, gold)
        stamp += 1000
        sub = cache.submissions.submit(summary.uid, annotation, signer, created_at_ms=stamp)
        cache.submissions.set_status(sub.id, "accepted")
    return cache
