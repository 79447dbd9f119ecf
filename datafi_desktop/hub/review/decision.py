"""Deciding a submission from its reviews, and what that writes.

A submission needs ``campaign.reviews_required`` accepted reviews. Each review
votes *pass* (``accept`` or ``correct``) or *fail* (``reject``). Once enough are
in, the majority decides; a tie asks for one more review. Deciding:

- accepted: status ``accepted``, the verdict of the latest correcting review
  (else the latest passing one), and a ``submission`` ledger entry for the
  annotator (``campaign.rewards[kind]``);
- rejected: status ``rejected`` with the rejecting reviewers' reasons (the task's
  place goes back to the pool, :func:`~.statuses.set_status`);
- either way the submission's review leases end.

The verdict kept on the submission (and sent in the annotator's status feed) is
``{"verdict", "reason", "correction", "typed_data", "signature", "reviewer",
"review_id", "created_at", "votes"}`` — what the exporters read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update

from ...core.models import Campaign
from ..db.tables import review_leases, reviews, submissions
from ..settlement import ledger
from .gold_feedback import settle
from .statuses import set_status

PASS = ("accept", "correct")


@dataclass(frozen=True)
class Tally:
    accept: int = 0
    correct: int = 0
    reject: int = 0

    @property
    def done(self) -> int:
        return self.accept + self.correct + self.reject

    @property
    def passes(self) -> int:
        return self.accept + self.correct


def remaining(tally: Tally, required: int) -> int:
    """How many more reviews the submission needs (0: decided)."""
    if tally.done < required:
        return required - tally.done
    return 1 if tally.passes == tally.reject else 0


def outcome(tally: Tally, required: int) -> str | None:
    """``accepted``, ``rejected`` or None (more reviews needed)."""
    if remaining(tally, required):
        return None
    return "accepted" if tally.passes > tally.reject else "rejected"


def accepted_reviews(conn: Connection, submission_id: str) -> list[Any]:
    return list(conn.execute(
        select(reviews).where(reviews.c.submission_id == submission_id,
                              reviews.c.intake == "accepted")
        .order_by(reviews.c.received_at, reviews.c.id)
    ))


def tally_of(rows: list[Any]) -> Tally:
    counts = {"accept": 0, "correct": 0, "reject": 0}
    for row in rows:
        counts[row.verdict] = counts.get(row.verdict, 0) + 1
    return Tally(**counts)


def verdict_json(row: Any, tally: Tally) -> dict[str, Any]:
    """The verdict a decided submission carries (the shape the exporters read)."""
    out: dict[str, Any] = {
        "verdict": row.verdict,
        "reason": row.reason,
        "typed_data": json.loads(row.typed_data),
        "signature": row.signature,
        "reviewer": row.reviewer,
        "review_id": row.id,
        "created_at": int(row.created_at),
        "votes": {"accept": tally.accept, "correct": tally.correct, "reject": tally.reject},
    }
    if row.verdict == "correct" and row.correction is not None:
        out["correction"] = json.loads(row.correction)
    return out


def decide(conn: Connection, submission_id: str, campaign: Campaign, now: int) -> str | None:
    """Decide the submission if its reviews allow; returns the new status or None."""
    sub = conn.execute(
        select(submissions.c.status, submissions.c.account, submissions.c.kind,
               submissions.c.digest, submissions.c.campaign_id)
        .where(submissions.c.id == submission_id)
    ).first()
    if sub is None or sub.status != "pending":
        return None
    rows = accepted_reviews(conn, submission_id)
    tally = tally_of(rows)
    result = outcome(tally, max(campaign.reviews_required, 1))
    if result is None:
        return None
    if result == "accepted":
        passing = [r for r in rows if r.verdict in PASS]
        correcting = [r for r in passing if r.verdict == "correct"]
        deciding = (correcting or passing)[-1]
        set_status(conn, submission_id, "accepted", reason=deciding.reason or None,
                   verdict=verdict_json(deciding, tally))
        credit_submission(conn, campaign, submission_id, sub.account, sub.kind, sub.digest, now)
    else:
        failing = [r for r in rows if r.verdict == "reject"]
        reasons = "; ".join(dict.fromkeys(r.reason.strip() for r in failing if r.reason.strip()))
        set_status(conn, submission_id, "rejected", reason=reasons or "rejected by review",
                   verdict=verdict_json(failing[-1], tally))
    conn.execute(
        update(review_leases)
        .where(review_leases.c.submission_id == submission_id,
               review_leases.c.expires_at > now)
        .values(expires_at=now)
    )
    settle(conn, submission_id, now)  # its gold score counts from the next period
    return result


def credit_submission(conn: Connection, campaign: Campaign, submission_id: str, account: str,
                      kind: str, digest: str, now: int) -> None:
    """The ledger entry of an accepted submission (once)."""
    if ledger.has_entry(conn, "submission", submission_id):
        return
    ledger.append(conn, campaign_id=campaign.id, account=account,
                  amount=int(campaign.rewards.get(kind, 0)), kind="submission", digest=digest,
                  submission_id=submission_id, created_at=now)


def credit_review(conn: Connection, campaign: Campaign, review_id: str, reviewer: str,
                  digest: str, now: int) -> None:
    """The ledger entry of an accepted review (once)."""
    if ledger.has_entry(conn, "review", review_id):
        return
    ledger.append(conn, campaign_id=campaign.id, account=reviewer,
                  amount=int(campaign.rewards.get("review", 0)), kind="review", digest=digest,
                  review_id=review_id, created_at=now)
