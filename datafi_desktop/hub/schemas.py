"""Request and response bodies of the hub's HTTP API (the OpenAPI document's schemas)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..core.models import Campaign, Task

ADDRESS_PATTERN = r"^0x[0-9a-fA-F]{40}$"
SIGNATURE_PATTERN = r"^0x[0-9a-fA-F]{130}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorOut(BaseModel):
    detail: str


class HealthOut(BaseModel):
    status: Literal["ok"] = "ok"
    version: str
    now: int = Field(description="the hub's clock, ms since the epoch")
    chain_id: int = Field(description="the chain id sign-in messages must name")


class NonceOut(BaseModel):
    """What to put in the EIP-4361 message the wallet signs."""

    nonce: str
    issued_at: int
    expires_at: int
    domain: str
    uri: str
    chain_id: int
    statement: str


class LoginIn(_In):
    message: str = Field(max_length=8_000, description="the EIP-4361 message text")
    signature: str = Field(pattern=SIGNATURE_PATTERN, description="personal_sign of message")


class SessionOut(BaseModel):
    token: str = Field(description="bearer token; send as `Authorization: Bearer <token>`")
    address: str
    expires_at: int


class MeOut(BaseModel):
    address: str
    expires_at: int
    roles: dict[str, list[str]]


class CampaignOut(BaseModel):
    campaign: Campaign
    closed: bool
    tasks_total: int
    tasks_open: int


class CampaignDetailOut(CampaignOut):
    collection_tasks: list[Task] = Field(
        description="tasks that create new items (no lease needed)"
    )


class CampaignListOut(BaseModel):
    campaigns: list[CampaignOut]


class LeaseIn(_In):
    count: int = Field(default=20, ge=1, le=10_000, description="how many tasks to hold")
    ttl_seconds: int | None = Field(
        default=None, ge=1, le=14 * 24 * 3600, description="lease time (hub default if unset)"
    )
    held: Literal["renew", "skip"] = Field(
        default="renew", description="renew: the leases already held come first (renewed) "
        "and count is the total to hold; skip: only new tasks, count of them (a paged pull)")


class LeaseOut(BaseModel):
    task: Task
    expires_at: int


class LeasesOut(BaseModel):
    campaign_id: str
    leases: list[LeaseOut]
    now: int
    asked: int | None = Field(default=None, description="how many tasks were asked for")
    granted: int | None = Field(default=None, description="how many are leased now")
    limit: int | None = Field(default=None, description="the most tasks this account may "
                              "hold in the campaign at once (hub.lease_limits)")
    ttl_seconds: int | None = Field(default=None, description="the lease time granted")
    held: int | None = Field(default=None, description="live leases the account held in "
                             "the campaign before this request")
    message: str | None = Field(default=None, description="why fewer than asked were "
                                "granted or the lease is shorter, naming the limit")


class ReleaseOut(BaseModel):
    released: bool


class SubmissionIn(BaseModel):
    """One signed submission as the app's outbox holds it (``SubmissionRow.to_wire``)."""

    id: str = Field(max_length=64, description="the client's UUIDv7 (idempotency key)")
    annotation: Any = Field(description="the annotation JSON that was hashed")
    typed_data: dict[str, Any] = Field(description="the eth_signTypedData_v4 payload")
    signature: str = Field(max_length=200, description="65-byte signature, 0x hex")


class SubmissionBatchIn(_In):
    items: list[SubmissionIn] = Field(min_length=1, max_length=1000)


class ItemResultOut(BaseModel):
    id: str
    result: Literal["accepted", "rejected", "conflict", "retry"]
    http_status: int = Field(description="200 accepted, 422 rejected, 409 conflict, 424 retry")
    reason: str | None = None
    status: str | None = Field(default=None, description="pending, accepted, rejected or paid")
    seq: int | None = None
    duplicate: bool = False


class SubmissionBatchOut(BaseModel):
    results: list[ItemResultOut]
    accepted: int
    rejected: int
    conflicts: int
    retry: int


class StatusOut(BaseModel):
    id: str
    campaign_id: str
    task_id: str
    status: str
    reason: str | None
    verdict: dict[str, Any] | None
    seq: int


