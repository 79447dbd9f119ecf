"""Reviewing in the cache: the leased review queue, reviews made here, quality figures.

The review queue (``review_items``) holds other annotators' submissions leased
from the hub for review, each with its task, the other annotators' labels of
the same task and their consensus, so that a reviewer can work offline. A
verdict (``reviews``) is signed and written with its outbox row in one
transaction by :func:`datafi_desktop.core.review.make_review`; the sync engine
pushes it like a submission. ``quality`` keeps the figures the hub reports for
the profile's own work (agreement, gold accuracy) per campaign.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import CacheError
from ..wire.body import AnnotationBody
from .base import SharedDatabase, StoreBase, loads, now_ms

if TYPE_CHECKING:  # the task and wire models (pydantic) load when an item is read
    from ..models import Task
    from ..wire.review import ReviewItemOut
    from .outbox import OutboxStore
    from .tasks import TaskStore

REVIEW_ITEM_STATES = ("open", "reviewed", "released", "gone")
REVIEW_STATUSES = ("queued", "sent", "rejected")
REQUEST_PREFIX = "review_wanted:"


@dataclass(frozen=True)
class OtherLabel:
    """Another annotator's label of the same task (the wire's ``OtherLabelOut``, its
    ``account`` kept as ``annotator``)."""

    submission_id: str
    annotator: str
    annotation: AnnotationBody
    status: str


@dataclass(frozen=True)
class ReviewQueueItem:
    """A submission to review, as the review page shows it: the hub's review item (the
    wire's ``ReviewItemOut``, :meth:`from_wire`) with the cache's own columns
    (``position``, ``state``); ``annotator`` is the item's ``account`` and
    ``leased_until`` its ``lease_expires_at``."""

    submission_id: str
    campaign_id: str
    task: Task
    kind: str
    annotator: str
    annotation: AnnotationBody
    content_hash: str
    digest: str
    typed_data: dict[str, Any]
    signature: str
    others: tuple[OtherLabel, ...]
    consensus: dict[str, Any] | None
    reviews_done: int
    reviews_needed: int
    leased_until: int | None
    position: int
    state: str
    #: copies and near-copies the hub found at intake (``FlagOut`` JSON: kind, detail, …)
    flags: tuple[dict[str, Any], ...] = ()

    @classmethod
    def from_wire(cls, item: ReviewItemOut, *, position: int = 0, state: str = "open"
                  ) -> ReviewQueueItem:
        """The cache's row of a review item the hub leased: the one place the wire's
        fields become the cache's."""
        return cls(
            submission_id=item.id, campaign_id=item.campaign_id, task=item.task,
            kind=item.kind, annotator=item.account, annotation=item.annotation,
            content_hash=item.content_hash, digest=item.digest, typed_data=item.typed_data,
            signature=item.signature,
            others=tuple(OtherLabel(o.submission_id, o.account, o.annotation, o.status)
                         for o in item.others),
            consensus=item.consensus, reviews_done=item.reviews_done,
            reviews_needed=item.reviews_needed, leased_until=item.lease_expires_at,
            position=position, state=state, flags=tuple(f.model_dump() for f in item.flags))

    @property
    def task_id(self) -> str:
        return self.task.id

    @property
    def consensus_annotation(self) -> dict[str, Any] | None:
        """What most annotators of the task said (None without a majority)."""
        return (self.consensus or {}).get("annotation")


@dataclass(frozen=True)
class ReviewRow:
    """A verdict made (and signed) on this device."""

    id: str
    submission_id: str
    campaign_id: str
    task_id: str
    verdict: str
    reason: str
    correction: AnnotationBody | None
    correction_hash: str | None
    typed_data: dict[str, Any]
    digest: str
    signer: str
    signature: str
    created_at: int
    status: str  # queued | sent (the hub accepted it) | rejected (reason_from_hub)
    reason_from_hub: str | None
    updated_at: int

    def to_wire(self) -> dict[str, Any]:
        """What is pushed to the hub (``POST /v1/reviews``)."""
        return {"id": self.id, "typed_data": self.typed_data, "signature": self.signature,
                "correction": self.correction}


