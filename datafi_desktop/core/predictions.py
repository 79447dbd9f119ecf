"""Which parts of a body are still a model's prediction, unchanged.

A task may carry model predictions; the first one of the task's kind is the
editor's starting point. What came from the model stays marked as such — on
screen and in the signed submission — until the annotator changes that item:
the marking is computed from the values, so it survives drafts, restarts,
navigation and undo without any extra state.

Items are named by paths into the body: ``labels[0]``, ``spans[2]``,
``boxes[1]``, ``polygons[0]``, ``choice`` and ``ratings.<scale>`` (a rating
counts only while the choice is the predicted one: a rating belongs to the
answer chosen). A submission records them in its ``from_prediction`` field, with the model
and the hash of the prediction shown (see docs/protocol.md).

>>> from datafi_desktop.core.models import parse_task
>>> task = parse_task({"id": "t", "kind": "text_spans", "data": {"text": "Ada in Paris"},
...     "config": {"labels": ["PER", "LOC"]}, "predictions": [{"model": "ner",
...     "annotation": {"kind": "text_spans", "spans": [
...         {"start": 0, "end": 3, "label": "PER"}, {"start": 7, "end": 12, "label": "LOC"}]}}]})
>>> body = {"kind": "text_spans", "spans": [{"start": 0, "end": 3, "label": "PER"},
...                                         {"start": 7, "end": 12, "label": "PER"}]}
>>> predicted_items(task, body)
PredictionUse(model='ner', items=('spans[0]',))
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from .canonical import content_hash_hex
from .models.annotations import AnyAnnotation, CollectionItem, FromPrediction, to_json
from .models.tasks import Prediction, Task

COORD_DECIMALS = 2


@dataclass(frozen=True)
class PredictionUse:
    """The model whose prediction the body started from, and the items still unchanged."""

    model: str
    items: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"model": self.model, "items": list(self.items)}

    def indices(self, collection: str) -> set[int]:
        """The indices of ``collection`` items ("spans", "boxes", …) still predicted."""
        prefix = collection + "["
        return {int(item[len(prefix):-1]) for item in self.items if item.startswith(prefix)}

    def labels(self, body: dict[str, Any]) -> set[str]:
        """The names of the labels still predicted."""
        labels = body.get("labels") or []
        return {labels[i] for i in self.indices("labels") if i < len(labels)}


def prediction_of(task: Task) -> Prediction | None:
    """The prediction the editor starts from: the first one of the task's kind."""
    for prediction in task.predictions:
        if prediction.annotation.get("kind") == task.kind.value:
            return prediction
    return None


def predicted_items(task: Task, body: dict[str, Any]) -> PredictionUse | None:
    """The items of ``body`` equal to the task's prediction, or None when there is
    no prediction or nothing of it is left. Malformed items are never predicted."""
    prediction = prediction_of(task)
    if prediction is None:
        return None
    predicted = prediction.annotation
    items: list[str] = []
    if task.kind.value in ("text_classification", "image_classification"):
        items = _matching(body, predicted, "labels", lambda v: v)
    elif task.kind.value == "text_spans":
        items = _matching(body, predicted, "spans", _span_key)
    elif task.kind.value == "bounding_boxes":
        items = _matching(body, predicted, "boxes", _box_key)
    elif task.kind.value == "polygons":
        items = _matching(body, predicted, "polygons", _polygon_key)
    elif task.kind.value == "comparison":
        choice = predicted.get("choice")
        if choice is not None and body.get("choice") == choice:
            items.append("choice")
            ratings = body.get("ratings") or {}
            wanted = predicted.get("ratings") or {}
            if isinstance(ratings, dict) and isinstance(wanted, dict):
                items += [f"ratings.{name}" for name in sorted(ratings)
                          if name in wanted and ratings[name] == wanted[name]]
    if not items:
        return None
    return PredictionUse(prediction.model, tuple(items))


def prediction_hash(prediction: Prediction) -> str:
    """The content hash (0x keccak-256 of the canonical JSON) of a prediction's model
    and annotation, as served with the task: what a signed record names it by."""
    return content_hash_hex({"model": prediction.model,
                             "annotation": dict(prediction.annotation)})


def item_key(body: dict[str, Any], path: str) -> str | None:
    """The value of the item at ``path`` as a string, independent of its position
    ("spans:[0, 3, \"PER\"]"): what the editor remembers an accepted item by, so that
    deleting or sorting other items never moves an acceptance to another item."""
    try:
        if path.startswith("ratings."):
            return f"{path}={int(body['ratings'][path[8:]])}"
        if path == "choice":
            return f"choice={body['choice']}"
        name, index = path[:-1].split("[")
        value = body[name][int(index)]
        makers: dict[str, Callable[[Any], Any]] = {
            "labels": str, "spans": _span_key, "boxes": _box_key, "polygons": _polygon_key}
        key = makers[name](value)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        return None
    return f"{name}:{json.dumps(key, ensure_ascii=False)}"


def with_prediction_use(annotation: AnyAnnotation, task: Task,
                        accepted: Collection[str] = ()) -> AnyAnnotation:
    """``annotation`` with its ``from_prediction`` record computed afresh (a claim the
    body carried, e.g. from a submission labeled again, is never trusted).

    When the task carries a prediction of its kind the editor showed it, so the
    record is always there: the model, the hash of the prediction and the items
    still unchanged (possibly none), and of those the ones the annotator accepted
    (``accepted``: their :func:`item_key`, as the editor kept them). A task without
    one gets no record."""
    if isinstance(annotation, CollectionItem):
        return annotation
    body = to_json(annotation)  # normalised: the paths index the signed lists
    body.pop("from_prediction", None)
    prediction = prediction_of(task)
    record = None
    if prediction is not None:
        use = predicted_items(task, body)
        items = use.items if use is not None else ()
        record = FromPrediction(model=prediction.model, items=items,
                                hash=prediction_hash(prediction),
                                accepted=tuple(p for p in items if item_key(body, p) in accepted))
    if record == annotation.from_prediction:
        return annotation
    return annotation.model_copy(update={"from_prediction": record})


def _matching(body: dict[str, Any], predicted: dict[str, Any], key: str,
              make_key: Any) -> list[str]:
    wanted = {k for k in (_safe(make_key, v) for v in _list(predicted, key)) if k is not None}
    return [f"{key}[{i}]" for i, value in enumerate(_list(body, key))
            if (k := _safe(make_key, value)) is not None and k in wanted]


def _list(body: dict[str, Any], key: str) -> list[Any]:
    value = body.get(key)
    return list(value) if isinstance(value, list | tuple) else []


def _safe(make_key: Any, value: Any) -> Any:
    try:
        return make_key(value)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _span_key(span: dict[str, Any]) -> tuple[int, int, str]:
    return int(span["start"]), int(span["end"]), str(span["label"])


def _round(value: Any) -> float:
    return round(float(value), COORD_DECIMALS) + 0.0


def _box_key(box: dict[str, Any]) -> tuple[str, float, float, float, float]:
    return (str(box["label"]), _round(box["x"]), _round(box["y"]), _round(box["w"]),
            _round(box["h"]))


def _polygon_key(polygon: dict[str, Any]) -> str:
    points = [(_round(x), _round(y)) for x, y in polygon["points"]]
    return json.dumps([str(polygon["label"]), points])
