"""Quality figures kept by the hub: gold scores, pairwise agreement, and reports.

At intake (:func:`after_intake`, in the intake transaction) every newly accepted
submission is scored against its task's gold answer, if it has one, and against
every other annotator's submission of the same task (pairwise agreement, the
matching of :mod:`datafi_desktop.core.quality`; only an account's first answer to a
gold task is scored); a submission accepted at once (a campaign without reviews) gets
its ledger entry. What the annotator is shown of the gold scores is decided by
:mod:`.gold_feedback` (late and in batches). The running figures of an
annotator (:func:`annotator_quality`) are averages of those rows; the campaign
report (:func:`campaign_report`) recomputes kappa, alpha, IoU and span F1 over
every task labeled by two or more annotators. Each annotator's figures carry their
rubber-stamp figure (:mod:`.rubber_stamp`, read once per campaign and request) and
say why rewards are held (``held_for``: ``gold``, ``rubber_stamp``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, insert, or_, select

from ...core.models import Campaign
from ...core.models.campaign import campaign_from_json
from ...core.quality import gold_score, pair_agreement, quality_settings
from ...core.quality_report import AgreementReport, Labeled, agreement_report
from ..db.tables import agreement_pairs, campaigns, gold_scores, submissions, tasks
from ..settlement import ledger
from .rubber_stamp import CampaignStamps, campaign_stamps


def after_intake(conn: Connection, rows: Sequence[dict[str, Any]], now: int) -> None:
    """Score newly stored, accepted submissions (``rows`` are the inserted values)."""
    if not rows:
        return
    camps: dict[str, Campaign] = {}
    for cid in {r["campaign_id"] for r in rows}:
        body = conn.execute(select(campaigns.c.body).where(campaigns.c.id == cid)).scalar()
        if body is not None:
            camps[cid] = campaign_from_json(body)
    scored = [r for r in rows if r["kind"] != "collection"]
    uids = sorted({r["task_uid"] for r in scored})
    gold: dict[int, dict[str, Any]] = {}
    answered: set[tuple[int, str]] = set()  # (task, account) with a gold score already
    others: dict[int, list[Any]] = {}
    new_ids = {r["id"] for r in rows}
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        for found in conn.execute(select(tasks.c.uid, tasks.c.gold)
                                  .where(tasks.c.uid.in_(chunk), tasks.c.gold.is_not(None))):
            gold[int(found.uid)] = json.loads(found.gold)
        for done in conn.execute(select(gold_scores.c.task_uid, gold_scores.c.account)
                                 .where(gold_scores.c.task_uid.in_(chunk))):
            answered.add((int(done.task_uid), str(done.account)))
        for prior in conn.execute(
            select(submissions.c.id, submissions.c.task_uid, submissions.c.account,
                   submissions.c.annotation)
            .where(submissions.c.task_uid.in_(chunk), submissions.c.intake == "accepted",
                   submissions.c.status != "rejected")
            .order_by(submissions.c.received_at, submissions.c.id)
        ):
            others.setdefault(int(prior.task_uid), []).append(prior)
    gold_rows: list[dict[str, Any]] = []
    pair_rows: list[dict[str, Any]] = []
    for row in scored:
        campaign = camps.get(row["campaign_id"])
        iou = quality_settings(campaign).iou_threshold if campaign else 0.5
        annotation = json.loads(row["annotation"])
        answer = gold.get(row["task_uid"])
        first = (row["task_uid"], row["account"]) not in answered
        if answer is not None and first:  # only the first answer to a gold task counts
            score = gold_score(annotation, answer, iou_threshold=iou)
            if score is not None:
                answered.add((row["task_uid"], row["account"]))
                gold_rows.append({"submission_id": row["id"], "campaign_id": row["campaign_id"],
                                  "account": row["account"], "task_uid": row["task_uid"],
                                  "score": score, "created_at": now,
                                  "settled_at": now if row["status"] != "pending" else None})
        for other in others.get(row["task_uid"], []):
            if other.id == row["id"] or other.account == row["account"]:
                continue
            if other.id in new_ids and other.id > row["id"]:
                continue  # a pair inside this batch is scored once, from its later member
            score = pair_agreement(json.loads(other.annotation), annotation, iou_threshold=iou)
            if score is None:
                continue
            pair_rows.append({"campaign_id": row["campaign_id"], "task_uid": row["task_uid"],
                              "submission_a": other.id, "submission_b": row["id"],
                              "account_a": other.account, "account_b": row["account"],
                              "score": score, "created_at": now})
    if gold_rows:
        conn.execute(insert(gold_scores), gold_rows)
    if pair_rows:
        conn.execute(insert(agreement_pairs), pair_rows)
    credits: dict[str, list[tuple[str, str, int, str]]] = {}
    for row in rows:  # one ledger statement per campaign for the whole push
        campaign = camps.get(row["campaign_id"])
        if row["status"] == "accepted" and campaign is not None:
            credits.setdefault(campaign.id, []).append(
                (row["id"], row["account"], int(campaign.rewards.get(row["kind"], 0)),
                 row["digest"]))
    for cid, batch in credits.items():
        ledger.append_submissions(conn, cid, batch, now)


@dataclass(frozen=True)
class AnnotatorQuality:
    """An annotator's running figures in one campaign."""

    campaign_id: str
    account: str
    agreement: float | None  # mean pairwise agreement with other annotators, 0..1
    agreement_pairs: int
    gold_accuracy: float | None  # mean gold score, 0..1
    gold_answers: int
    gold_threshold: float | None
    held: bool  # rewards held: gold accuracy below the threshold, or rubber-stamping
    submissions: dict[str, int]  # by status
    corrected: int
    #: the annotator's own view (hub.review.gold_feedback): gold figures shown from this many
    gold_feedback_min: int | None = None
    #: why ``held``: "gold" and/or "rubber_stamp" (empty when nothing is held)
    held_for: list[str] = field(default_factory=list)
    #: :func:`stamp_figure`; None when no submission of the campaign was shown a prediction
    rubber_stamp: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


