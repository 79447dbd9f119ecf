"""Sync dialogs: "Make tasks available offline" and "Sync details".

Both are non-blocking: a request goes to the sync runner's thread and the
dialog follows its progress through the controller's signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.cache.submissions import SUBMISSION_STATUSES
from ...core.sync import SyncPhase, SyncProgress, SyncReport, SyncState
from ...core.sync.first_batch import MAX_FIRST_BATCH, first_batch_size, set_first_batch_size
from ...core.sync.pull import PendingPull, pending_pull
from ..locale_format import date_time, native_digits
from ..session import Session
from ..theme import named, set_role
from .controller import SyncController
from .look import current_look
from .texts import ago

DEFAULT_COUNT = 50
DEFAULT_DAYS = 7
MAX_DAYS = 14  # the hub's longest lease
MAX_COUNT = 1_000_000  # pulled in pages (core/sync/pull.py); the hub's limit says the rest

D = TypeVar("D", bound=QDialog)


def _reuse(parent: QWidget | None, cls: type[D], name: str, make: Callable[[], D]) -> D:
    """One dialog of a kind per window: bring the open one forward."""
    existing = parent.findChild(cls, name) if parent is not None else None
    dialog = existing if isinstance(existing, cls) else make()
    dialog.setObjectName(name)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def open_offline_dialog(session: Session, parent: QWidget | None = None) -> OfflineDialog:
    return _reuse(parent, OfflineDialog, "offlineDialog",
                  lambda: OfflineDialog(session, parent))


def open_details_dialog(session: Session, parent: QWidget | None = None) -> SyncDetailsDialog:
    return _reuse(parent, SyncDetailsDialog, "syncDetailsDialog",
                  lambda: SyncDetailsDialog(session, parent))


def report_text(report: SyncReport | BaseException, asked: int) -> tuple[bool, str]:
    """(success, what to tell the user) for the result of a lease request."""
    if isinstance(report, BaseException):
        return False, f"Could not reserve tasks: {report}"
    if report.state is SyncState.OFFLINE:
        return False, f"{report.message}. Try again when the hub is reachable."
    if report.state is SyncState.LOCKED:
        return False, "Unlock the wallet (Ctrl+U) first: reserving tasks is signed."
    if report.state is SyncState.ERROR:
        return False, f"The hub refused: {report.message}"
    noun = "task" if report.leased == 1 else "tasks"
    if report.cancelled:
        return True, (f"Stopped: {report.leased:,} {noun} available offline, "
                      f"{report.downloaded} files downloaded. Resume continues from there.")
    text = (f"{report.leased} {noun} available offline; {report.downloaded} files "
            "downloaded. They are in the Tasks page.")
    if report.lease_notes:  # the hub's limit, in its words (hub.lease_limits)
        text += " The hub says: " + "; ".join(report.lease_notes) + "."
    elif report.leased < asked:
        text += f" (The hub had {report.leased} of the {asked} asked for.)"
    return True, text


class OfflineDialog(QDialog):
    """Reserve N tasks of a campaign on the hub and download what they need."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Make tasks available offline")
        self.setMinimumWidth(460)
        self.session = session
        self.request_result: SyncReport | BaseException | None = None
        intro = QLabel("Reserve tasks on the hub and download everything they need, so "
                       "you can label them without a connection. The hub holds them for "
                       "you for the time below.")
        intro.setWordWrap(True)
        set_role(intro, "muted")
        self.campaign = named(QComboBox(), "offlineCampaign")
        for campaign in session.cache.campaigns():
            self.campaign.addItem(campaign.name, campaign.id)
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(session.campaign_id)))
        self.count = named(QSpinBox(), "offlineCount")
        self.count.setRange(1, MAX_COUNT)
        self.count.setValue(DEFAULT_COUNT)
        self.count.setSuffix(" tasks")
        self.days = named(QSpinBox(), "offlineDays")
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(" days")
        form = QFormLayout()
        form.addRow("&Campaign:", self.campaign)
        form.addRow("&How many:", self.count)
        form.addRow("&Keep for:", self.days)
        self.progress = named(QProgressBar(), "offlineProgress")
        self.progress.setVisible(False)
        self.status = named(QLabel(), "offlineStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.ok = named(QPushButton("&Download"), "offlineOk")
        self.ok.setDefault(True)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok.clicked.connect(self.start)
        self.cancel = named(QPushButton(self.tr("S&top")), "offlineCancel")
        self.cancel.setToolTip(self.tr("Stop after the current page; what came stays"))
        self.buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel.setVisible(False)  # after addButton, which shows it
        self.cancel.clicked.connect(self.stop)
        self.buttons.rejected.connect(self.reject)
        self.campaign.currentIndexChanged.connect(self._show_pending)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self._explain_unavailable()
        self._show_pending()

    @property
    def controller(self) -> SyncController | None:
        return getattr(self.session, "sync", None)

    def _explain_unavailable(self) -> None:
        if self.controller is None:
            self._say("No hub is set for this profile, so there is nothing to download "
                      "(start with --hub URL).", "error")
            self.ok.setEnabled(False)
        elif self.campaign.count() == 0:
            self._say("No campaign yet: sync once while online to list the hub's campaigns.",
                      "error")
            self.ok.setEnabled(False)
        elif self.session.wallet.is_locked:
            self._say("Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a "
                      "signed-in account.", "muted")

    def pending(self) -> PendingPull | None:
        """The unfinished pull of the chosen campaign by this profile's account."""
        controller, campaign = self.controller, self.campaign.currentData()
        account = self.session.default_account()
        if controller is None or campaign is None or not account:
            return None
        return pending_pull(self.session.cache, controller.hub_url, account, str(campaign))

    def _show_pending(self) -> None:
        pull = self.pending()
        if pull is None:
            self.ok.setText(self.tr("&Download"))
            return
        self.count.setValue(min(pull.wanted, MAX_COUNT))
        self.ok.setText(self.tr("&Resume"))
        self._say(self.tr("An earlier download of %1 tasks stopped after %2; Resume "
                          "continues it.").replace("%1", f"{pull.wanted:,}")
                  .replace("%2", f"{pull.got:,}"), "muted")

    def stop(self) -> None:
        controller = self.controller
        if controller is not None:
            controller.cancel_pull()
        self.cancel.setEnabled(False)
        self._say(self.tr("Stopping after this page…"), "muted")

    def _say(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_role(self.status, role)

    def start(self) -> None:
        controller = self.controller
        if controller is None or self.campaign.currentData() is None:
            return
        if self.session.wallet.is_locked:
            self._say(self.tr("Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a "
                              "signed-in account."), "error")
            return
        self.request_result = None
        self.ok.setEnabled(False)
        self.cancel.setEnabled(True)
        self.cancel.setVisible(True)
        self.progress.setRange(0, 0)  # busy until the download counts are known
        self.progress.setVisible(True)
        self._say(self.tr("Reserving %n task(s)…", "", self.count.value()), "muted")
        controller.progress_changed.connect(self._on_progress)
        asked = self.count.value()
        request = controller.make_available_offline(str(self.campaign.currentData()), asked,
                                                    self.days.value() * 24 * 3600)
        request.finished.connect(lambda result: self._finished(result, asked))

    def _on_progress(self, progress: SyncProgress) -> None:
        if progress.phase in (SyncPhase.LEASE, SyncPhase.DOWNLOAD) and progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.done)
            what = "tasks reserved" if progress.phase is SyncPhase.LEASE else "files"
            self.progress.setFormat(f"%v of %m {what}")

    def _finished(self, result: SyncReport | BaseException, asked: int) -> None:
        controller = self.controller
        if controller is not None:
            controller.progress_changed.disconnect(self._on_progress)
        self.request_result = result
        ok, text = report_text(result, asked)
        self.progress.setVisible(False)
        self.cancel.setVisible(False)
        self.ok.setEnabled(True)
        self._say(text, "ok" if ok else "error")
        if self.pending() is None:
            self.ok.setText(self.tr("&Download"))
        elif ok:
            self.ok.setText(self.tr("&Resume"))


class SyncDetailsDialog(QDialog):
    """Everything about syncing: state, full message, hub, last sync, outbox, history."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sync details")
        self.setMinimumWidth(560)
        self.session = session
        self.headline = named(QLabel(), "detailsState")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.message = named(QLabel(), "detailsMessage")
        self.hub = named(QLabel(), "detailsHub")
        self.last = named(QLabel(), "detailsLastSync")
        self.outbox = named(QLabel(), "detailsOutbox")
        self.submissions = named(QLabel(), "detailsSubmissions")
        for label in (self.message, self.hub, self.last, self.outbox, self.submissions):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow("State:", self.headline)
        form.addRow("Message:", self.message)
        form.addRow("Hub:", self.hub)
        form.addRow("Last sync:", self.last)
        form.addRow("Outbox:", self.outbox)
        form.addRow("Submissions:", self.submissions)
        #: the first-batch setting: open label tasks each sync keeps leased
        self.batch = named(QSpinBox(), "detailsFirstBatch")
        self.batch.setRange(0, MAX_FIRST_BATCH)
        self.batch.setValue(first_batch_size(session.cache))
        self.batch.setSpecialValueText("none (use Get tasks)")
        self.batch.setToolTip("Each sync reserves tasks from the hub until you have this "
                              "many to label; 0 turns it off")
        self.batch.valueChanged.connect(lambda v: set_first_batch_size(session.cache, v))
        form.addRow("&Tasks kept ready:", self.batch)
        self.history = named(QListWidget(), "detailsHistory")
        self.history.setMinimumHeight(140)
        self.history.setWordWrap(True)  # offline messages are long; never scroll sideways
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = named(QPushButton("&Sync now"), "detailsSyncNow")
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(self._sync_now)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel("Recent syncs:"))
        lay.addWidget(self.history)
        lay.addWidget(buttons)
        controller = self.controller
        if controller is not None:
            controller.progress_changed.connect(self.refresh)
            controller.cycle_finished.connect(self.refresh)
        session.outbox_changed.connect(self.refresh)
        self.refresh()

    @property
    def controller(self) -> SyncController | None:
        return getattr(self.session, "sync", None)

    def refresh(self, *_args: object) -> None:
        look = current_look(self.session)
        controller = self.controller
        cache = self.session.cache
        self.headline.setText(look.headline)
        self.message.setText(look.message.split("\n", 1)[0])
        progress = controller.progress if controller is not None else None
        self.hub.setText(progress.hub_url if progress is not None else "none (offline only)")
        last = progress.last_success if progress is not None else None
        self.last.setText("never" if last is None else
                          f"{native_digits(ago(last))} ({date_time(last, seconds=True)})")
        counts = cache.outbox_counts()
        self.outbox.setText(", ".join(f"{n} {state}" for state, n in counts.items())
                            or "empty")
        self.submissions.setText(", ".join(
            f"{cache.submission_count(status)} {status}" for status in SUBMISSION_STATUSES))
        self.sync_button.setEnabled(controller is not None)
        self.history.clear()
        if controller is not None:
            for entry in reversed(controller.history):
                repeats = f"  (×{entry.repeats})" if entry.repeats > 1 else ""
                stamp = date_time(entry.at, seconds=True)
                self.history.addItem(f"{stamp}  {entry.message or entry.state}{repeats}")

    def _sync_now(self) -> None:
        controller = self.controller
        if controller is not None:
            controller.sync_now()
