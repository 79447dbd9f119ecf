"""SyncController: the core's :class:`SyncRunner` seen from the UI thread.

The runner works on its own thread with its own cache connection; it tells its
listeners on that thread. The controller turns those calls into Qt signals
delivered on the UI thread (queued connections), owns the runner's lifecycle
(start with the window, stop with the session) and keeps the rest of the
window in step:

- every cycle's report (scheduled cycles too) says what it changed
  (``SyncReport.changes``: the tasks whose submissions were sent or got a
  status, tasks leased, the outbox, reviews, rewards) → ``session.sync_applied``,
  so the queue re-reads those rows and shows queued → sent → accepted / rejected;
- the wallet unlocked → a sync at once (in ``--demo``: a lease of the demo
  tasks first, so everything the user submits is held on the hub);
- a new submission while online → a sync a moment later (no waiting for the
  next scheduled cycle).

Nothing here waits on the network: every request goes to the runner's queue
and its result comes back as a :class:`SyncRequest` signal.
"""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...core.changes import OpChanges
from ...core.sync import SyncProgress, SyncReport, SyncRunner, SyncState

if TYPE_CHECKING:
    from ..session import Session

log = logging.getLogger(__name__)

#: a submission made while online is pushed after this pause (more may follow)
PUSH_DELAY_MS = 1500
HISTORY = 50

RunnerFactory = Callable[..., SyncRunner]


@dataclass(frozen=True)
class HistoryEntry:
    """One finished cycle (or a run of identical ones), for the details dialog."""

    at: datetime
    state: SyncState
    message: str
    repeats: int = 1


class SyncRequest(QObject):
    """A request to the runner; ``finished`` brings its report (or error) to the UI thread."""

    #: the SyncReport, or the exception that ended the request
    finished = Signal(object)
    _arrived = Signal(object)

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.result: SyncReport | BaseException | None = None
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def attach(self, future: Future[SyncReport]) -> SyncRequest:
        future.add_done_callback(self._on_future)
        return self

    @property
    def done(self) -> bool:
        return self.result is not None

    def _on_future(self, future: Future[SyncReport]) -> None:
        # the runner's thread (or ours, when the runner was not running)
        with contextlib.suppress(RuntimeError):  # deleted with its controller
            self._arrived.emit(future)

    def _deliver(self, future: Future[SyncReport]) -> None:
        exc = future.exception()
        self.result = exc if exc is not None else future.result()
        self.finished.emit(self.result)


class _Bridge(QObject):
    progress = Signal(object)
    report = Signal(object)

    def relay(self, progress: SyncProgress) -> None:
        with contextlib.suppress(RuntimeError):  # deleted while the runner still reported
            self.progress.emit(progress)

    def relay_report(self, report: SyncReport) -> None:
        with contextlib.suppress(RuntimeError):
            self.report.emit(report)


