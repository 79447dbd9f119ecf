"""How boxes and polygons look: graphics items kept in step with the body's plain data.

The items only draw; what is under the pointer is decided by
:mod:`datafi_desktop.core.shapes` on the body's dicts. :class:`ShapeLayer`
reuses one item per shape across renders and touches only the items whose
shape, colour or state changed, so re-rendering after every edit stays cheap
with thousands of shapes. Outlines use cosmetic pens and the tags and handles
ignore the view's transformation, so they keep their screen size at any zoom
and any scale factor; :meth:`ShapeLayer.layout_tags` places the tags so that none
covers another (``core.tag_layout``), again at every zoom.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractGraphicsShapeItem,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ....core import shapes as geo
from ....core.contrast import best_text_on
from ....core.tag_layout import place_tags

#: Sizes in device-independent pixels (constant on screen at any zoom).
HANDLE_SIZE = 9.0
VERTEX_SIZE = 9.0
ACTIVE_VERTEX_SIZE = 13.0
LINE_WIDTH = 2.0
SELECTED_LINE_WIDTH = 3.0
FILL_ALPHA = 38
SELECTED_FILL_ALPHA = 80

Z_SHAPE, Z_SELECTED, Z_HANDLE, Z_DRAWING = 1.0, 50.0, 100.0, 200.0


def cosmetic_pen(color: QColor | str, width: float = LINE_WIDTH,
                 style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setCosmetic(True)
    pen.setStyle(style)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


def text_color_on(color: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``color`` (WCAG, core.contrast)."""
    return QColor(best_text_on(color.name()))


def fill(color: QColor | str, alpha: int) -> QBrush:
    tint = QColor(color)
    tint.setAlpha(alpha)
    return QBrush(tint)


