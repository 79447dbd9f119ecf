"""The labeling flow without a display: what a pane starts from, whether it can be
submitted yet, and where "next", "previous" and "skip" go.

A draft body is plain JSON (the annotation being edited, possibly incomplete:
a classification with no label chosen yet). It becomes an annotation model
only when submitted.

>>> from datafi_desktop.core.models import parse_task
>>> task = parse_task({"id": "t", "kind": "text_classification", "data": {"text": "hi"},
...                    "config": {"labels": ["a", "b"]}})
>>> start = starting_point(task, None)
>>> start.body, start.source
({'kind': 'text_classification', 'labels': []}, 'empty')
>>> submit_problems(task, start.body)
['Choose a label']
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Literal

from .cache import OPEN_STATES, Cache, Draft
from .errors import AnnotationValidationError
from .models import Task, TaskKind, parse_annotation
from .prediction_accept import ACCEPTED_KEY, split_accepted

DONE_STATES = ("queued", "sent", "accepted", "rejected", "paid")

Source = Literal["draft", "prediction", "empty"]


@dataclass(frozen=True)
class StartingPoint:
    body: dict[str, Any]
    source: Source
    #: the model that made the prediction, when ``source`` is "prediction" (or the
    #: draft still carries an untouched prediction)
    model: str | None = None


def empty_body(task: Task) -> dict[str, Any]:
    """A draft with nothing chosen yet, for the task's kind."""
    kind = task.kind
    if kind in (TaskKind.TEXT_CLASSIFICATION, TaskKind.IMAGE_CLASSIFICATION):
        return {"kind": kind.value, "labels": []}
    if kind is TaskKind.TEXT_SPANS:
        return {"kind": kind.value, "spans": []}
    if kind is TaskKind.COMPARISON:
        return {"kind": kind.value, "choice": None, "reason": "", "ratings": {}}
    if kind is TaskKind.BOUNDING_BOXES:
        return {"kind": kind.value, "boxes": []}
    if kind is TaskKind.POLYGONS:
        return {"kind": kind.value, "polygons": []}
    return {"kind": "collection", "asset": None, "text": "", "metadata": {}, "annotation": None}


def starting_point(task: Task, draft: Draft | None) -> StartingPoint:
    """The draft if there is one, else the first model prediction (an editable
    starting point, marked as such), else an empty body."""
    if draft is not None:
        model = task.predictions[0].model if draft.from_prediction and task.predictions else None
        return StartingPoint(copy.deepcopy(draft.body), "draft", model)
    for prediction in task.predictions:
        body = prediction.annotation
        if body.get("kind") == task.kind.value:
            return StartingPoint(copy.deepcopy(dict(body)), "prediction", prediction.model)
    return StartingPoint(empty_body(task), "empty")


_HINTS = {
    "labels": "Choose a label",
    "choice": "Choose A, B or tie",
    "asset": "Add a photo or file, or write a text",
}


def submit_problems(task: Task, body: dict[str, Any]) -> list[str]:
    """What stops this draft from being submitted, in words for the user; empty when ready."""
    if body.get("kind") in ("text_classification", "image_classification") and not body.get(
        "labels"
    ):
        return ["Choose a label"]
    if body.get("kind") == "comparison" and body.get("choice") is None:
        return ["Choose A, B or tie"]
    try:
        parse_annotation(_submittable(body), task)
    except AnnotationValidationError as exc:
        top = exc.field.split(".", 1)[0].split("[", 1)[0]
        if exc.field in _HINTS:
            return [_HINTS[exc.field]]
        if top == "metadata":
            return [f"{_field_title(task, exc.field.split('.', 1)[1])}: {exc.detail}"]
        if exc.field == "text" and task.kind is TaskKind.COLLECTION:
            return [f"Text: {exc.detail}"]
        return [str(exc)]
    return []


def _field_title(task: Task, name: str) -> str:
    """A collection field as the collector reads it (its title, never the raw key)."""
    for spec in task.config.fields:
        if spec.name == name:
            return spec.display_title
    return name


def _submittable(body: dict[str, Any]) -> dict[str, Any]:
    """Drop the empty placeholders a draft keeps (e.g. a comparison's unset ratings)
    and the editor's list of accepted predictions (``core.prediction_accept``)."""
    out, _accepted = split_accepted(body)
    out = dict(out)
    if out.get("kind") == "comparison":
        out["ratings"] = {k: v for k, v in (out.get("ratings") or {}).items() if v is not None}
    if out.get("kind") == "collection" and out.get("annotation") in ({}, None):
        out["annotation"] = None
    return out


def submittable(body: dict[str, Any]) -> dict[str, Any]:
    """The body as it goes to ``cache.submissions.submit`` (placeholders dropped): with the list of
    accepted predictions, which the cache turns into ``from_prediction.accepted``."""
    out = _submittable(body)
    if ACCEPTED_KEY in body:
        out[ACCEPTED_KEY] = body[ACCEPTED_KEY]
    return out


@dataclass(frozen=True)
class Progress:
    done: int
    total: int

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.done} of {self.total} done"


def progress(cache: Cache, campaign_id: str | None = None) -> Progress:
    counts = cache.tasks.counts(campaign_id)
    return Progress(sum(counts[s] for s in DONE_STATES), sum(counts.values()))


def next_task(
    cache: Cache,
    current: int | None,
    *,
    campaign_id: str | None = None,
    states: tuple[str, ...] = ("new", "draft"),
    wrap: bool = True,
) -> int | None:
    """The uid of the next open task after ``current`` in queue order (wrapping
    around); skipped tasks come only when no new or draft task is left. Indexed
    lookups, whatever the size of the queue."""
    for wanted in (states, ("skipped",)):
        uid = cache.queue.neighbour_task(current, campaign_id=campaign_id, states=wanted, wrap=wrap)
        if uid is not None:
            return uid
    return None


def previous_task(cache: Cache, current: int | None, *, campaign_id: str | None = None
                  ) -> int | None:
    """The task before ``current`` in queue order, whatever its state (to look back);
    the last task when ``current`` is not in the queue."""
    here = None if current is None else cache.queue.task_summary(current)
    if here is not None and campaign_id in (None, here.campaign_id):
        return cache.queue.neighbour_task(current, campaign_id=campaign_id, forward=False)
    return cache.queue.neighbour_task(None, campaign_id=campaign_id, forward=False)


def skip_task(cache: Cache, uid: int, *, campaign_id: str | None = None) -> int | None:
    """Mark a task skipped (it goes to the end of the queue) and return the next one."""
    cache.tasks.set_skipped(uid, True)
    return next_task(cache, uid, campaign_id=campaign_id, states=tuple(OPEN_STATES[:2]))
