"""Sync dialogs: "Make tasks available offline" and "Sync details".

Both are non-blocking: a request goes to the sync runner's thread and the
dialog follows its progress through the controller's signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
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
from ..tr_marks import QT_TRANSLATE_NOOP
from .controller import SyncController
from .look import current_look
from .texts import ago

DEFAULT_COUNT = 50
DEFAULT_DAYS = 7
MAX_DAYS = 14  # the hub's longest lease
MAX_COUNT = 1_000_000  # pulled in pages (core/sync/pull.py); the hub's limit says the rest

D = TypeVar("D", bound=QDialog)

#: outbox states and submission statuses, as the details dialog says them
STATE_WORDS = {
    "queued": QT_TRANSLATE_NOOP("SyncDetailsDialog", "queued"),
    "sending": QT_TRANSLATE_NOOP("SyncDetailsDialog", "sending"),
    "sent": QT_TRANSLATE_NOOP("SyncDetailsDialog", "sent"),
    "accepted": QT_TRANSLATE_NOOP("SyncDetailsDialog", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("SyncDetailsDialog", "rejected"),
    "paid": QT_TRANSLATE_NOOP("SyncDetailsDialog", "paid"),
}


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
    return ReportTexts().say(report, asked)


class ReportTexts(QObject):
    """The words for a lease request's outcome (a QObject: lupdate takes plural forms only
    from ``self.tr``)."""

    def say(self, report: SyncReport | BaseException, asked: int) -> tuple[bool, str]:
        if isinstance(report, BaseException):
            return False, self.tr("Could not reserve tasks: {error}").format(error=report)
        if report.state is SyncState.OFFLINE:
            return False, self.tr("{message}. Try again when the hub is reachable.").format(
                message=report.message)
        if report.state is SyncState.LOCKED:
            return False, self.tr("Unlock the wallet (Ctrl+U) first: reserving tasks is "
                                  "signed.")
        if report.state is SyncState.ERROR:
            return False, self.tr("The hub refused: {message}").format(message=report.message)
        leased, files = report.leased, self.tr("%Ln file(s) downloaded", "", report.downloaded)
        if report.cancelled:
            return True, self.tr("Stopped: %Ln task(s) available offline, {files}. Resume "
                                 "continues from there.", "", leased).format(files=files)
        text = self.tr("%Ln task(s) available offline; {files}. They are in the Tasks page.",
                       "", leased).format(files=files)
        if report.lease_notes:  # the hub's limit, in its words (hub.campaigns.lease_limits)
            text = self.tr("{text} The hub says: {notes}.").format(
                text=text, notes="; ".join(report.lease_notes))
        elif report.leased < asked:
            text = self.tr("{text} (The hub had {leased} of the {asked} asked for.)").format(
                text=text, leased=report.leased, asked=asked)
        return True, text


class OfflineDialog(QDialog):
    """Reserve N tasks of a campaign on the hub and download what they need."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make tasks available offline"))
        self.setMinimumWidth(460)
        self.session = session
        self.request_result: SyncReport | BaseException | None = None
        intro = QLabel(self.tr(
            "Reserve tasks on the hub and download everything they need, so you can label "
            "them without a connection. The hub holds them for you for the time below."))
        intro.setWordWrap(True)
        set_role(intro, "muted")
        self.campaign = named(QComboBox(), "offlineCampaign")
        for campaign in session.cache.tasks.campaigns():
            self.campaign.addItem(campaign.name, campaign.id)
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(session.campaign_id)))
        self.count = named(QSpinBox(), "offlineCount")
        self.count.setRange(1, MAX_COUNT)
        self.count.setGroupSeparatorShown(True)  # 100,000 reads better than 100000
        self.count.setValue(DEFAULT_COUNT)
        self.count.setSuffix(self.tr(" tasks", "suffix of a number of tasks"))
        self.days = named(QSpinBox(), "offlineDays")
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days", "suffix of a number of days"))
        form = QFormLayout()
        form.addRow(self.tr("&Campaign:"), self.campaign)
        form.addRow(self.tr("&How many:"), self.count)
        form.addRow(self.tr("&Keep for:"), self.days)
        self.progress = named(QProgressBar(), "offlineProgress")
        self.progress.setVisible(False)
        self.status = named(QLabel(), "offlineStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.ok = named(QPushButton(self.tr("&Download")), "offlineOk")
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
            self._say(self.tr("No hub is set for this profile, so there is nothing to "
                              "download (start with --hub URL)."), "error")
            self.ok.setEnabled(False)
        elif self.campaign.count() == 0:
            self._say(self.tr("No campaign yet: sync once while online to list the hub's "
                              "campaigns."), "error")
            self.ok.setEnabled(False)
        elif self.session.wallet.is_locked:
            self._say(self.tr("Unlock the wallet (Ctrl+U) first: the hub reserves tasks for a "
                              "signed-in account."), "muted")

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
            self.progress.setFormat(self.tr("%v of %m tasks reserved")
                                    if progress.phase is SyncPhase.LEASE
                                    else self.tr("%v of %m files"))

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
        self.setWindowTitle(self.tr("Sync details"))
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
        form.addRow(self.tr("State:"), self.headline)
        form.addRow(self.tr("Message:"), self.message)
        form.addRow(self.tr("Hub:"), self.hub)
        form.addRow(self.tr("Last sync:"), self.last)
        form.addRow(self.tr("Outbox:"), self.outbox)
        form.addRow(self.tr("Submissions:"), self.submissions)
        #: the first-batch setting: open label tasks each sync keeps leased
        self.batch = named(QSpinBox(), "detailsFirstBatch")
        self.batch.setRange(0, MAX_FIRST_BATCH)
        self.batch.setValue(first_batch_size(session.cache))
        self.batch.setSpecialValueText(self.tr("none (use Get tasks)"))
        self.batch.setToolTip(self.tr("Each sync reserves tasks from the hub until you have "
                                      "this many to label; 0 turns it off"))
        self.batch.valueChanged.connect(lambda v: set_first_batch_size(session.cache, v))
        form.addRow(self.tr("&Tasks kept ready:"), self.batch)
        self.history = named(QListWidget(), "detailsHistory")
        self.history.setMinimumHeight(140)
        self.history.setWordWrap(True)  # offline messages are long; never scroll sideways
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = named(QPushButton(self.tr("&Sync now")), "detailsSyncNow")
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(self._sync_now)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Recent syncs:")))
        lay.addWidget(self.history)
        lay.addWidget(buttons)
        controller = self.controller
        if controller is not None:
            controller.progress_changed.connect(self.refresh)
            controller.cycle_finished.connect(self.refresh)
        session.operation_did_execute.connect(
            lambda changes, _origin: self.refresh() if changes.outbox else None)
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
        self.hub.setText(progress.hub_url if progress is not None
                         else self.tr("none (offline only)"))
        last = progress.last_success if progress is not None else None
        self.last.setText(self.tr("never") if last is None else
                          f"{native_digits(ago(last))} ({date_time(last, seconds=True)})")
        counts = cache.outbox.counts()
        self.outbox.setText(", ".join(self.counted(n, state) for state, n in counts.items())
                            or self.tr("empty"))
        self.submissions.setText(", ".join(
            self.counted(cache.submissions.count(status), status)
            for status in SUBMISSION_STATUSES))
        self.sync_button.setEnabled(controller is not None)
        self.history.clear()
        if controller is not None:
            for entry in reversed(controller.history):
                repeats = f"  (×{entry.repeats})" if entry.repeats > 1 else ""
                stamp = date_time(entry.at, seconds=True)
                self.history.addItem(f"{stamp}  {entry.message or entry.state}{repeats}")

    def counted(self, count: int, state: str) -> str:
        """"3 queued": a count and an outbox or submission state, in words."""
        word = self.tr(STATE_WORDS[state]) if state in STATE_WORDS else state
        return self.tr("{count} {state}", "a count and a state: 3 queued").format(
            count=native_digits(str(count)), state=word)

    def _sync_now(self) -> None:
        controller = self.controller
        if controller is not None:
            controller.sync_now()
