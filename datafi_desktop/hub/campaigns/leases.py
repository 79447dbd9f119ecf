"""Leasing tasks: handing out work so that no two annotators do the same task.

A task takes ``campaign.overlap`` distinct annotators. Its free places are
``overlap - submitted - (live leases of others)``. A lease ends when it
expires (the task returns to the pool), when its holder submits, or when its
holder releases it. Leasing locks the task rows it decides (``FOR UPDATE SKIP
LOCKED`` for new ones), never the campaign: concurrent callers on PostgreSQL lease
different tasks side by side; on SQLite the transaction is exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, exists, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ...core.models import Task, TaskKind
from ..db.clock import DbClock
from ..db.locking import lock_tasks, share_campaigns
from ..db.tables import leases, submissions, tasks
from ..errors import Forbidden, NotFound


@dataclass(frozen=True)
class Lease:
    """A leased task: its stored JSON (validated when it was imported; served as it is)
    and when the lease ends."""

    body: str
    expires_at: int

    @property
    def task(self) -> Task:
        return Task.model_validate_json(self.body)


def lease_tasks(
    conn: Connection, campaign_id: str, account: str, count: int, ttl_s: int, clock: DbClock,
    *, renew_held: bool = True,
) -> tuple[list[Lease], int]:
    """Up to ``count`` tasks for ``account``: the live leases it already holds
    (renewed to the new expiry) first, then new ones; and the time that decided. With
    ``renew_held`` false only new ones (the held leases are left as they are).

    No campaign-wide lock: the campaign row is only shared. The held tasks' rows are
    locked (waiting), then the time is read from ``clock`` (the database's); a held
    lease is renewed only while the task still has its place (``submitted + live
    leases of others < overlap``). New tasks are taken with ``FOR UPDATE SKIP LOCKED``
    — a task another transaction is deciding is passed over, not waited for — and
    their places are checked again once locked, by a statement that sees every lease
    committed before the lock was granted."""
    found = share_campaigns(conn, [campaign_id])
    if campaign_id not in found:
        raise NotFound(f"no campaign {campaign_id!r}")
    campaign, closed = found[campaign_id]
    if closed:
        raise Forbidden(f"campaign {campaign_id!r} is closed")
    before = clock(conn)
    if renew_held:
        lock_tasks(conn, conn.execute(
            select(leases.c.task_uid).where(leases.c.account == account,
                                            leases.c.campaign_id == campaign_id,
                                            leases.c.expires_at > before)
        ).scalars())
    now = clock(conn)  # after the locks: a renewal that waited sees its lease lapse
    expires = now + ttl_s * 1000
    held_rows = [] if not renew_held else conn.execute(
        select(tasks.c.uid, tasks.c.body)
        .select_from(tasks.join(leases, leases.c.task_uid == tasks.c.uid))
        .where(
            leases.c.account == account,
            leases.c.campaign_id == campaign_id,
            leases.c.expires_at > now,
            _has_place(campaign.overlap, account, now),
        )
        .order_by(tasks.c.uid)
        .limit(count)
    ).all()
    rows = list(held_rows)
    tried: set[int] = {r.uid for r in rows}
    mine_live = exists().where(
        leases.c.task_uid == tasks.c.uid, leases.c.account == account, leases.c.expires_at > now
    )
    # a paged pull (held ones skipped) starts after the last task it holds: its earlier
    # pages would otherwise be scanned again by every page (quadratic at 100,000); the
    # tasks before it are looked at when nothing is left after it
    floor = None if renew_held else conn.execute(
        select(func.max(leases.c.task_uid)).where(
            leases.c.account == account, leases.c.campaign_id == campaign_id,
            leases.c.expires_at > now)
    ).scalar_one_or_none()
    for _round in range(_ROUNDS + 1):
        need = count - len(rows)
        if need <= 0:
            break
        query = (
            select(tasks.c.uid)
            .where(
                tasks.c.campaign_id == campaign_id,
                tasks.c.kind != TaskKind.COLLECTION.value,
                tasks.c.submitted < campaign.overlap,
                _has_place(campaign.overlap, account, now),
                ~mine_live,
            )
            .order_by(tasks.c.uid)
            .limit(need)
            .with_for_update(skip_locked=True)
        )
        if tried:
            query = query.where(tasks.c.uid.not_in(sorted(tried)))
        if floor is not None:
            query = query.where(tasks.c.uid > floor)
        locked = list(conn.execute(query).scalars())
        if not locked:
            if floor is None:
                break
            floor = None  # nothing after it: look at the tasks before it
            continue
        tried.update(locked)
        # locked now: a fresh statement sees every lease committed before the lock
        rows.extend(conn.execute(
            select(tasks.c.uid, tasks.c.body)
            .where(tasks.c.uid.in_(locked), _has_place(campaign.overlap, account, now))
            .order_by(tasks.c.uid)
        ).all())
    _upsert(conn, [row.uid for row in rows], campaign_id, account, expires, now)
    return [Lease(str(r.body), expires) for r in rows], now


#: rounds of SKIP LOCKED picking when rechecks drop tasks another transaction filled
_ROUNDS = 4


def _has_place(overlap: int, account: str, now: int) -> Any:
    """The task (correlated) has a place for ``account`` at ``now``: not submitted by it,
    and ``submitted + live leases of others < overlap``."""
    mine_done = exists().where(
        submissions.c.task_uid == tasks.c.uid,
        submissions.c.account == account,
    )
    other = leases.alias("other")
    others_live = (
        select(func.count())
        .select_from(other)
        .where(
            other.c.task_uid == tasks.c.uid,
            other.c.expires_at > now,
            other.c.account != account,
        )
        .correlate(tasks)
        .scalar_subquery()
    )
    return and_(tasks.c.submitted + others_live < overlap, ~mine_done)


def hold(conn: Connection, campaign_id: str, task_id: str, account: str, expires: int,
         now: int) -> None:
    """``account`` holds one named task until ``expires`` (the demo's other annotators
    take their own tasks this way; annotators lease through :func:`lease_tasks`)."""
    uid = conn.execute(
        select(tasks.c.uid).where(tasks.c.campaign_id == campaign_id, tasks.c.task_id == task_id)
    ).scalar()
    if uid is None:
        raise NotFound(f"no task {task_id!r} in campaign {campaign_id!r}")
    _upsert(conn, [int(uid)], campaign_id, account, expires, now)


def release(conn: Connection, campaign_id: str, task_id: str, account: str, now: int) -> bool:
    """Give a leased task back to the pool (the annotator skipped it)."""
    uid = conn.execute(
        select(tasks.c.uid).where(tasks.c.campaign_id == campaign_id, tasks.c.task_id == task_id)
    ).scalar()
    if uid is None:
        raise NotFound(f"no task {task_id!r} in campaign {campaign_id!r}")
    result = conn.execute(
        update(leases)
        .where(and_(leases.c.task_uid == uid, leases.c.account == account,
                    leases.c.expires_at > now))
        .values(expires_at=now)
    )
    return result.rowcount > 0


def end_leases(conn: Connection, task_uids: list[int], account: str, now: int) -> None:
    """The holder submitted: these leases have done their job."""
    for start in range(0, len(task_uids), 500):
        conn.execute(
            update(leases)
            .where(leases.c.task_uid.in_(task_uids[start:start + 500]),
                   leases.c.account == account, leases.c.expires_at > now)
            .values(expires_at=now)
        )


def _upsert(conn: Connection, uids: list[int], campaign_id: str, account: str, expires: int,
            now: int) -> None:
    """Insert or renew the leases of ``uids`` in one statement (executemany)."""
    if not uids:
        return
    insert_fn = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    stmt = insert_fn(leases)
    conn.execute(stmt.on_conflict_do_update(
        index_elements=["task_uid", "account"],
        set_={"expires_at": stmt.excluded.expires_at, "created_at": stmt.excluded.created_at},
    ), [{"task_uid": uid, "campaign_id": campaign_id, "account": account,
         "expires_at": expires, "created_at": now} for uid in uids])
