"""What the sync engine tells its listeners: state, phase, progress and messages.

A listener is any callable taking a :class:`SyncProgress`. It is called on the
sync thread; the Qt side adapts it to a signal (a queued connection carries it
to the GUI thread). A listener must return quickly and never raise (errors are
logged and ignored).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

log = logging.getLogger("datafi_desktop.sync")


class SyncState(StrEnum):
    IDLE = "idle"  # online, nothing running
    SYNCING = "syncing"  # a cycle is running (see phase)
    OFFLINE = "offline"  # the hub is unreachable; probing with backoff
    LOCKED = "locked"  # online, but pushing waits for the wallet to be unlocked
    ERROR = "error"  # the hub refused something; will retry
    STOPPED = "stopped"  # the runner is not running


class SyncPhase(StrEnum):
    IDLE = "idle"
    CONNECT = "connect"
    SIGN_IN = "sign_in"
    CAMPAIGNS = "campaigns"
    LEASE = "lease"
    DOWNLOAD = "download"  # task assets
    UPLOAD = "upload"  # collected files
    PUSH = "push"
    STATUSES = "statuses"


@dataclass(frozen=True)
class SyncProgress:
    """One snapshot. ``done``/``total`` count the items of the current phase."""

    state: SyncState = SyncState.IDLE
    phase: SyncPhase = SyncPhase.IDLE
    done: int = 0
    total: int = 0
    message: str = ""
    #: when a whole cycle last succeeded (UTC), None if never
    last_success: datetime | None = None
    #: submissions waiting in the outbox (queued or sending)
    pending: int = 0
    hub_url: str = ""
    online: bool | None = None

    def with_(self, **changes: object) -> SyncProgress:
        # silenced below: replace() with **changes of mixed types
        return replace(self, **changes)  # type: ignore[arg-type]


SyncListener = Callable[[SyncProgress], None]


@dataclass
class Listeners:
    """A thread-safe set of listeners and the latest snapshot."""

    current: SyncProgress = field(default_factory=SyncProgress)
    _items: list[SyncListener] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, listener: SyncListener) -> None:
        with self._lock:
            self._items.append(listener)

    def remove(self, listener: SyncListener) -> None:
        with self._lock:
            if listener in self._items:
                self._items.remove(listener)

    def emit(self, progress: SyncProgress) -> None:
        with self._lock:
            self.current = progress
            items = list(self._items)
        for listener in items:
            try:
                listener(progress)
            except Exception:  # a listener must not break syncing
                log.exception("sync listener failed")


#: why a sync did nothing while the wallet is locked
LOCKED_MESSAGE = "Unlock the wallet to sync"


def offline_message(url: str, pending: int) -> str:
    noun = "submission" if pending == 1 else "submissions"
    return (f"Hub unreachable at {url} — working offline; {pending} {noun} will be sent "
            "when it is back")
