"""Rubber-stamp figures: does an annotator label, or accept what the model said?

For every submission of a task that carried a prediction, the *shown*
prediction is the one the submission's signed ``from_prediction`` names — by
its hash (``core.predictions.prediction_hash``), or by model in records made
before the hash — else the one the editor starts from (the task's first
prediction of its kind). The app always signs the record when it showed a
prediction, so a submission of a task that carried one but names none (or
names a hash the task does not hold and no model of it) counts as
*undeclared*: hiding the prediction is seen, and the task's own prediction is
compared anyway. A record whose hash the task does not hold names a prediction
the app fetched itself (Ctrl+P, an offline model): the hub has not got it, so
the submission counts as unchanged when the record says every item of it is
still the model's. The submission *equals* the shown prediction when:

- classification: the same set of labels;
- spans: the same (start, end, label) spans;
- boxes and polygons: as many shapes, each matched one-to-one to a predicted
  shape of the same label with IoU ≥ 0.95 (:data:`SHAPE_IOU`);
- comparison: the same choice (and ratings).

Per annotator: ``shown`` (submissions shown a prediction), ``unchanged`` (equal
to it), ``rate`` = unchanged / shown, set beside the campaign's rate (all
annotators) and the annotator's gold accuracy. ``wrong_kept`` counts gold
tasks where the prediction was wrong and the submission kept it anyway — the
plainest sign of accepting without reading. An annotator is *flagged* with at
least ``min_shown`` submissions shown a prediction and a rate at or above the
threshold.

>>> from datafi_desktop.core.models import parse_task
>>> t = parse_task({"id": "t", "kind": "text_classification", "data": {"text": "x"},
...     "config": {"labels": ["a", "b"]}, "predictions": [{"model": "m",
...     "annotation": {"kind": "text_classification", "labels": ["a"]}}]})
>>> subs = [Shown("0xA", t, {"kind": "text_classification", "labels": ["a"]}),
...         Shown("0xB", t, {"kind": "text_classification", "labels": ["b"]})]
>>> [(f.account, f.rate, f.flagged) for f in rubber_stamp_figures(subs, min_shown=1)]
[('0xA', 1.0, True), ('0xB', 0.0, False)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..models.tasks import Prediction, Task
from ..predictions import prediction_hash, prediction_of
from ..quality import match_shapes

SHAPE_IOU = 0.95
DEFAULT_THRESHOLD = 0.95
DEFAULT_MIN_SHOWN = 10


@dataclass(frozen=True)
class Shown:
    """One submission: who, the task as served, the annotation as signed, and the
    task's gold answer when it has one. ``task`` may be None for a task that carried no
    prediction: the figures read nothing else of it, so a caller reading many tasks
    need not parse those (the hub's figures over a whole campaign)."""

    account: str
    task: Task | None
    annotation: Mapping[str, Any]
    gold: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class RubberStampFigure:
    account: str
    submissions: int
    shown: int  # submissions of tasks that carried a prediction
    unchanged: int  # … equal to the prediction shown
    rate: float | None  # unchanged / shown
    campaign_rate: float | None  # the same over every annotator
    gold_accuracy: float | None
    wrong_on_gold: int  # gold tasks shown a prediction that disagrees with gold
    wrong_kept: int  # … where the submission kept the wrong prediction
    flagged: bool
    #: submissions of tasks that carried a prediction whose signed record names none
    undeclared: int = 0

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


def shown_prediction(task: Task | None, annotation: Mapping[str, Any]) -> Prediction | None:
    """The prediction the submission was shown (see the module docstring); None for a
    task without predictions (``task`` None)."""
    if task is None:
        return None
    record = annotation.get("from_prediction")
    record = record if isinstance(record, Mapping) else {}
    digest, model = record.get("hash"), record.get("model")
    kind = annotation.get("kind")
    for prediction in task.predictions:
        if prediction.annotation.get("kind") != kind:
            continue
        if digest is not None and prediction_hash(prediction) == digest:
            return prediction
        if digest is None and model is not None and prediction.model == model:
            return prediction
    return prediction_of(task)


def _declared(task: Task | None, annotation: Mapping[str, Any]) -> bool:
    """Whether the signed record names a prediction (the task's or one fetched by
    the app); False for a task that carried one when the record is missing."""
    record = annotation.get("from_prediction")
    return isinstance(record, Mapping) and bool(record.get("hash") or record.get("model"))


def _fetched_unchanged(task: Task | None, annotation: Mapping[str, Any]) -> bool | None:
    """For a record naming a prediction the task does not hold (fetched by the app):
    whether every item of the body is the model's (None when not that case)."""
    record = annotation.get("from_prediction")
    if not isinstance(record, Mapping) or not isinstance(record.get("hash"), str):
        return None
    held = task.predictions if task is not None else ()
    if any(prediction_hash(p) == record["hash"] for p in held):
        return None
    items = set(record.get("items") or [])
    body_items = _item_paths(annotation)
    return bool(body_items) and body_items <= items


def _item_paths(annotation: Mapping[str, Any]) -> set[str]:
    paths: set[str] = set()
    for key in ("labels", "spans", "boxes", "polygons"):
        values = annotation.get(key)
        if isinstance(values, list):
            paths |= {f"{key}[{i}]" for i in range(len(values))}
    if annotation.get("choice") is not None:
        paths.add("choice")
        ratings = annotation.get("ratings")
        if isinstance(ratings, Mapping):
            paths |= {f"ratings.{name}" for name in ratings}
    return paths


def equals(kind: str, a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two annotation bodies of ``kind`` say the same (shapes: IoU ≥ 0.95)."""
    if kind in ("text_classification", "image_classification"):
        return sorted(a.get("labels") or []) == sorted(b.get("labels") or [])
    if kind == "text_spans":
        def spans(x: Mapping[str, Any]) -> list[tuple[int, int, str]]:
            return sorted((int(s["start"]), int(s["end"]), str(s["label"]))
                          for s in x.get("spans") or [])
        return spans(a) == spans(b)
    if kind in ("bounding_boxes", "polygons"):
        key = "boxes" if kind == "bounding_boxes" else "polygons"
        sa, sb = list(a.get(key) or []), list(b.get(key) or [])
        if len(sa) != len(sb):
            return False
        return len(match_shapes(kind, sa, sb, SHAPE_IOU).matches) == len(sa)
    if kind == "comparison":
        return a.get("choice") == b.get("choice") and (a.get("ratings") or {}) == (
            b.get("ratings") or {})
    return False


def rubber_stamp_figures(
    submissions: Sequence[Shown], *, gold_accuracy: Mapping[str, float | None] | None = None,
    threshold: float = DEFAULT_THRESHOLD, min_shown: int = DEFAULT_MIN_SHOWN,
) -> list[RubberStampFigure]:
    """Per annotator (in order of first appearance), the figures described above."""
    per: dict[str, dict[str, int]] = {}
    for sub in submissions:
        counts = per.setdefault(sub.account, {"submissions": 0, "shown": 0, "unchanged": 0,
                                              "wrong_on_gold": 0, "wrong_kept": 0,
                                              "undeclared": 0})
        counts["submissions"] += 1
        kind = str(sub.annotation.get("kind"))
        fetched = _fetched_unchanged(sub.task, sub.annotation)
        if fetched is not None:
            counts["shown"] += 1
            counts["unchanged"] += int(fetched)
            continue
        prediction = shown_prediction(sub.task, sub.annotation)
        if prediction is None:
            continue
        counts["shown"] += 1
        counts["undeclared"] += int(not _declared(sub.task, sub.annotation))
        same = equals(kind, sub.annotation, prediction.annotation)
        counts["unchanged"] += int(same)
        if sub.gold is not None and not equals(kind, prediction.annotation, sub.gold):
            counts["wrong_on_gold"] += 1
            counts["wrong_kept"] += int(same)
    total_shown = sum(c["shown"] for c in per.values())
    total_unchanged = sum(c["unchanged"] for c in per.values())
    campaign_rate = total_unchanged / total_shown if total_shown else None
    accuracy = gold_accuracy or {}
    out = []
    for account, c in per.items():
        rate = c["unchanged"] / c["shown"] if c["shown"] else None
        out.append(RubberStampFigure(
            account=account, submissions=c["submissions"], shown=c["shown"],
            unchanged=c["unchanged"], rate=rate, campaign_rate=campaign_rate,
            gold_accuracy=accuracy.get(account), wrong_on_gold=c["wrong_on_gold"],
            wrong_kept=c["wrong_kept"], undeclared=c["undeclared"],
            flagged=rate is not None and c["shown"] >= min_shown and rate >= threshold))
    return out
