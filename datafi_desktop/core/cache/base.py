"""Shared pieces of the cache's stores: the clock, JSON columns and the base class."""

from __future__ import annotations

import json
import time
from typing import Any

import sqlite_utils

from .database import Transactions


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class StoreBase:
    """What every store mixin relies on: the database and its transactions."""

    db: sqlite_utils.Database
    tx: Transactions

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> dict[str, Any] | None:
        cursor = self.db.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))
