"""What every annotation pane is: a widget that shows a task and edits a draft body.

A pane never writes to the cache or signs anything. It renders a body, turns
user input into a new body through the pure functions of
``datafi_desktop.core.editing``, and pushes the change on the editor's undo
stack with :meth:`AnnotationPane.edit`. Undo and redo re-render the body they
restore. The editor that hosts the pane listens to :attr:`body_changed` to
autosave the draft, and asks :meth:`actions` for the shortcuts to list in the
menus and the cheat sheet.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ...core.cache import AssetStore
from ...core.flow import submit_problems
from ...core.models import Task, TaskKind
from ...core.prediction_accept import accept, pending_items
from ...core.predictions import PredictionUse

Body = dict[str, Any]


@dataclass(frozen=True)
class PaneTask:
    """What a pane gets when a task is opened."""

    task: Task
    body: Body
    #: "draft", "prediction" or "empty" (see core.flow.starting_point), or
    #: "submission" for a submitted task shown read-only
    source: str
    #: the model whose prediction is the starting point, to mark it as such
    model: str | None
    assets: AssetStore
    read_only: bool = False


class BodyCommand(QUndoCommand):
    """Replace the pane's body; undo puts the previous one back."""

    def __init__(self, pane: AnnotationPane, before: Body, after: Body, text: str,
                 merge_id: int = -1) -> None:
        super().__init__(text)
        self.pane, self.before, self.after, self._merge_id = pane, before, after, merge_id

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # typing in one field merges
        if not isinstance(other, BodyCommand) or other.id() != self.id() or self.id() < 0:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.pane._apply(self.after)

    def undo(self) -> None:
        self.pane._apply(self.before)


class AnnotationPane(QWidget):
    """Base class of the panes. Subclasses set :attr:`kinds` and implement
    :meth:`show_task` and :meth:`draw_body`."""

    #: emitted with the new body after every edit, undo and redo
    body_changed = Signal(dict)
    #: a short message for the status bar ("Box added", "Select some text first")
    message = Signal(str)
    #: the pane asks the editor to submit (e.g. Enter in a classification pane)
    submit_requested = Signal()
    #: the task is on screen: :meth:`open` emits it after :meth:`draw_body`, unless the
    #: pane sets :attr:`draws_async` and emits it itself once drawn (after a decode)
    shown = Signal()
    #: the task cannot be shown (a message for the user, which the pane shows too)
    failed = Signal(str)

    kinds: ClassVar[tuple[TaskKind, ...]] = ()
    #: True when the pane draws after :meth:`open` returns (an image decoded on a
    #: worker thread); it then emits :attr:`shown` or :attr:`failed` itself
    draws_async: ClassVar[bool] = False

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.current: PaneTask | None = None
        self._body: Body = {}

    # --- for the editor ---------------------------------------------------------------

    def open(self, pane_task: PaneTask) -> None:
        """Show a task with its starting body. The undo stack is cleared by the editor."""
        self.current = pane_task
        self._body = copy.deepcopy(pane_task.body)
        self.show_task(pane_task)
        self.draw_body(self._body)
        if not self.draws_async:
            self.shown.emit()

    def body(self) -> Body:
        return copy.deepcopy(self._body)

    def actions(self) -> list[QAction]:
        """The pane's actions, each with its shortcut, for menus and the cheat sheet."""
        return []

    def focus_default(self) -> None:
        self.setFocus()

    def problems(self, body: Body) -> list[str]:
        """What else stops ``body`` from being submitted, in words (the editor adds
        these to ``core.flow.submit_problems``); empty by default."""
        return []

    def submit_question(self, body: Body) -> str | None:
        """A yes/no question the annotator must confirm before ``body`` is signed
        (e.g. a model's ratings nobody set), or None; none by default."""
        return None

    def request_submit(self) -> None:
        """Enter in a pane: accept the selected item when it is a model's prediction
        nobody accepted yet; else ask the editor to submit when the label is complete,
        or say what is missing."""
        if self.current is None:
            return
        if self.current.read_only:
            self.message.emit(self.tr("This task is read-only"))
            return
        selected = self.selected_prediction()
        if selected is not None:
            self.accept_predictions([selected])
            return
        problems = submit_problems(self.current.task, self._body) + self.problems(self._body)
        if problems:
            self.message.emit(problems[0])
            return
        self.submit_requested.emit()

    # --- a model's prediction, accepted item by item (core.prediction_accept) ----------

    def pending_predictions(self, body: Body | None = None) -> PredictionUse | None:
        """The predicted items of ``body`` (default: the current one) that nobody
        accepted or edited yet: the ones drawn as predicted."""
        if self.current is None:
            return None
        return pending_items(self.current.task, self._body if body is None else body)

    def selected_prediction(self) -> str | None:
        """The path of the selected item when it is a pending prediction (what Enter
        accepts); None by default (panes with a selection override it)."""
        return None

    def accept_predictions(self, paths: list[str] | None = None) -> bool:
        """Accept the predicted items at ``paths`` (default: all pending ones) as they
        are: one undoable edit; they are drawn as the annotator's own from then on."""
        if self.current is None:
            return False
        # the base class's context whatever the subclass (PySide's tr() uses the subclass's)
        if self.current.read_only:
            self.message.emit(QCoreApplication.translate("AnnotationPane",
                                                         "This task is read-only"))
            return False
        before = self.pending_predictions()
        new = accept(self.current.task, self._body, paths)
        if before is None or new == self._body:
            self.message.emit(QCoreApplication.translate(
                "AnnotationPane", "No prediction is waiting to be accepted"))
            return False
        after = self.pending_predictions(new)
        count = len(before.items) - (len(after.items) if after else 0)
        left = len(after.items) if after else 0
        self.edit(new, QCoreApplication.translate(
            "AnnotationPane", "Accept %n predicted item(s)", "", count))
        message = QCoreApplication.translate(
            "AnnotationPane", "Accepted %n predicted item(s)", "", count)
        if left:
            message += " · " + QCoreApplication.translate(
                "AnnotationPane", "%n still to check", "", left)
        self.message.emit(message)
        return True

    def release(self) -> None:
        """The editor now shows another pane: drop what is large and can be made again
        (a full-resolution pixmap). :meth:`open` comes before the pane is shown again.
        Default: nothing."""

    def show_body(self, body: Body) -> None:
        """Show ``body`` as the current one without an undo command or
        :attr:`body_changed` (for a host that embeds this pane in another one)."""
        self._body = copy.deepcopy(body)
        self.draw_body(self._body)

    # --- for subclasses -------------------------------------------------------------------

    def edit(self, new_body: Body, text: str, merge_id: int = -1) -> None:
        """Apply an edit through the undo stack."""
        if self.current is not None and self.current.read_only:
            self.message.emit(self.tr("This task is read-only"))
            return
        if new_body == self._body:
            return
        # bodies are values: nothing edits one in place (core.editing returns new ones),
        # so the command can hold the pane's current body and the new one without copies
        self.undo_stack.push(BodyCommand(self, self._body, new_body, text, merge_id))

    def show_task(self, pane_task: PaneTask) -> None:
        """Build the view of a newly opened task (text, image, fields)."""
        raise NotImplementedError

    def draw_body(self, body: Body) -> None:
        """Show ``body`` (called on open, after every edit, undo and redo)."""
        raise NotImplementedError

    # --- internals ----------------------------------------------------------------------------

    def _apply(self, body: Body) -> None:
        self._body = body
        self.draw_body(self._body)
        self.body_changed.emit(self.body())  # listeners get their own copy
