"""Rubber-stamp figures: does an annotator label, or accept what the model said?

For every submission of a task that carried a prediction, the *shown*
prediction is the one the submission's signed ``from_prediction`` names (its
model), else the one the editor starts from (the task's first prediction of
its kind). The submission *equals* it when:

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
from ..predictions import prediction_of
from ..quality import match_shapes

SHAPE_IOU = 0.95
DEFAULT_THRESHOLD = 0.95
DEFAULT_MIN_SHOWN = 10


@dataclass(frozen=True)
class Shown:
    """One submission: who, the task as served, the annotation as signed, and the
    task's gold answer when it has one."""

    account: str
    task: Task
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

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


def shown_prediction(task: Task, annotation: Mapping[str, Any]) -> Prediction | None:
    """The prediction the submission was shown (see the module docstring)."""
    record = annotation.get("from_prediction")
    model = record.get("model") if isinstance(record, Mapping) else None
    if model is not None:
        for prediction in task.predictions:
            if prediction.model == model and prediction.annotation.get("kind") == \
                    annotation.get("kind"):
                return prediction
    return prediction_of(task)


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
                                              "wrong_on_gold": 0, "wrong_kept": 0})
        counts["submissions"] += 1
        kind = str(sub.annotation.get("kind"))
        prediction = shown_prediction(sub.task, sub.annotation)
        if prediction is None:
            continue
        counts["shown"] += 1
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
            wrong_kept=c["wrong_kept"],
            flagged=rate is not None and c["shown"] >= min_shown and rate >= threshold))
    return out
