"""A client for Label Studio's ML backend HTTP API.

The API (label-studio-ml-backend, ``label_studio_ml/api.py``)::

    GET  /health   → {"status": "UP", "model_class": "..."}
    POST /setup    {"project", "schema": <label config XML>, "extra_params"?}
                   → {"model_version": "..."}
    POST /predict  {"tasks": [{"id", "data": {...}}], "label_config", "project", "params"}
                   → {"results": [{"result": [<Label Studio result items>],
                                   "score": 0.9, "model_version": "..."}, ...]}

One prediction per task, in the order sent. The results go through the same
Label Studio conversion as imports (:mod:`..formats.label_studio`: percent
coordinates → pixels, character offsets as they are) and are validated against
the task's label set; anything wrong raises :class:`BackendError` naming the
task and the item, and nothing is returned for any task of that request.

What is sent is the task's data only (text, or the image URL the caller
gives) and the labeling config — never a key, a token or anyone's annotation.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from ..errors import DataFiError
from ..formats.fitting import Fitter, Losses
from ..formats.label_studio import ImageRef, convert
from ..formats.label_studio_export import label_config
from ..models.tasks import Prediction, Task, TaskKind

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=3.0)
#: result ``type`` a task kind accepts from a backend
RESULT_TYPES: dict[TaskKind, str] = {
    TaskKind.TEXT_CLASSIFICATION: "choices",
    TaskKind.IMAGE_CLASSIFICATION: "choices",
    TaskKind.TEXT_SPANS: "labels",
    TaskKind.BOUNDING_BOXES: "rectanglelabels",
    TaskKind.POLYGONS: "polygonlabels",
}
#: how far outside the image (px) a predicted point may be before it is an error
COORD_TOLERANCE_PX = 1.0

ImageUrl = Callable[[Task], str]


class BackendError(DataFiError):
    """An ML backend could not be reached or answered something unusable."""


@dataclass(frozen=True)
class BackendPrediction:
    """One task's prediction, converted into the project's annotation body."""

    task_id: str
    model_version: str
    score: float | None
    annotation: dict[str, Any]

    def as_prediction(self) -> Prediction:
        return Prediction(model=self.model_version, score=self.score,
                          annotation=self.annotation)


class MLBackend:
    """One Label Studio ML backend at ``url``."""

    def __init__(self, url: str, *, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.url = url.rstrip("/")
        if not self.url.startswith(("http://", "https://")):
            raise BackendError(f"the backend URL must start with http:// or https:// "
                               f"(got {url!r})")
        self._client = httpx.Client(base_url=self.url, timeout=timeout, transport=transport)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> MLBackend:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def health(self) -> dict[str, Any]:
        """``GET /health``; raises unless the backend says it is up."""
        body = self._call("GET", "/health", None)
        if not isinstance(body, dict) or str(body.get("status", "")).upper() != "UP":
            raise BackendError(f"{self.url}/health: the backend is not up ({_short(body)})")
        return body

    def setup(self, tasks: Sequence[Task], project: str) -> str:
        """``POST /setup`` with the labeling config; the backend's model version."""
        body = self._call("POST", "/setup", {"project": project,
                                             "schema": config_for(tasks)})
        version = body.get("model_version") if isinstance(body, dict) else None
        if not isinstance(version, str) or not version:
            raise BackendError(f"{self.url}/setup: no model_version in the answer "
                               f"({_short(body)})")
        return version

    def predict(self, tasks: Sequence[Task], *, project: str = "datafi",
                image_url: ImageUrl | None = None,
                context: dict[str, Any] | None = None) -> list[BackendPrediction | None]:
        """``POST /predict`` for tasks of one kind: per task its prediction (None when the
        backend predicts nothing for it), all validated before any is returned.
        ``context`` is Label Studio's interactive context (``params.context``, see
        :mod:`.interactive`)."""
        if not tasks:
            return []
        kinds = {t.kind for t in tasks}
        if len(kinds) != 1:
            raise BackendError("predict one kind of task per request")
        kind = next(iter(kinds))
        if kind not in RESULT_TYPES:
            raise BackendError(f"ML backends do not predict {kind.value} tasks")
        payload = {"tasks": [task_payload(t, image_url) for t in tasks],
                   "label_config": config_for(tasks), "project": project,
                   "params": {"context": context} if context is not None else {}}
        body = self._call("POST", "/predict", payload)
        results = body.get("results") if isinstance(body, dict) else None
        if not isinstance(results, list):
            raise BackendError(f"{self.url}/predict: the answer has no 'results' list "
                               f"({_short(body)})")
        if len(results) != len(tasks):
            raise BackendError(f"{self.url}/predict: {len(results)} results for "
                               f"{len(tasks)} tasks")
        return [parse_result(task, raw, f"{self.url}/predict results[{i}]")
                for i, (task, raw) in enumerate(zip(tasks, results, strict=True))]

    def _call(self, method: str, path: str, payload: Any) -> Any:
        try:
            response = self._client.request(method, path, json=payload)
        except httpx.TimeoutException:
            raise BackendError(f"{self.url}{path}: the backend did not answer in time") from None
        except httpx.HTTPError as exc:
            raise BackendError(f"{self.url}{path}: cannot reach the backend "
                               f"({exc.__class__.__name__})") from None
        if response.status_code != 200:
            raise BackendError(f"{self.url}{path}: HTTP {response.status_code} "
                               f"({response.text[:200]!r})")
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise BackendError(f"{self.url}{path}: the answer is not JSON") from None


