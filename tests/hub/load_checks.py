"""What a load run must leave behind, checked in SQL against what the hub acknowledged
(:class:`tests.hub.loadgen.Record`). Each check returns its problems (empty: it holds).

"No task leased beyond its overlap at any moment" is checked on intervals: a lease row
keeps only its latest ``[created_at, expires_at)`` (a renewal moves ``created_at``, a
submission ends it), so every lease the clients were granted (the lease answer carries
the hub's ``now`` and each ``expires_at``) is added to it. Per task and account those
intervals are merged and cut at that account's submission; the submission then holds the
place until a review rejects it. At no instant may more accounts hold places than the
overlap. Review leases are checked the same way against ``reviews_required`` (1)."""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import Engine, text

from .loadgen import OVERLAP, PLAIN, REVIEWED, REWARDS, Record

FOREVER = math.inf
Interval = tuple[float, float]


@dataclass
class Stored:
    """The rows of the two load campaigns."""

    tasks: list[Any]
    submissions: list[Any]
    leases: list[Any]
    reviews: list[Any]
    review_leases: list[Any]
    ledger: list[Any]
    assets: list[Any]


def read_stored(engine: Engine) -> Stored:
    ids = {"a": PLAIN, "b": REVIEWED}
    where = "campaign_id IN (:a, :b)"
    with engine.connect() as conn:
        def rows(sql: str) -> list[Any]:
            return list(conn.execute(text(sql), ids))

        return Stored(
            tasks=rows(f"SELECT uid, campaign_id, task_id, kind, submitted FROM tasks "
                       f"WHERE {where}"),
            submissions=rows(f"SELECT id, campaign_id, task_uid, account, kind, intake, "
                             f"status, received_at, annotation FROM submissions "
                             f"WHERE {where}"),
            leases=rows(f"SELECT task_uid, account, created_at, expires_at FROM leases "
                        f"WHERE {where}"),
            reviews=rows(f"SELECT id, submission_id, reviewer, intake, received_at "
                         f"FROM reviews WHERE {where}"),
            review_leases=rows(f"SELECT submission_id, reviewer, created_at, expires_at "
                               f"FROM review_leases WHERE {where}"),
            ledger=rows(f"SELECT kind, account, amount, submission_id, review_id "
                        f"FROM ledger WHERE {where}"),
            assets=rows(f"SELECT sha256, size FROM assets WHERE {where}"))


def merged(intervals: list[Interval]) -> list[Interval]:
    out: list[Interval] = []
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def most_at_once(holders: dict[str, list[Interval]]) -> tuple[int, float]:
    """The most accounts holding a place at one instant (``[start, end)``), and when."""
    events: list[tuple[float, int]] = []
    for intervals in holders.values():
        for start, end in merged(intervals):
            events += [(start, 1), (end, -1)]
    events.sort()  # at one instant an ending (-1) comes before a start (+1)
    most, at, now = 0, 0.0, 0
    for moment, step in events:
        now += step
        if now > most:
            most, at = now, moment
    return most, at


def lost_submissions(record: Record, stored: Stored) -> list[str]:
    """Every acknowledged submission stored, with the answer the hub gave."""
    intake = {r.id: r.intake for r in stored.submissions}
    problems = [f"submission {sid}: acknowledged {result}, stored {intake.get(sid)}"
                for sid, result in record.acked.items() if intake.get(sid) != result]
    problems += [f"resend of {sid} answered otherwise" for sid in record.changed_on_resend]
    seen: dict[tuple[str, int], int] = defaultdict(int)
    for row in stored.submissions:
        if row.kind != "collection":
            seen[(row.account, row.task_uid)] += 1
    problems += [f"{account} stored task {uid} {n} times"
                 for (account, uid), n in seen.items() if n > 1]
    return problems


def _decided_at(stored: Stored) -> dict[str, float]:
    """When each rejected-by-review submission gave its place back (its last accepted
    review); the others hold it for good."""
    last: dict[str, float] = {}
    for review in stored.reviews:
        if review.intake == "accepted":
            last[review.submission_id] = max(last.get(review.submission_id, 0),
                                             review.received_at)
    return {r.id: last.get(r.id, r.received_at) for r in stored.submissions
            if r.intake == "accepted" and r.status == "rejected"}


def task_holders(record: Record, stored: Stored) -> dict[int, dict[str, list[Interval]]]:
    """Per task uid, per account: the intervals it held a place."""
    uid_of = {(t.campaign_id, t.task_id): t.uid for t in stored.tasks}
    done = {(s.task_uid, s.account): s.received_at for s in stored.submissions
            if s.intake == "accepted" and s.kind != "collection"}
    freed = _decided_at(stored)
    holders: dict[int, dict[str, list[Interval]]] = defaultdict(lambda: defaultdict(list))
    spans = [(uid_of[(g.campaign_id, g.task_id)], g.account, g.start, g.end)
             for g in record.grants]
    spans += [(r.task_uid, r.account, r.created_at, r.expires_at) for r in stored.leases]
    for uid, account, start, end in spans:
        cut = done.get((uid, account), FOREVER)
        holders[uid][account].append((start, min(end, cut)))
    for s in stored.submissions:
        if s.intake == "accepted" and s.kind != "collection":
            holders[s.task_uid][s.account].append((s.received_at,
                                                   freed.get(s.id, FOREVER)))
    return holders


