"""Run slow work (key derivation, image decoding) on a thread pool, report on the UI thread.

>>> job = run_in_background(lambda: 6 * 7, on_done=print)   # doctest: +SKIP

``fn`` runs on a pool thread and must not touch widgets or the UI's cache
connection. ``on_done(result)`` or ``on_error(exception)`` then runs on the UI
thread, unless the returned :class:`Job` was cancelled first (a newer request
made it stale).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_live: set[Job] = set()


def background_pool() -> QThreadPool:
    return QThreadPool.globalInstance()


class Job(QObject):
    """One piece of background work; its signal is delivered on the UI thread."""

    _finished = Signal(bool, object)

    def __init__(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self.cancelled = False
        self.finished = False
        # self lives on the UI thread: the queued connection brings the result back there
        self._finished.connect(self._deliver)

    def cancel(self) -> None:
        """Drop the result when it arrives (the work itself still runs to its end)."""
        self.cancelled = True

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # every failure is reported to the UI, never raised here
            outcome: tuple[bool, Any] = (False, exc)
        else:
            outcome = (True, result)
        finally:
            self._fn = _done
        try:
            self._finished.emit(*outcome)
        except RuntimeError:  # the application is shutting down
            _live.discard(self)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        _live.discard(self)
        self.finished = True
        if self.cancelled:
            return
        if ok:
            if self._on_done is not None:
                self._on_done(value)
        elif self._on_error is not None:
            assert isinstance(value, BaseException)
            self._on_error(value)
        else:
            log.error("background job failed: %s", type(value).__name__)


def _done() -> None:
    return None


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    job = Job(fn, on_done, on_error)
    _live.add(job)  # keep the QObject alive until its result is delivered
    (pool or background_pool()).start(job._run)
    return job
