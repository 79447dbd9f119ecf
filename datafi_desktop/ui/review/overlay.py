"""Other annotators' boxes and polygons over the image under review: dashed, one colour
per annotator (the colour of their card), with a small tag, never hit by the mouse.

The items live in the canvas's scene beside its own shape layer (the canvas keeps
foreign items when it swaps pixmaps); :meth:`OthersOverlay.show` replaces them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import (
    QAbstractGraphicsShapeItem,
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

Layer = tuple[Mapping[str, Any], str, str]  # (annotation, colour, who)
Z_OVERLAY = 5.0


class OthersOverlay:
    def __init__(self, view: QGraphicsView) -> None:
        self.view = view
        self.items: list[QGraphicsItem] = []
        #: the shapes drawn (not their tags), for tests and tooltips
        self.shapes: list[QAbstractGraphicsShapeItem] = []

    @property
    def scene(self) -> QGraphicsScene:
        scene = self.view.scene()
        assert scene is not None
        return scene

    def clear(self) -> None:
        for item in self.items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.items, self.shapes = [], []

    def show(self, layers: Sequence[Layer]) -> int:
        """Draw every box or polygon of each layer's annotation; returns how many."""
        self.clear()
        for annotation, color, who in layers:
            kind = annotation.get("kind")
            key = {"bounding_boxes": "boxes", "polygons": "polygons"}.get(str(kind))
            shapes = annotation.get(key) if key else None
            for shape in shapes if isinstance(shapes, list) else ():
                if isinstance(shape, Mapping):
                    self._add(shape, kind == "polygons", QColor(color), who)
        return len(self.shapes)

    def _add(self, shape: Mapping[str, Any], polygon: bool, color: QColor, who: str) -> None:
        label = str(shape.get("label", ""))
        try:
            if polygon:
                points = [QPointF(float(x), float(y)) for x, y in shape.get("points") or ()]
                if len(points) < 3:
                    return
                poly = QPolygonF(points)
                item: QAbstractGraphicsShapeItem = self.scene.addPolygon(poly)
                anchor = poly.boundingRect().topLeft()
            else:
                rect = QRectF(float(shape["x"]), float(shape["y"]), float(shape["w"]),
                              float(shape["h"]))
                item = self.scene.addRect(rect)
                anchor = rect.topLeft()
        except (KeyError, TypeError, ValueError):
            return  # a malformed shape in someone's label: its card says what it holds
        pen = QPen(color, 2)
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.DashLine)
        item.setPen(pen)
        fill = QColor(color)
        fill.setAlpha(28)
        item.setBrush(QBrush(fill))
        if polygon:  # an object in several parts: its further polygons, drawn alike
            for ring in shape.get("parts") or ():
                try:
                    part = QGraphicsPolygonItem(
                        QPolygonF([QPointF(float(x), float(y)) for x, y in ring]), item)
                except (TypeError, ValueError):
                    continue
                part.setPen(item.pen())
                part.setBrush(item.brush())
        tip = f"{who}: {label}"
        self._tag(label, color, anchor, tip)
        self._settle(item, tip)
        self.shapes.append(item)

    def _tag(self, text: str, color: QColor, anchor: QPointF, tip: str) -> None:
        tag = QGraphicsSimpleTextItem(text)
        tag.setBrush(QColor("#FFFFFF"))
        box = tag.boundingRect().adjusted(-3, -1, 3, 1)
        back = self.scene.addRect(box)
        back.setBrush(QColor(color.red(), color.green(), color.blue(), 200))
        back.setPen(QPen(Qt.PenStyle.NoPen))
        self.scene.addItem(tag)
        # below the shape's top-left corner (the annotator's own tags sit above theirs)
        for part in (back, tag):
            part.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            part.setTransform(QTransform.fromTranslate(0, 2))
            part.setPos(anchor)
            self._settle(part, tip)

    def _settle(self, item: QGraphicsItem, tip: str) -> None:
        item.setZValue(Z_OVERLAY)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setAcceptHoverEvents(False)
        item.setToolTip(tip)
        if item not in self.items:
            self.items.append(item)
