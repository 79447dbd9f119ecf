"""Autosave: every edit reaches the cache's draft within half a second.

:class:`Autosaver` keeps the newest body of the task being edited and writes it
with ``cache.tasks.save_draft`` at most :data:`DELAY_MS` after the first edit of a burst
(the timer is not restarted by later edits, so steady typing still saves twice a
second: "a draft is saved within a second of an edit"). The editor flushes it
when it switches task, before it submits, and when the session stops (the window
closes). A write that fails (a full disk) is kept and retried, and reported.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...core import operations
from ...core.cache import Cache
from ...core.errors import CacheError, DataFiError

log = logging.getLogger(__name__)

#: Longest wait between an edit and its draft reaching the cache (ms).
DELAY_MS = 500
#: Wait before retrying a write that failed (ms).
RETRY_MS = 2000


@dataclass(frozen=True)
class _Pending:
    uid: int
    body: dict[str, Any]
    from_prediction: bool


class Autosaver(QObject):
    #: a draft was written (task uid, the ``OpChanges``: the task's row when its state
    #: changed, else nothing)
    saved = Signal(int, object)
    #: a draft could not be written (task uid, message); it is retried
    failed = Signal(int, str)

    def __init__(self, cache: Cache, delay_ms: int = DELAY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self._pending: _Pending | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def schedule(self, uid: int, body: dict[str, Any], from_prediction: bool = False) -> None:
        """Remember ``body`` as the draft of ``uid``; written within :data:`DELAY_MS`."""
        if self._pending is not None and self._pending.uid != uid:
            self.flush()  # another task's edit is still waiting: write it first
        self._pending = _Pending(uid, body, from_prediction)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> bool:
        """Write the waiting draft now. True when nothing is left waiting."""
        self._timer.stop()
        pending = self._pending
        if pending is None:
            return True
        try:
            changes = operations.save_draft(self.cache, pending.uid, pending.body,
                                            from_prediction=pending.from_prediction)
        except (CacheError, DataFiError, OSError) as exc:  # CacheError: SQLite failed
            log.warning("draft of task %s not saved: %s", pending.uid, exc)
            self._timer.start(RETRY_MS)
            self.failed.emit(pending.uid, self.tr(
                "The draft could not be saved ({error}); retrying. Nothing is lost while the app "
                "is open.").format(error=exc))
            return False
        if self._pending is pending:
            self._pending = None
        self.saved.emit(pending.uid, changes)
        return True

    def cancel(self, uid: int | None = None) -> None:
        """Forget the waiting draft (of ``uid`` only, when given): it was submitted."""
        if self._pending is not None and (uid is None or self._pending.uid == uid):
            self._pending = None
            self._timer.stop()