class SyncController(QObject):
    """Owns a :class:`SyncRunner` for the session's profile and hub."""

    #: every SyncProgress the runner reports, on the UI thread
    progress_changed = Signal(object)
    #: a cycle ended (its last SyncProgress); the views are refreshed by then (they
    #: refresh from the cycle's changes, ``Session.operation_did_execute``)
    cycle_finished = Signal(object)

    def __init__(
        self,
        session: Session,
        hub_url: str,
        *,
        lease_on_unlock: Mapping[str, int] | None = None,
        lease_ttl_s: int | None = None,
        runner_factory: RunnerFactory = SyncRunner,
        parent: QObject | None = None,
        **runner_options: Any,
    ) -> None:
        super().__init__(parent if parent is not None else session)
        self.session = session
        self.hub_url = hub_url.rstrip("/")
        #: campaign → how many tasks to lease whenever an account is unlocked (demo)
        self.lease_on_unlock = dict(lease_on_unlock or {})
        self.lease_ttl_s = lease_ttl_s
        profile = session.profile
        # a new annotator gets work by syncing (core/sync/first_batch.py)
        runner_options.setdefault("top_up", True)
        self.runner = runner_factory(profile.db_path, self.hub_url, session.wallet.signer,
                                     assets_dir=profile.assets_dir, **runner_options)
        self._progress: SyncProgress = self.runner.progress
        self._address = session.wallet.unlocked_address
        self._pending = session.cache.outbox.pending_count()
        #: a submission arrived since the last push: push once online and between cycles
        self._push_wanted = False
        self.history: deque[HistoryEntry] = deque(maxlen=HISTORY)
        self._bridge = _Bridge(self)
        self._bridge.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._bridge.report.connect(self._on_report, Qt.ConnectionType.QueuedConnection)
        self._push_timer = QTimer(self)
        self._push_timer.setSingleShot(True)
        self._push_timer.setInterval(PUSH_DELAY_MS)
        self._push_timer.timeout.connect(self._push_soon)
        session.operation_did_execute.connect(self._operation_did_execute)
        session.stopped.connect(self.stop)

    # --- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        """Start the runner (its first cycle runs at once); lease now if already unlocked."""
        if self.runner.running:
            return
        self.runner.add_listener(self._bridge.relay)
        self.runner.add_report_listener(self._bridge.relay_report)
        self.runner.start()
        if self._address and self.lease_on_unlock:
            self._lease_for_unlock()

    def stop(self) -> None:
        """Stop the runner: the current step finishes, its cache connection closes."""
        self._push_timer.stop()
        self.runner.remove_listener(self._bridge.relay)
        self.runner.remove_report_listener(self._bridge.relay_report)
        if self.runner.running:
            self.runner.stop()
        if self.runner.progress != self._progress:
            self._progress = self.runner.progress
            self.progress_changed.emit(self._progress)

    @property
    def running(self) -> bool:
        return self.runner.running

    @property
    def progress(self) -> SyncProgress:
        """The latest progress delivered to the UI thread."""
        return self._progress

    # --- requests (return at once) ---------------------------------------------------------

    def sync_now(self) -> SyncRequest:
        """Run a cycle now, retrying every queued submission at once."""
        self._push_timer.stop()
        return self._request("sync", self.runner.trigger())

    def make_available_offline(self, campaign_id: str, count: int,
                               ttl_s: int | None = None) -> SyncRequest:
        """Lease ``count`` tasks of a campaign and download their files, then sync."""
        return self._request("offline", self.runner.make_available_offline(
            campaign_id, count, ttl_s if ttl_s is not None else self.lease_ttl_s))

    def cancel_pull(self) -> None:
        """Stop a running "available offline" pull after its current page."""
        self.runner.cancel_pull()

    def _request(self, kind: str, future: Future[SyncReport]) -> SyncRequest:
        request = SyncRequest(kind, self)
        request.finished.connect(request.deleteLater)
        return request.attach(future)

    # --- reactions (UI thread) --------------------------------------------------------------

    def _on_progress(self, progress: SyncProgress) -> None:
        previous, self._progress = self._progress, progress
        self.progress_changed.emit(progress)
        if progress.state is SyncState.SYNCING:
            return
        if previous.state is SyncState.SYNCING or previous.state is not progress.state \
                or progress.state is SyncState.OFFLINE:
            self._remember(progress)

    def _on_report(self, report: SyncReport) -> None:
        """A cycle ended: the views refresh from what it changed, then more work that
        arrived meanwhile is pushed."""
        if not self.session.active:
            return
        self.session.sync_applied(report.changes, self)
        pending = self.session.cache.outbox.pending_count()
        self._push_wanted = (self._push_wanted or pending > self._pending) and pending > 0
        self._pending = pending
        self.cycle_finished.emit(self._progress)
        self._maybe_push()

    def _operation_did_execute(self, changes: OpChanges, origin: object) -> None:
        if changes.wallet:
            self._wallet_changed()
        if changes.outbox and origin is not self:
            self._outbox_changed()

    def _remember(self, progress: SyncProgress) -> None:
        now = datetime.now(UTC)
        if self.history and self.history[-1].message == progress.message \
                and self.history[-1].state is progress.state:
            last = self.history.pop()
            self.history.append(HistoryEntry(now, last.state, last.message, last.repeats + 1))
        else:
            self.history.append(HistoryEntry(now, progress.state, progress.message))

    def _wallet_changed(self) -> None:
        address = self.session.wallet.unlocked_address
        if address == self._address:
            return
        self._address = address
        if not self.runner.running:
            return
        if address and self.lease_on_unlock:
            self._lease_for_unlock()  # the lease's cycle signs in and pushes too
        else:
            # unlocked: push what waits; locked: the indicator learns it at once
            self.runner.set_signer(self.session.wallet.signer)

    def _lease_for_unlock(self) -> None:
        for campaign_id, count in self.lease_on_unlock.items():
            log.info("leasing %d tasks of %s for %s", count, campaign_id, self._address)
            self.make_available_offline(campaign_id, count)

    def _outbox_changed(self) -> None:
        pending = self.session.cache.outbox.pending_count()
        if pending > self._pending:
            self._push_wanted = True
        self._pending = pending
        self._maybe_push()

    def _maybe_push(self) -> None:
        """New work and the hub answering: push it soon rather than at the next
        scheduled cycle. Offline, the runner's probe takes care of it; mid-cycle, the
        end of the cycle calls this again."""
        online = self._progress.state in (SyncState.IDLE, SyncState.ERROR)
        if self._push_wanted and online and self.runner.running \
                and not self._push_timer.isActive():
            self._push_timer.start()

    def _push_soon(self) -> None:
        if self.runner.running and self._progress.state is not SyncState.OFFLINE:
            self._push_wanted = False
            self.sync_now()
