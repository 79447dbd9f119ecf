"""The reusable annotation canvas: an image with editable boxes or polygons over it.

:class:`AnnotationCanvas` shows a body (``{"kind": "bounding_boxes", "boxes": [...]}``
or ``{"kind": "polygons", "polygons": [...]}``, image pixel coordinates, top-left
origin) and turns mouse and keyboard input into a NEW body built by
:mod:`datafi_desktop.core.editing`. It never keeps an edit for itself: it emits
:attr:`edit_requested` ``(new_body, undo_text, merge_id)`` and waits for its host
to call :meth:`set_body` (the image pane does it through its undo stack; a host
that refuses the edit simply does not, and the canvas shows the old body
again). Selection, hidden shapes, the tool and the active label are view state
kept here, never in the body.

>>> canvas = AnnotationCanvas()                                      # doctest: +SKIP
>>> canvas.configure("bounding_boxes", {"car": "#4E79A7"})           # doctest: +SKIP
>>> canvas.load(path, image_size=(1024, 768))                        # doctest: +SKIP
>>> canvas.edit_requested.connect(lambda body, text, merge: ...)     # doctest: +SKIP
>>> canvas.set_body({"kind": "bounding_boxes", "boxes": []})         # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QPointF, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from ....core import editing as ed
from ....core import shapes as geo
from ...accessibility import accessible
from . import gestures
from .shapes import ShapeLayer
from .tools import Drag, PolygonDraft, Tool
from .view import ZoomView

Body = dict[str, Any]

#: How close (screen pixels) the pointer must be to an outline, a vertex or a handle.
HIT_TOLERANCE = 7.0
COLLECTIONS = {"bounding_boxes": "boxes", "polygons": "polygons"}
#: Pixels the view scrolls per arrow key when nothing is selected (Shift: × 5).
PAN_STEP = 40


class AnnotationCanvas(ZoomView):
    """Image + shapes; emits new bodies, shows the bodies it is given."""

    #: (new body, undo text, merge id): the host applies it, then calls set_body
    edit_requested = Signal(dict, str, int)
    #: index of the selected shape, -1 for none
    selection_changed = Signal(int)
    #: shapes were hidden or shown
    visibility_changed = Signal()
    tool_changed = Signal(str)
    active_label_changed = Signal(str)
    #: a polygon is being traced (True) or not any more (False)
    drawing_changed = Signal(bool)
    #: a short message for the user ("A polygon keeps at least three vertices")
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent, pool)
        self.setObjectName("annotationCanvas")
        accessible(self, self.tr("Image"),
                   self.tr("The image to label; arrow keys move the selected shape, "
                           "Tab selects the next one"))
        self.layer = ShapeLayer(self.scene())
        self.kind = "bounding_boxes"
        self.colors: dict[str, str] = {}
        self.read_only = False
        self.tool = Tool.SELECT
        self.active_label = ""
        self.selected: int | None = None
        self.vertex: int | None = None
        self.hidden: set[int] = set()
        #: shapes still as a model predicted them (drawn dashed, tagged "· predicted")
        self.predicted: set[int] = set()
        #: body → the indices of its shapes still as predicted (set by the pane)
        self.predicted_of: Callable[[Body], set[int]] | None = None
        #: shapes of the body that cannot be drawn (a malformed prediction): listed, not shown
        self.broken: set[int] = set()
        self.drag: Drag | None = None
        self.draft: PolygonDraft | None = None
        #: interactive model help (ui.assist.interactive_tool): Ctrl+click goes to it
        self.assist: Any = None
        self._body: Body = {"kind": self.kind, "boxes": []}
        self._committing = False
        self.image_ready.connect(lambda _size: self._sync())
        self.image_ready.connect(lambda _size: self._check_size())
        self.image_failed.connect(lambda _message: self._sync())
        self.zoom_changed.connect(lambda _factor: self.layout_tags())
        self.loader.upgrade_failed.connect(self.message)

    def _check_size(self) -> None:
        """Say so when the file's shape differs from the size the task gives (the shapes
        use the task's pixels, so the picture is stretched to it)."""
        found, (width, height) = self.loader.full_size, self.image_size
        if found is None or not width or not height:
            return
        if abs(found[0] / found[1] - width / height) > 0.01 * (width / height):
            self.message.emit(self.tr("The image is {found} pixels but the task says {task}: it "
                                      "is stretched to the task's size").format(
                found=f"{found[0]}×{found[1]}", task=f"{width:.0f}×{height:.0f}"))

    # --- configuration ---------------------------------------------------------------------

    def configure(self, kind: str, colors: Mapping[str, str], read_only: bool = False) -> None:
        """Set the task kind (``bounding_boxes``, ``polygons``, or another kind to only
        show the image) and the labels with their colours, in palette order."""
        self.cancel_drawing()
        tool = self.tool if kind == self.kind else Tool.SELECT  # the next task keeps the tool
        self.kind = kind
        self.colors = dict(colors)
        self.read_only = read_only
        self.hidden.clear()
        self.broken.clear()
        self.selected = self.vertex = None
        if self.active_label not in self.colors:
            self.active_label = next(iter(self.colors), "")
        self.tool = Tool.SELECT
        self.set_tool(tool)
        self.layer.clear()
        self._body = {"kind": kind, self.collection: []} if self.collection else {"kind": kind}

    @property
    def collection(self) -> str:
        """``"boxes"``, ``"polygons"``, or ``""`` for a kind without shapes."""
        return COLLECTIONS.get(self.kind, "")

    @property
    def polygons(self) -> bool:
        return self.kind == "polygons"

    @property
    def noun(self) -> str:
        return "polygon" if self.polygons else "box"

    @property
    def editable(self) -> bool:
        return bool(self.collection) and not self.read_only and self.state == "ready"

    def color_of(self, label: str) -> str:
        return self.colors.get(label, "#888888")

    def set_tool(self, tool: Tool) -> None:
        drawing_tool = Tool.POLYGON if self.polygons else Tool.BOX
        if tool is not Tool.SELECT and (tool is not drawing_tool or not self.collection
                                        or self.read_only):
            return
        self.cancel_drawing()
        self.tool = tool
        self.pointer_cursor()
        self.tool_changed.emit(tool.value)

    def set_active_label(self, label: str) -> None:
        if label in self.colors and label != self.active_label:
            self.active_label = label
            if self.draft is not None:
                self.draft.recolor(QColor(self.color_of(label)))
            self.active_label_changed.emit(label)

    # --- the body ----------------------------------------------------------------------

    def body(self) -> Body:
        return self._body

    def shapes(self) -> list[dict[str, Any]]:
        items = self._body.get(self.collection) if self.collection else None
        return list(items) if isinstance(items, list) else []

    @property
    def untouchable(self) -> set[int]:
        """Shapes a click never hits: hidden ones and ones that cannot be drawn."""
        return self.hidden | self.broken

    def set_body(self, body: Body) -> None:
        """Show ``body`` (treated as immutable); keeps the selection while it still exists.
        Shapes :attr:`predicted_of` names are a model's, unchanged: drawn dashed."""
        self.predicted = self.predicted_of(body) if self.predicted_of is not None else set()
        if self.drag is not None and not self._committing:
            self.drag.cancel()  # undo or redo in the middle of a drag
            self.drag = None
        self._body = body
        shapes = self.shapes()
        count = len(shapes)
        if self.selected is not None and self.selected >= count:
            self.selected = self.vertex = None
        self.hidden = {i for i in self.hidden if i < count}
        self.broken = {i for i, shape in enumerate(shapes)
                       if not geo.is_valid(shape, self.polygons)}
        self._sync()

    def commit(self, body: Body, text: str, merge_id: int = -1, *,
               select: int | bool | None = False, vertex: int | None = None) -> None:
        """Ask the host to apply ``body``; ``select`` (an index or None) selects afterwards."""
        if select is not False:
            self.selected = select if isinstance(select, int) else None
        self.vertex = vertex
        self._committing = True
        try:
            self.edit_requested.emit(body, text, merge_id)
        finally:
            self._committing = False
        self.set_body(self._body)  # refused or not: show what the host holds now
        self.selection_changed.emit(-1 if self.selected is None else self.selected)

    def _sync(self) -> None:
        if self.layer.pen_scale != self.devicePixelRatioF():
            self.layer.set_pen_scale(self.devicePixelRatioF())
        if not self.collection or self.state == "failed":
            self.layer.sync([], self.color_of, None, ())
            return
        self.layer.sync(self.shapes(), self.color_of, self.selected, self.hidden, self.vertex,
                        self.polygons, self.broken, self.predicted)
        self.layout_tags()

    def layout_tags(self) -> None:
        """Tags where none covers another, at the current zoom (after edits and zooms)."""
        width, height = self.image_size
        self.layer.layout_tags(self.transform().m11(),
                               (width, height) if width > 0 and height > 0 else None)

    # --- selection and keyboard edits ------------------------------------------------------

    def select(self, index: int | None, vertex: int | None = None) -> None:
        count = len(self.shapes())
        index = index if index is not None and 0 <= index < count else None
        if (index, vertex) == (self.selected, self.vertex):
            return
        self.selected, self.vertex = index, vertex if index is not None else None
        self._sync()
        self.selection_changed.emit(-1 if index is None else index)
        if index is not None:
            self.ensure_shape_visible(index)

    def select_next(self, step: int = 1) -> None:
        self.select(geo.cycle(len(self.shapes()), self.selected, step))

    def select_at(self, pos: QPointF) -> int | None:
        index = geo.hit_shape(self.shapes(), pos.x(), pos.y(), self.tolerance(),
                              self.untouchable)
        self.select(index)
        return index

    def ensure_shape_visible(self, index: int) -> None:
        if not self.fit_mode and 0 <= index < len(self.layer):
            self.ensureVisible(self.layer.item(index), 40, 40)

    def delete_selected(self) -> None:
        """Delete the selected vertex, or else the selected shape."""
        if not self.editable or self.selected is None:
            return
        index = self.selected
        if self.polygons and self.vertex is not None:
            self._try(lambda: ed.delete_vertex(self._body, index, self.vertex or 0),
                      self.tr("Delete vertex"), select=index)
            return
        hidden = {i - (i > index) for i in self.hidden if i != index}
        before = self._body
        self._try(lambda: ed.remove_item(self._body, self.collection, index),
                  self.tr("Delete polygon") if self.polygons else self.tr("Delete box"),
                  select=None)
        if self._body is not before:  # the host took the edit: later shapes moved up one
            self.hidden = hidden
            self._sync()
            self.visibility_changed.emit()

    def nudge(self, dx: int, dy: int) -> None:
        """Move the selection by (dx, dy) image pixels, or scroll when nothing is selected.

        Consecutive nudges of the same shape merge into one undo step.
        """
        if self.selected is None or not self.editable:
            step = PAN_STEP * (5 if max(abs(dx), abs(dy)) > 1 else 1)
            self.pan_by(_sign(dx) * step, _sign(dy) * step)
            return
        if self._broken_selection():
            return
        index, vertex, size = self.selected, self.vertex, self.image_size
        merge = hash(("nudge", self.kind, index, vertex)) & 0x3FFFFFFF
        if self.polygons and vertex is not None:
            x, y = geo.vertices(self.shapes()[index])[vertex]
            self._try(lambda: ed.move_vertex(self._body, index, vertex, x + dx, y + dy, size),
                      self.tr("Nudge vertex"), merge, select=index, vertex=vertex)
        else:
            move = ed.move_polygon if self.polygons else ed.move_box
            self._try(lambda: move(self._body, index, dx, dy, size),
                      self.tr("Nudge polygon") if self.polygons else self.tr("Nudge box"),
                      merge, select=index)

    def relabel_selected(self, label: str) -> bool:
        """Give the selected shape ``label``; False when nothing is selected."""
        if self.selected is None or not self.editable or label not in self.colors:
            return False
        if self._broken_selection():
            return True
        index = self.selected
        self._try(lambda: ed.relabel(self._body, self.collection, index, label),
                  (self.tr("Label polygon {label}") if self.polygons
                   else self.tr("Label box {label}")).format(label=label),
                  select=index, vertex=self.vertex)
        return True

    def _broken_selection(self) -> bool:
        if self.selected not in self.broken:
            return False
        self.message.emit(
            self.tr("This polygon cannot be drawn (its data is malformed): delete it with "
                    "Delete and draw it again") if self.polygons else
            self.tr("This box cannot be drawn (its data is malformed): delete it with Delete "
                    "and draw it again"))
        return True

    def _try(self, make: Any, text: str, merge_id: int = -1, **selection: Any) -> None:
        try:
            body = make()
        except ed.EditError as exc:
            self.message.emit(str(exc)[:1].upper() + str(exc)[1:])
            return
        self.commit(body, text, merge_id, **selection)

    # --- hiding -------------------------------------------------------------------------

    def is_hidden(self, index: int) -> bool:
        return index in self.hidden

    def set_hidden(self, index: int, hidden: bool) -> None:
        if hidden == (index in self.hidden) or not 0 <= index < len(self.shapes()):
            return
        self.hidden.symmetric_difference_update({index})
        self._sync()
        self.visibility_changed.emit()

    def toggle_hidden(self) -> None:
        """Hide or show the selected shape; with nothing selected, all of them."""
        if self.selected is not None:
            self.set_hidden(self.selected, self.selected not in self.hidden)
            return
        count = len(self.shapes())
        self.hidden = set() if len(self.hidden) == count else set(range(count))
        self._sync()
        self.visibility_changed.emit()

    # --- drawing --------------------------------------------------------------------------

    def tolerance(self) -> float:
        """:data:`HIT_TOLERANCE` screen pixels in image pixels at the current zoom."""
        return HIT_TOLERANCE / max(self.transform().m11(), 1e-6)

    def cancel_drawing(self) -> bool:
        """Drop a polygon being traced or a drag in progress; False when there was none."""
        done = False
        if self.draft is not None:
            self.draft.remove()
            self.draft = None
            self.drawing_changed.emit(False)
            done = True
        if self.drag is not None:
            self.drag.cancel()
            self.drag = None
            self._sync()
            done = True
        return done

    def finish_polygon(self) -> None:
        if self.draft is not None:
            self.draft.close()

    def escape(self) -> None:
        """Esc: stop drawing, else drop the vertex, else the selection, else the tool."""
        if self.cancel_drawing():
            return
        if self.vertex is not None:
            self.select(self.selected)
        elif self.selected is not None:
            self.select(None)
        else:
            self.set_tool(Tool.SELECT)

    # --- pointer (what each gesture does is in gestures.py) ------------------------------

    def pointer_press(self, pos: QPointF, event: QMouseEvent) -> bool:
        if event.button() == Qt.MouseButton.LeftButton and self.state == "ready":
            gestures.press(self, pos, event.modifiers())
        return True

    def pointer_move(self, pos: QPointF, event: QMouseEvent) -> None:
        if self.drag is not None:
            self.drag.move(pos)
        elif self.draft is not None:
            self.draft.hover(pos)
        elif not event.buttons():
            gestures.hover_cursor(self, pos)

    def pointer_release(self, pos: QPointF, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.drag is not None:
            drag, self.drag = self.drag, None
            drag.finish(pos)

    def pointer_double_click(self, pos: QPointF, event: QMouseEvent) -> None:
        if self.state == "ready":
            gestures.double_click(self, pos)

    def pointer_cursor(self) -> None:
        cross = self.tool is not Tool.SELECT
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if cross
                                  else Qt.CursorShape.ArrowCursor)

    def insert_vertex_at(self, pos: QPointF, drag: bool = False) -> bool:
        """Insert a vertex on the selected polygon's edge nearest ``pos`` (if near enough);
        with ``drag`` the pointer then drags it, and both are one undo step."""
        return gestures.insert_vertex(self, pos, drag)

    # --- keys -----------------------------------------------------------------------------

    def overrides_shortcut(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() not in (Qt.KeyboardModifier.NoModifier,
                                     Qt.KeyboardModifier.KeypadModifier):
            return False
        if key == Qt.Key.Key_Escape:
            return bool(self.collection)
        drawing = self.draft is not None
        return drawing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.collection:
            self.escape()
        elif self.draft is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.draft.close()
        elif self.draft is not None and key == Qt.Key.Key_Backspace:
            self.draft.undo_point()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)
