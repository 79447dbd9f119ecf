"""Opening the cache database: WAL, foreign keys, busy timeout, one write transaction at a time."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
        raise CacheError(f"cannot open the cache at {path}: {exc}") from None
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise CacheError(f"{path} is not a usable cache database: {exc}") from None
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
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if _disk_full(exc):
                    raise CacheFullError(FULL_MESSAGE) from None
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except sqlite3.OperationalError as exc:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    if _disk_full(exc):
                        raise CacheFullError(FULL_MESSAGE) from None
                    raise
