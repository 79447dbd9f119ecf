"""The hub's rubber-stamp figures of a campaign (:mod:`...core.assist.rubber_stamp`).

Reads every submission not rejected with the task as served and the task's gold
answer; gold accuracy is the mean of the annotator's gold scores. The threshold
and the minimum count come from the campaign's settings
(``rubber_stamp_threshold``, 0..1, default 0.95; ``rubber_stamp_min_shown``,
default 10).

Holding: a campaign that sets ``rubber_stamp_threshold`` itself holds the
rewards of its flagged annotators for review (:func:`rubber_stamp_held`, used by
``ledger.held_accounts`` beside the gold threshold); without it the figures are
shown and nothing is held.

The quality figures (``hub.review.quality``: one's own view, the status feed, the campaign
report) read :func:`campaign_stamps` once per request and campaign, and take each
annotator's figure from it; it keeps the figures per process until the campaign's
submissions, gold scores, tasks or settings change.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

from eth_utils import to_checksum_address
from sqlalchemy import Connection, case, func, select

from ...core.assist.rubber_stamp import (
    DEFAULT_MIN_SHOWN,
    DEFAULT_THRESHOLD,
    RubberStampFigure,
    Shown,
    rubber_stamp_figures,
)
from ...core.models import Campaign
from ...core.models.tasks import Task
from ..db.tables import gold_scores, submissions, tasks


def rubber_stamp_settings(campaign: Campaign) -> tuple[float, int]:
    extra: dict[str, Any] = dict(getattr(campaign, "extra", None) or {})
    threshold = extra.get("rubber_stamp_threshold")
    minimum = extra.get("rubber_stamp_min_shown")
    ok_threshold = (isinstance(threshold, int | float) and not isinstance(threshold, bool)
                    and 0 <= threshold <= 1)
    ok_minimum = isinstance(minimum, int) and not isinstance(minimum, bool) and minimum >= 1
    # silenced below: isinstance checks on Any values that mypy does not carry into the conditional
    return (float(threshold) if ok_threshold else DEFAULT_THRESHOLD,  # type: ignore[arg-type]
            int(minimum) if ok_minimum else DEFAULT_MIN_SHOWN)  # type: ignore[arg-type]


def rubber_stamp_holds(campaign: Campaign) -> bool:
    """Whether the campaign holds flagged annotators' rewards: it set a valid
    ``rubber_stamp_threshold`` itself (the default flags but holds nobody)."""
    value = (getattr(campaign, "extra", None) or {}).get("rubber_stamp_threshold")
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and 0 <= value <= 1)


def rubber_stamp_held(conn: Connection, campaign: Campaign) -> set[str]:
    """Checksummed accounts whose rewards the rubber-stamp threshold holds."""
    if not rubber_stamp_holds(campaign):
        return set()
    return {str(to_checksum_address(f.account))
            for f in campaign_rubber_stamp(conn, campaign) if f.flagged}


@dataclass(frozen=True)
class CampaignStamps:
    """A campaign's rubber-stamp figures with its settings, read once and handed to
    every annotator's quality figures."""

    threshold: float
    min_shown: int
    holds: bool  # the campaign set its threshold: flagged annotators' rewards are held
    campaign_rate: float | None  # None: no submission of the campaign was shown one
    by_account: dict[str, RubberStampFigure]  # by checksummed account

    def of(self, account: str) -> RubberStampFigure | None:
        return self.by_account.get(str(to_checksum_address(account)))

    def held(self, account: str) -> bool:
        """Whether the threshold holds this account's rewards."""
        figure = self.of(account)
        return self.holds and figure is not None and figure.flagged


def campaign_stamps(conn: Connection, campaign: Campaign) -> CampaignStamps:
    """The campaign's figures, from this process's memo while nothing they are made of
    changed (:func:`_fingerprint`), else read again (1.6 s for 30,000 submissions
    here; the fingerprint costs about 30 ms). The status feed asks for every campaign
    an account worked in on every page, and most of them are idle."""
    key = (conn.engine.url.render_as_string(hide_password=True), campaign.id)
    fingerprint = _fingerprint(conn, campaign)
    with _MEMO_LOCK:
        kept = _MEMO.get(key)
    if kept is not None and kept[0] == fingerprint:
        return kept[1]
    figures = campaign_rubber_stamp(conn, campaign)
    threshold, minimum = rubber_stamp_settings(campaign)
    stamps = CampaignStamps(
        threshold=threshold, min_shown=minimum, holds=rubber_stamp_holds(campaign),
        campaign_rate=figures[0].campaign_rate if figures else None,
        by_account={str(to_checksum_address(f.account)): f for f in figures})
    with _MEMO_LOCK:
        _MEMO.pop(key, None)
        _MEMO[key] = (fingerprint, stamps)
        while len(_MEMO) > MEMO_SIZE:
            _MEMO.pop(next(iter(_MEMO)))  # the least recently stored
    return stamps


