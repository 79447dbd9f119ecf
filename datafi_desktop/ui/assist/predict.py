"""Ctrl+P: ask the campaign's model for a prediction of the open task.

The request runs on a worker thread (:func:`..worker.run_in_background`); the
annotator keeps labeling meanwhile. Ctrl+P again, or opening another task,
cancels it: a late answer is dropped and changes nothing. A prediction that
arrives is kept as the task's prediction (``cache.tasks.add_prediction``), never as
the annotator's work, and shown through the editor like any prediction:
marked, with the banner, undoable (Ctrl+Z brings the body before it back).
Failures (no answer in time, HTTP 500, a label outside the task's label set, a
malformed answer, a shape outside the image) are said in the status bar and
change nothing.

When the campaign names no backend, or none answers, and the campaign ships an
offline model for the task's kind whose files are on this machine, that model
answers instead (:mod:`...core.assist.offline`, onnxruntime, no network).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from ...core.assist.ask import Asked, ask_backends
from ...core.assist.backend import BackendError
from ...core.assist.offline import offline_predictor
from ..worker import Job, run_in_background

if TYPE_CHECKING:
    from ..editor.task_editor import TaskEditor

_pool: QThreadPool | None = None


def assist_pool() -> QThreadPool:
    """The threads model requests run on: not the global pool, so that a backend
    slow to answer never holds up image decoding or tiles."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


#: a fallback run when no backend answers: (editor) → a worker function or None
Fallback = Callable[["TaskEditor"], Callable[[], Asked | None] | None]


def offline_fallback(editor: TaskEditor) -> Callable[[], Asked | None] | None:
    """The campaign's offline model for the open task, when its files are here."""
    row = editor.row
    if row is None:
        return None
    campaign = editor.cache.tasks.get_campaign(row.campaign_id)
    task, assets = row.task, editor.cache.assets
    image = assets.path(task.image_hash) if task.image_hash is not None else None
    return offline_predictor(campaign.offline_models, task, assets.path, image)


class PredictionAssistant(QObject):
    """Runs Ctrl+P for one :class:`TaskEditor`."""

    #: a prediction was shown (model) — for tests and the status bar
    predicted = Signal(str)
    #: the request failed or gave nothing (the message shown)
    failed = Signal(str)

    def __init__(self, editor: TaskEditor, *, timeout: float = 15.0) -> None:
        super().__init__(editor)
        self.editor = editor
        self.timeout = timeout
        self.job: Job | None = None
        self._uid = -1
        self.fallback: Fallback | None = offline_fallback
        editor.task_opened.connect(self._task_changed)

    @property
    def running(self) -> bool:
        return self.job is not None

    def toggle(self) -> None:
        """Ctrl+P: ask, or cancel the request under way."""
        if self.job is not None:
            self.cancel(self.tr("Prediction request cancelled"))
        else:
            self.ask()

    def cancel(self, message: str | None = None) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
            if message:
                self.editor.status_message.emit(message)

    def ask(self) -> None:
        editor = self.editor
        row = editor.row
        if row is None or editor.pane is None:
            self._fail(self.tr("Open a task first"))
            return
        if editor.read_only:
            self._fail(self.tr("This task is read-only: nothing to predict"))
            return
        task = row.task
        campaign = editor.cache.tasks.get_campaign(row.campaign_id)
        urls = list(campaign.ml_backends)
        image_path = None
        if task.image_hash is not None:
            image_path = editor.cache.assets.path(task.image_hash)
        offline = self.fallback(editor) if self.fallback is not None else None
        if not urls and offline is None:
            self._fail(self.tr("This campaign names no ML backend and ships no offline "
                               "model for this kind of task"))
            return
        timeout, project = self.timeout, campaign.id

        def work() -> Asked | None:
            if urls:
                try:
                    return ask_backends(urls, task, project=project, image_path=image_path,
                                        timeout=timeout)
                except BackendError:
                    if offline is None:
                        raise
            assert offline is not None
            return offline()

        self._uid = row.uid
        self.job = run_in_background(work, on_done=self._done, on_error=self._error,
                                     pool=assist_pool())
        self.editor.status_message.emit(
            self.tr("Asking the model for a prediction… (Ctrl+P again cancels)"))

    def _task_changed(self, uid: int) -> None:
        if self.job is not None and uid != self._uid:
            self.cancel()  # an answer for the task before must not land on this one

    def _done(self, asked: Any) -> None:
        self.job = None
        if self.editor.uid != self._uid:
            return
        if asked is None:
            self._fail(self.tr("The model has no prediction for this task"))
            return
        assert isinstance(asked, Asked)
        if not self.editor.show_prediction(asked.prediction):
            self._fail(self.tr("The prediction cannot be shown: the task is read-only now"))
            return
        model = asked.prediction.model
        self.editor.status_message.emit(
            self.tr("Prediction by {model}: edit it, or accept it; Ctrl+Z undoes it")
            .format(model=model))
        self.predicted.emit(model)

    def _error(self, exc: BaseException) -> None:
        self.job = None
        detail = str(exc) if isinstance(exc, BackendError) else type(exc).__name__
        self._fail(self.tr("No prediction: {reason}").format(reason=detail))

    def _fail(self, message: str) -> None:
        self.editor.status_message.emit(message)
        self.failed.emit(message)
