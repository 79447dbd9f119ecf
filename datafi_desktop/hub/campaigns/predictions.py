"""Pre-labeling a campaign with a Label Studio ML backend.

Each task's predictions live in its body (``tasks.body``'s ``predictions``), so
the hub serves them with the task like imported ones; they are never a
submission and never anyone's work. A backend's prediction goes first (it is
what the editor starts from) and replaces an earlier one of the same model
version; other models' predictions stay.

Resumable: a task that already holds a prediction of the backend's model version
(as ``/setup`` names it) is skipped, as is one that needs no more labels. A
batch is validated whole before any task of it is written, and written in one
transaction, so a failure leaves every task as it was.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update

from ...core.assist.backend import RESULT_TYPES, BackendPrediction, MLBackend
from ...core.models.tasks import Task, TaskKind
from ..db.tables import tasks
from ..service import Hub
from .catalog import load_campaign


@dataclass
class PredictReport:
    """What a run did, by task count."""

    model_versions: dict[str, str] = field(default_factory=dict)  # kind → version
    predicted: int = 0
    empty: int = 0  # the backend predicted nothing for the task
    already: int = 0  # a prediction of this model version was there
    complete: int = 0  # the task needs no more labels
    unsupported: int = 0  # kinds a backend cannot predict (comparison, collection)
    no_image_url: int = 0  # image tasks without --image-url
    requests: int = 0

    def summary(self) -> str:
        parts = [f"{self.predicted} predicted", f"{self.already} already predicted",
                 f"{self.complete} complete"]
        if self.empty:
            parts.append(f"{self.empty} without a prediction")
        if self.unsupported:
            parts.append(f"{self.unsupported} of kinds a backend cannot predict")
        if self.no_image_url:
            parts.append(f"{self.no_image_url} image tasks skipped (no --image-url)")
        return ", ".join(parts) + f" ({self.requests} requests)"


def with_prediction(body: dict[str, Any], prediction: BackendPrediction) -> dict[str, Any]:
    """The task body with ``prediction`` first, replacing one of the same model."""
    kept = [p for p in body.get("predictions") or [] if p.get("model") !=
            prediction.model_version]
    new = prediction.as_prediction().model_dump(mode="json")
    return {**body, "predictions": [new, *kept]}


def predict_campaign(hub: Hub, campaign_id: str, backend: MLBackend, *,
                     batch_size: int = 16, min_interval_s: float = 0.0,
                     image_url: Callable[[Task], str] | None = None,
                     progress: Callable[[str], None] = print) -> PredictReport:
    """Ask ``backend`` for every task of the campaign that still needs a prediction."""
    if batch_size < 1:
        raise ValueError("the batch size must be at least 1")
    report = PredictReport()
    with hub.engine.connect() as conn:
        campaign, _closed = load_campaign(conn, campaign_id)
        rows = conn.execute(select(tasks.c.uid, tasks.c.body, tasks.c.submitted)
                            .where(tasks.c.campaign_id == campaign_id)
                            .order_by(tasks.c.uid)).all()
    by_kind: dict[TaskKind, list[tuple[int, Task]]] = {}
    for row in rows:
        task = Task.model_validate_json(row.body)
        if task.kind not in RESULT_TYPES:
            report.unsupported += 1
        elif row.submitted >= campaign.overlap:
            report.complete += 1
        elif task.kind.is_image and image_url is None:
            report.no_image_url += 1
        else:
            by_kind.setdefault(task.kind, []).append((row.uid, task))
    backend.health()
    last_request = 0.0
    for kind, todo in by_kind.items():
        version = backend.setup([t for _, t in todo], campaign_id)
        report.model_versions[kind.value] = version
        pending = [(uid, t) for uid, t in todo
                   if not any(p.model == version for p in t.predictions)]
        report.already += len(todo) - len(pending)
        for start in range(0, len(pending), batch_size):
            batch = pending[start:start + batch_size]
            wait = last_request + min_interval_s - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            last_request = time.monotonic()
            answers = backend.predict([t for _, t in batch], project=campaign_id,
                                      image_url=image_url)
            report.requests += 1
            _store(hub, batch, answers, report)
            progress(f"{kind.value}: {min(start + batch_size, len(pending))}/{len(pending)} "
                     f"tasks sent to {backend.url} ({version})")
    return report


def _store(hub: Hub, batch: list[tuple[int, Task]],
           answers: list[BackendPrediction | None], report: PredictReport) -> None:
    with hub.engine.begin() as conn:
        for (uid, task), answer in zip(batch, answers, strict=True):
            if answer is None:
                report.empty += 1
                continue
            body = with_prediction(task.model_dump(mode="json"), answer)
            Task.model_validate(body)  # the stored body stays a valid task
            conn.execute(update(tasks).where(tasks.c.uid == uid)
                         .values(body=json.dumps(body, ensure_ascii=False,
                                                 separators=(",", ":"))))
            report.predicted += 1
