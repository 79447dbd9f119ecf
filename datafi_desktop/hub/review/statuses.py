"""Reading submissions back (one's own status feed) and changing a submission's status.
The review queue is :func:`.queue.peek`."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from ...core.wire.statuses import StatusOut
from ..db.tables import submissions


def status_feed(conn: Connection, account: str, since: int, limit: int
                ) -> tuple[list[StatusOut], int, bool]:
    """The account's submissions whose status changed after ``since``, oldest change
    first, as the wire's :class:`StatusOut`; returns (changes, new cursor, more waiting)."""
    rows = conn.execute(
        select(submissions.c.id, submissions.c.campaign_id, submissions.c.task_id,
               submissions.c.status, submissions.c.reason, submissions.c.verdict,
               submissions.c.seq)
        .where(submissions.c.account == account, submissions.c.seq > since)
        .order_by(submissions.c.seq)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [
        StatusOut(id=r.id, campaign_id=r.campaign_id, task_id=r.task_id, status=r.status,
                  reason=r.reason, verdict=json.loads(r.verdict) if r.verdict else None,
                  seq=int(r.seq))
        for r in rows
    ]
    cursor = changes[-1].seq if changes else since
    return changes, cursor, more


def set_status(conn: Connection, submission_id: str, status: str, *, reason: str | None = None,
               verdict: dict[str, Any] | None = None) -> None:
    """Change a submission's status (review, settlement) and put it on the status feed.

    A rejected submission no longer counts toward its task's overlap, so the task
    returns to the pool; an accepted one counts again.
    """
    from sqlalchemy import update

    from ..db.locking import next_seq
    from ..db.tables import tasks as tasks_table
    from ..errors import NotFound

    if status not in ("pending", "accepted", "rejected", "paid"):
        raise ValueError(f"unknown status {status!r}")
    row = conn.execute(
        select(submissions.c.status, submissions.c.task_uid, submissions.c.kind,
               submissions.c.account)
        .where(submissions.c.id == submission_id)
    ).first()
    if row is None:
        raise NotFound(f"no submission {submission_id}")
    was_counted = row.status != "rejected"
    counts = status != "rejected"
    if row.kind != "collection" and was_counted != counts:  # the task row before the feed
        delta = 1 if counts else -1
        conn.execute(update(tasks_table).where(tasks_table.c.uid == row.task_uid)
                     .values(submitted=tasks_table.c.submitted + delta))
    seq = next_seq(conn, row.account)
    conn.execute(
        update(submissions).where(submissions.c.id == submission_id).values(
            status=status, reason=reason, seq=seq,
            verdict=json.dumps(verdict) if verdict is not None else submissions.c.verdict,
        )
    )
