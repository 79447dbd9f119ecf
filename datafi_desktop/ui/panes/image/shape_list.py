"""The list of shapes beside the canvas: one row per shape with an eye to hide or show it.

Rows follow the body's order (which is also the Tab order). Clicking a row
selects its shape; clicking the eye hides or shows it. Rows are reused across
renders and unchanged rows are skipped without calling into Qt, so a body with
thousands of shapes re-renders quickly.
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
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
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
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

COLOR_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2
HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 3
ROW_HEIGHT = 26
EYE_WIDTH = 26

Index = QModelIndex | QPersistentModelIndex


def eye_rect(row: QRect) -> QRect:
    return QRect(row.left() + 4, row.top(), EYE_WIDTH - 4, row.height())


def paint_eye(painter: QPainter, rect: QRect, color: QColor, open_: bool) -> None:
    """An eye outline (open) or the same eye struck through (hidden)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = QRectF(rect).center()
    painter.setPen(QPen(color, 1.4))
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


class ShapeRowDelegate(QStyledItemDelegate):
    """Eye, colour swatch, label and number; a click on the eye toggles the shape."""

    def __init__(self, parent: QWidget, on_eye: Callable[[int], None]) -> None:
        super().__init__(parent)
        self._on_eye = on_eye

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        pal: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hidden = bool(index.data(HIDDEN_ROLE))
        color = QColor(index.data(COLOR_ROLE) or "#888888")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            shade = QColor(color)
            shade.setAlpha(60)
            painter.fillRect(rect, shade)
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), color)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        paint_eye(painter, eye_rect(rect), muted if hidden else pal.color(QPalette.ColorRole.Text),
                  not hidden)
        swatch = QRectF(rect.left() + EYE_WIDTH + 8, rect.center().y() - 6, 12, 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(swatch, 3, 3)
        font = option.font
        metrics = QFontMetrics(font)
        number = str(index.data(NUMBER_ROLE) or "")
        number_w = metrics.horizontalAdvance(number) + 10
        text_rect = QRect(int(swatch.right()) + 8, rect.top(),
                          rect.right() - int(swatch.right()) - 12 - number_w, rect.height())
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(muted if hidden else pal.color(QPalette.ColorRole.Text))
        label = metrics.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                                   Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), label)
        painter.setPen(muted)
        painter.drawText(QRect(rect.right() - number_w - 4, rect.top(), number_w, rect.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), number)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(150, ROW_HEIGHT)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: Index) -> bool:
        on_eye = (isinstance(event, QMouseEvent)
                  and eye_rect(option.rect).contains(event.position().toPoint()))
        if on_eye and event.type() == QEvent.Type.MouseButtonRelease:
            self._on_eye(index.row())
            return True
        if on_eye and event.type() == QEvent.Type.MouseButtonPress:
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
        self.setItemDelegate(ShapeRowDelegate(self, self.eye_clicked.emit))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.itemClicked.connect(lambda item: self.shape_clicked.emit(self.row(item)))
        #: said in the empty list ("No boxes yet: press B and drag")
        self.empty_text = ""
        #: what each row shows (label, colour, hidden), to skip unchanged rows cheaply
        self._rows: list[tuple[str, str, bool]] = []

    def sync(self, shapes: Sequence[Any], color_of: Callable[[str], str],
             hidden: Collection[int], selected: int | None, broken: Collection[int] = (),
             predicted: Collection[int] = ()) -> None:
        """Show one row per shape, reusing rows; select the selected one."""
        while self.count() > len(shapes):
            self.takeItem(self.count() - 1)
        del self._rows[len(shapes):]
        for index, shape in enumerate(shapes):
            valid = index not in broken
            label = str(shape["label"]) if valid else self.tr("malformed — delete it")
            shown = (self.tr("{label} · predicted").format(label=label)
                     if valid and index in predicted else label)
            row = (shown,
                   color_of(label) if valid else "#888888", index in hidden or not valid)
            if index < len(self._rows) and self._rows[index] == row:
                continue  # unchanged: no call into Qt
            item = self.item(index)
            if item is None:
                item = QListWidgetItem()
                self.addItem(item)
                self._rows.append(row)
            self._rows[index] = row
            item.setData(Qt.ItemDataRole.DisplayRole, row[0])
            item.setData(COLOR_ROLE, row[1])
            item.setData(NUMBER_ROLE, f"#{index + 1}")
            item.setData(HIDDEN_ROLE, row[2])
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

    def is_hidden(self, row: int) -> bool:
        item = self.item(row)
        return item is not None and bool(item.data(HIDDEN_ROLE))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()
