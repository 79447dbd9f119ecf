"""Interactive assistance: a click or a rough box becomes a polygon or a tight box.

Label Studio sends an interactive prompt to an ML backend as ``params.context``
of ``POST /predict`` (what its SAM examples read)::

    {"result": [{"type": "keypointlabels", "is_positive": true,
                 "original_width": W, "original_height": H, "image_rotation": 0,
                 "from_name": "label", "to_name": "image", "origin": "manual",
                 "value": {"x": <% of W>, "y": <% of H>, "keypointlabels": [LABEL]}},
                {"type": "rectanglelabels", ...,
                 "value": {"x", "y", "width", "height", "rectanglelabels": [LABEL]}}]}

Positive points (a click) and negative points (Shift+click) and at most one
rough box. The answer is an ordinary prediction, converted and checked like any
(:func:`.backend.parse_result`: label in the task's set, inside the image): a
``polygonlabels`` result for a polygon task, ``rectanglelabels`` for a box task.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..models.tasks import Task, TaskKind
from .ask import APP_TIMEOUT, ask_backends
from .backend import BackendError


@dataclass(frozen=True)
class Prompt:
    """What the annotator gave: points in image pixels (x, y, positive?) and/or a box
    (x, y, w, h) in image pixels, for ``label``."""

    label: str
    points: tuple[tuple[float, float, bool], ...] = ()
    box: tuple[float, float, float, float] | None = None


def context_for(task: Task, prompt: Prompt) -> dict[str, Any]:
    """The Label Studio interactive context of ``prompt`` on ``task``'s image."""
    size = task.image_size
    if size is None:
        raise BackendError("interactive assistance works on image tasks")
    if task.kind not in (TaskKind.POLYGONS, TaskKind.BOUNDING_BOXES):
        raise BackendError("interactive assistance draws polygons and boxes")
    if prompt.label not in task.config.label_names:
        raise BackendError(f"label {prompt.label!r} is not in the task's label set")
    if not prompt.points and prompt.box is None:
        raise BackendError("click on the object or drag a rough box around it first")
    if not any(p[2] for p in prompt.points) and prompt.box is None:
        raise BackendError("a negative point alone says nothing: click on the object")
    width, height = size
    common = {"original_width": width, "original_height": height, "image_rotation": 0,
              "from_name": "label", "to_name": "image", "origin": "manual"}
    result: list[dict[str, Any]] = []
    for i, (x, y, positive) in enumerate(prompt.points):
        if not (0 <= x <= width and 0 <= y <= height):
            raise BackendError(f"point {i + 1} is outside the image")
        result.append({**common, "id": f"p{i}", "type": "keypointlabels",
                       "is_positive": bool(positive),
                       "value": {"x": 100 * x / width, "y": 100 * y / height,
                                 "keypointlabels": [prompt.label]}})
    if prompt.box is not None:
        x, y, w, h = prompt.box
        if w <= 0 or h <= 0:
            raise BackendError("the rough box is empty")
        x0, y0 = max(0.0, x), max(0.0, y)
        x1, y1 = min(float(width), x + w), min(float(height), y + h)
        if x1 <= x0 or y1 <= y0:
            raise BackendError("the rough box is outside the image")
        result.append({**common, "id": "box", "type": "rectanglelabels",
                       "value": {"x": 100 * x0 / width, "y": 100 * y0 / height,
                                 "width": 100 * (x1 - x0) / width,
                                 "height": 100 * (y1 - y0) / height,
                                 "rectanglelabels": [prompt.label]}})
    return {"result": result}


def ask_interactive(urls: Sequence[str], task: Task, prompt: Prompt, *, project: str,
                    image_path: Path, timeout: float = APP_TIMEOUT) -> dict[str, Any] | None:
    """The shape the backends answer for ``prompt``: one polygon (polygon task) or
    one box (box task) as the project's JSON, or None when they found nothing.
    Raises :class:`BackendError` (clear message, nothing changed) otherwise."""
    asked = ask_backends(urls, task, project=project, image_path=image_path, timeout=timeout,
                         context=context_for(task, prompt))
    if asked is None:
        return None
    key = "polygons" if task.kind is TaskKind.POLYGONS else "boxes"
    shapes = asked.prediction.annotation.get(key) or []
    if len(shapes) != 1:
        raise BackendError(f"{asked.backend}/predict: an interactive answer is one shape "
                           f"({len(shapes)} given)")
    return dict(shapes[0])
