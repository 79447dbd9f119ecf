"""The objects a window works with, and the signals that keep its parts in step.

A :class:`Session` holds the profile, its cache and its wallet and the campaign
being worked on. Pages and panes get the session; when one of them changes
something (submits, unlocks, syncs) it calls the matching ``notify_*`` so that
every other view refreshes. A 1-second poll notices what changes by itself:
the wallet locking after idle time, the outbox draining in a sync thread.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.cache import Cache
from ..core.profile import Profile
from ..core.wallet import Wallet

if TYPE_CHECKING:
    from ..core.models import Campaign
    from .sync.controller import SyncController

log = logging.getLogger(__name__)

POLL_MS = 1000
LAST_ACCOUNT_KEY = "ui.last_account"


class Session(QObject):
    #: an account was added or removed, the wallet unlocked or locked
    wallet_changed = Signal()
    #: tasks were added, or a task's state changed (draft, submitted, reviewed)
    tasks_changed = Signal()
    #: the number of items waiting in the outbox changed
    outbox_changed = Signal()
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
        self._was_locked = wallet.is_locked
        self._outbox = cache.outbox_pending_count()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    # --- campaign -------------------------------------------------------------------

    @property
    def campaign_id(self) -> str | None:
        if self._campaign_id is None:
            ids = self.cache.campaign_ids()  # not campaigns(): no pydantic at first paint
            if ids:
                self._campaign_id = ids[0]
        return self._campaign_id

    def campaign(self) -> Campaign | None:
        campaign_id = self.campaign_id
        return None if campaign_id is None else self.cache.get_campaign(campaign_id)

    def set_campaign(self, campaign_id: str) -> None:
        if campaign_id != self._campaign_id:
            self._campaign_id = campaign_id
            self.campaign_changed.emit(campaign_id)
            self.tasks_changed.emit()

    # --- wallet helpers -----------------------------------------------------------

    def last_account(self) -> str | None:
        """The account used last in this profile (to preselect it when unlocking)."""
        return self.cache.get_state(LAST_ACCOUNT_KEY)

    def remember_account(self, address: str) -> None:
        self.cache.set_state(LAST_ACCOUNT_KEY, address)

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

    # --- notifications -------------------------------------------------------------

    def attach_sync(self, controller: SyncController | None) -> None:
        self.sync = controller
        self.sync_changed.emit()

    def notify_wallet(self) -> None:
        self._was_locked = self.wallet.is_locked
        self.wallet_changed.emit()

    def notify_tasks(self) -> None:
        self.tasks_changed.emit()

    def notify_outbox(self) -> None:
        self._outbox = self.cache.outbox_pending_count()
        self.outbox_changed.emit()

    def poll(self) -> None:
        """Emit the signals for changes nobody announced (idle lock, another thread)."""
        locked = self.wallet.is_locked
        if locked != self._was_locked:
            self._was_locked = locked
            if locked:
                log.info("wallet locked itself after idle time")
            self.wallet_changed.emit()
        pending = self.cache.outbox_pending_count()
        if pending != self._outbox:
            self._outbox = pending
            self.outbox_changed.emit()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.stopped.emit()
