"""Shared pieces of the cache's stores: the clock, JSON columns, the one database the
stores share and the base class every store derives from."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import sqlite_utils

from .database import Transactions, sqlite_errors_as_cache_errors


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class SharedDatabase:
    """One open cache database as the stores share it: the file, the connection and
    its one transaction helper (so every store's writes nest into the same
    transaction, and a change that spans two stores commits or rolls back whole)."""

    def __init__(self, path: Path, db: sqlite_utils.Database) -> None:
        self.path = path
        self.db = db
        self.tx = Transactions(db)


class StoreBase:
    """A store: the methods over some of the cache's tables, on the shared connection.

    Every subclass's public methods (and properties) raise
    :class:`~datafi_desktop.core.errors.CacheError` for SQLite's errors, the original
    as ``__cause__`` (applied when the subclass is defined, so no store can forget).
    A store sees only its own methods; one that needs another store gets it passed in.
    """

    def __init__(self, shared: SharedDatabase) -> None:
        self.shared = shared
        self.path = shared.path
        self.db = shared.db
        self.tx = shared.tx

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        sqlite_errors_as_cache_errors(cls)

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> dict[str, Any] | None:
        cursor = self.db.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))
