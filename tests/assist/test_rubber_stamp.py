"""Rubber-stamp figures: a simulated annotator who accepts every prediction is flagged,
one who corrects them is not, and the figures equal a hand computation."""

from __future__ import annotations

from typing import Any

import pytest

from datafi_desktop.core.assist.rubber_stamp import (
    Shown,
    equals,
    rubber_stamp_figures,
    shown_prediction,
)
from datafi_desktop.core.models import parse_task
from datafi_desktop.core.models.tasks import Task

LABELS = ["negative", "neutral", "positive"]


def cls(labels: list[str]) -> dict[str, Any]:
    return {"kind": "text_classification", "labels": labels}


def text_tasks(n: int = 12) -> list[tuple[Task, dict[str, Any]]]:
    """``n`` tasks whose gold is LABELS[i % 3]; the prediction is wrong on every fourth."""
    out = []
    for i in range(n):
        gold = cls([LABELS[i % 3]])
        predicted = cls([LABELS[(i + 1) % 3]]) if i % 4 == 0 else gold
        task = parse_task({"id": f"t{i}", "kind": "text_classification",
                           "data": {"text": f"review {i}"}, "config": {"labels": LABELS},
                           "predictions": [{"model": "m1", "score": 0.8,
                                            "annotation": predicted}]})
        out.append((task, gold))
    return out


def box_task(i: int) -> Task:
    return parse_task({"id": f"b{i}", "kind": "bounding_boxes",
                       "data": {"image": "a" * 64, "width": 200, "height": 200},
                       "config": {"labels": ["car"]},
                       "predictions": [{"model": "det", "annotation": {
                           "kind": "bounding_boxes",
                           "boxes": [{"label": "car", "x": 10, "y": 10, "w": 100, "h": 50}]}}]})


def test_the_stamper_is_flagged_and_the_careful_annotator_is_not() -> None:
    tasks = text_tasks(12)
    subs: list[Shown] = []
    for task, gold in tasks:
        predicted = task.predictions[0].annotation
        subs.append(Shown("0xStamper", task, {**predicted, "from_prediction": {
            "model": "m1", "items": ["labels[0]"]}}, gold))
        subs.append(Shown("0xCareful", task, gold, gold))
    # a task without a prediction counts as a submission, not as shown one
    plain = parse_task({"id": "p", "kind": "text_classification", "data": {"text": "x"},
                        "config": {"labels": LABELS}})
    subs.append(Shown("0xCareful", plain, cls(["neutral"])))
    figures = {f.account: f for f in rubber_stamp_figures(
        subs, gold_accuracy={"0xStamper": 9 / 12, "0xCareful": 1.0})}
    stamper, careful = figures["0xStamper"], figures["0xCareful"]
    # by hand: predictions are wrong on tasks 0, 4, 8 → 3 of 12
    assert (stamper.shown, stamper.unchanged, stamper.rate) == (12, 12, 1.0)
    assert (stamper.wrong_on_gold, stamper.wrong_kept) == (3, 3)
    assert (careful.submissions, careful.shown, careful.unchanged) == (13, 12, 9)
    assert careful.rate == pytest.approx(9 / 12)
    assert (careful.wrong_on_gold, careful.wrong_kept) == (3, 0)
    assert stamper.campaign_rate == careful.campaign_rate == pytest.approx(21 / 24)
    assert stamper.gold_accuracy == pytest.approx(0.75) and careful.gold_accuracy == 1.0
    assert stamper.flagged and not careful.flagged
    # too few submissions shown a prediction: not flagged yet
    few = rubber_stamp_figures(subs[:8], min_shown=10)
    assert not any(f.flagged for f in few)


def test_shapes_within_iou_095_count_as_the_prediction() -> None:
    task = box_task(0)
    nudged = {"kind": "bounding_boxes",
              "boxes": [{"label": "car", "x": 11, "y": 10, "w": 100, "h": 50}]}  # IoU 0.98
    moved = {"kind": "bounding_boxes",
             "boxes": [{"label": "car", "x": 16, "y": 10, "w": 100, "h": 50}]}  # IoU ≈ 0.89
    relabeled_extra = {"kind": "bounding_boxes", "boxes": [
        {"label": "car", "x": 10, "y": 10, "w": 100, "h": 50},
        {"label": "car", "x": 120, "y": 120, "w": 20, "h": 20}]}
    predicted = task.predictions[0].annotation
    assert equals("bounding_boxes", nudged, predicted)
    assert not equals("bounding_boxes", moved, predicted)
    assert not equals("bounding_boxes", relabeled_extra, predicted)
    figures = rubber_stamp_figures([Shown("0xA", task, nudged), Shown("0xA", task, moved)],
                                   min_shown=1, threshold=0.9)
    assert (figures[0].shown, figures[0].unchanged, figures[0].rate) == (2, 1, 0.5)
    assert not figures[0].flagged


def test_the_prediction_shown_is_the_one_the_submission_names() -> None:
    task = parse_task({"id": "t", "kind": "text_classification", "data": {"text": "x"},
                       "config": {"labels": LABELS}, "predictions": [
                           {"model": "new", "annotation": cls(["positive"])},
                           {"model": "old", "annotation": cls(["negative"])}]})
    named = shown_prediction(task, {**cls(["negative"]), "from_prediction": {
        "model": "old", "items": ["labels[0]"]}})
    assert named is not None and named.model == "old"
    default = shown_prediction(task, cls(["neutral"]))
    assert default is not None and default.model == "new"


def test_a_task_without_predictions_counts_the_same_parsed_or_not() -> None:
    """The hub passes None for a task that carried no prediction (it skips parsing it):
    the figures equal those of the parsed task, a record naming a fetched prediction
    included."""
    plain = parse_task({"id": "p", "kind": "text_classification", "data": {"text": "x"},
                        "config": {"labels": LABELS}})
    fetched = {**cls(["neutral"]), "from_prediction": {"hash": "0x" + "ab" * 32,
                                                       "items": ["labels[0]"]}}
    bodies = [cls(["neutral"]), fetched, cls(["positive"])]
    parsed = rubber_stamp_figures([Shown("0xA", plain, b) for b in bodies], min_shown=1)
    skipped = rubber_stamp_figures([Shown("0xA", None, b) for b in bodies], min_shown=1)
    assert parsed == skipped
    assert (skipped[0].submissions, skipped[0].shown, skipped[0].unchanged) == (3, 1, 1)
    assert shown_prediction(None, cls(["neutral"])) is None


def test_doctests() -> None:
    import doctest

    from datafi_desktop.core.assist import rubber_stamp

    result = doctest.testmod(rubber_stamp)
    assert result.attempted > 0 and result.failed == 0