class ReviewStore(StoreBase):
    """``cache.reviews``: the leased review queue, the verdicts made here and the quality
    figures. A verdict's outbox row goes through the outbox store in the verdict's own
    transaction; review requests are kept in the sync state (the task store)."""

    def __init__(self, shared: SharedDatabase, tasks: TaskStore, outbox: OutboxStore) -> None:
        super().__init__(shared)
        self.tasks = tasks
        self.outbox = outbox

    # --- the review queue ---------------------------------------------------------------

    def store_review_items(self, campaign_id: str, items: Iterable[ReviewItemOut], *,
                           replace: bool = False) -> int:
        """Store review items as the hub leased them (the wire's ``ReviewItemOut``). A
        known item is refreshed and keeps its place and state. With ``replace`` the
        campaign's open items the hub did not hand out again are marked ``gone`` (decided
        elsewhere, or the lease lapsed)."""
        stamp = now_ms()
        seen: list[str] = []
        with self.tx.transaction():
            top = self._one("SELECT coalesce(max(position), 0) AS p FROM review_items "
                            "WHERE campaign_id = ?", (campaign_id,))
            position = int(top["p"]) if top else 0
            for wire in items:
                row = ReviewQueueItem.from_wire(wire)
                values = (
                    row.task.id, row.kind, row.task.model_dump_json(), row.annotator,
                    json.dumps(row.annotation), row.content_hash, row.digest,
                    json.dumps(row.typed_data), row.signature,
                    json.dumps([vars(o) for o in row.others]),
                    json.dumps(row.consensus) if row.consensus else None,
                    row.reviews_done, row.reviews_needed, row.leased_until, stamp,
                    json.dumps(list(row.flags)),
                )
                sid = row.submission_id
                cur = self.db.execute(
                    "UPDATE review_items SET task_id = ?, kind = ?, task = ?, annotator = ?, "
                    "annotation = ?, content_hash = ?, digest = ?, typed_data = ?, "
                    "signature = ?, others = ?, consensus = ?, reviews_done = ?, "
                    "reviews_needed = ?, leased_until = ?, fetched_at = ?, flags = ?, "
                    "state = CASE WHEN state IN ('released', 'gone') THEN 'open' "
                    "ELSE state END WHERE submission_id = ?",
                    (*values, sid),
                )
                if cur.rowcount == 0:
                    position += 1
                    self.db.execute(
                        "INSERT INTO review_items (task_id, kind, task, annotator, annotation, "
                        "content_hash, digest, typed_data, signature, others, consensus, "
                        "reviews_done, reviews_needed, leased_until, fetched_at, flags, "
                        "submission_id, campaign_id, position) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (*values, sid, campaign_id, position),
                    )
                seen.append(sid)
            if replace:
                marks = ",".join("?" * len(seen))
                self.db.execute(
                    "UPDATE review_items SET state = 'gone' WHERE campaign_id = ? AND "
                    f"state = 'open' AND submission_id NOT IN ({marks or 'NULL'})",
                    (campaign_id, *seen),
                )
        return len(seen)

    def review_items(self, campaign_id: str | None = None, *,
                     states: Iterable[str] = ("open",), limit: int | None = None
                     ) -> list[ReviewQueueItem]:
        """Items to review in queue order (by default the open ones)."""
        wanted = tuple(states)
        clauses = [f"state IN ({','.join('?' * len(wanted))})"]
        params: list[Any] = list(wanted)
        if campaign_id is not None:
            clauses.append("campaign_id = ?")
            params.append(campaign_id)
        sql = (f"SELECT * FROM review_items WHERE {' AND '.join(clauses)} "
               "ORDER BY campaign_id, position")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_item(r) for r in self._all(sql, tuple(params))]

    def get_review_item(self, submission_id: str) -> ReviewQueueItem:
        row = self._one("SELECT * FROM review_items WHERE submission_id = ?", (submission_id,))
        if row is None:
            raise CacheError(f"no submission {submission_id} in the review queue")
        return _item(row)

    def review_item_count(self, campaign_id: str | None = None, state: str = "open") -> int:
        sql = "SELECT count(*) AS n FROM review_items WHERE state = ?"
        params: tuple[Any, ...] = (state,)
        if campaign_id is not None:
            sql += " AND campaign_id = ?"
            params = (state, campaign_id)
        row = self._one(sql, params)
        return int(row["n"]) if row else 0

    def set_review_item_state(self, submission_id: str, state: str) -> None:
        if state not in REVIEW_ITEM_STATES:
            raise CacheError(f"unknown review item state {state!r}")
        with self.tx.transaction():
            self.db.execute("UPDATE review_items SET state = ? WHERE submission_id = ?",
                            (state, submission_id))

    def request_reviews(self, campaign_id: str, count: int, ttl_s: int | None = None) -> None:
        """Ask the next sync to keep ``count`` submissions of the campaign leased for
        review (0 stops it). The sync engine reads this; the GUI then triggers a sync."""
        if count < 0:
            raise CacheError("count must not be negative")
        self.tasks.set_state(REQUEST_PREFIX + campaign_id,
                             json.dumps({"count": count, "ttl_s": ttl_s}))

    def review_requests(self) -> dict[str, tuple[int, int | None]]:
        """campaign → (count, ttl_s) asked with :meth:`request_reviews`."""
        out: dict[str, tuple[int, int | None]] = {}
        for row in self._all("SELECT key, value FROM sync_state WHERE key LIKE ?",
                             (REQUEST_PREFIX + "%",)):
            body = loads(row["value"]) or {}
            out[row["key"][len(REQUEST_PREFIX):]] = (int(body.get("count") or 0),
                                                     body.get("ttl_s"))
        return out

    # --- verdicts made here ---------------------------------------------------------------

    def insert(self, row: ReviewRow) -> None:
        """Write a signed verdict and its outbox row (inside the caller's transaction when
        there is one; :func:`~datafi_desktop.core.review.make_review` is the way in)."""
        with self.tx.transaction():
            self.db.execute(
                "INSERT INTO reviews (id, submission_id, campaign_id, task_id, verdict, reason, "
                "correction, correction_hash, typed_data, digest, signer, signature, "
                "created_at, status, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)",
                (row.id, row.submission_id, row.campaign_id, row.task_id, row.verdict,
                 row.reason, json.dumps(row.correction) if row.correction is not None else None,
                 row.correction_hash, json.dumps(row.typed_data), row.digest, row.signer,
                 row.signature, row.created_at, row.created_at),
            )
            self.outbox.enqueue("review", row.id, row.created_at)
            self.db.execute("UPDATE review_items SET state = 'reviewed' WHERE submission_id = ?",
                            (row.submission_id,))

    def get(self, review_id: str) -> ReviewRow:
        row = self._one("SELECT * FROM reviews WHERE id = ?", (review_id,))
        if row is None:
            raise CacheError(f"no review {review_id} in the cache")
        return _review(row)

    def find(self, review_id: str) -> ReviewRow | None:
        row = self._one("SELECT * FROM reviews WHERE id = ?", (review_id,))
        return None if row is None else _review(row)

    def reviews_of(self, submission_id: str, signer: str | None = None) -> list[ReviewRow]:
        """Verdicts made here on one submission (by ``signer`` when given), newest first."""
        sql = "SELECT * FROM reviews WHERE submission_id = ?"
        params: tuple[Any, ...] = (submission_id,)
        if signer is not None:
            sql += " AND lower(signer) = lower(?)"
            params = (submission_id, signer)
        return [_review(r) for r in self._all(sql + " ORDER BY created_at DESC, id DESC", params)]

    def all(self, *, campaign_id: str | None = None, status: str | None = None,
                limit: int | None = None) -> list[ReviewRow]:
        clauses, params = [], []
        for column, value in (("campaign_id", campaign_id), ("status", status)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT * FROM reviews {where} ORDER BY created_at DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_review(r) for r in self._all(sql, tuple(params))]

    def set_status(self, review_id: str, status: str, *,
                          reason_from_hub: str | None = None) -> None:
        if status not in REVIEW_STATUSES:
            raise CacheError(f"unknown review status {status!r}")
        with self.tx.transaction():
            self.db.execute(
                "UPDATE reviews SET status = ?, reason_from_hub = ?, updated_at = ? "
                "WHERE id = ?", (status, reason_from_hub, now_ms(), review_id))

    # --- quality figures -------------------------------------------------------------------

    def set_quality(self, campaign_id: str, account: str, figures: Mapping[str, Any]) -> None:
        """Keep the hub's figures for an account in a campaign (``QualityOut`` JSON)."""
        with self.tx.transaction():
            self.db.execute(
                "INSERT INTO quality (campaign_id, account, body, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (campaign_id, account) DO UPDATE SET "
                "body = excluded.body, updated_at = excluded.updated_at",
                (campaign_id, account.lower(), json.dumps(dict(figures)), now_ms()),
            )

    def quality(self, campaign_id: str, account: str) -> dict[str, Any] | None:
        """The latest figures the hub reported (agreement, gold_accuracy, held, …)."""
        row = self._one("SELECT body, updated_at FROM quality WHERE campaign_id = ? AND "
                        "account = ?", (campaign_id, account.lower()))
        if row is None:
            return None
        body = dict(loads(row["body"]))
        body["updated_at"] = row["updated_at"]
        return body


