"""Opening the cache database: WAL, foreign keys, busy timeout, one write transaction at a time."""

from __future__ import annotations

import functools
import inspect
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from ..errors import CacheError, CacheFullError

#: How long a writer waits for another (the sync thread, a second window) before failing.
BUSY_TIMEOUT_S = 30.0


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) a cache database with the pragmas the cache promises.

    - ``journal_mode=WAL``: readers never block the writer; a killed process
      leaves a WAL that the next open replays.
    - ``synchronous=FULL``: a committed transaction survives power loss too.
    - ``foreign_keys=ON``.
    """
    try:
        conn = sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise CacheError(f"cannot open the cache at {path}: {exc}") from exc
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise CacheError(f"{path} is not a usable cache database: {exc}") from exc
    if str(mode).lower() != "wal" and str(path) != ":memory:":
        conn.close()
        raise CacheError(f"cannot switch {path} to WAL mode (got {mode})")
    db = sqlite_utils.Database(conn, execute_plugins=False)
    # sqlite-utils detects these by writing a probe table the first time it needs them and
    # remembers a failure for good: a full disk at that moment would make every later
    # upsert take its fallback path and store nothing. Decide from the library version.
    db._supports_on_conflict = sqlite3.sqlite_version_info >= (3, 24, 0)
    db._supports_strict = sqlite3.sqlite_version_info >= (3, 37, 0)
    return db


FULL_MESSAGE = ("the disk is full: the last change was not saved (everything saved before "
                "it is safe); free some space and try again")


def _disk_full(exc: BaseException) -> bool:
    """SQLite's SQLITE_FULL: a full disk or the database's max_page_count reached."""
    return isinstance(exc, sqlite3.OperationalError) and "full" in str(exc).lower()


class Transactions:
    """Write transactions over one connection: ``BEGIN IMMEDIATE`` at the outside,
    savepoints inside, so nested calls compose and a writer never deadlocks
    upgrading a read lock."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._lock = threading.RLock()

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        with self._lock:
            conn = self.db.conn
            if conn.in_transaction:
                with self.db.atomic():
                    yield self.db
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise cache_error(exc) from exc
            try:
                yield self.db
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise cache_error(exc) from exc
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise cache_error(exc) from exc


def cache_error(exc: sqlite3.Error, path: Path | str | None = None) -> CacheError:
    """The cache's own error for an SQLite error, with a message a person can act on (SQLite's
    messages name tables and columns, never the values bound to a statement). Raise it
    ``from exc`` so the original stays attached."""
    if _disk_full(exc):
        return CacheFullError(FULL_MESSAGE)
    text = str(exc)
    lowered = text.lower()
    where = f" ({path})" if path is not None else ""
    if "locked" in lowered or "busy" in lowered:
        return CacheError(f"the cache{where} stayed locked by another program (a second "
                          f"DataFi Desktop, a backup tool?): {text}; try again later")
    if "malformed" in lowered or "not a database" in lowered or "disk i/o" in lowered:
        return CacheError(f"the cache database{where} is damaged or unreadable: {text}")
    return CacheError(f"the cache database{where} failed: {text}")


T = TypeVar("T")


def _translated(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return func(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise cache_error(exc, getattr(self, "path", None)) from exc

    return call


def sqlite_errors_as_cache_errors(cls: type[T]) -> type[T]:
    """Class decorator: every public method and property of ``cls`` (inherited ones too) and
    its ``__init__`` raise :class:`~datafi_desktop.core.errors.CacheError` (the SQLite error
    as its ``__cause__``) instead of a bare :class:`sqlite3.Error`, so callers above the
    cache never need to know it is SQLite."""
    done: set[str] = set()
    for klass in cls.__mro__:
        if klass is object:
            continue
        for name, value in vars(klass).items():
            if name in done or (name.startswith("_") and name != "__init__"):
                continue
            done.add(name)
            if isinstance(value, property) and value.fget is not None:
                setattr(cls, name, property(_translated(value.fget), value.fset, value.fdel,
                                            value.__doc__))
            elif inspect.isfunction(value):
                setattr(cls, name, _translated(value))
    return cls
