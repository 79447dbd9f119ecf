"""The empty queue's "Get tasks" button (a hub, and nothing to label).

A sync keeps a batch of tasks leased (core/sync/first_batch.py); this box is
for the moment the queue has nothing to label anyway — the first start before
the first sync, a batch finished, automatic leasing turned off. The button
leases a batch now (the first-batch size, at least one) through the sync
controller; File ▸ Make tasks available offline… stays for larger batches.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..core.cache.tasks import OPEN_STATES
from ..core.sync.first_batch import DEFAULT_FIRST_BATCH, first_batch_size
from .session import Session
from .theme import named


class GetTasksBox(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("getTasksBox")
        self.session = session
        self.note = named(QLabel(self.tr("Nothing to label here yet.")), "getTasksNote")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.button = named(QPushButton(self.tr("Get tasks")), "getTasksButton")
        self.button.setToolTip(
            self.tr("Reserve a batch of tasks from the hub and download them"))
        self.button.clicked.connect(self.get_tasks)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.note, 1)
        lay.addWidget(self.button)
        self.setVisible(False)

    def refresh(self) -> None:
        """Shown when the campaign syncs with a hub and has no open label task."""
        campaign_id = self.session.campaign_id
        shown = (self.session.sync is not None and campaign_id is not None
                 and not any(s.kind != "collection" for s in
                             self.session.cache.tasks.task_summaries(
                                 campaign_id, states=OPEN_STATES, limit=None)))
        if shown and self.button.isEnabled():
            self.note.setText(self.tr("Nothing to label here yet."))
        self.setVisible(shown)

    def get_tasks(self) -> None:
        controller, campaign_id = self.session.sync, self.session.campaign_id
        if controller is None or campaign_id is None:
            return
        if self.session.wallet.is_locked:
            self.note.setText(self.tr("Unlock the wallet (Ctrl+U) first: the hub reserves "
                                      "tasks for a signed-in account."))
            return
        count = first_batch_size(self.session.cache) or DEFAULT_FIRST_BATCH
        self.button.setEnabled(False)
        self.note.setText(self.tr("Reserving %n task(s)…", "", count))
        request = controller.make_available_offline(campaign_id, count)
        request.finished.connect(self._done)

    def _done(self, result: object) -> None:
        self.button.setEnabled(True)
        leased = getattr(result, "leased", 0)
        self.note.setText(self.tr("%n task(s) reserved.", "", leased) if leased else
                          self.tr("The hub has no task for you in this campaign right now."))
        self.refresh()  # the queue has its rows: the sync's report came first
