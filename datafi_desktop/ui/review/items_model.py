"""The review list as a Qt table model over ``cache.reviews.review_items``.

Rows are the leased submissions of one campaign, in queue order: ``open`` ones
(to review) or ``reviewed`` ones (judged on this device, with the verdict made).
Submissions signed by an account of this wallet are never listed: a reviewer
never reviews their own work (the hub does not hand them out, and
``make_review`` refuses them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...core.cache import Cache
from ...core.cache.reviews import ReviewQueueItem, ReviewRow
from ..icons import icon
from ..status_bar import short_address
from ..theme import KIND_SHORT, kind_name, kind_short
from ..tr_marks import QT_TRANSLATE_NOOP
from .summary import label_summary, verdict_name

Index = QModelIndex | QPersistentModelIndex
SUBMISSION_ROLE = int(Qt.ItemDataRole.UserRole) + 11


class ReviewItemsModel(QAbstractTableModel):
    """Columns ``#``, kind, annotator, label (or, for reviewed items, the verdict)."""

    COL_POSITION, COL_KIND, COL_ANNOTATOR, COL_LABEL = range(4)
    HEADERS = ("#", QT_TRANSLATE_NOOP("ReviewItemsModel", "Kind"),
               QT_TRANSLATE_NOOP("ReviewItemsModel", "Annotator"),
               QT_TRANSLATE_NOOP("ReviewItemsModel", "Label"))

    def __init__(self, cache: Cache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self.items: list[ReviewQueueItem] = []
        self.verdicts: dict[str, ReviewRow] = {}
        self._summaries: list[str] = []
        self.state = "open"
        self.hidden_own = 0

    def load(self, campaign_id: str | None, state: str, own: Iterable[str]) -> None:
        """Read the campaign's items in ``state`` ("open" or "reviewed"); items by
        ``own`` accounts are left out (and counted in :attr:`hidden_own`)."""
        mine = {a.lower() for a in own}
        rows = (self._cache.reviews.review_items(campaign_id, states=(state,))
                if campaign_id is not None else [])
        kept = [r for r in rows if r.annotator.lower() not in mine]
        verdicts: dict[str, ReviewRow] = {}
        if state == "reviewed":
            for item in kept:
                made = self._cache.reviews.reviews_of(item.submission_id)
                if made:
                    verdicts[item.submission_id] = made[0]
        self.beginResetModel()
        self.state = state
        self.items = kept
        self.hidden_own = len(rows) - len(kept)
        self.verdicts = verdicts
        self._summaries = [self._label_text(item) for item in kept]
        self.endResetModel()

    def _label_text(self, item: ReviewQueueItem) -> str:
        review = self.verdicts.get(item.submission_id)
        if review is None:
            return label_summary(item.annotation)
        text = verdict_name(review.verdict)
        if review.verdict == "correct":
            return f"{text} → {label_summary(review.correction)}"
        return f"{text}: {review.reason}" if review.reason else text

    def item(self, row: int) -> ReviewQueueItem:
        return self.items[row]

    def row_of(self, submission_id: str) -> int:
        for i, item in enumerate(self.items):
            if item.submission_id == submission_id:
                return i
        return -1

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's idiom)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == self.COL_LABEL and self.state == "reviewed":
                return QCoreApplication.translate("ReviewItemsModel", "Your verdict")
            return QCoreApplication.translate("ReviewItemsModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, col = self.items[index.row()], index.column()
        if role == SUBMISSION_ROLE:
            return item.submission_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_POSITION:
                return index.row() + 1
            if col == self.COL_KIND:
                return kind_short(item.kind)
            if col == self.COL_ANNOTATOR:
                return short_address(item.annotator)
            return self._summaries[index.row()]
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_KIND:
            return icon(KIND_SHORT.get(item.kind, ("", "kind-text"))[1])
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_ANNOTATOR:
                return item.annotator
            if col == self.COL_KIND:
                return kind_name(item.kind)
            return f"{item.task_id}\n{self._summaries[index.row()]}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_POSITION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
