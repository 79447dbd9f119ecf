"""The label palette: each label with its colour and hotkey; the active one highlighted.

Hotkeys come from the task (``TaskConfig.hotkeys()``: explicit ones, then 1–9,
then free letters). A label whose key is one of the pane's own keys (``B``
draws boxes, ``F`` fits, …) gets the next free key instead, so every label
keeps a key and the pane's keys mean the same thing in every task.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ....core.models.tasks import TaskConfig

#: Keys the pane uses itself, never given to a label (lower case).
SHAPE_KEYS = frozenset("bpvhf0=-+")
VIEW_KEYS = frozenset("f0=-+")
KEY_POOL = "123456789qwertyuiopasdfghjklzxcvbnm"

COLOR_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
ROW_HEIGHT = 26


def label_hotkeys(config: TaskConfig, reserved: Collection[str]) -> dict[str, str]:
    """Label name → its key (lower case), in label order; reserved keys are reassigned."""
    by_key = config.hotkeys()
    free = [c for c in KEY_POOL if c not in reserved and c not in by_key]
    keys: dict[str, str] = {}
    for key, label in by_key.items():
        if key in reserved:
            if not free:
                continue
            key = free.pop(0)
        keys[label] = key
    return {name: keys[name] for name in config.label_names if name in keys}


def key_text(key: str) -> str:
    return key.upper() if key.isalpha() else key


class RowDelegate(QStyledItemDelegate):
    """A colour swatch, a name and a key badge on the right."""

    #: draw the badge in a rounded box (a key) or as plain muted text (a number)
    boxed_badge = True

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        pal: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        color = QColor(index.data(COLOR_ROLE) or "#888888")
        if selected:
            tint = QColor(color)
            tint.setAlpha(60)
            painter.fillRect(rect, tint)
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), color)
        left = rect.left() + 10 + self.left_margin(index)
        swatch = QRectF(left, rect.center().y() - 6, 12, 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(swatch, 3, 3)
        badge = str(index.data(BADGE_ROLE) or "")
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        badge_w = metrics.horizontalAdvance(badge) + 12 if badge else 0
        text_rect = QRect(int(swatch.right()) + 8, rect.top(),
                          rect.right() - int(swatch.right()) - 16 - badge_w, rect.height())
        font = option.font  # type: ignore[attr-defined]
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        text = metrics.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                                  Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), text)
        if badge:
            box = QRectF(rect.right() - badge_w - 6, rect.center().y() - 9, badge_w, 18)
            if self.boxed_badge:
                painter.setPen(pal.color(QPalette.ColorRole.Mid))
                painter.setBrush(pal.color(QPalette.ColorRole.Base))
                painter.drawRoundedRect(box, 4, 4)
                painter.setPen(pal.color(QPalette.ColorRole.Text))
            else:
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
        painter.restore()
        self.paint_extra(painter, option, index)

    def left_margin(self, index: QModelIndex | QPersistentModelIndex) -> int:
        return 0

    def paint_extra(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> None:
        return None

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(160, ROW_HEIGHT)


class LabelPalette(QListWidget):
    """Labels in task order; a click (or the label's hotkey) picks one."""

    #: a label was clicked
    label_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelPalette")
        self.setItemDelegate(RowDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.itemClicked.connect(lambda item: self.label_chosen.emit(item.data(NAME_ROLE)))
        self._names: list[str] = []

    def set_labels(self, names: Sequence[str], colors: Mapping[str, str],
                   keys: Mapping[str, str]) -> None:
        self.clear()
        self._names = list(names)
        for name in names:
            item = QListWidgetItem(name)
            item.setData(NAME_ROLE, name)
            item.setData(COLOR_ROLE, colors.get(name, "#888888"))
            key = keys.get(name)
            item.setData(BADGE_ROLE, key_text(key) if key else "")
            item.setToolTip(f"{name} — press {key_text(key)}" if key else name)
            self.addItem(item)

    def set_active(self, name: str) -> None:
        if name in self._names:
            self.setCurrentRow(self._names.index(name))

    def active(self) -> str:
        item = self.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else ""

    def set_counts(self, counts: Mapping[str, int]) -> None:
        """Show how many shapes carry each label ("car · 3")."""
        for row, name in enumerate(self._names):
            count = counts.get(name, 0)
            text = f"{name}  ·  {count}" if count else name
            item = self.item(row)
            if item is not None and item.text() != text:
                item.setText(text)
