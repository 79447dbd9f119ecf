"""What a mouse drag does on the canvas: draw, move, resize, drag a vertex, trace a polygon.

Each gesture previews live on the shape's item and commits ONE edit when the
button is released, built by the pure functions of
:mod:`datafi_desktop.core.editing` from the body as it was when the gesture
began; so a drag is one undo step whatever the number of mouse moves, and a
gesture that goes nowhere commits nothing. Positions snap to whole image
pixels and are clamped into the image by the editing functions.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsPathItem, QGraphicsRectItem

from ....core import editing as ed
from ....core import shapes as geo
from ...tr_marks import QT_TRANSLATE_NOOP
from .shapes import Z_DRAWING, cosmetic_pen, drawing_marker, fill

if TYPE_CHECKING:
    from .canvas import AnnotationCanvas

Body = dict[str, Any]

#: Pointer moves shorter than this (screen pixels) are a click, not a drag.
CLICK_SLOP = 3.0
#: A drawn box narrower or lower than this on screen (pixels) was a click.
MIN_BOX_ON_SCREEN = 4.0

HANDLE_CURSORS = {
    "nw": Qt.CursorShape.SizeFDiagCursor, "se": Qt.CursorShape.SizeFDiagCursor,
    "ne": Qt.CursorShape.SizeBDiagCursor, "sw": Qt.CursorShape.SizeBDiagCursor,
    "n": Qt.CursorShape.SizeVerCursor, "s": Qt.CursorShape.SizeVerCursor,
    "e": Qt.CursorShape.SizeHorCursor, "w": Qt.CursorShape.SizeHorCursor,
}


class Tool(StrEnum):
    SELECT = "select"
    BOX = "box"
    POLYGON = "polygon"


def snap(pos: QPointF) -> tuple[float, float]:
    return float(round(pos.x())), float(round(pos.y()))


class Drag:
    """A gesture from press to release on the canvas."""

    #: the undo text of the committed edit
    text = ""

    def __init__(self, canvas: AnnotationCanvas, start: QPointF) -> None:
        self.canvas = canvas
        self.start = start
        self.start_view = canvas.mapFromScene(start)
        self.base: Body = canvas.body()
        self.result: Body | None = None
        self.moved = False

    def move(self, pos: QPointF) -> None:
        if not self.moved:
            delta = self.canvas.mapFromScene(pos) - self.start_view
            if abs(delta.x()) + abs(delta.y()) < CLICK_SLOP:
                return
            self.moved = True
        try:
            self.result = self.compute(pos)
        except ed.EditError:
            return  # keep the last valid preview (e.g. a box squeezed below one pixel)
        self.preview(self.result)

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        self.end()
        if self.moved and self.result is not None:
            self.commit(self.result)
        else:
            self.click()

    def cancel(self) -> None:
        self.end()

    # --- for subclasses ---------------------------------------------------------------

    def compute(self, pos: QPointF) -> Body:
        raise NotImplementedError

    def preview(self, body: Body) -> None:
        raise NotImplementedError

    def commit(self, body: Body) -> None:
        self.canvas.commit(body, QCoreApplication.translate("tools", self.text))

    def click(self) -> None:
        """The button went up where it went down."""

    def end(self) -> None:
        """Remove any temporary item."""


class _ShapeDrag(Drag):
    def __init__(self, canvas: AnnotationCanvas, start: QPointF, index: int,
                 vertex: int | None = None) -> None:
        super().__init__(canvas, start)
        self.index = index
        self.vertex = vertex

    def preview(self, body: Body) -> None:
        shape = body[self.canvas.collection][self.index]
        self.canvas.layer.preview(self.index, shape, self.canvas.color_of(shape["label"]),
                                  self.vertex)


class MoveDrag(_ShapeDrag):
    """Drag a whole box or polygon."""

    def __init__(self, canvas: AnnotationCanvas, start: QPointF, index: int) -> None:
        super().__init__(canvas, start, index)
        self.text = (QT_TRANSLATE_NOOP("tools", "Move polygon") if canvas.polygons
                     else QT_TRANSLATE_NOOP("tools", "Move box"))

    def compute(self, pos: QPointF) -> Body:
        dx, dy = round(pos.x() - self.start.x()), round(pos.y() - self.start.y())
        move = ed.move_polygon if self.canvas.polygons else ed.move_box
        return move(self.base, self.index, dx, dy, self.canvas.image_size)


class ResizeDrag(_ShapeDrag):
    """Drag one of the eight handles of a box."""

    text = QT_TRANSLATE_NOOP("tools", "Resize box")

    def __init__(self, canvas: AnnotationCanvas, start: QPointF, index: int, handle: str
                 ) -> None:
        super().__init__(canvas, start, index)
        self.handle = handle
        self.rect = geo.box_rect(self.base["boxes"][index])

    def compute(self, pos: QPointF) -> Body:
        x, y = snap(pos)
        corners = geo.resize_corners(self.rect, self.handle, x, y)
        return ed.set_box_rect(self.base, self.index, *corners, size=self.canvas.image_size)


class VertexDrag(_ShapeDrag):
    """Drag one vertex of a polygon (``base`` may already hold a vertex just inserted)."""

    def __init__(self, canvas: AnnotationCanvas, start: QPointF, index: int, vertex: int,
                 base: Body | None = None,
                 text: str = QT_TRANSLATE_NOOP("tools", "Move vertex")) -> None:
        super().__init__(canvas, start, index, vertex)
        self.text = text
        if base is not None:
            self.base = base
            self.result = base
            self.preview(base)

    def compute(self, pos: QPointF) -> Body:
        x, y = snap(pos)
        return ed.move_vertex(self.base, self.index, self.vertex or 0, x, y,
                              self.canvas.image_size)

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        if self.result is not None and self.result != self.canvas.body():
            self.canvas.commit(self.result, QCoreApplication.translate("tools", self.text),
                               vertex=self.vertex)


class DrawBoxDrag(Drag):
    """Press, drag and release to draw a box with the active label."""

    text = QT_TRANSLATE_NOOP("tools", "Add box")

    def __init__(self, canvas: AnnotationCanvas, start: QPointF) -> None:
        super().__init__(canvas, start)
        color = QColor(canvas.color_of(canvas.active_label))
        self.item = QGraphicsRectItem()
        self.item.setPen(cosmetic_pen(color, 2 * canvas.layer.pen_scale, Qt.PenStyle.DashLine))
        self.item.setBrush(fill(color, 50))
        self.item.setZValue(Z_DRAWING)
        canvas.scene().addItem(self.item)
        self.item.hide()

    def compute(self, pos: QPointF) -> Body:
        (x1, y1), (x2, y2) = snap(self.start), snap(pos)
        return ed.add_box(self.base, self.canvas.active_label, x1, y1, x2, y2,
                          self.canvas.image_size)

    def preview(self, body: Body) -> None:
        self.item.setRect(QRectF(*geo.box_rect(body["boxes"][-1])))
        self.item.show()

    def commit(self, body: Body) -> None:
        _, _, w, h = geo.box_rect(body["boxes"][-1])
        scale = self.canvas.transform().m11()
        if min(w, h) * scale < MIN_BOX_ON_SCREEN:
            self.click()  # a sliver from a sloppy click is not a box
            return
        index = len(body["boxes"]) - 1
        rect = geo.box_rect(body["boxes"][index])
        twin = geo.near_duplicate(self.base.get("boxes") or [], rect, 0.9, self.canvas.broken)
        self.canvas.commit(body, QCoreApplication.translate("tools", self.text), select=index)
        if twin is not None:
            self.canvas.message.emit(QCoreApplication.translate(
                "tools", "The new box almost covers box {number} ({label}): a duplicate?").format(
                number=twin + 1, label=self.base["boxes"][twin]["label"]))

    def click(self) -> None:
        self.canvas.select_at(self.start)

    def end(self) -> None:
        self.canvas.scene().removeItem(self.item)


class PolygonDraft:
    """A polygon being traced click by click; Enter, a double click or the first point closes it."""

    def __init__(self, canvas: AnnotationCanvas) -> None:
        self.canvas = canvas
        self.points: list[tuple[float, float]] = []
        self.color = QColor(canvas.color_of(canvas.active_label))
        self.path = QGraphicsPathItem()
        scale = canvas.layer.pen_scale
        self.path.setPen(cosmetic_pen(self.color, 2 * scale))
        self.path.setBrush(QBrush(fill(self.color, 40)))
        self.path.setZValue(Z_DRAWING)
        self.rubber = QGraphicsLineItem()
        self.rubber.setPen(cosmetic_pen(self.color, 1.5 * scale, Qt.PenStyle.DashLine))
        self.rubber.setZValue(Z_DRAWING)
        for item in (self.path, self.rubber):
            canvas.scene().addItem(item)
        self.markers: list[Any] = []

    def add(self, pos: QPointF) -> None:
        """Add a vertex, or close the polygon when ``pos`` is on its first vertex."""
        point = snap(pos)
        tolerance = self.canvas.tolerance()
        if len(self.points) >= 3 and geo.nearest_vertex(self.points[:1], *point, tolerance) == 0:
            self.close()
            return
        if self.points and geo.nearest_vertex(self.points[-1:], *point, tolerance / 3) == 0:
            return  # the same point twice
        width, height = self.canvas.image_size
        self.points.append((min(max(point[0], 0), width), min(max(point[1], 0), height)))
        size = 11.0 if len(self.points) == 1 else 7.0  # the first point is where it closes
        marker = drawing_marker(self.canvas.scene(), self.color, size,
                                self.canvas.layer.pen_scale)
        marker.setPos(*self.points[-1])
        self.markers.append(marker)
        self._redraw()
        self.canvas.drawing_changed.emit(True)

    def recolor(self, color: QColor) -> None:
        """The active label changed while tracing: the polygon takes its colour."""
        self.color = color
        scale = self.canvas.layer.pen_scale
        self.path.setPen(cosmetic_pen(color, 2 * scale))
        self.path.setBrush(QBrush(fill(color, 40)))
        self.rubber.setPen(cosmetic_pen(color, 1.5 * scale, Qt.PenStyle.DashLine))
        for marker in self.markers:
            marker.setBrush(QBrush(color))

    def hover(self, pos: QPointF) -> None:
        if self.points:
            self.rubber.setLine(QLineF(QPointF(*self.points[-1]), pos))

    def undo_point(self) -> None:
        if self.points:
            self.points.pop()
            self.canvas.scene().removeItem(self.markers.pop())
            self._redraw()
        if not self.points:
            self.canvas.cancel_drawing()

    def close(self) -> None:
        try:
            body = ed.add_polygon(self.canvas.body(), self.canvas.active_label, self.points,
                                  self.canvas.image_size)
        except ed.EditError as exc:
            self.canvas.message.emit(str(exc).capitalize())
            return
        self.remove()
        self.canvas.draft = None
        self.canvas.commit(body, QCoreApplication.translate("tools", "Add polygon"),
                           select=len(body["polygons"]) - 1)
        self.canvas.drawing_changed.emit(False)

    def remove(self) -> None:
        scene = self.canvas.scene()
        for item in [self.path, self.rubber, *self.markers]:
            scene.removeItem(item)
        self.markers = []

    def _redraw(self) -> None:
        path = QPainterPath()
        if self.points:
            path.moveTo(*self.points[0])
            for point in self.points[1:]:
                path.lineTo(*point)
        self.path.setPath(path)
        if not self.points:
            self.rubber.setLine(QLineF())
