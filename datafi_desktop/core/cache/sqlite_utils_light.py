"""Import sqlite-utils without pandas and numpy.

sqlite-utils imports pandas and numpy whenever they are installed (about 0.3 s at
start-up) so that it can insert DataFrames and numpy scalars; the cache does
neither. While sqlite-utils loads, the two are hidden from the import system, so
its optional imports fail fast and it keeps ``pd = np = None``. Anything that
imports pandas or numpy later gets the real modules.
"""

from __future__ import annotations

import sys
import threading

_HIDDEN = ("pandas", "numpy")
_lock = threading.Lock()


def _load() -> None:
    with _lock:
        if "sqlite_utils" in sys.modules:
            return
        hidden = [name for name in _HIDDEN if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # None makes import fail
        try:
            import sqlite_utils  # noqa: F401
        finally:
            for name in hidden:
                if sys.modules.get(name, ...) is None:
                    del sys.modules[name]


_load()
