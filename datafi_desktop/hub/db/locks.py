"""Locks that several hub processes (or machines) share, held in the database.

- PostgreSQL: advisory locks, keyed by a name and the current schema (so two hubs in
  two schemas of one database do not wait for each other). :func:`held` takes a
  session lock on a dedicated connection for the length of a ``with`` block;
  :func:`xact_lock` takes a transaction lock released at commit.
- SQLite (one machine): an exclusive ``flock`` on a file beside the database.

A caller that has to wait is told so in the log (``waiting for … held by another
run``), never with a traceback.
"""

from __future__ import annotations

import fcntl
import logging
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, text

log = logging.getLogger("datafi_desktop.hub")

_KEY = "hashtextextended(:name || '@' || current_schema(), 0)"


@contextmanager
def held(engine: Engine, name: str, *, what: str | None = None) -> Iterator[None]:
    """Hold the lock ``name`` for the block; wait (saying so) while another holds it."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as raw:
            conn = raw.execution_options(isolation_level="AUTOCOMMIT")
            got = conn.execute(text(f"SELECT pg_try_advisory_lock({_KEY})"),
                               {"name": name}).scalar_one()
            if not got:
                log.warning("waiting: another run holds the lock of %s", what or name)
                conn.execute(text(f"SELECT pg_advisory_lock({_KEY})"), {"name": name})
            try:
                yield
            finally:
                conn.execute(text(f"SELECT pg_advisory_unlock({_KEY})"), {"name": name})
        return
    path = _lock_file(engine, name)
    with path.open("a+b") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("waiting: another run holds the lock of %s", what or name)
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def xact_lock(conn: Connection, name: str) -> None:
    """A PostgreSQL advisory lock held until the transaction ends (SQLite: its write
    transactions are exclusive already)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"SELECT pg_advisory_xact_lock({_KEY})"), {"name": name})


def record_lock(conn: Connection, name: str) -> None:
    """Wait for and hold, until the transaction ends, the lock of one record (a
    submission under review, an account's lease count). SQLite: a no-op (its write
    transactions are exclusive)."""
    xact_lock(conn, name)


def try_record_lock(conn: Connection, name: str) -> bool:
    """Take the lock of one record if nobody holds it (held until the transaction
    ends); False means another transaction is deciding it — pass it over, like ``SKIP
    LOCKED``. SQLite: always True."""
    if conn.dialect.name != "postgresql":
        return True
    return bool(conn.execute(text(f"SELECT pg_try_advisory_xact_lock({_KEY})"),
                             {"name": name}).scalar_one())


def ledger_writer(conn: Connection, campaign_id: str) -> None:
    """Called before appending to a campaign's ledger: a *shared* lock (writers never
    wait for each other) held until the transaction ends, so that
    :func:`ledger_snapshot` can take its cut between writers."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"SELECT pg_advisory_xact_lock_shared({_KEY})"),
                     {"name": f"ledger-cut:{campaign_id}"})


@contextmanager
def ledger_snapshot(engine: Engine, campaign_id: str) -> Iterator[Connection]:
    """A transaction reading one consistent snapshot in which every ledger entry of the
    campaign up to the newest visible id is committed — so ``id <= upto`` never misses
    an entry committed later with a lower id — without blocking intake while it runs.

    PostgreSQL: REPEATABLE READ; its snapshot is taken while another connection holds
    the ledger-cut lock exclusively (waiting only for the writers in flight, released
    at once). SQLite: one write transaction (exclusive anyway)."""
    if engine.dialect.name != "postgresql":
        with engine.begin() as conn:
            yield conn
        return
    with engine.connect() as raw:
        conn = raw.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            with engine.connect() as side_raw:
                side = side_raw.execution_options(isolation_level="AUTOCOMMIT")
                params = {"name": f"ledger-cut:{campaign_id}"}
                side.execute(text(f"SELECT pg_advisory_lock({_KEY})"), params)
                try:
                    conn.execute(text("SELECT count(*) FROM campaigns"))  # the snapshot
                finally:
                    side.execute(text(f"SELECT pg_advisory_unlock({_KEY})"), params)
            yield conn


def sender_lock(engine: Engine, address: str) -> AbstractContextManager[None]:
    """The lock under which a transaction of ``address`` gets its nonce and is sent, so
    two processes sending with one key never use one nonce twice."""
    return held(engine, f"sender-nonce:{address.lower()}", what=f"sending from {address}")


def _lock_file(engine: Engine, name: str) -> Path:
    database = engine.url.database or ""
    base = Path(database) if database and database != ":memory:" else Path.cwd() / "hub"
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", name)[:100]
    return base.with_name(f"{base.name}.{safe}.lock")