def config_for(tasks: Sequence[Task]) -> str:
    """The Label Studio labeling config of tasks of one kind."""
    return label_config(tasks[0].kind, tasks)


def task_payload(task: Task, image_url: ImageUrl | None = None) -> dict[str, Any]:
    """What a backend is sent for a task: its id and data, nothing else."""
    if task.kind.is_image:
        if image_url is None:
            raise BackendError(f"task {task.id!r}: image tasks need an image URL the backend "
                               "can read")
        return {"id": task.id, "data": {"image": image_url(task)}}
    return {"id": task.id, "data": {"text": task.text}}


def parse_result(task: Task, raw: Any, where: str) -> BackendPrediction | None:
    """A backend's prediction for ``task`` as the project's annotation body, or None
    when the backend predicts nothing for it (an empty ``result``).

    Raises :class:`BackendError` for a malformed result, a label outside the task's
    label set, offsets outside the text or coordinates outside the image."""
    if not isinstance(raw, dict) or not isinstance(raw.get("result"), list):
        raise BackendError(f"{where}: a prediction is an object with a 'result' list "
                           f"({_short(raw)})")
    if not raw["result"]:
        return None
    wanted = RESULT_TYPES[task.kind]
    key = wanted
    for j, item in enumerate(raw["result"]):
        if not isinstance(item, dict) or item.get("type") != wanted:
            raise BackendError(f"{where}.result[{j}]: expected a {wanted!r} result for a "
                               f"{task.kind.value} task ({_short(item)})")
        value = item.get("value")
        names = value.get(key) if isinstance(value, dict) else None
        if not isinstance(names, list) or not names or not all(
                isinstance(n, str) for n in names):
            raise BackendError(f"{where}.result[{j}]: value.{key} must be a list of label "
                               "names")
        unknown = [n for n in names if n not in task.config.label_names]
        if unknown:
            raise BackendError(f"{where}.result[{j}]: label {unknown[0]!r} is not in the "
                               f"task's label set ({', '.join(task.config.label_names)})")
    score = raw.get("score")
    if score is not None and (not isinstance(score, int | float) or isinstance(score, bool)):
        raise BackendError(f"{where}: score must be a number ({_short(score)})")
    version = raw.get("model_version")
    if not isinstance(version, str) or not version.strip():
        raise BackendError(f"{where}: model_version is missing")
    data: dict[str, Any] = {"text": task.text} if task.kind.is_text else {"image": task.id}
    ls_task = {"id": task.id, "data": data, "predictions": [
        {"result": raw["result"], "score": score, "model_version": version}]}

    def resolve(_ref: str, _where: str) -> ImageRef:
        size = task.image_size
        assert size is not None and task.image_hash is not None
        return ImageRef(task.image_hash, size[0], size[1])

    try:
        records = convert([ls_task], kind=task.kind, labels=list(task.config.label_names),
                          multi=task.config.multi, resolve_image=resolve, source=where,
                          fit=Fitter(COORD_TOLERANCE_PX, "fail", Losses()))
    except DataFiError as exc:
        raise BackendError(f"{where}: {exc}") from None
    predictions = records[0].task.predictions
    if not predictions:  # classification with no choice at all
        raise BackendError(f"{where}: the prediction chooses nothing")
    first = predictions[0]
    return BackendPrediction(task.id, version.strip()[:200], first.score,
                             dict(first.annotation))


def _short(value: Any) -> str:
    text = json.dumps(value, default=str) if not isinstance(value, str) else value
    return text if len(text) <= 120 else text[:117] + "…"
