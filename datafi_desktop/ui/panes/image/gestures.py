"""What a press, a double click or a hover does on the canvas, by tool and modifier.

Press (left button), in this order:

1. while a polygon is being traced: add a point (or close it on the first point);
2. on a handle of the selected box: resize; on a vertex of the selected polygon:
   select it and drag it (Shift+press deletes it); Alt+press on its edge inserts
   a vertex and drags it;
3. with the Box tool: draw a box; with the Polygon tool: start tracing;
4. otherwise select the shape under the pointer (the smallest one) and drag it.

Before all of these, Ctrl+press asks the model for the object there: a click
is a point (Ctrl+Shift: a negative one), a drag a rough box (:mod:`...assist.interactive_tool`).

A double click closes the polygon being traced, or (Select tool) inserts a
vertex on the selected polygon's edge. The gestures themselves are in
:mod:`.tools`; hit-testing is :mod:`datafi_desktop.core.shapes`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt

from ....core import editing as ed
from ....core import shapes as geo
from ...tr_marks import QT_TRANSLATE_NOOP
from .tools import HANDLE_CURSORS, DrawBoxDrag, MoveDrag, PolygonDraft, ResizeDrag, Tool, VertexDrag

if TYPE_CHECKING:
    from .canvas import AnnotationCanvas

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def press(canvas: AnnotationCanvas, pos: QPointF, mods: Qt.KeyboardModifier) -> None:
    if canvas.assist is not None and mods & CTRL and canvas.editable and canvas.draft is None:
        canvas.drag = canvas.assist.press(pos, positive=not mods & SHIFT)  # model help
        return
    if canvas.draft is not None:
        canvas.draft.add(pos)
        return
    if canvas.editable and press_on_selection(canvas, pos, mods):
        return
    if canvas.editable and canvas.tool is Tool.BOX:
        canvas.drag = DrawBoxDrag(canvas, pos)
        return
    if canvas.editable and canvas.tool is Tool.POLYGON:
        canvas.draft = PolygonDraft(canvas)
        canvas.draft.add(pos)
        return
    index = canvas.select_at(pos)
    if index is not None and canvas.editable:
        if canvas.polygons and mods & ALT:
            press_on_selection(canvas, pos, mods)
        else:
            canvas.drag = MoveDrag(canvas, pos, index)


def press_on_selection(canvas: AnnotationCanvas, pos: QPointF, mods: Qt.KeyboardModifier
                       ) -> bool:
    """Handles and vertices of the selected shape; Shift deletes and Alt inserts vertices."""
    index = canvas.selected
    if index is None or index in canvas.untouchable:
        return False
    shape, tol = canvas.shapes()[index], canvas.tolerance()
    if not canvas.polygons:
        handle = geo.hit_handle(geo.box_rect(shape), pos.x(), pos.y(), tol)
        if handle is not None:
            canvas.drag = ResizeDrag(canvas, pos, index, handle)
        return handle is not None
    vertex = geo.nearest_vertex(geo.vertices(shape), pos.x(), pos.y(), tol)
    if vertex is not None:
        if mods & SHIFT:
            try:
                body = ed.delete_vertex(canvas.body(), index, vertex)
            except ed.EditError as exc:
                canvas.message.emit(str(exc)[:1].upper() + str(exc)[1:])
            else:
                canvas.commit(body, QCoreApplication.translate("AnnotationCanvas", "Delete vertex"),
                              select=index)
        else:
            canvas.select(index, vertex)
            canvas.drag = VertexDrag(canvas, pos, index, vertex)
        return True
    if mods & ALT:
        return insert_vertex(canvas, pos, drag=True)
    return False


def insert_vertex(canvas: AnnotationCanvas, pos: QPointF, drag: bool) -> bool:
    index = canvas.selected
    if not canvas.polygons or index is None or not canvas.editable or index in canvas.broken:
        return False
    rings = geo.rings_of(canvas.shapes()[index])
    found = geo.nearest_edge_point_rings(rings, pos.x(), pos.y(), canvas.tolerance())
    if found is None:
        return False
    edge, (x, y) = found
    body = ed.insert_vertex(canvas.body(), index, edge, round(x), round(y), canvas.image_size)
    if drag:
        canvas.vertex = edge + 1
        canvas.drag = VertexDrag(canvas, pos, index, edge + 1, base=body,
                                 text=QT_TRANSLATE_NOOP("tools", "Insert vertex"))
    else:
        canvas.commit(body, QCoreApplication.translate("tools", "Insert vertex"), select=index,
                      vertex=edge + 1)
    return True


def double_click(canvas: AnnotationCanvas, pos: QPointF) -> None:
    draft = canvas.draft
    if draft is not None:
        last = draft.points[-1] if draft.points else None
        if last and geo.nearest_vertex([last], pos.x(), pos.y(), canvas.tolerance()) is None:
            draft.add(pos)
        if canvas.draft is not None:  # adding may have closed it already
            draft.close()
    elif canvas.editable and canvas.polygons and canvas.tool is Tool.SELECT:
        insert_vertex(canvas, pos, drag=False)


def hover_cursor(canvas: AnnotationCanvas, pos: QPointF) -> None:
    """The pointer's shape says what a press would do here."""
    if canvas.space_held or not canvas.editable:
        return
    cursor = (Qt.CursorShape.ArrowCursor if canvas.tool is Tool.SELECT
              else Qt.CursorShape.CrossCursor)
    tol = canvas.tolerance()
    index = canvas.selected
    if index is not None and index not in canvas.untouchable:
        shape = canvas.shapes()[index]
        if canvas.polygons:
            if geo.nearest_vertex(geo.vertices(shape), pos.x(), pos.y(), tol) is not None:
                cursor = Qt.CursorShape.PointingHandCursor
        else:
            handle = geo.hit_handle(geo.box_rect(shape), pos.x(), pos.y(), tol)
            cursor = HANDLE_CURSORS.get(handle or "", cursor)
    if cursor == Qt.CursorShape.ArrowCursor and geo.hit_shape(
            canvas.shapes(), pos.x(), pos.y(), tol, canvas.untouchable) is not None:
        cursor = Qt.CursorShape.SizeAllCursor
    canvas.viewport().setCursor(cursor)
