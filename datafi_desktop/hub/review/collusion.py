"""The collusion figures of a campaign (the rule is :mod:`datafi_desktop.core.collusion`):
pairs of accounts that agree with each other against the gold answer or the consensus,
for the reviewers' and admins' quality report (``GET /v1/campaigns/{id}/quality``)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from ...core.collusion import SuspiciousPair, collusion_rule, suspicious_pairs
from ...core.models import Campaign
from ...core.quality import quality_settings
from ...core.quality_report import Labeled
from ..db.tables import submissions, tasks


def campaign_collusion(conn: Connection, campaign: Campaign) -> list[SuspiciousPair]:
    """Every pair with a task against the reference, flagged pairs first."""
    labels = [
        Labeled(r.task_id, r.account, json.loads(r.annotation))
        for r in conn.execute(
            select(submissions.c.task_id, submissions.c.account, submissions.c.annotation)
            .where(submissions.c.campaign_id == campaign.id,
                   submissions.c.intake == "accepted", submissions.c.kind != "collection")
            .order_by(submissions.c.received_at, submissions.c.id)
        )
    ]
    gold: dict[str, Any] = {
        r.task_id: json.loads(r.gold)
        for r in conn.execute(select(tasks.c.task_id, tasks.c.gold)
                              .where(tasks.c.campaign_id == campaign.id,
                                     tasks.c.gold.is_not(None)))
    }
    return suspicious_pairs(labels, gold, rule=collusion_rule(campaign),
                            iou_threshold=quality_settings(campaign).iou_threshold)
