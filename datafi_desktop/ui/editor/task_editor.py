"""The task editor: the right-hand side of the Tasks page, where a task is labeled.

:class:`TaskEditor` hosts one :class:`~..panes.base.AnnotationPane` per family of
task kinds (created on first use, reused after) and runs the labeling flow
around it::

    open_task(uid) ─→ starting point (draft │ prediction │ empty), or the last
                      submission read-only ─→ pane.open(PaneTask)
    pane.body_changed ─→ Autosaver (draft in the cache within 500 ms)
                      ─→ problems (core.flow.submit_problems) and the banner
    Submit ─→ Submitter (unlock if needed, cache.submissions.submit) ─→ next task to do
    Skip / Next / Previous ─→ core.flow ─→ the queue's selection ─→ open_task

One QUndoStack serves every pane and is cleared whenever another task opens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...core import operations
from ...core.cache import SubmissionRow, TaskRow
from ...core.changes import OpChanges, OpResult
from ...core.errors import TaskNotFoundError
from ...core.flow import (
    DONE_STATES,
    next_task,
    previous_task,
    progress,
    starting_point,
    submit_problems,
)
from ...core.models import TaskKind
from ...core.models.tasks import Prediction
from ..assist.interactive_tool import InteractiveAssist
from ..assist.predict import PredictionAssistant
from ..panes.base import AnnotationPane, Body, PaneTask
from ..panes.image.canvas import AnnotationCanvas
from ..session import Session
from ..theme import named
from .actions import EditorActions, shortcut_text
from .autosave import Autosaver
from .bottom_bar import BottomBar
from .confirm import confirm_submit
from .fallback import PreviewPane
from .header import EditorHeader, SubmissionBar
from .notice_slot import NoticeSlot
from .pane_set import PaneSet
from .prediction_banner import PredictionBanner
from .submit import Submitter

T = TypeVar("T")


class TaskEditor(QWidget):
    #: a task was opened (uid)
    task_opened = Signal(int)
    #: the opened task is drawn (uid), e.g. after its image was decoded
    shown = Signal(int)
    #: the opened task could not be drawn (uid, message)
    failed = Signal(int, str)
    #: a submission was signed and queued (its id)
    submitted = Signal(str)
    #: a short message for the status bar
    status_message = Signal(str)
    #: the user wants the Wallet page (to create an account for signing)
    wallet_page_requested = Signal()
    #: a task was opened in this pane (the AnnotationPane): its actions go in the menus
    pane_changed = Signal(object)
    #: F6 from inside the editor: the keyboard focus should go back to the queue
    focus_queue_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 pane_types: list[type[AnnotationPane]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskEditor")
        self.session = session
        self.cache = session.cache
        #: selects a task in the queue (set by the window); the editor then opens it
        self.navigator: Callable[[int], None] | None = None
        self.uid = -1
        self.row: TaskRow | None = None
        self.pane: AnnotationPane | None = None
        self.read_only = False
        self.submission: SubmissionRow | None = None
        self._reference: Body | None = None  # the untouched prediction, while it is one
        self._quiet = False

        self.undo_stack = QUndoStack(self)
        self.panes = PaneSet(self.undo_stack, session, pane_types, self._adopt)
        self.editor_actions = acts = EditorActions(self, self.undo_stack)
        self.autosave = Autosaver(self.cache, parent=self)
        self.submitter = Submitter(session, self)
        self.header = EditorHeader()
        self.banner = PredictionBanner()
        self.submission_bar = SubmissionBar()
        self.stack = named(QStackedWidget(), "paneStack")
        self.placeholder = named(QLabel(self.tr("Select a task in the queue to label it here.")),
                                 "editorPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setProperty("role", "muted")
        self.stack.addWidget(self.placeholder)
        self.bottom = BottomBar(acts.previous, acts.skip, acts.next, acts.submit)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 14, 16, 8)
        lay.setSpacing(6)
        lay.addWidget(self.header)
        self.notice = NoticeSlot(self.banner, self.submission_bar)  # its height is kept
        lay.addWidget(self.notice)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.bottom)

        acts.submit.triggered.connect(self.submit)
        acts.skip.triggered.connect(self.skip)
        acts.next.triggered.connect(self.next_task)
        acts.previous.triggered.connect(self.previous_task)
        acts.label_again.triggered.connect(self.label_again)
        self.assistant = PredictionAssistant(self)
        acts.predict.triggered.connect(self.assistant.toggle)
        acts.accept_predictions.triggered.connect(self.accept_predictions)
        acts.focus.triggered.connect(self.toggle_focus)
        self.submission_bar.label_again.connect(self.label_again)
        self.autosave.saved.connect(self._draft_saved)
        self.autosave.failed.connect(self._draft_failed)
        self.submitter.submitted.connect(self._submitted)
        self.submitter.failed.connect(self._submit_failed)
        self.submitter.wallet_page_requested.connect(self.wallet_page_requested)
        session.operation_did_execute.connect(self._operation_did_execute)
        session.stopped.connect(self.flush)
        self.clear()

    # --- opening ----------------------------------------------------------------------

    def open_task(self, uid: int) -> None:
        """Show task ``uid`` (after saving the draft of the one before); -1 clears."""
        if self._quiet or (uid == self.uid and self.row is not None):
            return
        self.flush()
        if uid < 0:
            self.clear()
            return
        try:
            row = self.cache.tasks.get_task(uid)
        except TaskNotFoundError:
            self.clear()
            return
        self._open_row(row)

    def reopen(self) -> None:
        """Open the current task again from the cache (after its state changed)."""
        if self.uid >= 0:
            self.flush()
            self._open_row(self.cache.tasks.get_task(self.uid))

    def _open_row(self, row: TaskRow) -> None:
        task = row.task
        submission = None
        if row.state in DONE_STATES:
            found = self.cache.submissions.all(task_uid=row.uid, limit=1)
            submission = found[0] if found else None
        pane = self._pane_for(task.kind)
        editable = not isinstance(pane, PreviewPane)
        if submission is not None:
            body: Body = dict(submission.annotation)
            source, model = "submission", None
        else:
            start = starting_point(task, self.cache.tasks.load_draft(row.uid))
            body, source, model = start.body, start.source, start.model
        self.undo_stack.clear()
        self.uid, self.row, self.submission = row.uid, row, submission
        self.read_only = submission is not None or not editable
        if isinstance(pane, PreviewPane):
            pane.row = row
            pane.missing = self.missing
        self._show_pane(pane)
        self.header.set_row(row)
        if submission is not None:
            self.submission_bar.show_submission(
                submission, shortcut_text(self.editor_actions.label_again))
        else:
            self.submission_bar.clear()
        pane.open(PaneTask(task=task, body=body, source=source, model=model,
                           assets=self.cache.assets, read_only=self.read_only))
        self.pane_changed.emit(pane)  # its actions depend on the task: list them again
        self._reference = pane.body() if model is not None and not self.read_only else None
        self._model = model
        self.bottom.set_progress(progress(self.cache, row.campaign_id))
        self._after_body(pane.body())
        self._sync_actions()
        self.task_opened.emit(row.uid)

    def clear(self) -> None:
        self.flush()
        self.undo_stack.clear()
        self.uid, self.row, self.submission, self._reference = -1, None, None, None
        self.read_only = False
        self.stack.setCurrentWidget(self.placeholder)
        if self.pane is not None:
            self.pane.release()
            self.pane = None
            self.pane_changed.emit(None)
        self.header.clear()
        self.banner.clear()
        self.submission_bar.clear()
        self.bottom.show_problems([])
        self.bottom.set_progress(progress(self.cache, self.session.campaign_id))
        self._sync_actions()

    # --- panes ------------------------------------------------------------------------

    @property
    def missing(self) -> dict[str, str]:
        """Pane modules that are not there (module name → why), for the fallback note."""
        return self.panes.missing

    def register_pane(self, pane_type: type[AnnotationPane]) -> None:
        self.panes.register(pane_type)

    def pane_type_for(self, kind: TaskKind) -> type[AnnotationPane] | None:
        return self.panes.type_for(kind)

    def _pane_for(self, kind: TaskKind) -> AnnotationPane:
        return self.panes.pane_for(kind)

    def _adopt(self, pane: AnnotationPane) -> None:
        """A pane was just built: listen to it and give it a place in the stack."""
        pane.body_changed.connect(self._body_changed)
        pane.message.connect(self.status_message)
        pane.submit_requested.connect(self.submit)
        # Tab: the pane's controls, then the buttons (once the chips are laid out)
        pane.shown.connect(lambda: QTimer.singleShot(0, self, lambda: self.bottom.follow(pane)))
        pane.shown.connect(lambda: self.shown.emit(self.uid))
        pane.failed.connect(self._pane_failed)
        if isinstance(canvas := getattr(pane, "canvas", None), AnnotationCanvas):
            InteractiveAssist(self, canvas)  # Ctrl+click: the model's polygon or box
        self.stack.addWidget(pane)

    def _show_pane(self, pane: AnnotationPane) -> None:
        if self.pane is not None and self.pane is not pane:
            self.pane.release()  # e.g. the image pane's 50-megapixel pixmap
        self.stack.setCurrentWidget(pane)
        self.pane = pane

    def focus_pane(self) -> None:
        if self.pane is not None and self.stack.currentWidget() is self.pane:
            self.pane.focus_default()

    def toggle_focus(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            self.focus_queue_requested.emit()
        else:
            self.focus_pane()

    # --- editing ----------------------------------------------------------------------

    def body(self) -> Body:
        return self.pane.body() if self.pane is not None else {}

    def problems(self, body: Body | None = None) -> list[str]:
        if self.row is None or self.pane is None:
            return []
        if isinstance(self.pane, PreviewPane):
            return [self.tr("This kind of task cannot be labeled here yet")]
        body = self.body() if body is None else body
        return submit_problems(self.row.task, body) + self.pane.problems(body)

    def _body_changed(self, body: dict[str, Any]) -> None:
        if self.sender() is not self.pane or self.read_only or self.uid < 0:
            return
        untouched = self._reference is not None and body == self._reference
        self.autosave.schedule(self.uid, body, untouched)
        self._after_body(body)

    def _after_body(self, body: Body) -> None:
        untouched = self._reference is not None and body == self._reference
        if untouched and self._model and not self.read_only:
            keys = self.editor_actions.accept_predictions.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText)
            self.banner.show_for(self._model, keys)
        else:
            self.banner.clear()
        self.bottom.show_problems([] if self.read_only and self.submission else
                                  self.problems(body))

    def flush(self) -> None:
        """Write the waiting draft now (task switch, submit, window closing)."""
        self.autosave.flush()

    # --- flow -------------------------------------------------------------------------

    def submit(self) -> None:
        if self.row is None or self.pane is None:
            return
        if self.read_only:
            self.status_message.emit(self._read_only_reason())
            return
        body = self.body()
        problems = self.problems(body)
        if problems:
            self.bottom.show_problems(problems, error=True)
            self.status_message.emit(self.tr("Not submitted yet: {problem}").format(
                problem=problems[0]))
            return
        question = self.pane.submit_question(body)
        if question:  # e.g. a model's ratings nobody set: signed only when confirmed
            uid = self.uid
            def keep_draft() -> None:
                self.status_message.emit(self.tr("Not submitted: your draft is kept"))
                self.focus_pane()

            confirm_submit(self, question, lambda: self._sign(uid, body), keep_draft)
            return
        self._sign(self.uid, body)

    def _sign(self, uid: int, body: Body) -> None:
        if uid != self.uid:
            return  # another task opened while the question was asked
        self.flush()
        self.submitter.submit(uid, body)

    def accept_predictions(self) -> None:
        """Every predicted item nobody accepted or edited yet, accepted as it is."""
        if self.pane is None or self.row is None:
            return
        if self.read_only:
            self.status_message.emit(self._read_only_reason())
            return
        self.pane.accept_predictions()

    def skip(self) -> None:
        if self.row is None or self.read_only:
            return
        self.flush()
        uid, campaign = self.uid, self.row.campaign_id
        following = self._run(lambda: operations.skip(self.cache, uid, campaign_id=campaign))
        self.status_message.emit(self.tr("Skipped: the task waits at the end of the queue"))
        if following is not None and following != uid:
            self.go_to(following)
        else:
            self.reopen()

    def next_task(self) -> None:
        campaign = self.row.campaign_id if self.row else self.session.campaign_id
        target = next_task(self.cache, self.uid if self.uid >= 0 else None,
                           campaign_id=campaign)
        if target is None or target == self.uid:
            self.status_message.emit(self.tr("No other task to do in this campaign"))
            return
        self.go_to(target)

    def previous_task(self) -> None:
        campaign = self.row.campaign_id if self.row else self.session.campaign_id
        target = previous_task(self.cache, self.uid if self.uid >= 0 else None,
                               campaign_id=campaign)
        if target is None:
            self.status_message.emit(self.tr("This is the first task"))
            return
        self.go_to(target)

    def go_to(self, uid: int, *, focus: bool = True) -> None:
        """Open ``uid`` through the queue (so its selection follows), or directly."""
        self.flush()
        if self.navigator is not None:
            self.navigator(uid)
        if self.uid != uid:
            self.open_task(uid)
        if focus:
            self.focus_pane()

    def label_again(self) -> None:
        if self.submission is None or self.uid < 0:
            return
        body = {k: v for k, v in self.submission.annotation.items() if k != "from_prediction"}
        uid = self.uid  # the record is recomputed when signed
        self._run(lambda: operations.save_draft(self.cache, uid, body))
        self.reopen()
        self.focus_pane()
        self.status_message.emit(self.tr("A new draft from your last submission: edit it, then "
                                         "submit"))

    def show_prediction(self, prediction: Prediction) -> bool:
        """A prediction the app got (Ctrl+P): kept as the task's (never the annotator's
        work) and shown as the body through the undo stack, marked like any other."""
        if self.row is None or self.pane is None or self.read_only or self.pane.current is None:
            return False
        self.row = self.cache.tasks.add_prediction(self.uid, prediction)
        body = self.pane.body()
        self.pane.open(replace(self.pane.current, task=self.row.task, body=body,
                               model=prediction.model))
        self._reference, self._model = dict(prediction.annotation), prediction.model
        self.pane.edit(dict(prediction.annotation),
                       self.tr("Prediction by {model}").format(model=prediction.model))
        self._after_body(self.pane.body())
        return True

    # --- results ----------------------------------------------------------------------

    def _submitted(self, result: OpResult[SubmissionRow]) -> None:
        row = result.value
        self.autosave.cancel(row.task_uid)
        following = next_task(self.cache, row.task_uid, campaign_id=row.campaign_id)
        self._run(lambda: result)
        self.submitted.emit(row.id)
        if following is None or following == row.task_uid:
            self.reopen()
            self.status_message.emit(self.tr("Signed and queued. Nothing left to do in this "
                                             "campaign."))
        else:
            self.go_to(following)
            self.status_message.emit(self.tr("Signed and queued"))

    def _submit_failed(self, message: str) -> None:
        self.bottom.show_problems([message], error=True)
        self.status_message.emit(message)

    def _draft_saved(self, _uid: int, changes: OpChanges) -> None:
        self._run(lambda: changes)  # the task's row, when its state changed

    def _draft_failed(self, _uid: int, message: str) -> None:
        self.bottom.show_problems([message], error=True)
        self.status_message.emit(message)

    def _pane_failed(self, message: str) -> None:
        self.bottom.show_problems([message], error=True)
        self.failed.emit(self.uid, message)

    def _run(self, op: Callable[[], OpResult[T]] | Callable[[], OpChanges]) -> T | None:
        """Run an operation through the session (every view hears what it changed)."""
        self._quiet = True  # the queue's refresh must not reopen a task under our feet
        try:
            return self.session.run(op, self)
        finally:
            self._quiet = False

    def _operation_did_execute(self, changes: OpChanges, _origin: object) -> None:
        if changes.any_tasks or changes.outbox or changes.submissions:
            self._refresh_from_cache()

    def _refresh_from_cache(self) -> None:
        campaign = self.row.campaign_id if self.row else self.session.campaign_id
        self.bottom.set_progress(progress(self.cache, campaign))
        if self.row is None:
            return
        try:
            fresh = self.cache.tasks.get_task(self.uid)
        except TaskNotFoundError:
            self.clear()
            return
        if fresh.task != self.row.task:
            self._task_refreshed(fresh)
        state = fresh.state
        self.header.set_state(state)
        if self.submission is not None:
            found = self.cache.submissions.all(task_uid=self.uid, limit=1)
            if found and found[0] != self.submission:
                self.submission = found[0]
                self.submission_bar.show_submission(
                    found[0], shortcut_text(self.editor_actions.label_again))

    def _task_refreshed(self, fresh: TaskRow) -> None:
        """A sync brought the open task anew. The prediction shown stays while the
        task's content is the same (the cache keeps it); when it is gone, say so."""
        shown = self.row.task.predictions[0] if self.row and self.row.task.predictions else None
        self.row = fresh
        if shown is not None and shown not in fresh.task.predictions:
            self._reference, self._model = None, None
            self.status_message.emit(self.tr(
                "This task changed on the hub: the model's prediction shown ({model}) no "
                "longer applies and was dropped. Check your work before submitting")
                .format(model=shown.model))

    def _read_only_reason(self) -> str:
        if self.submission is None:
            return self.tr("Not submitted: this kind of task cannot be labeled here yet")
        keys = shortcut_text(self.editor_actions.label_again)
        return self.tr("Already submitted ({state}): press Label again ({keys}) to change "
                       "it").format(state=self.row.state if self.row else "sent", keys=keys)

    def _sync_actions(self) -> None:
        acts = self.editor_actions
        has_task = self.row is not None
        editable = has_task and not self.read_only
        # read-only: the button is disabled and says why; Ctrl+Return says it too
        acts.submit.setEnabled(has_task)
        self.bottom.submit.block(self._read_only_reason() if has_task and self.read_only
                                 else "")
        acts.skip.setEnabled(editable)
        acts.label_again.setEnabled(self.submission is not None)
