"""The list of shapes beside the canvas: one row per shape with an eye to hide or show it.

Rows follow the body's order (which is also the Tab order). Clicking a row
selects its shape; clicking the eye hides or shows it. Rows are reused across
renders, so a body with thousands of shapes re-renders quickly.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyleOptionViewItem,
    QWidget,
)

from .palette import BADGE_ROLE, COLOR_ROLE, NAME_ROLE, RowDelegate

HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 10
EYE_WIDTH = 26


def eye_rect(row: QRect) -> QRect:
    return QRect(row.left() + 4, row.top(), EYE_WIDTH - 4, row.height())


def paint_eye(painter: QPainter, rect: QRect, color: QColor, open_: bool) -> None:
    """An eye outline (open) or the same eye struck through (hidden)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = QRectF(rect).center()
    pen = QPen(color, 1.4)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    path.moveTo(c.x() - 8, c.y())
    path.quadTo(c.x(), c.y() - 8, c.x() + 8, c.y())
    path.quadTo(c.x(), c.y() + 8, c.x() - 8, c.y())
    painter.drawPath(path)
    if open_:
        painter.setBrush(color)
        painter.drawEllipse(QPointF(c.x(), c.y()), 2.4, 2.4)
    else:
        painter.drawLine(QPointF(c.x() - 7, c.y() + 6), QPointF(c.x() + 7, c.y() - 6))
    painter.restore()


class EyeDelegate(RowDelegate):
    """A row with an eye on the left; a click on the eye toggles the shape."""

    boxed_badge = False

    def __init__(self, parent: QWidget, on_toggle: Callable[[int], None]) -> None:
        super().__init__(parent)
        self._on_toggle = on_toggle

    def left_margin(self, index: QModelIndex | QPersistentModelIndex) -> int:
        return EYE_WIDTH

    def paint_extra(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> None:
        hidden = bool(index.data(HIDDEN_ROLE))
        pal: QPalette = option.palette  # type: ignore[attr-defined]
        color = pal.color(QPalette.ColorRole.PlaceholderText if hidden else QPalette.ColorRole.Text)
        paint_eye(painter, eye_rect(option.rect), color, not hidden)  # type: ignore[attr-defined]

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                    ) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and eye_rect(option.rect).contains(event.position().toPoint())):  # type: ignore[attr-defined]
            self._on_toggle(index.row())
            return True
        if (event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent)
                and eye_rect(option.rect).contains(event.position().toPoint())):  # type: ignore[attr-defined]
            return True  # the eye does not select the row
        return super().editorEvent(event, model, option, index)


class ShapeList(QListWidget):
    """One row per shape: eye, colour, label and number."""

    #: a row was clicked (shape index)
    shape_clicked = Signal(int)
    #: the eye of a row was clicked (shape index)
    eye_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shapeList")
        self.setItemDelegate(EyeDelegate(self, self.eye_clicked.emit))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.itemClicked.connect(lambda item: self.shape_clicked.emit(self.row(item)))
        #: said in the empty list ("No boxes yet: press B and drag")
        self.empty_text = ""
        #: what each row shows (label, colour, hidden), to skip unchanged rows cheaply
        self._rows: list[tuple[str, str, bool]] = []

    def sync(self, shapes: Sequence[dict[str, Any]], color_of: Callable[[str], str],
             hidden: Collection[int], selected: int | None, noun: str) -> None:
        """Show one row per shape, reusing rows; select the selected one."""
        while self.count() > len(shapes):
            self.takeItem(self.count() - 1)
        del self._rows[len(shapes):]
        for index, shape in enumerate(shapes):
            label = str(shape["label"])
            row = (label, color_of(label), index in hidden)
            if index < len(self._rows) and self._rows[index] == row:
                continue  # unchanged: no call into Qt
            item = self.item(index)
            if item is None:
                item = QListWidgetItem()
                self.addItem(item)
                self._rows.append(row)
            self._rows[index] = row
            values = {Qt.ItemDataRole.DisplayRole: label, NAME_ROLE: label,
                      COLOR_ROLE: row[1], BADGE_ROLE: f"#{index + 1}", HIDDEN_ROLE: row[2]}
            for role, value in values.items():
                item.setData(role, value)
        self.blockSignals(True)
        if selected is None or selected >= self.count():
            self.clearSelection()
            self.setCurrentRow(-1)
        else:
            self.setCurrentRow(selected)
            current = self.item(selected)
            if current is not None:
                self.scrollToItem(current)
        self.blockSignals(False)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()
