"""The left side of the review page: campaign, "Get N to review", the list of leased
submissions (to review, or reviewed here) and what waits to be sent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.cache import Cache
from ..accessibility import accessible
from ..theme import named
from ..tr_marks import QT_TRANSLATE_NOOP
from .items_model import ReviewItemsModel

DEFAULT_COUNT = 50
STATES = (("open", QT_TRANSLATE_NOOP("ReviewListPanel", "To review")),
          ("reviewed", QT_TRANSLATE_NOOP("ReviewListPanel", "Reviewed here")))


class ReviewListPanel(QWidget):
    def __init__(self, cache: Cache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewListPanel")
        self.cache = cache
        self.model = ReviewItemsModel(cache, self)
        title = QLabel(QCoreApplication.translate("Page", "Review"))
        title.setProperty("role", "title")
        intro = named(QLabel(self.tr("Other annotators' submissions leased to you: judge each "
                                     "one with a key (A accept, R reject, C correct); every "
                                     "verdict is signed. They stay here to review offline.")),
                      "reviewIntro")
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.campaigns = named(QComboBox(), "reviewCampaign")
        accessible(self.campaigns, self.tr("Campaign"), self.tr("The campaign to review"))
        self.campaigns.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaigns.setMinimumContentsLength(12)
        self.count = named(QSpinBox(), "reviewCount")
        self.count.setRange(1, 500)
        self.count.setValue(DEFAULT_COUNT)
        self.count.setToolTip(self.tr("How many submissions to keep leased for review"))
        self.fetch_button = named(QPushButton(self.tr("Get more to review  G")),
                                  "reviewFetchButton")
        self.fetch_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fetch_message = named(QLabel(), "reviewFetchMessage")
        self.fetch_message.setWordWrap(True)
        self.fetch_message.setProperty("role", "muted")
        self.fetch_message.hide()
        self.busy = named(QProgressBar(), "reviewBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.state = named(QComboBox(), "reviewState")
        accessible(self.state, self.tr("Show"), self.tr("Which submissions the list shows"))
        for key, name in STATES:
            self.state.addItem(QCoreApplication.translate("ReviewListPanel", name), key)
        self.table = named(QTableView(), "reviewTable")
        accessible(self.table, self.tr("Submissions to review"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReviewItemsModel.COL_LABEL, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.footer = named(QLabel(), "reviewFooter")
        self.footer.setWordWrap(True)
        self.footer.setProperty("role", "muted")
        self.refused = named(QLabel(), "reviewRefused")
        self.refused.setWordWrap(True)
        self.refused.setProperty("role", "error")
        self.refused.hide()

        campaign_row = QHBoxLayout()
        campaign_row.addWidget(QLabel(self.tr("Campaign")))
        campaign_row.addWidget(self.campaigns, 1)
        fetch_row = QHBoxLayout()
        fetch_row.addWidget(self.count)
        fetch_row.addWidget(self.fetch_button, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 14, 8, 8)
        lay.setSpacing(8)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addLayout(campaign_row)
        lay.addLayout(fetch_row)
        lay.addWidget(self.busy)
        lay.addWidget(self.fetch_message)
        lay.addWidget(self.state)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.refused)
        lay.addWidget(self.footer)

    # --- campaigns --------------------------------------------------------------------------

    def fill_campaigns(self, current: str | None) -> None:
        chosen = self.campaign_id or current
        campaigns = [(c.name, c.id) for c in self.cache.tasks.campaigns()]
        shown = [(self.campaigns.itemText(i), self.campaigns.itemData(i))
                 for i in range(self.campaigns.count())]
        if campaigns == shown and chosen == self.campaign_id:
            return
        self.campaigns.blockSignals(True)
        self.campaigns.clear()
        for name, campaign_id in campaigns:
            self.campaigns.addItem(name, campaign_id)
        index = self.campaigns.findData(chosen)
        self.campaigns.setCurrentIndex(max(index, 0) if self.campaigns.count() else -1)
        self.campaigns.blockSignals(False)

    @property
    def campaign_id(self) -> str | None:
        data = self.campaigns.currentData()
        return str(data) if data is not None else None

    def set_campaign(self, campaign_id: str) -> bool:
        index = self.campaigns.findData(campaign_id)
        if index >= 0:
            self.campaigns.setCurrentIndex(index)
        return index >= 0

    @property
    def state_key(self) -> str:
        return str(self.state.currentData() or "open")

    # --- rows -------------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            self.table.selectionModel().clearCurrentIndex()
            return
        row = max(0, min(rows - 1, row))
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def set_fetch_message(self, text: str) -> None:
        self.fetch_message.setText(text)
        self.fetch_message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.fetch_button.setEnabled(not busy)
