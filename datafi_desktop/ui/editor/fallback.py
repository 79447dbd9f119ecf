"""A read-only stand-in for a pane that is not installed (or failed to load).

The editor shows the task with the shell's read-only preview views and says why
it cannot be labeled here; submit is disabled for it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...core.cache import TaskRow
from ...core.models import TaskKind
from ..panes.base import AnnotationPane, Body, PaneTask
from ..preview_views import DEFAULT_VIEWS, TaskView
from ..session import Session
from ..theme import named
from ..tr_marks import QT_TRANSLATE_NOOP

#: which pane module edits which kinds (for the note)
PANE_OF_KIND: dict[TaskKind, tuple[str, str]] = {
    TaskKind.TEXT_CLASSIFICATION: ("text_pane", QT_TRANSLATE_NOOP("fallback", "the text pane")),
    TaskKind.TEXT_SPANS: ("text_pane", QT_TRANSLATE_NOOP("fallback", "the text pane")),
    TaskKind.COMPARISON: ("comparison_pane",
                          QT_TRANSLATE_NOOP("fallback", "the comparison pane")),
    TaskKind.IMAGE_CLASSIFICATION: ("image_pane",
                                    QT_TRANSLATE_NOOP("fallback", "the image pane")),
    TaskKind.BOUNDING_BOXES: ("image_pane", QT_TRANSLATE_NOOP("fallback", "the image pane")),
    TaskKind.POLYGONS: ("image_pane", QT_TRANSLATE_NOOP("fallback", "the image pane")),
    TaskKind.COLLECTION: ("collection_pane",
                          QT_TRANSLATE_NOOP("fallback", "the collection pane")),
}


def fallback_note(kind: TaskKind, missing: dict[str, str]) -> str:
    module, name = PANE_OF_KIND.get(kind, ("", QT_TRANSLATE_NOOP("fallback", "its pane")))
    reason = missing.get(module) or QCoreApplication.translate("fallback", "not available")
    return QCoreApplication.translate(
        "fallback", "Labeling {kind} tasks needs {pane}, which is {reason}. The task is shown "
                    "read-only.").format(kind=kind.value.replace("_", " "),
                                         pane=QCoreApplication.translate("fallback", name),
                                         reason=reason)


class PreviewPane(AnnotationPane):
    """Shows any task read-only with the preview views; never edits."""

    kinds = tuple(TaskKind)
    draws_async = True

    def __init__(self, undo_stack: QUndoStack, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(undo_stack, parent)
        self.setObjectName("previewPane")
        self.session = session
        self.row: TaskRow | None = None
        self.missing: dict[str, str] = {}
        self.note = named(QLabel(), "fallbackNote")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.stack = QStackedWidget()
        self._views: dict[type[TaskView], TaskView] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.note)
        lay.addWidget(self.stack, 1)

    def view_for(self, kind: TaskKind) -> TaskView:
        view_type = next(v for v in DEFAULT_VIEWS if kind in v.kinds)
        view = self._views.get(view_type)
        if view is None:
            view = view_type(self.session)
            view.shown.connect(self._view_shown)
            view.failed.connect(self._view_failed)
            self._views[view_type] = view
            self.stack.addWidget(view)
        return view

    def show_task(self, pane_task: PaneTask) -> None:
        task = pane_task.task
        self.note.setText(fallback_note(task.kind, self.missing))
        view = self.view_for(task.kind)
        self.stack.setCurrentWidget(view)
        row = self.row
        if row is None or row.task.id != task.id:
            row = TaskRow(uid=-1, campaign_id="", task=task, state="new", position=0,
                          skipped=False, leased_until=None, source="")
        view.show_task(row)

    def draw_body(self, body: Body) -> None:
        """Nothing to draw: the preview shows the task and its predictions."""

    def _view_shown(self, _uid: int) -> None:
        self.shown.emit()

    def _view_failed(self, _uid: int, message: str) -> None:
        self.failed.emit(message)
