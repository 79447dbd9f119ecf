"""A QGraphicsView showing one image fitted to the view, with shapes over it.

The scene is in the image's own pixel coordinates (the task's ``width`` ×
``height``), whatever resolution the pixmap was decoded at, so annotation
coordinates can be drawn as they are. The next issue's image pane builds its
editable canvas on the same view.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractGraphicsShapeItem,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ..core.models import BoundingBoxes, Polygons

PREDICTION_TAG = "model prediction"


class ImageView(QGraphicsView):
    """Shows a pixmap fitted to the view (re-fitted on resize), shapes on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageView")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#2B2F36"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pixmap_item: QGraphicsPixmapItem | None = None
        self.shape_items: list[QGraphicsItem] = []
        #: the predicted shapes themselves (shape_items also holds their tags)
        self.predictions: list[QAbstractGraphicsShapeItem] = []
        self._image_rect = QRectF()

    @property
    def has_image(self) -> bool:
        return self.pixmap_item is not None and not self.pixmap_item.pixmap().isNull()

    def clear_image(self) -> None:
        self.scene().clear()
        self.pixmap_item = None
        self.shape_items = []
        self.predictions = []
        self._image_rect = QRectF()

    def set_pixmap(self, pixmap: QPixmap, image_size: tuple[int, int] | None = None) -> None:
        """Show ``pixmap``, stretched to ``image_size`` scene units (the task's pixel size)."""
        self.clear_image()
        width, height = image_size or (pixmap.width(), pixmap.height())
        item = QGraphicsPixmapItem(pixmap)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        if pixmap.width() and pixmap.height():
            item.setTransform(item.transform().scale(width / pixmap.width(),
                                                     height / pixmap.height()))
        self.scene().addItem(item)
        self.pixmap_item = item
        self._image_rect = QRectF(0, 0, width, height)
        self.scene().setSceneRect(self._image_rect)
        self.fit()

    def fit(self) -> None:
        if not self._image_rect.isEmpty():
            self.fitInView(self._image_rect, Qt.AspectRatioMode.KeepAspectRatio)

    def add_prediction_shapes(self, annotation: BoundingBoxes | Polygons,
                              colors: dict[str, str]) -> int:
        """Draw a model's boxes or polygons lightly (dashed, translucent). Returns the count."""
        count = 0
        if isinstance(annotation, BoundingBoxes):
            for box in annotation.boxes:
                rect = QRectF(box.x, box.y, box.w, box.h)
                self._add(self.scene().addRect(rect), box.label, colors, rect.topLeft())
                count += 1
        else:
            for poly in annotation.polygons:
                shape = QPolygonF([QPointF(x, y) for x, y in poly.points])
                item = self.scene().addPolygon(shape)
                self._add(item, poly.label, colors, shape.boundingRect().topLeft())
                for ring in poly.parts:  # an object in several parts: drawn alike
                    part = QGraphicsPolygonItem(
                        QPolygonF([QPointF(x, y) for x, y in ring]), item)
                    part.setPen(item.pen())
                    part.setBrush(item.brush())
                count += 1
        return count

    def _add(self, item: QAbstractGraphicsShapeItem, label: str, colors: dict[str, str],
             anchor: QPointF) -> None:
        color = QColor(colors.get(label, "#FFB000"))
        pen = QPen(color, 2)
        pen.setCosmetic(True)  # 2 device pixels at any zoom
        pen.setStyle(Qt.PenStyle.DashLine)
        fill = QColor(color)
        fill.setAlpha(40)
        item.setPen(pen)
        item.setBrush(QBrush(fill))
        item.setOpacity(0.85)
        item.setToolTip(f"{label} ({PREDICTION_TAG})")
        # the tag sits just above the shape's top-left corner, at a constant screen size;
        # "prediction" is said by the dashed line, the tooltip and the caption
        tag = QGraphicsSimpleTextItem(label)
        light = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue() > 150
        tag.setBrush(QColor("#111111" if light else "#FFFFFF"))  # readable on any label colour
        box = tag.boundingRect().adjusted(-3, -1, 3, 1)
        lift = QTransform.fromTranslate(0, -box.height())
        back = self.scene().addRect(box)
        back.setBrush(QColor(color.red(), color.green(), color.blue(), 190))
        back.setPen(QPen(Qt.PenStyle.NoPen))
        for part in (back, tag):
            part.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            part.setTransform(lift)
            part.setPos(anchor)
            part.setToolTip(f"{label} ({PREDICTION_TAG})")
        self.scene().addItem(tag)
        self.shape_items.extend([item, back, tag])
        self.predictions.append(item)

    def shape_graphics(self) -> Iterable[QGraphicsItem]:
        """The scene items drawn for shapes (outline, backing and tag of each)."""
        return iter(self.shape_items)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()