def over_overlap(record: Record, stored: Stored) -> list[str]:
    """No task held by more accounts than its overlap at any moment, and every task's
    counter equal to its stored submissions that count."""
    problems = []
    for uid, holders in task_holders(record, stored).items():
        most, at = most_at_once(holders)
        if most > OVERLAP:
            problems.append(f"task {uid}: {most} holders at {at}")
    counting: dict[int, int] = defaultdict(int)
    for s in stored.submissions:
        if s.kind != "collection" and s.intake == "accepted" and s.status != "rejected":
            counting[s.task_uid] += 1
    problems += [f"task {t.uid}: counter {t.submitted}, {counting[t.uid]} counting"
                 for t in stored.tasks
                 if t.kind != "collection" and t.submitted != counting[t.uid]]
    problems += [f"task {uid}: {n} counting" for uid, n in counting.items() if n > OVERLAP]
    return problems


def review_problems(record: Record, stored: Stored) -> list[str]:
    """Every acknowledged verdict stored as answered; no submission leased to or reviewed
    by more reviewers at once than it needs (1); a reviewed submission is decided."""
    intake = {r.id: r.intake for r in stored.reviews}
    problems = [f"review {rid}: acknowledged {result}, stored {intake.get(rid)}"
                for rid, result in record.verdicts.items() if intake.get(rid) != result]
    reviewed = {r.submission_id: r.received_at for r in stored.reviews
                if r.intake == "accepted"}
    mine = {(r.submission_id, r.reviewer): r.received_at for r in stored.reviews
            if r.intake == "accepted"}
    holders: dict[str, dict[str, list[Interval]]] = defaultdict(lambda: defaultdict(list))
    for lease in stored.review_leases:
        cut = mine.get((lease.submission_id, lease.reviewer), FOREVER)
        holders[lease.submission_id][lease.reviewer].append(
            (lease.created_at, min(lease.expires_at, cut)))
    for r in stored.reviews:
        if r.intake == "accepted":
            holders[r.submission_id][r.reviewer].append((r.received_at, FOREVER))
    for sid, by_reviewer in holders.items():
        most, at = most_at_once(by_reviewer)
        if most > 1:
            problems.append(f"submission {sid}: {most} reviewers at once at {at}")
    status = {s.id: s.status for s in stored.submissions}
    problems += [f"submission {sid} reviewed but still {status[sid]}"
                 for sid in reviewed if status[sid] == "pending"]
    return problems


def ledger_problems(stored: Stored) -> list[str]:
    """The ledger pays each accepted submission and review once, its reward exactly."""
    problems = []
    paid: dict[str, int] = defaultdict(int)
    owed: dict[str, int] = defaultdict(int)
    for entry in stored.ledger:
        paid[entry.account] += int(entry.amount)
    by_submission = [e.submission_id for e in stored.ledger if e.kind == "submission"]
    by_review = [e.review_id for e in stored.ledger if e.kind == "review"]
    accepted = {s.id: s for s in stored.submissions if s.status in ("accepted", "paid")}
    for s in accepted.values():
        owed[s.account] += REWARDS[s.kind]
    good_reviews = {r.id: r for r in stored.reviews if r.intake == "accepted"}
    for r in good_reviews.values():
        owed[r.reviewer] += REWARDS["review"]
    if sorted(by_submission) != sorted(accepted):
        problems.append(f"{len(by_submission)} submission entries "
                        f"({len(set(by_submission))} distinct) for {len(accepted)} accepted")
    if sorted(by_review) != sorted(good_reviews):
        problems.append(f"{len(by_review)} review entries for {len(good_reviews)} accepted")
    problems += [f"{account}: paid {paid[account]}, owed {owed[account]}"
                 for account in set(paid) | set(owed) if paid[account] != owed[account]]
    return problems


def asset_problems(record: Record, stored: Stored, store: Any, url: str) -> list[str]:
    """Every acknowledged upload recorded, in the object store with its hash, and served
    through the proxy with it; every accepted collection item names a stored asset."""
    import json

    sizes = {a.sha256: a.size for a in stored.assets}
    problems = [f"upload {sha}: acknowledged {size} bytes, recorded {sizes.get(sha)}"
                for sha, size in record.uploads.items() if sizes.get(sha) != size]
    problems += [f"asset {sha} does not hash to its name in the store"
                 for sha in sizes if not store.verify(sha)]
    with httpx.Client(base_url=url, timeout=30) as http:
        for sha in record.uploads:
            got = http.get(f"/v1/assets/{sha}")
            if got.status_code != 200 or hashlib.sha256(got.content).hexdigest() != sha:
                problems.append(f"asset {sha}: GET answered {got.status_code}")
    for s in stored.submissions:
        if s.kind == "collection" and s.intake == "accepted":
            asset = json.loads(s.annotation).get("asset")
            if asset not in sizes:
                problems.append(f"collection item {s.id} names a missing asset {asset}")
    return problems


def all_problems(record: Record, stored: Stored, store: Any, url: str) -> dict[str, list[str]]:
    return {"lost or doubled submissions": lost_submissions(record, stored),
            "tasks over their overlap": over_overlap(record, stored),
            "reviews": review_problems(record, stored),
            "ledger": ledger_problems(stored),
            "assets": asset_problems(record, stored, store, url)}
