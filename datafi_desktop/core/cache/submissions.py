"""Submitting: validate, canonicalize, hash, sign, and write the submission and
its outbox row in one transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import CacheError
from ..wire.body import AnnotationBody
from .base import SharedDatabase, StoreBase, loads, now_ms

if TYPE_CHECKING:  # the signing stack and the models load on the first submit
    from ..models import AnyAnnotation
    from ..protocol import DigestSigner
    from .outbox import OutboxStore
    from .tasks import TaskStore

SUBMISSION_STATUSES = ("queued", "sent", "accepted", "rejected", "paid")


class SubmissionConflictError(CacheError):
    """A submission id is already used for other content."""


@dataclass(frozen=True)
class SubmissionRow:
    id: str
    task_uid: int
    campaign_id: str
    task_id: str
    kind: str
    annotation: AnnotationBody
    content_hash: str
    typed_data: dict[str, Any]
    digest: str
    signer: str
    signature: str
    created_at: int
    status: str
    reason: str | None
    verdict: dict[str, Any] | None
    updated_at: int

    def to_wire(self) -> dict[str, Any]:
        """What is pushed to the hub: the annotation, the typed data and the signature."""
        return {
            "id": self.id,
            "annotation": self.annotation,
            "typed_data": self.typed_data,
            "signature": self.signature,
        }


class SubmissionStore(StoreBase):
    """``cache.submissions``: the signed submissions made here and their statuses.

    It writes through two collaborators, in the same transaction as its own rows: the
    task store (a submission settles the task's draft, skip flag and state) and the
    outbox (every submission is queued for the hub)."""

    def __init__(self, shared: SharedDatabase, tasks: TaskStore, outbox: OutboxStore) -> None:
        super().__init__(shared)
        self.tasks = tasks
        self.outbox = outbox

    def submit(
        self,
        task_uid: int,
        annotation: AnyAnnotation | dict[str, Any],
        signer: DigestSigner,
        *,
        submission_id: str | None = None,
        created_at_ms: int | None = None,
    ) -> SubmissionRow:
        """Sign an annotation for a task and queue it for the hub.

        The submission, its signature and its outbox row are written in one
        transaction, and the task's draft is removed in the same one: after a
        crash either all of it is there or none of it.
        """
        from eth_utils import keccak
        from uuid6 import uuid7

        from ..canonical import canonical_json
        from ..models import parse_annotation, to_json, validate_for_task
        from ..prediction_accept import split_accepted
        from ..predictions import with_prediction_use
        from ..protocol import digest, sign_typed, submission_message, typed_data

        row = self.tasks.get_task(task_uid)
        campaign = self.tasks.get_campaign(row.campaign_id)
        accepted: frozenset[str] = frozenset()
        if isinstance(annotation, dict):
            # the editor's list of accepted predictions becomes from_prediction.accepted
            annotation, accepted = split_accepted(annotation)
            annotation = parse_annotation(annotation, row.task)
        else:
            validate_for_task(annotation, row.task)
        annotation = with_prediction_use(annotation, row.task, accepted)
        body = to_json(annotation)
        canon = canonical_json(body)
        content_hash = "0x" + keccak(canon).hex()
        sid = submission_id or str(uuid7())
        created = created_at_ms if created_at_ms is not None else now_ms()
        message = submission_message(
            submission_id=sid,
            campaign=row.campaign_id,
            task=row.task_id,
            kind=annotation.kind,
            content_hash=content_hash,
            annotator=signer.address,
            created_at_ms=created,
        )
        full = typed_data(campaign.domain, "Submission", message)
        msg_digest = "0x" + digest(full).hex()
        signature = "0x" + sign_typed(full, signer).hex()
        with self.tx.transaction():
            existing = self._one("SELECT content_hash FROM submissions WHERE id = ?", (sid,))
            if existing is not None:
                if existing["content_hash"] != content_hash:
                    raise SubmissionConflictError(f"submission {sid} exists with other content")
                return self.get(sid)
            self.db.execute(
                "INSERT INTO submissions (id, task_uid, campaign_id, task_id, kind, annotation, "
                "content_hash, typed_data, digest, signer, signature, created_at, status, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)",
                (
                    sid, task_uid, row.campaign_id, row.task_id, annotation.kind,
                    canon.decode("utf-8"), content_hash, json.dumps(full), msg_digest,
                    signer.address, signature, created, created,
                ),
            )
            self.outbox.enqueue("submission", sid, created)
            self.tasks.submitted(task_uid)
        return self.get(sid)

    def get(self, submission_id: str) -> SubmissionRow:
        row = self._one("SELECT * FROM submissions WHERE id = ?", (submission_id,))
        if row is None:
            raise CacheError(f"no submission {submission_id} in the cache")
        return _submission_row(row)

    def by_id(self, ids: list[str]) -> dict[str, SubmissionRow]:
        """The submissions with these ids that the cache holds (one query per 500)."""
        found: dict[str, SubmissionRow] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._all(f"SELECT * FROM submissions WHERE id IN ({marks})",
                                 tuple(chunk)):
                found[row["id"]] = _submission_row(row)
        return found

    def set_statuses(self, changes: list[tuple[str, str, str | None]]) -> None:
        """:meth:`set_status` for many ``(id, status, reason)`` at once, in
        one transaction: the rows, then each affected task's state once."""
        for _sid, status, _reason in changes:
            if status not in SUBMISSION_STATUSES:
                raise CacheError(f"unknown submission status {status!r}")
        if not changes:
            return
        with self.tx.transaction():
            stamp = now_ms()
            conn = self.db.conn
            conn.executemany(
                "UPDATE submissions SET status = ?, reason = ?, updated_at = ? WHERE id = ?",
                [(status, reason, stamp, sid) for sid, status, reason in changes],
            )
            uids: set[int] = set()
            ids = [sid for sid, _status, _reason in changes]
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                uids.update(int(r["task_uid"]) for r in self._all(
                    f"SELECT task_uid FROM submissions WHERE id IN ({marks})", tuple(chunk)))
            self.tasks.refresh_states(sorted(uids))

    def all(
        self,
        *,
        task_uid: int | None = None,
        status: str | None = None,
        campaign_id: str | None = None,
        limit: int | None = None,
    ) -> list[SubmissionRow]:
        clauses, params = [], []
        for column, value in (("task_uid", task_uid), ("status", status),
                              ("campaign_id", campaign_id)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT * FROM submissions {where} ORDER BY created_at DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_submission_row(r) for r in self._all(sql, tuple(params))]

    def count(self, status: str | None = None) -> int:
        if status is None:
            row = self._one("SELECT count(*) AS n FROM submissions")
        else:
            row = self._one("SELECT count(*) AS n FROM submissions WHERE status = ?", (status,))
        return int(row["n"]) if row else 0

    def set_status(
        self,
        submission_id: str,
        status: str,
        *,
        reason: str | None = None,
        verdict: dict[str, Any] | None = None,
    ) -> None:
        """Record what the hub reported for a submission and update its task."""
        if status not in SUBMISSION_STATUSES:
            raise CacheError(f"unknown submission status {status!r}")
        with self.tx.transaction():
            row = self._one("SELECT task_uid FROM submissions WHERE id = ?", (submission_id,))
            if row is None:
                raise CacheError(f"no submission {submission_id} in the cache")
            self.db.execute(
                "UPDATE submissions SET status = ?, reason = ?, "
                "verdict = coalesce(?, verdict), updated_at = ? WHERE id = ?",
                (status, reason, json.dumps(verdict) if verdict is not None else None,
                 now_ms(), submission_id),
            )
            self.tasks.refresh_state(row["task_uid"])


def _submission_row(row: dict[str, Any]) -> SubmissionRow:
    return SubmissionRow(
        id=row["id"],
        task_uid=row["task_uid"],
        campaign_id=row["campaign_id"],
        task_id=row["task_id"],
        kind=row["kind"],
        annotation=loads(row["annotation"]),
        content_hash=row["content_hash"],
        typed_data=loads(row["typed_data"]),
        digest=row["digest"],
        signer=row["signer"],
        signature=row["signature"],
        created_at=row["created_at"],
        status=row["status"],
        reason=row["reason"],
        verdict=loads(row["verdict"]),
        updated_at=row["updated_at"],
    )