class RubberStampQualityOut(BaseModel):
    """How often an annotator's submissions equal the model's prediction they were shown
    (hub.rubber_stamp), beside the campaign's rate."""

    shown: int = Field(description="submissions shown a prediction")
    unchanged: int = Field(description="of those, submissions equal to the prediction")
    rate: float | None = Field(description="unchanged / shown, 0..1")
    campaign_rate: float | None = Field(description="the same over every annotator")
    threshold: float = Field(description="flagged at or above this rate")
    min_shown: int = Field(description="flagged only after this many shown")
    flagged: bool
    holds: bool = Field(description="the campaign holds flagged annotators' rewards")
    held: bool = Field(description="this annotator's rewards are held for it")
    undeclared: int = Field(default=0, description="submissions whose signed record "
                            "does not name the prediction the task carried")
    wrong_on_gold: int | None = Field(
        default=None, description="gold tasks whose prediction was wrong (reviewers' and "
        "admins' view only)")
    wrong_kept: int | None = Field(
        default=None, description="of those, submissions that kept the wrong prediction "
        "(reviewers' and admins' view only)")


class QualityOut(BaseModel):
    """An annotator's running figures in one campaign."""

    campaign_id: str
    account: str
    agreement: float | None = Field(description="mean pairwise agreement with other "
                                    "annotators of the same tasks, 0..1")
    agreement_pairs: int
    gold_accuracy: float | None = Field(description="mean score on gold tasks, 0..1")
    gold_answers: int
    gold_threshold: float | None
    held: bool = Field(description="rewards held: gold accuracy below the threshold, or "
                       "the rubber-stamp threshold (see held_for)")
    submissions: dict[str, int]
    corrected: int
    gold_feedback_min: int | None = Field(
        default=None, description="your own view: gold figures are shown once this many "
        "gold answers are settled, and change once per feedback period")
    held_for: list[Literal["gold", "rubber_stamp"]] = Field(
        default_factory=list, description="why held: gold accuracy, rubber-stamping, or both")
    rubber_stamp: RubberStampQualityOut | None = Field(
        default=None, description="submissions equal to the prediction shown; None when "
        "no submission of the campaign was shown one")


class StatusFeedOut(BaseModel):
    items: list[StatusOut]
    cursor: int = Field(description="pass as `since` next time")
    more: bool
    quality: list[QualityOut] = Field(
        default_factory=list, description="the caller's figures in the campaigns of these items")


class OtherLabelOut(BaseModel):
    """Another annotator's label of the same task."""

    submission_id: str
    account: str
    annotation: dict[str, Any]
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
    annotation: dict[str, Any]
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


class ReviewLeaseIn(_In):
    count: int = Field(default=20, ge=1, le=1000, description="how many submissions to hold")
    ttl_seconds: int | None = Field(
        default=None, ge=1, le=14 * 24 * 3600, description="lease time (hub default if unset)"
    )


class ReviewIn(BaseModel):
    """One signed review verdict as the app's outbox holds it."""

    id: str = Field(max_length=64, description="the client's UUIDv7 (idempotency key)")
    typed_data: dict[str, Any] = Field(description="the eth_signTypedData_v4 Review payload")
    signature: str = Field(max_length=200, description="65-byte signature, 0x hex")
    correction: dict[str, Any] | None = Field(
        default=None, description="the corrected annotation (verdict correct)")


class ReviewBatchIn(_In):
    items: list[ReviewIn] = Field(min_length=1, max_length=1000)


class ReviewBatchOut(BaseModel):
    results: list[ItemResultOut]
    accepted: int
    rejected: int
    conflicts: int


class SuspiciousPairOut(BaseModel):
    """Two accounts that agreed with each other against the gold answer or the consensus
    (datafi_desktop.core.collusion)."""

    account_a: str
    account_b: str
    shared_tasks: int = Field(description="tasks both labeled that have a reference")
    against: int = Field(description="tasks where they agreed with each other against it")
    rate: float
    flagged: bool = Field(description="at least collusion_min_tasks shared tasks and a rate "
                          "of at least collusion_threshold")


class CollusionRuleOut(BaseModel):
    min_tasks: int
    threshold: float
    agree: float


class CampaignQualityOut(BaseModel):
    campaign_id: str
    agreement: dict[str, Any] = Field(description="per kind: kappa, alpha, IoU, span F1; "
                                      "per annotator: agreement and Cohen's kappa")
    annotators: list[QualityOut]
    collusion: list[SuspiciousPairOut] = Field(
        default_factory=list, description="pairs that agreed against the reference, "
        "flagged pairs first")
    collusion_rule: CollusionRuleOut | None = None


class AssetOut(BaseModel):
    sha256: str
    size: int
    mime: str
    created: bool
