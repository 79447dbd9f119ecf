"""Ask a campaign's ML backends for a prediction of one task, as the app does (Ctrl+P).

The campaign names its backends (``Campaign.ml_backends``); they are asked in
turn and the first usable answer wins. An image goes to the backend as a
``data:`` URL of the file's bytes (the backend cannot read the annotator's
disk), a text as it is — the task's data only, never a key or anyone's work.

Every failure is a :class:`~.backend.BackendError` whose message says which
backend and what went wrong (no answer in time, HTTP 500, a label outside the
task's label set, a malformed result, a shape outside the image); with several
backends the message lists each one's failure. Nothing is stored here: the
caller decides what to do with the prediction (the app keeps it as a
prediction of the task, never as the annotator's work).
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from ..models.tasks import Prediction, Task
from .backend import BackendError, MLBackend

#: seconds the app waits for a backend (the UI never waits: it runs on a worker)
APP_TIMEOUT = 15.0
#: the largest image sent as a data URL (bytes)
MAX_IMAGE_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class Asked:
    """A backend's prediction for the task, and which backend gave it."""

    backend: str
    prediction: Prediction


def image_data_url(path: Path) -> str:
    """The image file as a ``data:`` URL (its MIME type from its content)."""
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise BackendError(f"the image is {size / 1e6:.0f} MB, more than a backend is sent "
                           f"({MAX_IMAGE_BYTES / 1e6:.0f} MB)")
    with Image.open(path) as image:
        mime = Image.MIME.get(image.format or "", "application/octet-stream")
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def ask_backends(urls: Sequence[str], task: Task, *, project: str,
                 image_path: Path | None = None, timeout: float = APP_TIMEOUT,
                 context: dict[str, Any] | None = None) -> Asked | None:
    """The first backend's prediction for ``task`` (None when every backend that
    answered predicts nothing). Raises :class:`BackendError` when none answered
    usably, or the campaign names no backend."""
    if not urls:
        raise BackendError("this campaign names no ML backend")
    image_url = None
    if task.kind.is_image:
        if image_path is None or not image_path.is_file():
            raise BackendError("the task's image is not on this computer yet")
        data_url = image_data_url(image_path)

        def image_url(_task: Task) -> str:
            return data_url

    failures: list[str] = []
    answered = False
    for url in urls:
        try:
            with MLBackend(url, timeout=timeout) as backend:
                (result,) = backend.predict([task], project=project, image_url=image_url,
                                            context=context)
        except BackendError as exc:
            failures.append(str(exc))
            continue
        answered = True
        if result is not None:
            return Asked(url, result.as_prediction())
    if answered:
        return None
    raise BackendError("; ".join(failures))
