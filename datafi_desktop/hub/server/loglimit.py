"""Rate-limited logging: a flood of bad requests writes a few lines, not 100 MB.

:class:`RateLimitFilter` limits warnings and errors (``min_level``; the per-request
access lines below it are the operator's to rotate): at most ``per_key`` records per
window for
each (logger, level, first line of the message) and at most ``total`` records
per window overall; at the start of the next window one line says how many were
dropped. It is a handler filter, so it also sees records that propagate from
uvicorn's and asyncio's loggers.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable


class RateLimitFilter(logging.Filter):
    def __init__(self, per_key: int = 10, total: int = 300, window_s: float = 60.0,
                 clock: Callable[[], float] = time.monotonic,
                 min_level: int = logging.WARNING) -> None:
        super().__init__()
        self.min_level = min_level
        self.per_key = per_key
        self.total = total
        self.window_s = window_s
        self.clock = clock
        self._lock = threading.Lock()
        self._window_start = clock()
        self._counts: dict[tuple[str, int, str], int] = {}
        self._passed = 0
        self._dropped = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < self.min_level:
            return True
        key = (record.name, record.levelno, str(record.msg).split("\n", 1)[0][:80])
        with self._lock:
            now = self.clock()
            if now - self._window_start >= self.window_s:
                dropped = self._dropped
                self._window_start, self._counts, self._passed, self._dropped = now, {}, 0, 0
                if dropped:
                    record.msg = (f"[{dropped} similar log records dropped in the last "
                                  f"{self.window_s:g} s] {record.msg}")
            seen = self._counts.get(key, 0)
            if seen >= self.per_key or self._passed >= self.total:
                self._dropped += 1
                return False
            self._counts[key] = seen + 1
            self._passed += 1
            return True


def limit_handlers(logger: logging.Logger | None = None, **options: float) -> RateLimitFilter:
    """Put one :class:`RateLimitFilter` on every handler of ``logger`` (default: root)."""
    target = logger or logging.getLogger()
    # silenced below: the options are the filter's keyword arguments, passed through
    limiter = RateLimitFilter(**options)  # type: ignore[arg-type]
    for handler in target.handlers:
        handler.addFilter(limiter)
    return limiter
