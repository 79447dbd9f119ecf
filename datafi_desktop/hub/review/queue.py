"""The review queue: leasing submissions to reviewers.

A submission awaiting review (status ``pending``) is offered to a reviewer when

- it is not the reviewer's own, and the reviewer did not label the same task
  (a reviewer never judges a task against their own answer);
- the reviewer has not reviewed it yet;
- it still needs reviews beyond those given and those leased, live, to other
  reviewers (:func:`~.decision.remaining`): one submission is never
  leased to two reviewers at once unless it needs two more reviews.

Leasing takes no campaign-wide lock: each candidate's own lock is taken if free
(:func:`review_lock_name`; one another reviewer's transaction holds is passed over,
like ``SKIP LOCKED``), and a verdict waits for it. Leases work like task leases: a
TTL, renewed when asked again, ended by the verdict, released on request; an expired
lease returns the submission to the queue. Submissions whose task already has all its
annotators come first, so the reviewer sees the other annotators' labels and their
consensus.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, and_, exists, func, literal, select, tuple_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ...core.models import Campaign, Task
from ...core.quality import consensus, quality_settings
from ...core.wire.review import FlagOut, OtherLabelOut, ReviewItemOut
from ..db.clock import DbClock
from ..db.locking import share_campaigns
from ..db.locks import record_lock, try_record_lock
from ..db.tables import review_leases, reviews, submissions, tasks
from ..errors import NotFound
from ..intake.dedup import flags_of
from .decision import accepted_reviews, remaining, tally_of


def _required(campaign: Campaign) -> int:
    return max(campaign.reviews_required, 1)


def _candidates(conn: Connection, campaign: Campaign, reviewer: str, page: int
                ) -> Iterator[Any]:
    """Pending submissions the reviewer may review: those whose task is full first, then
    the others, each by (received_at, id). Keyset pages that walk the
    ``submissions_review_queue`` index in order — never a sort of every pending row."""
    mine = submissions.alias("mine")
    mine_task = exists().where(mine.c.task_uid == tasks.c.uid, mine.c.account == reviewer)
    reviewed = exists().where(reviews.c.submission_id == submissions.c.id,
                              reviews.c.reviewer == reviewer, reviews.c.intake == "accepted")
    for full in (True, False):
        cursor: tuple[int, str] | None = None
        while True:
            query = (
                select(submissions, tasks.c.body.label("task_body"), tasks.c.submitted)
                .select_from(submissions.join(tasks, tasks.c.uid == submissions.c.task_uid))
                .where(
                    submissions.c.campaign_id == campaign.id,
                    submissions.c.status == "pending",
                    submissions.c.account != reviewer,
                    (tasks.c.submitted >= campaign.overlap) if full
                    else (tasks.c.submitted < campaign.overlap),
                    ~reviewed,
                    # the reviewer's own task: collection tasks are shared by every collector
                    (tasks.c.kind == "collection") | ~mine_task,
                )
                .order_by(submissions.c.received_at, submissions.c.id)
                .limit(page)
            )
            if cursor is not None:
                query = query.where(tuple_(submissions.c.received_at, submissions.c.id)
                                    > tuple_(literal(cursor[0]), literal(cursor[1])))
            rows = list(conn.execute(query))
            yield from rows
            if len(rows) < page:
                break
            cursor = (int(rows[-1].received_at), str(rows[-1].id))


def _others_live(conn: Connection, submission_id: str, reviewer: str, now: int) -> int:
    return int(conn.execute(
        select(func.count()).select_from(review_leases).where(
            review_leases.c.submission_id == submission_id,
            review_leases.c.reviewer != reviewer,
            review_leases.c.expires_at > now,
        )
    ).scalar_one())


def _held(conn: Connection, campaign_id: str, reviewer: str, now: int) -> dict[str, int]:
    return {
        r.submission_id: int(r.expires_at)
        for r in conn.execute(
            select(review_leases.c.submission_id, review_leases.c.expires_at).where(
                review_leases.c.campaign_id == campaign_id,
                review_leases.c.reviewer == reviewer,
                review_leases.c.expires_at > now,
            )
        )
    }


def lease_reviews(conn: Connection, campaign_id: str, reviewer: str, count: int, ttl_s: int,
                  clock: DbClock) -> list[ReviewItemOut]:
    """Up to ``count`` submissions for ``reviewer`` to review: those already leased (renewed)
    first, then new ones. The caller checked the reviewer's role."""
    found = share_campaigns(conn, [campaign_id])
    if campaign_id not in found:
        raise NotFound(f"no campaign {campaign_id!r}")
    campaign, _closed = found[campaign_id]
    before = clock(conn)
    for sid in sorted(_held(conn, campaign_id, reviewer, before)):  # renewals wait
        record_lock(conn, review_lock_name(sid))
    now = clock(conn)  # the database's time, after the locks
    expires = now + ttl_s * 1000
    picked = _pick(conn, campaign, reviewer, count, now, lease=True)
    for row in picked:
        _upsert(conn, row.id, campaign_id, reviewer, expires, now)
    return [_item(conn, campaign, row, expires) for row in picked]


