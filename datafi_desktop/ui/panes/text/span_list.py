"""The side list of spans: label, text and offsets of each, and how it overlaps
others ("inside ORG", "overlaps PER"), so nested spans are explicit even where
the highlights get dense. A model/view pair: 500 spans cost one model reset."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...theme import colors
from ...tr_marks import QT_TRANSLATE_NOOP
from .label_bar import contrast_text, tint

SNIPPET_CHARS = 80
AnyIndex = QModelIndex | QPersistentModelIndex

_RELATION_WORDS = {"same": QT_TRANSLATE_NOOP("span_list", "same text as {label}"),
                   "inside": QT_TRANSLATE_NOOP("span_list", "inside {label}"),
                   "contains": QT_TRANSLATE_NOOP("span_list", "contains {label}"),
                   "overlaps": QT_TRANSLATE_NOOP("span_list", "overlaps {label}")}


@dataclass(frozen=True)
class SpanRow:
    label: str
    color: str
    text: str
    start: int
    end: int
    #: e.g. "inside ORG, overlaps PER" (empty when the span stands alone)
    note: str = ""
    predicted: bool = False

    @property
    def detail(self) -> str:
        # isolated left to right: in a right-to-left row "11–20" would read "20–11"
        parts = [f"\u2066{self.start}–{self.end}\u2069"]
        if self.note:
            parts.append(self.note)
        if self.predicted:
            parts.append(QCoreApplication.translate("span_list", "predicted"))
        return " · ".join(parts)


def snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SNIPPET_CHARS else flat[:SNIPPET_CHARS - 1] + "…"


def relation_note(relations: Sequence[tuple[str, str]]) -> str:
    """[("inside", "ORG"), ("overlaps", "PER")] → "inside ORG, overlaps PER"."""
    return ", ".join(QCoreApplication.translate("span_list", _RELATION_WORDS[rel]).format(
        label=label) for rel, label in relations)


class SpanListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SpanRow] = []

    def set_rows(self, rows: list[SpanRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.label}: {row.text}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return f"{row.label}: “{row.text}” ({row.detail})"
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class SpanDelegate(QStyledItemDelegate):
    """Two lines per span: [LABEL] text / offsets · overlaps."""

    PAD = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        tag = QFont(option.font)
        tag.setBold(True)
        tag.setPointSizeF(tag.pointSizeF() * 0.8)
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.88)
        return tag, small

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        _, small = self._fonts(option)
        height = (QFontMetricsF(option.font).height()
                  + QFontMetricsF(small).height() + 2 * self.PAD + 2)
        return QSize(200, int(height + 0.5))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        row: SpanRow | None = index.data(Qt.ItemDataRole.UserRole)
        if row is None:
            return
        c = colors()
        rect = QRectF(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(row.color)
        if selected:
            painter.fillRect(rect, tint(QColor(c.accent), 0.16))
            painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), QColor(c.accent))
        painter.setPen(QPen(QColor(c.border), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        tag_font, small = self._fonts(option)
        base = QFont(option.font)
        fm_tag, fm = QFontMetricsF(tag_font), QFontMetricsF(base)
        x, y = rect.left() + self.PAD + 4, rect.top() + self.PAD
        pill = QRectF(x, y + (fm.height() - fm_tag.height() - 2) / 2,
                      fm_tag.horizontalAdvance(row.label) + 10, fm_tag.height() + 2)
        if row.predicted:
            painter.setPen(QPen(color.darker(130), 1, Qt.PenStyle.DashLine))
            fill = tint(color, 0.3)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            fill = color
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, 4, 4)
        painter.setFont(tag_font)
        painter.setPen(contrast_text(fill))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, row.label)
        text_rect = QRectF(pill.right() + 8, y, rect.right() - pill.right() - 8 - self.PAD,
                           fm.height())
        painter.setFont(base)
        painter.setPen(QColor(c.text))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(row.text, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.setFont(small)
        painter.setPen(QColor(c.warn) if row.note else QColor(c.muted))
        detail = QRectF(x, y + fm.height() + 2, rect.right() - x - self.PAD,
                        QFontMetricsF(small).height())
        painter.drawText(detail, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetricsF(small).elidedText(row.detail, Qt.TextElideMode.ElideRight,
                                                         detail.width()))
        painter.restore()


class SpanListView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spanList")
        self.span_model = SpanListModel(self)
        self.setModel(self.span_model)
        self.setItemDelegate(SpanDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Spans"))

    def select_row(self, row: int | None) -> None:
        """Make ``row`` current without the view scrolling away when None."""
        model = self.selectionModel()
        if row is None or not 0 <= row < self.span_model.rowCount():
            model.clearSelection()
            model.setCurrentIndex(QModelIndex(), model.SelectionFlag.NoUpdate)
            return
        index = self.span_model.index(row, 0)
        model.setCurrentIndex(index, model.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
