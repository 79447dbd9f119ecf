"""Reviewing other annotators' work: validate, hash, sign and queue a verdict.

A verdict is an EIP-712 ``Review`` bound to the reviewed submission's id and
digest: ``accept``; ``reject`` with a reason (required: one of the campaign's
``reject_reasons`` and/or free text); or ``correct`` with a corrected
annotation, validated against the task, whose RFC 8785 keccak is the signed
``correctionHash``. :func:`make_review` writes the review and its outbox row in
one cache transaction, offline; the sync engine pushes it like a submission.

>>> compose_reason("Wrong label", "the text is sarcastic")
'Wrong label: the text is sarcastic'
>>> compose_reason(None, "  ")
''
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eth_utils import keccak
from uuid6 import uuid7

from .canonical import canonical_json
from .errors import DataFiError
from .models import AnyAnnotation, Task, parse_annotation, to_json
from .models.annotations import MAX_REASON_CHARS
from .protocol import (
    VERDICTS,
    DigestSigner,
    Domain,
    digest,
    recover_typed,
    review_message,
    sign_typed,
    typed_data,
)
from .wire.body import AnnotationBody

if TYPE_CHECKING:
    from .cache import Cache
    from .cache.reviews import ReviewQueueItem, ReviewRow


class ReviewError(DataFiError):
    """A verdict cannot be made as asked."""


class ReasonRequiredError(ReviewError):
    """A reject needs a reason."""


class OwnSubmissionError(ReviewError):
    """A reviewer never reviews their own work."""


class CorrectionError(ReviewError):
    """The correction is missing, invalid for the task, or the same as the submission."""


class AlreadyReviewedError(ReviewError):
    """This account already made a verdict on the submission."""


class ReviewConflictError(ReviewError):
    """A review id is already used for another verdict."""


@dataclass(frozen=True)
class SignedReview:
    """A signed verdict before it is stored."""

    id: str
    typed_data: dict[str, Any]
    digest: str
    signature: str
    correction: AnnotationBody | None
    correction_hash: str | None


def compose_reason(preset: str | None, text: str | None) -> str:
    """One reason from a campaign reason and free text (either may be empty)."""
    parts = [p.strip() for p in (preset or "", text or "") if p and p.strip()]
    return ": ".join(parts)


def check_verdict(task: Task, original: Mapping[str, Any], verdict: str, reason: str,
                  correction: AnyAnnotation | Mapping[str, Any] | None
                  ) -> dict[str, Any] | None:
    """Validate a verdict; returns the correction as plain JSON (None unless ``correct``)."""
    if verdict not in VERDICTS:
        raise ReviewError(f"verdict must be one of {', '.join(VERDICTS)}")
    if len(reason) > MAX_REASON_CHARS:
        raise ReviewError(f"the reason is longer than {MAX_REASON_CHARS:,} characters")
    if verdict == "reject" and not reason.strip():
        raise ReasonRequiredError("Say why: pick a reason or write one")
    if verdict != "correct":
        if correction is not None:
            raise CorrectionError(f"an {verdict} verdict carries no correction")
        return None
    if correction is None:
        raise CorrectionError("Correct needs the corrected annotation")
    try:
        model = (parse_annotation(dict(correction), task) if isinstance(correction, Mapping)
                 else correction)
        if not isinstance(correction, Mapping):
            parse_annotation(to_json(model), task)
    except DataFiError as exc:
        raise CorrectionError(f"the correction does not fit the task: {exc}") from None
    body = to_json(model)
    if body.get("kind") != original.get("kind"):
        raise CorrectionError(f"the correction must be a {original.get('kind')} annotation")
    if canonical_json(body) == canonical_json(dict(original)):
        raise CorrectionError("the correction is the same as the submission: accept it")
    return body


def sign_review(domain: Domain, *, submission_id: str, submission_digest: str, verdict: str,
                reason: str, correction: Mapping[str, Any] | None, signer: DigestSigner,
                review_id: str | None = None, created_at_ms: int | None = None
                ) -> SignedReview:
    """Hash the correction and sign the Review (no validation against the task: see
    :func:`check_verdict`)."""
    from .cache.base import now_ms

    rid = review_id or str(uuid7())
    correction_hash = None
    body = None
    if correction is not None:
        body = dict(correction)
        correction_hash = "0x" + keccak(canonical_json(body)).hex()
    message = review_message(
        review_id=rid, submission_id=submission_id, submission_digest=submission_digest,
        verdict=verdict, reason=reason, correction_hash=correction_hash,
        reviewer=signer.address,
        created_at_ms=created_at_ms if created_at_ms is not None else now_ms(),
    )
    full = typed_data(domain, "Review", message)
    return SignedReview(id=rid, typed_data=full, digest="0x" + digest(full).hex(),
                        signature="0x" + sign_typed(full, signer).hex(), correction=body,
                        correction_hash=correction_hash)


def _payload(submission: ReviewQueueItem | Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a submission to review, from a cache item or hub/queue JSON."""
    if isinstance(submission, Mapping):
        task = submission["task"]
        return {
            "id": str(submission.get("submission_id") or submission["id"]),
            "campaign_id": str(submission["campaign_id"]),
            "task": task if isinstance(task, Task) else Task.model_validate(task),
            "annotation": dict(submission["annotation"]),
            "digest": str(submission["digest"]),
            "typed_data": dict(submission["typed_data"]),
            "signature": str(submission["signature"]),
            "annotator": str(submission.get("annotator") or submission["account"]),
        }
    return {"id": submission.submission_id, "campaign_id": submission.campaign_id,
            "task": submission.task, "annotation": submission.annotation,
            "digest": submission.digest, "typed_data": submission.typed_data,
            "signature": submission.signature, "annotator": submission.annotator}


