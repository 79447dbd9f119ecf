"""The task queue as a Qt table model over SQL, and its pill delegate.

Nothing here holds the whole queue: the row count is one query, rows are read a
page of :data:`PAGE` at a time when the view asks for them (a few pages kept),
and the state, kind and text filters and the sort order are the SQL query's
(``core.cache.queue``). A campaign of 100,000 tasks opens, scrolls, filters and
refreshes after a submit in milliseconds, and the view never calls back into
Python for rows it does not show.
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..core.cache import Cache, QueueFilter, TaskSummary
from .icons import icon
from .theme import (
    KIND_SHORT,
    STATE_COLORS,
    colors,
    kind_name,
    kind_short,
    state_name,
)
from .tr_marks import QT_TRANSLATE_NOOP
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
    HEADERS = ("#", QT_TRANSLATE_NOOP("TaskQueueModel", "Kind"),
               QT_TRANSLATE_NOOP("TaskQueueModel", "State"),
               QT_TRANSLATE_NOOP("TaskQueueModel", "Preview"))

    #: rows read per query; pages kept
    PAGE = 200
    PAGES_KEPT = 16
    #: the SQL order of each column
    ORDER_OF: ClassVar[dict[int, str]] = {
        COL_POSITION: "position", COL_KIND: "kind", COL_STATE: "state", COL_PREVIEW: "preview"}

    def __init__(self, cache: Cache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._count = 0
        self._pages: OrderedDict[int, list[TaskSummary]] = OrderedDict()
        self.campaign_id: str | None = None
        self.states: tuple[str, ...] = ()
        self.kinds: tuple[str, ...] = ()
        self.text = ""
        self._order = ("position", False)
        #: the reviewer's verdict of accepted / rejected tasks ("Corrected", tooltips)
        self.verdicts = VerdictLookup(cache)

    # --- loading ---------------------------------------------------------------------

    @property
    def query(self) -> QueueFilter:
        return QueueFilter(self.campaign_id, self.states, self.kinds, self.text,
                           self._order[0], self._order[1])

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

    def set_text(self, text: str) -> None:
        """Show only tasks whose preview or id contains ``text`` (``#12``: queue numbers)."""
        self.text = text
        self.reload()

    def reload(self) -> None:
        """Count again and forget the pages read (they are read again when shown)."""
        count = self._cache.queue.count(self.query) if self.campaign_id is not None else 0
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self.verdicts.clear()
        self.endResetModel()

    def update_tasks(self, uids: Iterable[int]) -> bool:
        """An operation changed these tasks: re-read only their rows when none of them
        moved (same count, same rows: one summary per task, ``dataChanged`` for its row);
        otherwise reload (a submitted task leaving the "to do" filter). True when the
        rows were updated in place."""
        if self.campaign_id is None:
            return False
        wanted = set(uids)
        shown = {s.uid: (number, offset) for number, page in self._pages.items()
                 for offset, s in enumerate(page) if s.uid in wanted}
        if self._cache.queue.count(self.query) != self._count:
            self.reload()
            return False
        for uid in wanted:
            place = shown.get(uid)
            row = -1 if place is None else place[0] * self.PAGE + place[1]
            if self.row_of(uid) != row:
                self.reload()  # it moved, appeared or left: rows in between shift
                return False
        for uid, (number, offset) in shown.items():
            summary = self._cache.queue.task_summary(uid)
            if summary is None:
                self.reload()
                return False
            self._pages[number][offset] = summary
            self.verdicts.forget(uid)
            row = number * self.PAGE + offset
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows in SQL; the selection and the current row follow their tasks."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        uids = [self._uid_at(index.row()) for index in old]
        self._order = (self.ORDER_OF.get(column, "position"),
                       order == Qt.SortOrder.DescendingOrder)
        self._pages.clear()
        new = []
        for index, uid in zip(old, uids, strict=True):
            row = self.row_of(uid) if uid is not None else -1
            new.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _uid_at(self, row: int) -> int | None:
        try:
            return self.summary(row).uid
        except IndexError:
            return None

    def summary(self, row: int) -> TaskSummary:
        if not 0 <= row < self._count:
            raise IndexError(row)
        number, offset = divmod(row, self.PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self._cache.queue.page(self.query, number * self.PAGE, self.PAGE)
            self._pages[number] = page
            while len(self._pages) > self.PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        if offset >= len(page):  # the cache changed under a stale count: read again
            raise IndexError(row)
        return page[offset]

    def row_of(self, uid: int) -> int:
        """The row showing task ``uid``, or -1."""
        if self.campaign_id is None:
            return -1
        return self._cache.queue.row_of(self.query, uid)

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's idiom)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TaskQueueModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        try:
            s = self.summary(index.row())
        except IndexError:
            return None
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
                return kind_name(s.kind)
            if col == self.COL_PREVIEW:
                return f"{s.task_id}\n{_one_line(s.preview)[:300]}"
            if col == self.COL_STATE:
                return state_name(s.state)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_PREVIEW and not s.preview:
            return QColor(colors().muted)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_POSITION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{s.position} {kind_name(s.kind)} {state_name(s.state)} {s.preview}"
        return None

    def _display(self, s: TaskSummary, col: int) -> Any:
        if col == self.COL_POSITION:
            return s.position
        if col == self.COL_KIND:
            return kind_short(s.kind)
        if col == self.COL_STATE:
            return state_name(s.state)
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
