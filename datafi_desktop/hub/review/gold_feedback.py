"""What an annotator is told about their gold answers: late, in batches, first answers only.

Gold tasks are only useful while annotators cannot tell them from ordinary tasks. A
figure that moves right after a push tells which task was gold and whether the answer
was right; so the figures an annotator reads (``GET /v1/campaigns/{id}/me/quality`` and
the status feed's ``quality``) count only gold answers

- that are **settled** (the submission decided: accepted or rejected — at intake in a
  campaign without review, by the deciding review otherwise);
- settled **before the current feedback period** began (periods of
  ``gold_feedback_period_s`` seconds, default one day, counted from the epoch), so
  the figure changes once per period whatever is pushed meanwhile;
- when there are at least ``gold_feedback_min`` of them (default 10); until then
  neither the accuracy nor the count is shown (``gold_answers`` is 0) and the app says
  "shown after 10 gold answers are reviewed".

Only an account's **first** answer to a gold task is scored (:mod:`.quality`): labeling it
again never changes the score. The reward hold of an annotator's own view follows the
same released figures; settlement holds on all of them (:func:`..settlement.ledger.held_accounts`),
and reviewers and admins see all of them in the campaign report.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select, update

from ...core.models import Campaign
from ...core.quality import quality_settings
from ..db.tables import gold_scores

if TYPE_CHECKING:  # hub.review.quality imports review_decision, which settles through here
    from .quality import AnnotatorQuality
    from .rubber_stamp import CampaignStamps

DEFAULT_MIN = 10
DEFAULT_PERIOD_S = 24 * 3600


@dataclass(frozen=True)
class FeedbackRule:
    min_answers: int = DEFAULT_MIN
    period_s: int = DEFAULT_PERIOD_S


def feedback_rule(campaign: Campaign) -> FeedbackRule:
    extra: dict[str, Any] = campaign.extra or {}
    minimum, period = extra.get("gold_feedback_min"), extra.get("gold_feedback_period_s")

    def whole(value: Any, default: int) -> int:
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 1
        return value if ok else default

    return FeedbackRule(whole(minimum, DEFAULT_MIN), whole(period, DEFAULT_PERIOD_S))


def period_start(now: int, rule: FeedbackRule) -> int:
    """The start (ms) of the feedback period ``now`` falls in."""
    period_ms = rule.period_s * 1000
    return now - now % period_ms


def released(conn: Connection, campaign: Campaign, account: str, now: int
             ) -> tuple[float | None, int]:
    """(gold accuracy, gold answers) as the annotator may see them now."""
    rule = feedback_rule(campaign)
    count, mean = conn.execute(
        select(func.count(), func.avg(gold_scores.c.score))
        .where(gold_scores.c.campaign_id == campaign.id, gold_scores.c.account == account,
               gold_scores.c.settled_at.is_not(None),
               gold_scores.c.settled_at < period_start(now, rule))
    ).one()
    if int(count) < rule.min_answers or mean is None:
        return None, 0
    return float(mean), int(count)


def for_annotator(conn: Connection, campaign: Campaign, account: str, now: int,
                  stamps: CampaignStamps | None = None) -> AnnotatorQuality:
    """The account's figures with the gold part released as described above (the
    rubber-stamp figure without its gold counts); ``stamps`` as in
    ``quality.annotator_quality``."""
    from .quality import annotator_quality, held_reasons, stamp_figure
    from .rubber_stamp import campaign_stamps

    stamps = campaign_stamps(conn, campaign) if stamps is None else stamps
    figures = annotator_quality(conn, campaign, account, stamps)
    accuracy, answers = released(conn, campaign, account, now)
    settings = quality_settings(campaign)
    gold_held = (settings.gold_threshold is not None and accuracy is not None
                 and answers >= settings.gold_min_answers
                 and accuracy < settings.gold_threshold)
    reasons = held_reasons(gold_held, stamps, account)
    return replace(figures, gold_accuracy=accuracy, gold_answers=answers, held=bool(reasons),
                   held_for=reasons, rubber_stamp=stamp_figure(stamps, account, own=True),
                   gold_feedback_min=feedback_rule(campaign).min_answers)


def settle(conn: Connection, submission_id: str, now: int) -> None:
    """The submission was decided: its gold score (if any) counts from the next period."""
    conn.execute(update(gold_scores)
                 .where(gold_scores.c.submission_id == submission_id,
                        gold_scores.c.settled_at.is_(None))
                 .values(settled_at=now))