def make_review(cache: Cache, submission_payload: ReviewQueueItem | Mapping[str, Any],
                verdict: str, reason: str | None, correction: AnyAnnotation | Mapping[
                    str, Any] | None, signer: DigestSigner, *, review_id: str | None = None,
                created_at_ms: int | None = None) -> ReviewRow:
    """Validate, hash, sign and queue a verdict on someone else's submission.

    ``submission_payload`` is an item of the review queue (``cache.reviews.review_items()``)
    or the hub's JSON of one. The review row and its outbox row are written in one
    transaction, and the queue item is marked reviewed. Raises
    :class:`ReasonRequiredError`, :class:`OwnSubmissionError`, :class:`CorrectionError`,
    :class:`AlreadyReviewedError` or :class:`ReviewConflictError`.
    """
    from .cache.base import now_ms
    from .cache.reviews import ReviewRow

    sub = _payload(submission_payload)
    reason = reason or ""
    if sub["annotator"].lower() == signer.address.lower():
        raise OwnSubmissionError("This is your own submission: someone else reviews it")
    try:
        if recover_typed(sub["typed_data"], sub["signature"]).lower() != sub["annotator"].lower():
            raise ReviewError("the submission's signature is not its annotator's")
        if "0x" + digest(sub["typed_data"]).hex() != sub["digest"].lower():
            raise ReviewError("the submission's digest does not match its typed data")
    except ReviewError:
        raise
    except DataFiError as exc:
        raise ReviewError(f"the submission does not verify: {exc}") from None
    body = check_verdict(sub["task"], sub["annotation"], verdict, reason, correction)
    campaign = cache.tasks.get_campaign(sub["campaign_id"])
    domain = campaign.domain
    if Domain.from_dict(sub["typed_data"].get("domain", {})) != domain:
        raise ReviewError("the submission was signed for another chain or contract")
    if review_id is not None:
        existing = cache.reviews.find(review_id)
        if existing is not None:
            same = (existing.verdict, existing.reason, existing.correction,
                    existing.submission_id) == (verdict, reason, body, sub["id"])
            if not same:
                raise ReviewConflictError(f"review {review_id} exists with another verdict")
            return existing
    for prior in cache.reviews.reviews_of(sub["id"], signer.address):
        if prior.status != "rejected":
            raise AlreadyReviewedError(
                f"you already reviewed this submission ({prior.verdict}, review {prior.id})")
    created = created_at_ms if created_at_ms is not None else now_ms()
    signed = sign_review(domain, submission_id=sub["id"], submission_digest=sub["digest"],
                         verdict=verdict, reason=reason, correction=body, signer=signer,
                         review_id=review_id, created_at_ms=created)
    row = ReviewRow(
        id=signed.id, submission_id=sub["id"], campaign_id=sub["campaign_id"],
        task_id=sub["task"].id, verdict=verdict, reason=reason, correction=signed.correction,
        correction_hash=signed.correction_hash, typed_data=signed.typed_data,
        digest=signed.digest, signer=signer.address, signature=signed.signature,
        created_at=created, status="queued", reason_from_hub=None, updated_at=created,
    )
    cache.reviews.insert(row)
    return cache.reviews.get(row.id)


def my_verdicts(cache: Cache, campaign_id: str | None = None) -> list[dict[str, Any]]:
    """What the hub decided about this profile's submissions: one entry per submission
    with a verdict (status, verdict, reason, correction, reviewer)."""
    out = []
    for row in cache.submissions.all(campaign_id=campaign_id):
        if row.verdict is None and row.status not in ("accepted", "rejected", "paid"):
            continue
        verdict = row.verdict or {}
        out.append({"submission_id": row.id, "task_id": row.task_id, "status": row.status,
                    "verdict": verdict.get("verdict"),
                    "reason": row.reason or verdict.get("reason") or None,
                    "correction": verdict.get("correction"),
                    "reviewer": verdict.get("reviewer")})
    return out


def verdict_summary(verdict: Mapping[str, Any] | None) -> str:
    """A short text for a verdict: "Accepted", "Corrected: …", "Rejected: …"."""
    if not verdict:
        return ""
    name = {"accept": "Accepted", "correct": "Corrected", "reject": "Rejected"}.get(
        str(verdict.get("verdict")), str(verdict.get("verdict")))
    reason = str(verdict.get("reason") or "").strip()
    return f"{name}: {reason}" if reason else name


__all__ = [
    "AlreadyReviewedError",
    "CorrectionError",
    "OwnSubmissionError",
    "ReasonRequiredError",
    "ReviewConflictError",
    "ReviewError",
    "SignedReview",
    "check_verdict",
    "compose_reason",
    "make_review",
    "my_verdicts",
    "sign_review",
    "verdict_summary",
]
