"""Interactive assistance in the image pane: Ctrl+click on an object (Ctrl+Shift+click:
a negative point, "not this"), or Ctrl+drag a rough box around it, asks the campaign's
ML backend for its polygon (polygon
tasks) or its tight box (box tasks), for the active label.

The points so far go with each request (Label Studio's interactive context,
:mod:`...core.assist.interactive`); the request runs on the assistance threads,
and a newer click cancels the one under way. The answer is drawn dashed over
the image as a proposal: **Enter** accepts it — one undoable edit adding the
shape, which the annotator then edits like any — and **Esc** rejects it (and
forgets the points). A failure is said in the status bar and changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem

from ...core import editing as ed
from ...core import shapes as geo
from ...core.assist.backend import BackendError
from ...core.assist.interactive import Prompt, ask_interactive
from ..panes.base import Body
from ..panes.image.tools import MIN_BOX_ON_SCREEN, DrawBoxDrag
from ..worker import Job, run_in_background
from .predict import assist_pool

if TYPE_CHECKING:
    from ..editor.task_editor import TaskEditor
    from ..panes.image.canvas import AnnotationCanvas

Z_PROPOSAL = 50


class InteractiveAssist(QObject):
    """Ctrl+click → a proposed shape; Enter accepts, Esc rejects."""

    #: a proposal is on screen (the shape's JSON)
    proposed = Signal(dict)
    #: the request failed or found nothing (the message shown)
    failed = Signal(str)

    def __init__(self, editor: TaskEditor, canvas: AnnotationCanvas) -> None:
        super().__init__(canvas)
        self.editor, self.canvas = editor, canvas
        self.points: list[tuple[float, float, bool]] = []
        self.rough_box: tuple[float, float, float, float] | None = None
        self.proposal: dict[str, Any] | None = None
        self.job: Job | None = None
        self._item: QGraphicsPathItem | None = None
        canvas.assist = self
        canvas.installEventFilter(self)
        editor.task_opened.connect(lambda _uid: self.reject(quiet=True))

    @property
    def running(self) -> bool:
        return self.job is not None

    # --- from the canvas ----------------------------------------------------------------

    def press(self, pos: QPointF, positive: bool) -> AssistDrag:
        """Ctrl+press: a click sends a point, a drag a rough box (see :class:`AssistDrag`)."""
        return AssistDrag(self.canvas, pos, positive)

    def point(self, pos: QPointF, positive: bool) -> None:
        self._send((round(pos.x(), 2), round(pos.y(), 2), positive), None)

    def box(self, rect: tuple[float, float, float, float]) -> None:
        self._send(None, rect)

    def _send(self, point: tuple[float, float, bool] | None,
              box: tuple[float, float, float, float] | None) -> None:
        editor, canvas = self.editor, self.canvas
        row = editor.row
        if row is None or not canvas.collection or not canvas.editable:
            return
        task = row.task
        if task.image_hash is None:
            return
        campaign = editor.cache.tasks.get_campaign(row.campaign_id)
        if not campaign.ml_backends:
            self._fail(self.tr("This campaign names no ML backend for interactive help"))
            return
        if point is not None:
            self.points.append(point)
        if box is not None:
            self.rough_box = box
        prompt = Prompt(canvas.active_label, tuple(self.points), self.rough_box)
        urls, image_path = list(campaign.ml_backends), editor.cache.assets.path(task.image_hash)
        if self.job is not None:
            self.job.cancel()  # the newer prompt replaces it

        def work() -> dict[str, Any] | None:
            return ask_interactive(urls, task, prompt, project=campaign.id,
                                   image_path=image_path)

        uid = row.uid
        self.job = run_in_background(work, on_done=lambda shape: self._done(uid, shape),
                                     on_error=self._error, pool=assist_pool())
        editor.status_message.emit(self.tr("Asking the model for the object… (Esc cancels)"))

    # --- results ----------------------------------------------------------------------------

    def _done(self, uid: int, shape: Any) -> None:
        self.job = None
        if uid != self.editor.uid:
            return
        if shape is None:
            self._fail(self.tr("The model found no object there"))
            return
        self._show(dict(shape))
        self.editor.status_message.emit(
            self.tr("Proposed by the model: Enter accepts, Esc rejects, Ctrl+click refines"))
        self.proposed.emit(dict(shape))

    def _error(self, exc: BaseException) -> None:
        self.job = None
        detail = str(exc) if isinstance(exc, BackendError) else type(exc).__name__
        self._fail(self.tr("No proposal: {reason}").format(reason=detail))

    def _fail(self, message: str) -> None:
        self.editor.status_message.emit(message)
        self.failed.emit(message)

    def _show(self, shape: dict[str, Any]) -> None:
        self._clear_item()
        self.proposal = shape
        path = QPainterPath()
        if "points" in shape:
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in shape["points"]]))
            path.closeSubpath()
        else:
            path.addRect(shape["x"], shape["y"], shape["w"], shape["h"])
        item = QGraphicsPathItem(path)
        color = QColor(self.canvas.color_of(str(shape.get("label", ""))))
        pen = item.pen()
        pen.setColor(color)
        pen.setCosmetic(True)
        pen.setWidthF(3.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        item.setPen(pen)
        fill = QColor(color)
        fill.setAlpha(70)
        item.setBrush(QBrush(fill))
        item.setZValue(Z_PROPOSAL)
        self.canvas.scene().addItem(item)
        self._item = item

    def _clear_item(self) -> None:
        if self._item is not None:
            self.canvas.scene().removeItem(self._item)
            self._item = None

    # --- accept / reject ----------------------------------------------------------------------

    def accept(self) -> bool:
        """Add the proposal to the body: one undoable edit."""
        shape, canvas = self.proposal, self.canvas
        if shape is None:
            return False
        size = canvas.image_size
        body = canvas.body()
        label = str(shape["label"])
        try:
            if "points" in shape:
                new = ed.add_polygon(body, label, [tuple(p) for p in shape["points"]], size)
            else:
                new = ed.add_box(body, label, shape["x"], shape["y"], shape["x"] + shape["w"],
                                 shape["y"] + shape["h"], size)
        except ed.EditError as exc:
            self._fail(str(exc))
            return False
        self.reject(quiet=True)
        canvas.commit(new, self.tr("Accept the model's {noun}").format(noun=canvas.noun),
                      select=len(new.get(canvas.collection) or []) - 1)
        self.editor.status_message.emit(self.tr("Accepted: edit it like any shape; Ctrl+Z "
                                                "takes it away"))
        return True

    def reject(self, quiet: bool = False) -> None:
        """Forget the proposal, the points and a request under way."""
        if self.job is not None:
            self.job.cancel()
            self.job = None
        had = self.proposal is not None or bool(self.points) or self.rough_box is not None
        self.proposal = None
        self.points = []
        self.rough_box = None
        self._clear_item()
        if had and not quiet:
            self.editor.status_message.emit(self.tr("The model's proposal was rejected"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
                self.proposal is not None or self.job is not None):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                return self.accept() or True
            if key == Qt.Key.Key_Escape:
                self.reject()
                return True
        return False


class AssistDrag(DrawBoxDrag):
    """Ctrl+press on the canvas: released where it went down, a point (positive, or
    negative with Shift); dragged, a rough box around the object. Previewed like a
    box being drawn; nothing is added to the body."""

    def __init__(self, canvas: AnnotationCanvas, start: QPointF, positive: bool) -> None:
        super().__init__(canvas, start)
        self.positive = positive

    def commit(self, body: Body) -> None:
        x, y, w, h = geo.box_rect(body["boxes"][-1])
        if min(w, h) * self.canvas.transform().m11() < MIN_BOX_ON_SCREEN:
            self.click()
            return
        self.canvas.assist.box((x, y, w, h))

    def click(self) -> None:
        self.canvas.assist.point(self.start, self.positive)
