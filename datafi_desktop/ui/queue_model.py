"""The task queue as a Qt table model over ``Cache.task_summaries``, and its pill delegate.

Filtering by state and kind happens in SQL (the cache returns only matching
rows); the free-text filter and column sorting happen in a
``QSortFilterProxyModel`` over this model.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..core.cache import Cache, TaskSummary
from .icons import icon
from .theme import KIND_NAMES, KIND_SHORT, STATE_COLORS, STATE_NAMES, colors
from .verdicts.lookup import VerdictLookup

Index = QModelIndex | QPersistentModelIndex

#: custom data roles
UID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
STATE_ROLE = UID_ROLE + 1
KIND_ROLE = UID_ROLE + 2
SORT_ROLE = UID_ROLE + 3
#: what the text filter searches: "#position task-id preview"
FILTER_ROLE = UID_ROLE + 4


class TaskQueueModel(QAbstractTableModel):
    """Rows of ``TaskSummary``; columns ``#``, kind, state, preview."""

    COL_POSITION, COL_KIND, COL_STATE, COL_PREVIEW = range(4)
    HEADERS = ("#", "Kind", "State", "Preview")

    def __init__(self, cache: Cache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._rows: list[TaskSummary] = []
        self.campaign_id: str | None = None
        self.states: tuple[str, ...] = ()
        self.kinds: tuple[str, ...] = ()
        #: the reviewer's verdict of accepted / rejected tasks ("Corrected", tooltips)
        self.verdicts = VerdictLookup(cache)

    # --- loading ---------------------------------------------------------------------

    def set_filter(
        self,
        campaign_id: str | None,
        states: Sequence[str] = (),
        kinds: Sequence[str] = (),
    ) -> None:
        """Show the tasks of ``campaign_id`` in ``states`` and ``kinds`` (empty: all)."""
        self.campaign_id = campaign_id
        self.states = tuple(states)
        self.kinds = tuple(kinds)
        self.reload()

    def reload(self) -> None:
        rows = self._cache.task_summaries(
            self.campaign_id, self.states or None, self.kinds or None
        ) if self.campaign_id is not None else []
        self.beginResetModel()
        self._rows = rows
        self.verdicts.clear()
        self.endResetModel()

    def summary(self, row: int) -> TaskSummary:
        return self._rows[row]

    def row_of(self, uid: int) -> int:
        """The row showing task ``uid``, or -1."""
        for i, summary in enumerate(self._rows):
            if summary.uid == uid:
                return i
        return -1

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's idiom)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == UID_ROLE:
            return s.uid
        if role == STATE_ROLE:
            return s.state
        if role == KIND_ROLE:
            return s.kind
        if col == self.COL_STATE and role in (Qt.ItemDataRole.DisplayRole,
                                              Qt.ItemDataRole.ToolTipRole):
            verdict = (self.verdicts.state_name(s.uid, s.state)
                       if role == Qt.ItemDataRole.DisplayRole
                       else self.verdicts.tooltip(s.uid, s.state))
            if verdict:
                return verdict
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, col)
        if role == FILTER_ROLE:
            return f"#{s.position} {s.task_id} {_one_line(s.preview)}"
        if role == SORT_ROLE:
            return s.position if col == self.COL_POSITION else self._display(s, col)
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_KIND:
            return icon(KIND_SHORT.get(s.kind, ("", "kind-text"))[1])
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_KIND:
                return KIND_NAMES.get(s.kind, s.kind)
            if col == self.COL_PREVIEW:
                return f"{s.task_id}\n{_one_line(s.preview)[:300]}"
            if col == self.COL_STATE:
                return STATE_NAMES.get(s.state, s.state)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_PREVIEW and not s.preview:
            return QColor(colors().muted)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_POSITION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{s.position} {KIND_NAMES.get(s.kind, s.kind)} {s.state} {s.preview}"
        return None

    def _display(self, s: TaskSummary, col: int) -> Any:
        if col == self.COL_POSITION:
            return s.position
        if col == self.COL_KIND:
            return KIND_SHORT.get(s.kind, (s.kind, ""))[0]
        if col == self.COL_STATE:
            return STATE_NAMES.get(s.state, s.state)
        return _one_line(s.preview) or s.task_id  # an image without a file name, say


def _one_line(text: str) -> str:
    return " ".join(text.split())


def is_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character is Hebrew, Arabic, etc."""
    for char in text[:200]:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


class PreviewDelegate(QStyledItemDelegate):
    """Lays a right-to-left preview out from the right, eliding at its end (the left)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if is_right_to_left(option.text):
            option.direction = Qt.LayoutDirection.RightToLeft
            option.displayAlignment = (Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)


class StatePillDelegate(QStyledItemDelegate):
    """Draws a task state as a small coloured pill."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        state = str(index.data(STATE_ROLE) or "")
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # background and selection as for any cell
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        bg, fg = STATE_COLORS.get(state, ("#E3E8F0", "#33415C"))
        metrics = opt.fontMetrics
        pad_x, height = 8, metrics.height() + 4
        width = metrics.horizontalAdvance(text) + 2 * pad_x
        rect = QRect(opt.rect.left() + 6, opt.rect.center().y() - height // 2 + 1,
                     min(width, opt.rect.width() - 8), height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(fg))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = option.fontMetrics.horizontalAdvance(text) + 30
        return QSize(max(base.width(), width), base.height() + 6)
