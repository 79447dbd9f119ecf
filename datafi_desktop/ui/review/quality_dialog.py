"""Annotators' quality: the reviewer's and admin's view of every annotator's figures in a
campaign (``GET /v1/campaigns/{id}/quality``, issue 19 item 4): submissions, agreement,
gold accuracy, how often the model's suggestion was submitted unchanged beside the
campaign's rate, whether the hub flags that, and whether (and why) rewards are held.

Non-modal, one per window, opened from the Review page (Ctrl+Shift+Q). The report is
fetched on a worker thread (:func:`..worker.run_in_background`) with a sync engine of
its own (its own cache connection and hub session): the sync runner's queue is not
held up, and nothing waits on the network on the UI thread. The figures are not kept:
Refresh asks the hub again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.cache import Cache
from ...core.quality_figures import annotator_rows
from ...core.sync import SyncEngine
from ...core.sync.errors import (
    HubForbiddenError,
    HubResponseError,
    HubUnreachableError,
    WalletLockedForSync,
)
from ...core.sync.reviews import pull_campaign_quality
from ..locale_format import time_of_day
from ..session import Session
from ..theme import named, set_role
from ..worker import Job, run_in_background
from .quality_table import SORT_ROLE, QualityTableModel


def report_fetcher(session: Session, hub_url: str, campaign_id: str
                   ) -> Callable[[], dict[str, Any]]:
    """The work of one fetch, for a worker thread: a cache connection and an engine of
    its own, closed after."""
    profile, wallet = session.profile, session.wallet

    def work() -> dict[str, Any]:
        cache = Cache(profile.db_path, profile.assets_dir)
        engine = SyncEngine(cache, hub_url, wallet.signer)
        try:
            return pull_campaign_quality(engine, campaign_id)
        finally:
            engine.client.close()
            cache.close()

    return work


class AnnotatorsQualityDialog(QDialog):
    def __init__(self, session: Session, campaign_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotatorsQualityDialog")
        self.setWindowTitle(self.tr("Annotators' quality"))
        self.setModal(False)
        self.resize(920, 420)
        self.session = session
        self.campaign_id = campaign_id
        self.job: Job | None = None
        self.title = named(QLabel(), "qualityDialogTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.message = named(QLabel(), "qualityDialogMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QualityTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = named(QTableView(), "qualityTable")
        self._setup_table()
        self.refresh_button = named(QPushButton(self.tr("&Refresh")), "qualityRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # the highest kept rate first
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.setAccessibleName(self.tr("Annotators' figures"))

    def set_campaign(self, campaign_id: str | None) -> None:
        if campaign_id != self.campaign_id:
            self.campaign_id = campaign_id
            self.model.set_rows([])
        self.refresh()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def refresh(self) -> None:
        """Ask the hub for the campaign's report (off the UI thread)."""
        campaign = self.campaign_id
        self.title.setText(self.tr("Campaign “{campaign}”").format(campaign=campaign or "—"))
        if campaign is None:
            self._say(self.tr("No campaign yet: sync with a hub first."), "error")
            return
        sync = self.session.sync
        if sync is None:
            self._say(self.tr("No hub is set, so there are no figures to show: start the "
                              "app with --hub URL."), "error")
            return
        if self.busy:
            return
        self._say(self.tr("Asking the hub for the figures…"), "muted")
        self.refresh_button.setEnabled(False)
        self.job = run_in_background(report_fetcher(self.session, sync.hub_url, campaign),
                                     on_done=self._shown, on_error=self._failed)

    def _shown(self, report: Any) -> None:
        self.job = None
        self.refresh_button.setEnabled(True)
        rows = annotator_rows(report)
        self.model.set_rows(rows)
        self._fit_width()
        flagged = sum(r.flagged for r in rows)
        held = sum(r.held for r in rows)
        self._say(self.tr("%n annotator(s); ", "", len(rows))
                  + self.tr("%n flagged for keeping the model's suggestion; ", "", flagged)
                  + self.tr("%n with rewards held. ", "", held)
                  + self.tr("As the hub reported at {time}.").format(time=time_of_day(
                      datetime.now(UTC))), "")

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.refresh_button.setEnabled(True)
        self.model.set_rows([])
        self._say(self.failure_text(exc), "error")

    def _fit_width(self) -> None:
        """Widen the dialog so every column shows whole (up to the screen's width)."""
        header = self.table.horizontalHeader()
        wanted = sum(header.sectionSizeHint(c) if c == header.count() - 1
                     else header.sectionSize(c) for c in range(header.count()))
        extra = self.width() - self.table.viewport().width()
        screen = self.screen().availableGeometry().width() if self.screen() else 1280
        width = min(wanted + extra + 4, screen - 40)
        if width > self.width():
            self.resize(width, self.height())

    def failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, HubForbiddenError):
            return self.tr("This account may not see the annotators' figures of campaign "
                           "“{campaign}”: the hub shows them to its reviewers and admins "
                           "only. Ask the campaign's admin for the reviewer role."
                           ).format(campaign=self.campaign_id)
        if isinstance(exc, HubUnreachableError):
            return self.tr("The hub cannot be reached. Refresh when it is back online.")
        if isinstance(exc, WalletLockedForSync):
            return self.tr("Unlock the wallet first: the hub needs your signature to "
                           "sign in.")
        if isinstance(exc, HubResponseError):
            return self.tr("The hub refused the request ({status}).").format(
                status=exc.status)
        return self.tr("The figures could not be fetched ({error}).").format(
            error=type(exc).__name__)

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)

    def closeEvent(self, event: Any) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
            self.refresh_button.setEnabled(True)
        super().closeEvent(event)


def open_quality_dialog(session: Session, campaign_id: str | None,
                        parent: QWidget | None = None) -> AnnotatorsQualityDialog:
    """The window's one dialog, brought forward and refreshed for the campaign."""
    existing = parent.findChild(AnnotatorsQualityDialog) if parent is not None else None
    dialog = existing if isinstance(existing, AnnotatorsQualityDialog) else \
        AnnotatorsQualityDialog(session, campaign_id, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.set_campaign(campaign_id)
    return dialog