#: (database, campaign) → (fingerprint, figures); bounded, per process
_MEMO: dict[tuple[str, str], tuple[tuple[Any, ...], CampaignStamps]] = {}
_MEMO_LOCK = threading.Lock()
MEMO_SIZE = 256


def _fingerprint(conn: Connection, campaign: Campaign) -> tuple[Any, ...]:
    """What the figures are made of, in three aggregate queries: the campaign's
    submissions (count, how many rejected, the newest; an annotation never changes),
    its gold scores, its task bodies and gold answers (their lengths: ``datafi-hub
    predict`` adds predictions to bodies), and the settings."""
    subs = conn.execute(
        select(func.count(), func.sum(case((submissions.c.status == "rejected", 1), else_=0)),
               func.max(submissions.c.received_at))
        .where(submissions.c.campaign_id == campaign.id)).one()
    gold = conn.execute(select(func.count(), func.sum(gold_scores.c.score))
                        .where(gold_scores.c.campaign_id == campaign.id)).one()
    bodies = conn.execute(select(func.count(), func.sum(func.length(tasks.c.body)),
                                 func.sum(func.length(tasks.c.gold)))
                          .where(tasks.c.campaign_id == campaign.id)).one()
    return (*subs, *gold, *bodies, rubber_stamp_settings(campaign),
            rubber_stamp_holds(campaign))


def campaign_rubber_stamp(conn: Connection, campaign: Campaign) -> list[RubberStampFigure]:
    rows = conn.execute(
        select(submissions.c.account, submissions.c.annotation, tasks.c.body, tasks.c.gold)
        .select_from(submissions.join(tasks, tasks.c.uid == submissions.c.task_uid))
        .where(submissions.c.campaign_id == campaign.id,
               submissions.c.status != "rejected")
        .order_by(submissions.c.seq)
    ).all()
    parsed: dict[str, Task | None] = {}
    shown = []
    for row in rows:
        if row.body not in parsed:
            parsed[row.body] = _with_predictions(row.body)
        shown.append(Shown(row.account, parsed[row.body], json.loads(row.annotation),
                           json.loads(row.gold) if row.gold else None))
    accuracy = {
        str(r.account): float(r.score)
        for r in conn.execute(
            select(gold_scores.c.account, func.avg(gold_scores.c.score).label("score"))
            .where(gold_scores.c.campaign_id == campaign.id)
            .group_by(gold_scores.c.account))
    }
    threshold, minimum = rubber_stamp_settings(campaign)
    return rubber_stamp_figures(shown, gold_accuracy=accuracy, threshold=threshold,
                                min_shown=minimum)


def _with_predictions(body: str) -> Task | None:
    """The task when it carried a prediction, else None (:class:`Shown` reads nothing
    else of it): most campaigns have none, and parsing every task as a model took most
    of the first status-feed page after a push (0.6 s for 10,000 tasks)."""
    data = json.loads(body)
    if not (isinstance(data, dict) and data.get("predictions")):
        return None
    return Task.model_validate(data)


def format_figures(figures: list[RubberStampFigure]) -> list[str]:
    """One tab-separated line per annotator, with a header."""
    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:.0%}"

    lines = ["account\tshown\tunchanged\trate\tcampaign\tgold\twrong kept\tundeclared\tflag"]
    for f in figures:
        lines.append(f"{f.account}\t{f.shown}\t{f.unchanged}\t{pct(f.rate)}\t"
                     f"{pct(f.campaign_rate)}\t{pct(f.gold_accuracy)}\t"
                     f"{f.wrong_kept}/{f.wrong_on_gold}\t{f.undeclared}\t"
                     f"{'RUBBER-STAMP' if f.flagged else 'ok'}")
    return lines
