"""Reviewing: the review queue and its leases, verdicts, deduplication flags."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from ..models import Task
from .body import AnnotationBody
from .common import ItemResultOut, StrictIn


class OtherLabelOut(BaseModel):
    """Another annotator's label of the same task."""

    submission_id: str
    account: str
    annotation: AnnotationBody
    status: str


class FlagOut(BaseModel):
    """Something deduplication found about a submission (hub.dedup)."""

    kind: Literal["identical", "same_text", "same_asset", "shapes"]
    other_submission_id: str
    other_account: str
    same_account: bool
    detail: str


class CampaignFlagOut(FlagOut):
    id: int
    submission_id: str
    account: str


class CampaignFlagsOut(BaseModel):
    flags: list[CampaignFlagOut]
    cursor: int = Field(description="pass as `after` next time")


class ReviewItemOut(BaseModel):
    id: str
    campaign_id: str
    task: Task
    account: str
    kind: str
    annotation: AnnotationBody
    content_hash: str
    digest: str
    typed_data: dict[str, Any]
    signature: str
    received_at: int
    others: list[OtherLabelOut] = Field(
        default_factory=list, description="other annotators' labels of the same task")
    consensus: dict[str, Any] | None = Field(
        default=None, description="core.quality.Consensus of this and the others' labels")
    reviews_done: int = 0
    reviews_needed: int = Field(default=0, description="reviews still needed")
    lease_expires_at: int | None = Field(default=None, description="the caller's lease, ms")
    flags: list[FlagOut] = Field(
        default_factory=list, description="identical or near-identical copies of other "
        "submissions found at intake: look before accepting")


class ReviewQueueOut(BaseModel):
    items: list[ReviewItemOut]


class ReviewLeaseIn(StrictIn):
    count: int = Field(default=20, ge=1, le=1000, description="how many submissions to hold")
    ttl_seconds: int | None = Field(
        default=None, ge=1, le=14 * 24 * 3600, description="lease time (hub default if unset)"
    )


class ReviewIn(BaseModel):
    """One signed review verdict as the app's outbox holds it."""

    id: str = Field(max_length=64, description="the client's UUIDv7 (idempotency key)")
    typed_data: dict[str, Any] = Field(description="the eth_signTypedData_v4 Review payload")
    signature: str = Field(max_length=200, description="65-byte signature, 0x hex")
    correction: AnnotationBody | None = Field(
        default=None, description="the corrected annotation (verdict correct)")


class ReviewBatchIn(StrictIn):
    items: list[ReviewIn] = Field(min_length=1, max_length=1000)


class ReviewBatchOut(BaseModel):
    results: list[ItemResultOut]
    accepted: int
    rejected: int
    conflicts: int
