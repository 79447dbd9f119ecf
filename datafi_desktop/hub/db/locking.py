"""Serializing the writers that must not interleave — and nothing more.

No hot path (leasing, intake, review leasing, review intake, the settlement build)
takes a lock shared by a whole campaign or by all campaigns:

- the campaign row is read ``FOR SHARE`` (:func:`share_campaigns`): any number of
  leases and pushes hold it together; only a writer of the campaign itself (closing
  it) would take ``FOR UPDATE`` (:func:`lock_campaigns`) and wait for them. The
  relayer decides under a lock of the (campaign, account) pair, and marking an epoch
  posted (or back to built) under the epoch rows (:func:`..settlement.epochs.lock_epochs`);
- a task's places are decided under its own row lock (:func:`lock_tasks`; leasing
  skips rows another transaction holds — ``FOR UPDATE SKIP LOCKED`` in
  :mod:`..campaigns.leases`);
- the status feed is ordered per account (:func:`next_seq`): one row per account,
  locked until commit, so one account's changes commit in the order of their
  positions and its reader's cursor never skips one. There is no global counter.

Order of locks, always: campaign rows (shared, by id), per-record advisory locks
(:mod:`.locks`), task rows (by uid), feed rows (by account). A transaction that
needs several feed rows takes them all first, sorted (:func:`lock_feeds`).

On SQLite every write transaction is already exclusive (``BEGIN IMMEDIATE``) and
``FOR UPDATE`` / ``FOR SHARE`` / ``SKIP LOCKED`` are not rendered.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ...core.models import Campaign
from ...core.models.campaign import campaign_from_json
from .tables import STATUS_COUNTER, campaigns, counters, feed_seqs, tasks


def lock_campaigns(conn: Connection, ids: Iterable[str]) -> dict[str, tuple[Campaign, bool]]:
    """Lock the campaign rows exclusively (sorted by id); (campaign, closed) for each found.
    For writers of the campaign itself — never on a hot path."""
    return _campaigns(conn, ids, share=False)


def share_campaigns(conn: Connection, ids: Iterable[str]
                    ) -> dict[str, tuple[Campaign, bool]]:
    """Read the campaign rows ``FOR SHARE``: concurrent leases and pushes do not wait for
    each other, but the campaign cannot close under them."""
    return _campaigns(conn, ids, share=True)


def _campaigns(conn: Connection, ids: Iterable[str], *, share: bool
               ) -> dict[str, tuple[Campaign, bool]]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = conn.execute(
        select(campaigns.c.id, campaigns.c.body, campaigns.c.closed)
        .where(campaigns.c.id.in_(wanted))
        .order_by(campaigns.c.id)
        .with_for_update(read=share)
    )
    return {r.id: (campaign_from_json(r.body), bool(r.closed)) for r in rows}


def lock_tasks(conn: Connection, uids: Iterable[int]) -> None:
    """Lock task rows (by uid, waiting for holders): their places are decided under it."""
    wanted = sorted(set(uids))
    for start in range(0, len(wanted), 500):
        conn.execute(select(tasks.c.uid).where(tasks.c.uid.in_(wanted[start:start + 500]))
                     .order_by(tasks.c.uid).with_for_update()).all()


def next_seq(conn: Connection, account: str, count: int = 1) -> int:
    """Reserve ``count`` positions in ``account``'s status feed; returns the first one.

    The account's row stays locked until commit, so its positions become visible in
    the order they were handed out. A new account starts above every position the
    global counter of earlier versions handed out (cursors stored by clients stay
    valid)."""
    base = select(counters.c.value + count).where(counters.c.name == STATUS_COUNTER)
    insert_fn = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    stmt = insert_fn(feed_seqs).values(account=account, value=base.scalar_subquery())
    stmt = stmt.on_conflict_do_update(index_elements=["account"],
                                      set_={"value": feed_seqs.c.value + count})
    value = conn.execute(stmt.returning(feed_seqs.c.value)).scalar_one()
    return int(value) - count + 1


def lock_feeds(conn: Connection, accounts: Iterable[str]) -> None:
    """Take the feed rows of several accounts up front, sorted (no deadlock between two
    transactions that each change several accounts' submissions)."""
    for account in sorted(set(accounts)):
        next_seq(conn, account, 0)
