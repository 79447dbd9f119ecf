"""The labeling flow without a display: starting points, readiness, next/previous/skip."""

from __future__ import annotations

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.flow import (
    empty_body,
    next_task,
    previous_task,
    progress,
    skip_task,
    starting_point,
    submit_problems,
    submittable,
)
from datafi_desktop.core.models import TaskKind, parse_annotation, parse_campaign, parse_task
from tests.conftest import KeySigner


def make_task(i: int, **extra: object) -> object:
    return parse_task({"id": f"t{i}", "kind": "text_classification",
                       "data": {"text": f"text {i}"}, "config": {"labels": ["yes", "no"]},
                       **extra})


def seed(cache: Cache, n: int = 4) -> list[int]:
    cache.tasks.upsert_campaign(parse_campaign({"id": "c", "name": "C"}))
    cache.tasks.add_tasks("c", [make_task(i) for i in range(n)])
    return [s.uid for s in cache.tasks.task_summaries("c")]


def test_empty_bodies_exist_for_every_kind() -> None:
    for kind in TaskKind:
        data = {"text": "x"} if kind in (TaskKind.TEXT_CLASSIFICATION, TaskKind.TEXT_SPANS) else (
            {"prompt": "p", "a": "a", "b": "b"} if kind is TaskKind.COMPARISON else
            {"image": "ab" * 32, "width": 2, "height": 2} if kind.is_image else {})
        task = parse_task({"id": "t", "kind": kind.value, "data": data,
                           "config": {"labels": ["x"]}})
        body = empty_body(task)
        assert body["kind"] == kind.value
        # "nothing to mark here" is a valid answer for spans, boxes and polygons
        may_be_empty = kind in (TaskKind.TEXT_SPANS, TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS)
        assert (submit_problems(task, body) == []) is may_be_empty, kind


def test_starting_point_prefers_draft_then_prediction(tmp_cache: Cache) -> None:
    task = make_task(1, predictions=[{"model": "m1", "score": 0.8, "annotation": {
        "kind": "text_classification", "labels": ["no"]}}])
    start = starting_point(task, None)
    assert (start.source, start.model, start.body["labels"]) == ("prediction", "m1", ["no"])
    start.body["labels"].append("mutated")
    assert task.predictions[0].annotation["labels"] == ["no"], "the task is never mutated"
    uid = seed(tmp_cache)[0]
    tmp_cache.tasks.save_draft(uid, {"kind": "text_classification", "labels": ["yes"]},
                               from_prediction=True)
    again = starting_point(task, tmp_cache.tasks.load_draft(uid))
    assert (again.source, again.model, again.body["labels"]) == ("draft", "m1", ["yes"])


def test_submit_problems_in_words() -> None:
    task = make_task(1)
    assert submit_problems(task, {"kind": "text_classification", "labels": []}) == [
        "Choose a label"]
    assert submit_problems(task, {"kind": "text_classification", "labels": ["yes"]}) == []
    assert "unknown label" in submit_problems(task, {"kind": "text_classification",
                                                     "labels": ["zzz"]})[0]
    comparison = parse_task({"id": "c", "kind": "comparison",
                             "data": {"prompt": "p", "a": "a", "b": "b"},
                             "config": {"ratings": [{"name": "helpfulness"}]}})
    body = empty_body(comparison)
    assert submit_problems(comparison, body) == ["Choose A, B or tie"]
    body.update(choice="A", ratings={"helpfulness": None})
    assert submit_problems(comparison, body) == []
    assert parse_annotation(submittable(body), comparison).ratings == {}


def test_next_previous_skip_and_progress(tmp_cache: Cache, signer: KeySigner) -> None:
    a, b, c, d = seed(tmp_cache)
    assert next_task(tmp_cache, None) == a
    assert next_task(tmp_cache, a) == b
    assert skip_task(tmp_cache, b) == c
    tmp_cache.submissions.submit(c, {"kind": "text_classification", "labels": ["yes"]}, signer)
    assert next_task(tmp_cache, b) == d  # c is done
    assert next_task(tmp_cache, d) == a  # wraps around
    assert previous_task(tmp_cache, c) == b
    assert previous_task(tmp_cache, a) is None
    assert str(progress(tmp_cache, "c")) == "1 of 4 done"
    for uid in (a, d):
        tmp_cache.submissions.submit(uid, {"kind": "text_classification", "labels": ["no"]}, signer)
    # only the skipped task is left: it comes back last
    assert next_task(tmp_cache, d) == b
    tmp_cache.submissions.submit(b, {"kind": "text_classification", "labels": ["no"]}, signer)
    assert next_task(tmp_cache, b) is None
    assert progress(tmp_cache).fraction == 1.0
