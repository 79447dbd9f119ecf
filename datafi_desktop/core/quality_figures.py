"""The quality figures the hub reports for one annotator (``QualityOut`` JSON, kept as
sent by ``cache.reviews.quality``), read into typed values for the app.

Hubs before issue 19 sent neither ``rubber_stamp`` nor ``held_for``; both are read as
absent then: no rubber-stamp figure, and the reason for ``held`` inferred from the gold
figures (or unknown).

>>> stamp = rubber_stamp_of({"rubber_stamp": {"shown": 40, "unchanged": 39, "rate": 0.975,
...     "campaign_rate": 0.31, "threshold": 0.95, "min_shown": 10, "flagged": True,
...     "holds": True, "held": True}})
>>> (stamp.shown, stamp.rate, stamp.flagged, stamp.held)
(40, 0.975, True, True)
>>> rubber_stamp_of({"held": False}) is None
True
>>> held_reasons({"held": True, "held_for": ["rubber_stamp"]})
('rubber_stamp',)
>>> held_reasons({"held": True, "gold_accuracy": 0.5, "gold_threshold": 0.8})  # an older hub
('gold',)

The reviewers' report (``CampaignQualityOut``) read into one row per annotator:

>>> [row] = annotator_rows({"annotators": [{"account": "0xab", "agreement": 0.5,
...     "submissions": {"accepted": 3, "pending": 1}, "held": False}]})
>>> (row.account, row.submissions, row.agreement, row.kept_rate, row.flagged)
('0xab', 4, 0.5, None, False)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

REASONS = ("gold", "rubber_stamp")


@dataclass(frozen=True)
class RubberStampSeen:
    """How often the annotator's submissions equal the prediction they were shown."""

    shown: int
    unchanged: int
    rate: float | None
    campaign_rate: float | None
    threshold: float | None
    min_shown: int | None
    flagged: bool
    holds: bool  # the campaign holds flagged annotators' rewards
    held: bool  # this annotator's rewards are held for it
    undeclared: int = 0
    wrong_on_gold: int | None = None  # reviewers' and admins' view only
    wrong_kept: int | None = None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None


def rubber_stamp_of(figures: Mapping[str, Any] | None) -> RubberStampSeen | None:
    """The figure in the hub's report, or None (an older hub, or a campaign where no
    submission was shown a prediction, or a body that is not one)."""
    raw = (figures or {}).get("rubber_stamp")
    if not isinstance(raw, Mapping):
        return None
    shown = _count(raw.get("shown"))
    if shown is None:
        return None
    return RubberStampSeen(
        shown=shown, unchanged=_count(raw.get("unchanged")) or 0,
        rate=_number(raw.get("rate")), campaign_rate=_number(raw.get("campaign_rate")),
        threshold=_number(raw.get("threshold")), min_shown=_count(raw.get("min_shown")),
        flagged=raw.get("flagged") is True, holds=raw.get("holds") is True,
        held=raw.get("held") is True, undeclared=_count(raw.get("undeclared")) or 0,
        wrong_on_gold=_count(raw.get("wrong_on_gold")),
        wrong_kept=_count(raw.get("wrong_kept")))


def held_reasons(figures: Mapping[str, Any] | None) -> tuple[str, ...]:
    """Why the rewards are held (``gold``, ``rubber_stamp``); empty when they are not,
    or when an older hub holds them without saying why and the gold figures do not
    explain it."""
    figures = figures or {}
    if not figures.get("held"):
        return ()
    given = figures.get("held_for")
    if isinstance(given, list):
        return tuple(r for r in REASONS if r in given)
    stamp = rubber_stamp_of(figures)
    reasons = ["rubber_stamp"] if stamp is not None and stamp.held else []
    accuracy, threshold = (_number(figures.get("gold_accuracy")),
                           _number(figures.get("gold_threshold")))
    if accuracy is not None and threshold is not None and accuracy < threshold:
        reasons.insert(0, "gold")
    return tuple(reasons)


@dataclass(frozen=True)
class AnnotatorRow:
    """One annotator's line in the reviewers' report of a campaign."""

    account: str
    submissions: int  # every status counted
    agreement: float | None
    gold_accuracy: float | None
    gold_answers: int
    kept_rate: float | None  # share of the shown suggestions submitted unchanged
    shown: int  # submissions that were shown a suggestion (0: none, or an older hub)
    campaign_rate: float | None
    flagged: bool  # the hub flags the rubber-stamp figure
    held: bool
    held_for: tuple[str, ...]


def _row(figures: Mapping[str, Any]) -> AnnotatorRow:
    counts = figures.get("submissions")
    total = sum(_count(n) or 0 for n in counts.values()) if isinstance(counts, Mapping) \
        else 0
    stamp = rubber_stamp_of(figures)
    return AnnotatorRow(
        account=str(figures.get("account") or ""), submissions=total,
        agreement=_number(figures.get("agreement")),
        gold_accuracy=_number(figures.get("gold_accuracy")),
        gold_answers=_count(figures.get("gold_answers")) or 0,
        kept_rate=stamp.rate if stamp is not None else None,
        shown=stamp.shown if stamp is not None else 0,
        campaign_rate=stamp.campaign_rate if stamp is not None else None,
        flagged=stamp is not None and stamp.flagged, held=figures.get("held") is True,
        held_for=held_reasons(figures))


def annotator_rows(report: Mapping[str, Any] | None) -> list[AnnotatorRow]:
    """The annotators of a ``GET /v1/campaigns/{id}/quality`` answer, in the hub's
    order; entries that are not objects with an account are skipped."""
    people = (report or {}).get("annotators")
    if not isinstance(people, list):
        return []
    return [_row(p) for p in people if isinstance(p, Mapping) and p.get("account")]
