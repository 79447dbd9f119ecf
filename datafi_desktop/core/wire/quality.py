"""Quality figures: an annotator's, a campaign's, rubber-stamping and collusion."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


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


class RubberStampOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    account: str
    submissions: int
    shown: int
    unchanged: int
    rate: float | None
    campaign_rate: float | None
    #: gold figures: only in the reviewers' and admins' report (None in one's own, where
    #: they would tell which task was gold before the delayed feedback says it)
    gold_accuracy: float | None
    wrong_on_gold: int | None
    wrong_kept: int | None
    flagged: bool
    undeclared: int


class CampaignRubberStampOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    campaign_id: str
    threshold: float
    min_shown: int
    #: rewards of flagged annotators are held (the campaign set its threshold)
    holds: bool
    annotators: list[RubberStampOut]