def _item(row: dict[str, Any]) -> ReviewQueueItem:
    from ..models.tasks import Task

    return ReviewQueueItem(
        submission_id=row["submission_id"], campaign_id=row["campaign_id"],
        task=Task.model_validate_json(row["task"]), kind=row["kind"], annotator=row["annotator"],
        annotation=loads(row["annotation"]), content_hash=row["content_hash"],
        digest=row["digest"], typed_data=loads(row["typed_data"]), signature=row["signature"],
        others=tuple(OtherLabel(**o) for o in loads(row["others"]) or []),
        consensus=loads(row["consensus"]), reviews_done=row["reviews_done"],
        reviews_needed=row["reviews_needed"], leased_until=row["leased_until"],
        position=row["position"], state=row["state"],
        flags=tuple(loads(row.get("flags") or "[]") or []),
    )


def _review(row: dict[str, Any]) -> ReviewRow:
    return ReviewRow(
        id=row["id"], submission_id=row["submission_id"], campaign_id=row["campaign_id"],
        task_id=row["task_id"], verdict=row["verdict"], reason=row["reason"],
        correction=loads(row["correction"]), correction_hash=row["correction_hash"],
        typed_data=loads(row["typed_data"]), digest=row["digest"], signer=row["signer"],
        signature=row["signature"], created_at=row["created_at"], status=row["status"],
        reason_from_hub=row["reason_from_hub"], updated_at=row["updated_at"],
    )
