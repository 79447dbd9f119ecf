"""Accepting a model's prediction item by item: the explicit step between "the model
said so" and "I checked it".

A predicted span, box, polygon, class, choice or rating stays marked as predicted
(dashed, "· predicted") until the annotator either edits it (then it is their own)
or accepts it unchanged: Enter on the selected item, or "Accept all predictions".
The editor keeps what was accepted in the draft body under :data:`ACCEPTED_KEY`, as
the items' values (:func:`~.predictions.item_key`), not their positions, so deleting
or sorting other items never moves an acceptance; being part of the body it lives
through drafts, restarts and undo like any edit. It is not signed as such: when the
draft is submitted, :func:`~.predictions.with_prediction_use` turns it into the
record's ``from_prediction.accepted`` (paths of items still equal to the prediction).

>>> from datafi_desktop.core.models import parse_task
>>> task = parse_task({"id": "t", "kind": "text_spans", "data": {"text": "Ada in Paris"},
...     "config": {"labels": ["PER", "LOC"]}, "predictions": [{"model": "ner",
...     "annotation": {"kind": "text_spans", "spans": [
...         {"start": 0, "end": 3, "label": "PER"}, {"start": 7, "end": 12, "label": "LOC"}]}}]})
>>> body = task.predictions[0].annotation
>>> body = accept(task, body, ["spans[1]"])
>>> pending_items(task, body).items, accepted_paths(task, body)
(('spans[0]',), ('spans[1]',))
>>> pending_items(task, accept(task, body)) is None
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .models.tasks import Task
from .predictions import PredictionUse, item_key, predicted_items

#: the draft body's key for the accepted items (never part of a signed annotation)
ACCEPTED_KEY = "accepted_predictions"


def accepted_keys(body: dict[str, Any]) -> frozenset[str]:
    """What the annotator accepted in this body (item keys)."""
    value = body.get(ACCEPTED_KEY)
    if not isinstance(value, list | tuple):
        return frozenset()
    return frozenset(k for k in value if isinstance(k, str))


def accepted_paths(task: Task, body: dict[str, Any]) -> tuple[str, ...]:
    """The predicted items, still unchanged, that the annotator accepted."""
    use = predicted_items(task, body)
    keys = accepted_keys(body)
    return tuple(p for p in use.items if item_key(body, p) in keys) if use else ()


def pending_items(task: Task, body: dict[str, Any]) -> PredictionUse | None:
    """The predicted items nobody accepted or edited yet (drawn as predicted), or None."""
    use = predicted_items(task, body)
    if use is None:
        return None
    keys = accepted_keys(body)
    left = tuple(p for p in use.items if item_key(body, p) not in keys)
    return PredictionUse(use.model, left) if left else None


def accept(task: Task, body: dict[str, Any], paths: Iterable[str] | None = None
           ) -> dict[str, Any]:
    """``body`` with the predicted items at ``paths`` (default: every pending one)
    accepted; the same body when there is nothing new to accept."""
    pending = pending_items(task, body)
    if pending is None:
        return body
    wanted = pending.items if paths is None else [p for p in paths if p in pending.items]
    keys = {k for p in wanted if (k := item_key(body, p)) is not None}
    if not keys:
        return body
    return {**body, ACCEPTED_KEY: sorted(accepted_keys(body) | keys)}


def split_accepted(body: dict[str, Any]) -> tuple[dict[str, Any], frozenset[str]]:
    """The body without the editor's acceptance list, and that list."""
    if ACCEPTED_KEY not in body:
        return body, frozenset()
    return {k: v for k, v in body.items() if k != ACCEPTED_KEY}, accepted_keys(body)