def stamp_figure(stamps: CampaignStamps, account: str, *, own: bool) -> dict[str, Any] | None:
    """The account's rubber-stamp figure for the quality figures (``QualityOut``): how
    many submissions were shown a prediction and how many equal it, beside the
    campaign's rate and threshold. The gold counts (``wrong_on_gold``, ``wrong_kept``)
    are left out of one's own view (``own``): they move right after a push and would
    tell which task was gold (hub.review.gold_feedback)."""
    if stamps.campaign_rate is None:
        return None
    figure = stamps.of(account)
    shown = figure.shown if figure else 0
    return {
        "shown": shown, "unchanged": figure.unchanged if figure else 0,
        "rate": figure.rate if figure else None, "campaign_rate": stamps.campaign_rate,
        "threshold": stamps.threshold, "min_shown": stamps.min_shown,
        "flagged": bool(figure and figure.flagged), "holds": stamps.holds,
        "held": stamps.held(account), "undeclared": figure.undeclared if figure else 0,
        "wrong_on_gold": None if own or figure is None else figure.wrong_on_gold,
        "wrong_kept": None if own or figure is None else figure.wrong_kept,
    }


def held_reasons(gold_held: bool, stamps: CampaignStamps, account: str) -> list[str]:
    return (["gold"] if gold_held else []) + (["rubber_stamp"] if stamps.held(account)
                                              else [])


def annotator_quality(conn: Connection, campaign: Campaign, account: str,
                      stamps: CampaignStamps | None = None) -> AnnotatorQuality:
    """The account's figures as reviewers and admins see them; ``stamps`` is the
    campaign's :func:`.rubber_stamp.campaign_stamps` when the caller has read it."""
    settings = quality_settings(campaign)
    stamps = campaign_stamps(conn, campaign) if stamps is None else stamps
    pair = conn.execute(
        select(func.count(), func.avg(agreement_pairs.c.score))
        .where(agreement_pairs.c.campaign_id == campaign.id,
               or_(agreement_pairs.c.account_a == account,
                   agreement_pairs.c.account_b == account))
    ).one()
    gold = conn.execute(
        select(func.count(), func.avg(gold_scores.c.score))
        .where(gold_scores.c.campaign_id == campaign.id, gold_scores.c.account == account)
    ).one()
    by_status = {
        str(r.status): int(r.n)
        for r in conn.execute(
            select(submissions.c.status, func.count().label("n"))
            .where(submissions.c.campaign_id == campaign.id, submissions.c.account == account)
            .group_by(submissions.c.status)
        )
    }
    corrected = int(conn.execute(
        select(func.count()).select_from(submissions)
        .where(submissions.c.campaign_id == campaign.id, submissions.c.account == account,
               submissions.c.verdict.like('%"verdict": "correct"%'))
    ).scalar_one())
    gold_n = int(gold[0])
    accuracy = float(gold[1]) if gold[1] is not None else None
    gold_held = (settings.gold_threshold is not None and accuracy is not None
                 and gold_n >= settings.gold_min_answers and accuracy < settings.gold_threshold)
    reasons = held_reasons(gold_held, stamps, account)
    return AnnotatorQuality(
        campaign_id=campaign.id, account=account,
        agreement=float(pair[1]) if pair[1] is not None else None,
        agreement_pairs=int(pair[0]), gold_accuracy=accuracy, gold_answers=gold_n,
        gold_threshold=settings.gold_threshold, held=bool(reasons),
        submissions={s: by_status.get(s, 0) for s in ("pending", "accepted", "rejected",
                                                      "paid")},
        corrected=corrected, held_for=reasons,
        rubber_stamp=stamp_figure(stamps, account, own=False),
    )


def campaign_report(conn: Connection, campaign: Campaign) -> tuple[AgreementReport,
                                                                   list[AnnotatorQuality]]:
    """Agreement over the campaign (kappa, alpha, IoU, span F1; per kind and annotator)
    and every annotator's running figures."""
    rows = conn.execute(
        select(submissions.c.task_id, submissions.c.account, submissions.c.annotation)
        .where(submissions.c.campaign_id == campaign.id, submissions.c.intake == "accepted",
               submissions.c.kind != "collection")
        .order_by(submissions.c.received_at, submissions.c.id)
    )
    labels = [Labeled(r.task_id, r.account, json.loads(r.annotation)) for r in rows]
    report = agreement_report(labels, iou_threshold=quality_settings(campaign).iou_threshold)
    accounts = sorted(set(conn.execute(
        select(submissions.c.account).where(submissions.c.campaign_id == campaign.id)
        .distinct()).scalars()))
    stamps = campaign_stamps(conn, campaign)  # once for every annotator
    return report, [annotator_quality(conn, campaign, acc, stamps) for acc in accounts]