def peek(conn: Connection, campaign: Campaign, reviewer: str, limit: int, now: int
         ) -> list[ReviewItemOut]:
    """What :func:`lease_reviews` would hand out now, without leasing anything."""
    held = _held(conn, campaign.id, reviewer, now)
    return [_item(conn, campaign, row, held.get(row.id))
            for row in _pick(conn, campaign, reviewer, limit, now, lease=False)]


def _pick(conn: Connection, campaign: Campaign, reviewer: str, count: int, now: int, *,
          lease: bool) -> list[Any]:
    held = _held(conn, campaign.id, reviewer, now)
    required = _required(campaign)
    first: list[Any] = []
    rest: list[Any] = []
    page = max(count * 4, 50)
    for row in _candidates(conn, campaign, reviewer, page):
        if len(first) + len(rest) >= count and not (held and len(first) < len(held)):
            break
        if row.id in held:
            first.append(row)
            continue
        if len(first) + len(rest) >= count:
            continue
        if lease and not try_record_lock(conn, review_lock_name(row.id)):
            continue  # another transaction is deciding it: pass it over (SKIP LOCKED)
        need = remaining(tally_of(accepted_reviews(conn, row.id)), required)
        if need - _others_live(conn, row.id, reviewer, now) > 0:
            rest.append(row)
    return (first + rest)[:count]


def review_lock_name(submission_id: str) -> str:
    """The lock a submission's review places are decided under (leasing takes it if
    free, a verdict waits for it): never one for the whole campaign."""
    return f"review:{submission_id}"


def release(conn: Connection, campaign_id: str, submission_id: str, reviewer: str,
            now: int) -> bool:
    """Give a leased submission back to the review queue."""
    result = conn.execute(
        update(review_leases)
        .where(and_(review_leases.c.submission_id == submission_id,
                    review_leases.c.campaign_id == campaign_id,
                    review_leases.c.reviewer == reviewer, review_leases.c.expires_at > now))
        .values(expires_at=now)
    )
    return result.rowcount > 0


def lease_of(conn: Connection, submission_id: str, reviewer: str) -> int | None:
    """When the reviewer's lease of the submission ends (or ended); None if never leased."""
    value = conn.execute(
        select(review_leases.c.expires_at).where(review_leases.c.submission_id == submission_id,
                                                 review_leases.c.reviewer == reviewer)
    ).scalar()
    return None if value is None else int(value)


def end_lease(conn: Connection, submission_id: str, reviewer: str, now: int) -> None:
    conn.execute(
        update(review_leases)
        .where(review_leases.c.submission_id == submission_id,
               review_leases.c.reviewer == reviewer, review_leases.c.expires_at > now)
        .values(expires_at=now)
    )


def _item(conn: Connection, campaign: Campaign, row: Any, expires: int | None
          ) -> ReviewItemOut:
    """One submission as the review queue answers it (the wire's ``ReviewItemOut``)."""
    task = Task.model_validate_json(row.task_body)
    annotation = json.loads(row.annotation)
    others: list[OtherLabelOut] = []
    agreed: dict[str, Any] | None = None
    if row.kind != "collection":
        for other in conn.execute(
            select(submissions.c.id, submissions.c.account, submissions.c.annotation,
                   submissions.c.status)
            .where(submissions.c.task_uid == row.task_uid, submissions.c.id != row.id,
                   submissions.c.intake == "accepted")
            .order_by(submissions.c.received_at, submissions.c.id)
        ):
            others.append(OtherLabelOut(submission_id=other.id, account=other.account,
                                        annotation=json.loads(other.annotation),
                                        status=other.status))
        live = [o.annotation for o in others if o.status != "rejected"]
        if live:
            agreed = consensus([annotation, *live],
                               iou_threshold=quality_settings(campaign).iou_threshold).to_json()
    done = tally_of(accepted_reviews(conn, row.id))
    return ReviewItemOut(
        id=row.id, campaign_id=row.campaign_id, task=task, account=row.account, kind=row.kind,
        annotation=annotation, content_hash=row.content_hash, digest=row.digest,
        typed_data=json.loads(row.typed_data), signature=row.signature,
        received_at=int(row.received_at), others=others, consensus=agreed,
        reviews_done=done.done, reviews_needed=remaining(done, _required(campaign)),
        lease_expires_at=expires,
        flags=[FlagOut.model_validate(vars(f)) for f in flags_of(conn, [row.id]).get(row.id, [])],
    )


def _upsert(conn: Connection, submission_id: str, campaign_id: str, reviewer: str,
            expires: int, now: int) -> None:
    values = {"submission_id": submission_id, "campaign_id": campaign_id, "reviewer": reviewer,
              "expires_at": expires, "created_at": now}
    insert_fn = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    stmt = insert_fn(review_leases).values(values)
    conn.execute(stmt.on_conflict_do_update(
        index_elements=["submission_id", "reviewer"],
        set_={"expires_at": stmt.excluded.expires_at, "created_at": stmt.excluded.created_at},
    ))