class TagItem(QGraphicsItem):
    """A label name on a coloured chip at a constant screen size."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.text = ""
        self._color = QColor()
        self._rect = QRectF()
        self._font = QFont()
        self._font.setPointSizeF(max(7.0, self._font.pointSizeF() * 0.9))
        self._font.setBold(True)

    def set_tag(self, text: str, color: QColor) -> None:
        metrics = QFontMetricsF(self._font)
        width, height = metrics.horizontalAdvance(text) + 10, metrics.height() + 2
        # above the corner until ShapeLayer.layout_tags finds a free place
        rect = QRectF(self._rect.x(), -height, width, height) if self._rect.isEmpty() else (
            QRectF(self._rect.topLeft(), QSizeF(width, height)))
        if (text, color, rect) == (self.text, self._color, self._rect):
            return
        self.prepareGeometryChange()
        self.text, self._color, self._rect = text, QColor(color), rect
        self.update()

    def size(self) -> tuple[float, float]:
        return self._rect.width(), self._rect.height()

    def set_offset(self, dx: float, dy: float) -> None:
        """Where the chip sits from its shape's corner, in screen pixels."""
        if (dx, dy) == (self._rect.x(), self._rect.y()):
            return
        self.prepareGeometryChange()
        self._rect.moveTopLeft(QPointF(dx, dy))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.fillRect(self._rect, self._color)
        painter.setPen(text_color_on(self._color))
        painter.setFont(self._font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


class HandleItem(QGraphicsRectItem):
    """A square (box corner or edge) or round (polygon vertex) grip."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_HANDLE)
        self.round = False

    def style(self, color: QColor, *, round_: bool, active: bool, pen_scale: float = 1.0
              ) -> None:
        size = ACTIVE_VERTEX_SIZE if active else (VERTEX_SIZE if round_ else HANDLE_SIZE)
        self.setRect(QRectF(-size / 2, -size / 2, size, size))
        self.round = round_
        self.setPen(cosmetic_pen("#FFFFFF" if active else color, 1.5 * pen_scale))
        self.setBrush(QBrush(QColor(color) if active else QColor("#FFFFFF")))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        if self.round:
            painter.drawEllipse(self.rect())
        else:
            painter.drawRect(self.rect())


@dataclass
class _Entry:
    item: QAbstractGraphicsShapeItem
    tag: TagItem
    state: tuple[Any, ...] = ()
    #: the further polygons of an object in several parts, children of ``item``
    parts: list[QGraphicsPolygonItem] = field(default_factory=list)
    #: the shape's bounds (image pixels), where its tag is placed from
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


class ShapeLayer:
    """Keeps one graphics item per shape of a body's ``boxes`` or ``polygons``."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.polygons = False
        #: cosmetic pens are in device pixels: widths are multiplied by the device pixel ratio
        self.pen_scale = 1.0
        self._entries: list[_Entry] = []
        self._handles: list[HandleItem] = []

    def __len__(self) -> int:
        return len(self._entries)

    def item(self, index: int) -> QAbstractGraphicsShapeItem:
        return self._entries[index].item

    def tag(self, index: int) -> TagItem:
        return self._entries[index].tag

    def handles(self) -> list[HandleItem]:
        """The handles on screen (of the selected shape), in order."""
        return [h for h in self._handles if h.isVisible()]

    def set_pen_scale(self, scale: float) -> None:
        """Keep lines as thick on a high-DPI screen as on a normal one."""
        self.pen_scale = scale
        for entry in self._entries:
            entry.state = ()

    def clear(self) -> None:
        for entry in self._entries:
            self.scene.removeItem(entry.item)
        self._entries = []
        for handle in self._handles:
            self.scene.removeItem(handle)
        self._handles = []

    def sync(self, shapes: Sequence[dict[str, Any]], color_of: Callable[[str], str],
             selected: int | None, hidden: Collection[int], vertex: int | None = None,
             polygons: bool = False, broken: Collection[int] = (),
             predicted: Collection[int] = ()) -> None:
        """Make the items show ``shapes``; only what changed is touched. Shapes in
        ``broken`` (malformed data) keep an entry but are never drawn."""
        if polygons != self.polygons:
            self.clear()
            self.polygons = polygons
        for index, shape in enumerate(shapes):
            if index == len(self._entries):
                self._entries.append(self._new_entry())
            entry = self._entries[index]
            if index in broken:
                entry.item.setVisible(False)
                entry.state = ()
                continue
            state = (shape, color_of(shape["label"]), index == selected, index in hidden,
                     index in predicted)
            if entry.state != state:
                self._apply(entry, *state)
                entry.state = state
        for entry in self._entries[len(shapes):]:
            self.scene.removeItem(entry.item)
        del self._entries[len(shapes):]
        if (selected is not None and 0 <= selected < len(shapes) and selected not in hidden
                and selected not in broken):
            shape = shapes[selected]
            self._show_handles(shape, color_of(shape["label"]), vertex)
        else:
            self._show_handles(None, "", None)

    def layout_tags(self, scale: float, image_size: tuple[float, float] | None = None) -> None:
        """Put every shown tag where it covers no other (``core.tag_layout``) at zoom
        ``scale`` (view pixels per image pixel); called after a sync and on zoom."""
        bounds: list[tuple[float, float, float, float] | None] = []
        for entry in self._entries:
            if not (entry.item.isVisible() and entry.tag.isVisible()):
                bounds.append(None)
                continue
            x, y, w, h = entry.bounds
            bounds.append((x * scale, y * scale, w * scale, h * scale))
        area = (image_size[0] * scale, image_size[1] * scale) if image_size else None
        offsets = place_tags(bounds, [e.tag.size() for e in self._entries], area)
        for entry, (dx, dy) in zip(self._entries, offsets, strict=True):
            entry.tag.set_offset(dx, dy)

    def preview(self, index: int, shape: dict[str, Any], color: str, vertex: int | None = None
                ) -> None:
        """Show shape ``index`` as ``shape`` while a drag is in progress."""
        entry = self._entries[index]
        self._apply(entry, shape, color, True, False)
        entry.state = ()  # the next sync puts the body's version back
        self._show_handles(shape, color, vertex)

    # --- internals ----------------------------------------------------------------------

    def _new_entry(self) -> _Entry:
        item: QAbstractGraphicsShapeItem = (QGraphicsPolygonItem() if self.polygons
                                            else QGraphicsRectItem())
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.scene.addItem(item)
        return _Entry(item, TagItem(item))

    def _apply(self, entry: _Entry, shape: dict[str, Any], color: str, selected: bool,
               hidden: bool, predicted: bool = False) -> None:
        item = entry.item
        if isinstance(item, QGraphicsPolygonItem):
            item.setPolygon(QPolygonF([QPointF(x, y) for x, y in geo.points_of(shape)]))
            self._apply_parts(entry, geo.parts_of(shape))
        elif isinstance(item, QGraphicsRectItem):
            item.setRect(QRectF(*geo.box_rect(shape)))
        qcolor = QColor(color)
        scale = self.pen_scale
        if hidden and selected:  # a hidden shape picked from the list: a faint outline
            item.setPen(cosmetic_pen(qcolor, scale, Qt.PenStyle.DashLine))
            item.setBrush(Qt.BrushStyle.NoBrush)
        else:
            width = SELECTED_LINE_WIDTH if selected else LINE_WIDTH
            # a model's shape nobody changed yet: dashed, as the text pane draws its spans
            item.setPen(cosmetic_pen(qcolor, width * scale,
                                     Qt.PenStyle.DashLine if predicted else Qt.PenStyle.SolidLine))
            item.setBrush(fill(qcolor, SELECTED_FILL_ALPHA if selected else FILL_ALPHA))
        item.setVisible(selected or not hidden)
        item.setZValue(Z_SELECTED if selected else Z_SHAPE)
        for part in entry.parts:
            part.setPen(item.pen())
            part.setBrush(item.brush())
        entry.bounds = geo.bounds(shape)
        entry.tag.setPos(entry.bounds[0], entry.bounds[1])
        # a predicted shape's tag is pale (its text stays short: tags must not collide)
        tag = (QCoreApplication.translate("ShapeList", "{label} · predicted").format(
            label=shape["label"]) if predicted else str(shape["label"]))
        entry.tag.set_tag(str(shape["label"]), qcolor.lighter(150) if predicted else qcolor)
        entry.tag.setVisible(not hidden)
        item.setToolTip(tag)

    @staticmethod
    def _apply_parts(entry: _Entry, rings: list[list[geo.Point]]) -> None:
        """One child polygon per further part: drawn, selected and moved with the object."""
        while len(entry.parts) < len(rings):
            part = QGraphicsPolygonItem(entry.item)
            part.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            entry.parts.append(part)
        for i, part in enumerate(entry.parts):
            if i < len(rings):
                part.setPolygon(QPolygonF([QPointF(x, y) for x, y in rings[i]]))
            part.setVisible(i < len(rings))

    def _show_handles(self, shape: dict[str, Any] | None, color: str, vertex: int | None
                      ) -> None:
        if shape is None:
            points: list[geo.Point] = []
        elif geo.is_polygon(shape):
            points = geo.vertices(shape)  # every part's vertices
        else:
            points = geo.handle_points(geo.box_rect(shape))
        round_ = shape is not None and geo.is_polygon(shape)
        while len(self._handles) < len(points):
            handle = HandleItem()
            self.scene.addItem(handle)
            self._handles.append(handle)
        qcolor = QColor(color)
        for i, handle in enumerate(self._handles):
            if i < len(points):
                handle.style(qcolor, round_=round_, active=round_ and i == vertex,
                             pen_scale=self.pen_scale)
                handle.setPos(*points[i])
                handle.setVisible(True)
            else:
                handle.setVisible(False)


def drawing_marker(scene: QGraphicsScene, color: QColor, size: float, pen_scale: float = 1.0
                   ) -> QGraphicsEllipseItem:
    """A round marker at a constant screen size (the polygon being drawn)."""
    item = QGraphicsEllipseItem(QRectF(-size / 2, -size / 2, size, size))
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setPen(cosmetic_pen("#FFFFFF", 1.5 * pen_scale))
    item.setBrush(QBrush(color))
    item.setZValue(Z_DRAWING + 1)
    scene.addItem(item)
    return item
