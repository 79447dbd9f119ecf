"""What an export holds: one :class:`ExportRecord` per signed submission.

Exporters take a plain iterable of records, not a cache, so the app (its own
submissions) and the hub (accepted work, corrections applied) feed the same code.

A record keeps the signed annotation exactly as signed (for provenance) and,
when a reviewer corrected it, the correction with the reviewer's signed Review
(the label files then hold the correction). ``inclusion`` is the submission's
Merkle proof under an epoch's on-chain submissions root, once settled.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import DataFiError
from ..models import AnyAnnotation, Task, parse_annotation, parse_task
from ..wire.body import AnnotationBody


class ExportError(DataFiError):
    """An export cannot be written (bad records, a missing image, a full disk)."""


@dataclass(frozen=True)
class Inclusion:
    """Where a submission digest sits in an epoch's submissions tree."""

    epoch: int
    root: str
    proof: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"epoch": self.epoch, "root": self.root, "proof": list(self.proof)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Inclusion:
        return cls(int(data["epoch"]), str(data["root"]), tuple(str(p) for p in data["proof"]))


@dataclass(frozen=True)
class ReviewProof:
    """A reviewer's signed Review of a submission (carries the correction's hash)."""

    typed_data: dict[str, Any]
    signature: str
    reviewer: str

    def to_json(self) -> dict[str, Any]:
        return {"typed_data": self.typed_data, "signature": self.signature,
                "reviewer": self.reviewer}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ReviewProof:
        return cls(dict(data["typed_data"]), str(data["signature"]), str(data["reviewer"]))


@dataclass(frozen=True)
class ExportRecord:
    """One signed submission with its task, ready for any exporter."""

    task: Task
    campaign_id: str
    submission_id: str
    annotation: AnnotationBody
    content_hash: str
    typed_data: dict[str, Any]
    digest: str
    signer: str
    signature: str
    created_at: int = 0
    status: str = "accepted"
    verdict: dict[str, Any] | None = None
    correction: AnnotationBody | None = None
    review: ReviewProof | None = None
    inclusion: Inclusion | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return str(self.annotation.get("kind", self.task.kind.value))

    @property
    def final(self) -> dict[str, Any]:
        """The annotation the label files hold: the correction when there is one."""
        return self.correction if self.correction is not None else self.annotation

    def final_annotation(self) -> AnyAnnotation:
        return parse_annotation(self.final)

    def sort_key(self) -> tuple[str, str, int, str]:
        return (self.campaign_id, self.task.id, self.created_at, self.submission_id)

    def to_json(self) -> dict[str, Any]:
        """The JSONL line of this record (what a buyer verifies)."""
        out: dict[str, Any] = {
            "submission_id": self.submission_id,
            "campaign_id": self.campaign_id,
            "task_id": self.task.id,
            "kind": self.kind,
            "status": self.status,
            "annotation": self.annotation,
            "content_hash": self.content_hash,
            "signer": self.signer,
            "signature": self.signature,
            "digest": self.digest,
            "typed_data": self.typed_data,
            "created_at": self.created_at,
            "task": self.task.model_dump(mode="json"),
        }
        if self.verdict is not None:
            out["verdict"] = self.verdict
        if self.correction is not None:
            out["correction"] = self.correction
        if self.review is not None:
            out["review"] = self.review.to_json()
        if self.inclusion is not None:
            out["inclusion"] = self.inclusion.to_json()
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ExportRecord:
        """Read a JSONL line back; raises KeyError/TypeError/ValueError on bad shapes."""
        review = data.get("review")
        inclusion = data.get("inclusion")
        verdict = data.get("verdict")
        correction = data.get("correction")
        return cls(
            task=parse_task(data["task"]),
            campaign_id=str(data["campaign_id"]),
            submission_id=str(data["submission_id"]),
            annotation=dict(data["annotation"]),
            content_hash=str(data["content_hash"]),
            typed_data=dict(data["typed_data"]),
            digest=str(data["digest"]),
            signer=str(data["signer"]),
            signature=str(data["signature"]),
            created_at=int(data.get("created_at") or 0),
            status=str(data.get("status") or "accepted"),
            verdict=dict(verdict) if isinstance(verdict, Mapping) else None,
            correction=dict(correction) if isinstance(correction, Mapping) else None,
            review=ReviewProof.from_json(review) if isinstance(review, Mapping) else None,
            inclusion=Inclusion.from_json(inclusion) if isinstance(inclusion, Mapping) else None,
        )


def correction_of(verdict: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The corrected annotation a hub verdict carries (``{"verdict": "correct",
    "correction": {...}}``), or None."""
    if not isinstance(verdict, Mapping):
        return None
    correction = verdict.get("correction")
    if verdict.get("verdict") == "correct" and isinstance(correction, Mapping):
        return dict(correction)
    return None


def review_of(verdict: Mapping[str, Any] | None) -> ReviewProof | None:
    """The signed Review inside a hub verdict, when the hub sent it."""
    if not isinstance(verdict, Mapping):
        return None
    typed, signature, reviewer = (verdict.get("typed_data"), verdict.get("signature"),
                                  verdict.get("reviewer"))
    if isinstance(typed, Mapping) and isinstance(signature, str) and isinstance(reviewer, str):
        return ReviewProof(dict(typed), signature, reviewer)
    return None


def from_submission(row: Any, task: Task, inclusion: Inclusion | None = None) -> ExportRecord:
    """An export record from a cache ``SubmissionRow`` and its task."""
    return ExportRecord(
        task=task,
        campaign_id=row.campaign_id,
        submission_id=row.id,
        annotation=dict(row.annotation),
        content_hash=row.content_hash,
        typed_data=dict(row.typed_data),
        digest=row.digest,
        signer=row.signer,
        signature=row.signature,
        created_at=int(row.created_at),
        status=row.status,
        verdict=row.verdict,
        correction=correction_of(row.verdict),
        review=review_of(row.verdict),
        inclusion=inclusion,
    )


def sorted_records(records: Iterable[ExportRecord]) -> list[ExportRecord]:
    """Records in the one order every exporter uses (so outputs are deterministic)."""
    return sorted(records, key=ExportRecord.sort_key)


def latest_per_task(records: Iterable[ExportRecord]) -> tuple[list[ExportRecord], int]:
    """The latest submission of each task, and how many earlier ones were left out."""
    latest: dict[tuple[str, str], ExportRecord] = {}
    total = 0
    for record in sorted_records(records):
        total += 1
        latest[(record.campaign_id, record.task.id)] = record
    kept = sorted_records(latest.values())
    return kept, total - len(kept)


def check_records(records: Iterable[ExportRecord]) -> list[ExportRecord]:
    """Validate every record's final annotation against its task before writing."""
    out = sorted_records(records)
    seen: set[str] = set()
    for record in out:
        if record.submission_id in seen:
            raise ExportError(f"submission {record.submission_id} appears twice")
        seen.add(record.submission_id)
        validate_record(record)
    return out


def validate_record(record: ExportRecord) -> None:
    """The record's final annotation fits its task (else :class:`ExportError`)."""
    try:
        parse_annotation(record.final, record.task)
    except DataFiError as exc:
        raise ExportError(f"submission {record.submission_id} (task {record.task.id!r}): "
                          f"{exc}") from None
