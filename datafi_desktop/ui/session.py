"""The objects a window works with, and the one signal that keeps its parts in step.

A :class:`Session` holds the profile, its cache and its wallet and the campaign
being worked on. Every operation a page or pane runs on them (submit, skip, save
a draft, sign a verdict, unlock…) returns what it changed, an
:class:`~datafi_desktop.core.changes.OpChanges`; :meth:`Session.run` runs it and
emits :attr:`Session.operation_did_execute` once with those changes and the
object that ran it (its *origin*). Each view looks at the flags it shows and
refreshes only then (the queue only the rows of the tasks named). The sync
thread reports what each cycle changed the same way (``SyncReport.changes``,
applied by the sync controller).

Nothing polls the cache every second. Two things happen without an operation:

- the wallet locks itself after idle time: a single-shot timer set to the
  wallet's own deadline announces it (re-armed when activity moved the deadline);
- another process writes the same cache file (a ``datafi`` command run while the
  app is open): SQLite's ``data_version`` is checked every
  :data:`EXTERNAL_CHECK_MS`, and a change nobody announced refreshes everything.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, overload

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.cache import Cache
from ..core.changes import ALL_TASKS, WALLET_CHANGES, OpChanges, OpResult, data_version
from ..core.profile import Profile
from ..core.sync.progress import SyncState
from ..core.wallet import Wallet

if TYPE_CHECKING:
    from ..core.models import Campaign
    from .sync.controller import SyncController

log = logging.getLogger(__name__)

#: how often the cache file is checked for writes by another process (the fallback
#: for what cannot report: everything in this process does)
EXTERNAL_CHECK_MS = 10_000
LAST_ACCOUNT_KEY = "ui.last_account"

T = TypeVar("T")


class Session(QObject):
    #: an operation ran: what it changed (``OpChanges``) and who ran it (or None)
    operation_did_execute = Signal(object, object)
    #: the campaign being worked on changed (its id)
    campaign_changed = Signal(str)
    #: the session is over (window closing): stop timers, drop references to the cache
    stopped = Signal()
    #: a sync controller was attached (``session.sync``), or removed
    sync_changed = Signal()

    def __init__(
        self,
        profile: Profile,
        cache: Cache,
        wallet: Wallet,
        *,
        campaign_id: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.cache = cache
        self.wallet = wallet
        self._campaign_id = campaign_id
        #: the hub sync (None: no hub, offline only); it stops when the session stops
        self.sync: SyncController | None = None
        self._active = True
        self._was_locked = wallet.is_locked
        self._lock_timer = QTimer(self)
        self._lock_timer.setSingleShot(True)
        self._lock_timer.timeout.connect(self.check_wallet_lock)
        self._data_version = data_version(cache)
        self._external = QTimer(self)
        self._external.setInterval(EXTERNAL_CHECK_MS)
        self._external.timeout.connect(self.check_external_writes)
        self._external.start()
        self._arm_lock_timer()

    # --- campaign -------------------------------------------------------------------

    @property
    def campaign_id(self) -> str | None:
        if self._campaign_id is None:
            ids = self.cache.tasks.campaign_ids()  # not campaigns(): no pydantic at first paint
            if ids:
                self._campaign_id = ids[0]
        return self._campaign_id

    def campaign(self) -> Campaign | None:
        campaign_id = self.campaign_id
        return None if campaign_id is None else self.cache.tasks.get_campaign(campaign_id)

    def set_campaign(self, campaign_id: str) -> None:
        if campaign_id != self._campaign_id:
            self._campaign_id = campaign_id
            self.campaign_changed.emit(campaign_id)
            self.changed(OpChanges(tasks=ALL_TASKS), self)  # other tasks on show

    # --- wallet helpers -----------------------------------------------------------

    def last_account(self) -> str | None:
        """The account used last in this profile (to preselect it when unlocking)."""
        return self.cache.tasks.get_state(LAST_ACCOUNT_KEY)

    def remember_account(self, address: str) -> None:
        self.cache.tasks.set_state(LAST_ACCOUNT_KEY, address)

    def default_account(self) -> str | None:
        """The unlocked account, else the last used one, else the first stored."""
        unlocked = self.wallet.unlocked_address
        if unlocked:
            return unlocked
        addresses = [a.address for a in self.wallet.accounts()]
        last = self.last_account()
        if last in addresses:
            return last
        return addresses[0] if addresses else None

    # --- operations -----------------------------------------------------------------

    @overload
    def run(self, op: Callable[[], OpResult[T]], origin: object = None) -> T: ...

    @overload
    def run(self, op: Callable[[], OpChanges], origin: object = None) -> None: ...

    def run(self, op: Callable[[], OpResult[T] | OpChanges], origin: object = None) -> T | None:
        """Run an operation and tell every view what it changed. Its errors propagate
        (nothing is emitted: a failed operation changed nothing)."""
        outcome = op()
        if isinstance(outcome, OpResult):
            self.changed(outcome.changes, origin)
            return outcome.value
        self.changed(outcome, origin)
        return None

    def changed(self, changes: OpChanges, origin: object = None) -> None:
        """Emit ``operation_did_execute`` (nothing when nothing changed)."""
        if changes.wallet:
            self._was_locked = self.wallet.is_locked
            self._arm_lock_timer()
        if changes.empty:
            return
        log.debug("changed: %s (from %s)", changes.describe(), type(origin).__name__)
        self.operation_did_execute.emit(changes, origin)

    def attach_sync(self, controller: SyncController | None) -> None:
        self.sync = controller
        self.sync_changed.emit()

    def sync_applied(self, changes: OpChanges, origin: object = None) -> None:
        """A sync cycle's report: its changes, and its writes are no longer news to the
        fallback check (they came through another connection)."""
        self._data_version = data_version(self.cache)
        self.changed(changes, origin)

    # shorthands for writes made outside an operation (tests, scripts): say what changed

    def notify_wallet(self) -> None:
        self.changed(WALLET_CHANGES)

    def notify_tasks(self) -> None:
        self.changed(OpChanges(tasks=ALL_TASKS, submissions=True))

    def notify_outbox(self) -> None:
        self.changed(OpChanges(outbox=True))

    # --- what happens without an operation -------------------------------------------

    def _arm_lock_timer(self) -> None:
        """Wake up when the wallet's idle lock is due (no polling in between)."""
        left = self.wallet.seconds_until_lock()
        if self._active and left > 0:
            self._lock_timer.start(max(1, math.ceil(left * 1000)))
        else:
            self._lock_timer.stop()

    def check_wallet_lock(self) -> None:
        """Announce the idle lock if it happened (the lock timer's deadline, or the
        status bar's countdown reaching zero)."""
        if self.wallet.is_locked and not self._was_locked:
            log.info("wallet locked itself after idle time")
            self.changed(WALLET_CHANGES, self.wallet)
        else:
            self._arm_lock_timer()  # activity moved the deadline

    def check_external_writes(self) -> bool:
        """Refresh everything if another process wrote the cache file since we last
        looked (the sync thread reports its own writes; see :meth:`sync_applied`)."""
        sync = self.sync
        if sync is not None and sync.progress.state is SyncState.SYNCING:
            return False  # its report is on its way
        version = data_version(self.cache)
        if version == self._data_version:
            return False
        self._data_version = version
        log.info("the cache file was written by another process: refreshing every view")
        self.changed(OpChanges.everything(), self.cache)
        return True

    @property
    def active(self) -> bool:
        return self._active

    def stop(self) -> None:
        if self._active:
            self._active = False
            self._lock_timer.stop()
            self._external.stop()
            self.stopped.emit()
