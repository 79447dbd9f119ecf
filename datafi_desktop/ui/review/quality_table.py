"""The table of the "Annotators' quality" dialog: one row per annotator of a campaign
(core.quality_figures.AnnotatorRow), read-only, sortable through a proxy on
:data:`SORT_ROLE` (numbers, not the shown text). Flagged and held rows say so in words
("⚑ Flagged", "Held: …") and in bold, never by color alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...core.quality_figures import AnnotatorRow
from ..status_bar import short_address
from ..theme import colors
from ..tr_marks import QT_TRANSLATE_NOOP
from .summary import percent

translate = QCoreApplication.translate  # lupdate reads translate("Context", "Text")

#: the value a column sorts by (a number, or the address)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the AnnotatorRow of a row (any column)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    QT_TRANSLATE_NOOP("QualityTableModel", "Annotator"),
    QT_TRANSLATE_NOOP("QualityTableModel", "Submissions"),
    QT_TRANSLATE_NOOP("QualityTableModel", "Agreement"),
    QT_TRANSLATE_NOOP("QualityTableModel", "Gold accuracy"),
    QT_TRANSLATE_NOOP("QualityTableModel", "Suggestion kept"),
    QT_TRANSLATE_NOOP("QualityTableModel", "Campaign rate"),
    QT_TRANSLATE_NOOP("QualityTableModel", "Flagged"),
    QT_TRANSLATE_NOOP("QualityTableModel", "Rewards"),
)
REASONS = {"gold": QT_TRANSLATE_NOOP("QualityTableModel", "gold accuracy"),
           "rubber_stamp": QT_TRANSLATE_NOOP("QualityTableModel", "rubber stamp")}
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return translate("QualityTableModel", text)


def kept_text(row: AnnotatorRow) -> str:
    """``98 % of 40``; ``—`` when no suggestion was shown (or an older hub)."""
    if row.kept_rate is None or row.shown == 0:
        return "—"
    return translate("QualityTableModel", "{rate} of {shown}").format(
        rate=percent(row.kept_rate), shown=row.shown)


def held_text(row: AnnotatorRow) -> str:
    if not row.held:
        return translate("QualityTableModel", "Not held")
    comma = translate("QualityTableModel", ", ", "between the reasons of a hold")
    why = comma.join(_tr(REASONS[r]) for r in row.held_for)
    if not why:
        return translate("QualityTableModel", "Held")
    return translate("QualityTableModel", "Held: {why}").format(why=why)


def gold_text(row: AnnotatorRow) -> str:
    if row.gold_accuracy is None:
        return "—"
    return translate("QualityTableModel", "{rate} of {answers}").format(
        rate=percent(row.gold_accuracy), answers=row.gold_answers)


def cell_text(row: AnnotatorRow, column: int) -> str:
    flagged = translate("QualityTableModel", "⚑ Flagged") if row.flagged else ""
    values = (short_address(row.account), str(row.submissions), percent(row.agreement),
              gold_text(row), kept_text(row), percent(row.campaign_rate), flagged,
              held_text(row))
    return values[column]


def sort_value(row: AnnotatorRow, column: int) -> Any:
    """Numbers sort as numbers; a missing figure sorts first (-1)."""
    def num(x: float | None) -> float:
        return -1.0 if x is None else x

    values = (row.account.lower(), row.submissions, num(row.agreement),
              num(row.gold_accuracy), num(row.kept_rate), num(row.campaign_rate),
              int(row.flagged), int(row.held))
    return values[column]


class QualityTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AnnotatorRow] = []

    def set_rows(self, rows: list[AnnotatorRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == SORT_ROLE:
            return sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.account if column == 0 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < column < 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._marking(row, column, role)

    def _marking(self, row: AnnotatorRow, column: int, role: int) -> Any:
        """Flagged or held rows: bold everywhere; the warning color on the figure and the
        words that say so (the kept rate and "Flagged" when flagged, "Held" when held)."""
        marked = row.flagged or row.held
        if role == Qt.ItemDataRole.FontRole and marked:
            font = QFont()
            font.setBold(True)
            return font
        warned = (row.flagged and column in (4, 6)) or (row.held and column == 7)
        if role == Qt.ItemDataRole.ForegroundRole and warned:
            return QBrush(QColor(colors().danger))
        return None
