"""The database's clock: the time that decides leases, nonces and sessions.

Two hub processes must agree on whether a lease is still live, so that time is
read from the database, inside the deciding transaction, *after* its locks are
held — never from a process clock read before waiting for a lock (a renewal
that waited 5 s would otherwise treat its expired lease as live after another
annotator took the place).

- PostgreSQL: ``clock_timestamp()`` — the time at the moment of the statement.
  ``now()`` would be the time the transaction *began*, i.e. before the wait.
- SQLite: ``julianday('now')`` of the statement; write transactions begin with
  ``BEGIN IMMEDIATE`` (the one writer lock), so any read after ``BEGIN`` is
  after the lock.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text

#: a source of time (milliseconds since the epoch) read through a connection
DbClock = Callable[[Connection], int]

_POSTGRES = text("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")
_SQLITE = text("SELECT CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)")


def db_now_ms(conn: Connection) -> int:
    """The database server's current time in milliseconds since the epoch (UTC)."""
    query = _POSTGRES if conn.dialect.name == "postgresql" else _SQLITE
    return int(conn.execute(query).scalar_one())


def shifted(offset_ms: Callable[[], int]) -> DbClock:
    """The database clock moved by ``offset_ms()`` (tests move time forward with it)."""

    def clock(conn: Connection) -> int:
        return db_now_ms(conn) + offset_ms()

    return clock
