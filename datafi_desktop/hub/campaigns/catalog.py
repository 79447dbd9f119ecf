"""Campaigns and their tasks in the hub's database."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, update

from ...core.models import Campaign, Task, TaskKind, parse_campaign
from ...core.taskfile import TaskRecord
from ..db.tables import campaigns, leases, tasks
from ..errors import NotFound


@dataclass(frozen=True)
class CampaignInfo:
    campaign: Campaign
    closed: bool
    tasks_total: int
    tasks_open: int


def create_campaign(
    conn: Connection, campaign: Campaign, records: Sequence[TaskRecord], now: int
) -> tuple[int, int]:
    """Create a campaign (or update its description) and add the tasks it does not
    have yet. Returns (tasks added, tasks already there)."""
    existing = conn.execute(select(campaigns.c.id).where(campaigns.c.id == campaign.id)).first()
    body = campaign.model_dump_json()
    if existing is None:
        conn.execute(
            insert(campaigns).values(
                id=campaign.id, name=campaign.name, body=body, closed=False, created_at=now
            )
        )
    else:
        conn.execute(
            update(campaigns).where(campaigns.c.id == campaign.id).values(
                name=campaign.name, body=body
            )
        )
    known = set(
        conn.execute(select(tasks.c.task_id).where(tasks.c.campaign_id == campaign.id)).scalars()
    )
    rows = [
        {
            "campaign_id": campaign.id,
            "task_id": r.task.id,
            "kind": r.task.kind.value,
            "body": r.task.model_dump_json(),
            "gold": json.dumps(r.gold) if r.gold is not None else None,
            "submitted": 0,
            "created_at": now,
        }
        for r in records
        if r.task.id not in known
    ]
    if rows:
        conn.execute(insert(tasks), rows)
    return len(rows), len(records) - len(rows)


def set_closed(conn: Connection, campaign_id: str, closed: bool) -> None:
    result = conn.execute(
        update(campaigns).where(campaigns.c.id == campaign_id).values(closed=closed)
    )
    if result.rowcount == 0:
        raise NotFound(f"no campaign {campaign_id!r}")


def load_campaign(conn: Connection, campaign_id: str) -> tuple[Campaign, bool]:
    row = conn.execute(
        select(campaigns.c.body, campaigns.c.closed).where(campaigns.c.id == campaign_id)
    ).first()
    if row is None:
        raise NotFound(f"no campaign {campaign_id!r}")
    return parse_campaign(json.loads(row.body)), bool(row.closed)


def list_campaigns(conn: Connection) -> list[CampaignInfo]:
    totals: dict[str, int] = {
        row[0]: int(row[1])
        for row in conn.execute(
            select(tasks.c.campaign_id, func.count()).group_by(tasks.c.campaign_id)
        )
    }
    open_counts = _open_counts(conn)
    out = []
    for row in conn.execute(select(campaigns).order_by(campaigns.c.name, campaigns.c.id)):
        campaign = parse_campaign(json.loads(row.body))
        out.append(
            CampaignInfo(
                campaign=campaign,
                closed=bool(row.closed),
                tasks_total=int(totals.get(row.id, 0)),
                tasks_open=int(open_counts.get(row.id, 0)),
            )
        )
    return out


def campaign_counts(conn: Connection, campaign: Campaign) -> tuple[int, int]:
    """(tasks in total, tasks still needing a submission) of one campaign: two counts
    over its own entries of the ``tasks_pool`` index — never a scan of every task."""
    total = int(conn.execute(
        select(func.count()).select_from(tasks).where(tasks.c.campaign_id == campaign.id)
    ).scalar_one())
    still_open = int(conn.execute(
        select(func.count()).select_from(tasks).where(
            tasks.c.campaign_id == campaign.id,
            tasks.c.kind != TaskKind.COLLECTION.value,
            tasks.c.submitted < campaign.overlap)
    ).scalar_one())
    return total, still_open


def _open_counts(conn: Connection) -> dict[str, int]:
    """Tasks (not collection tasks) per campaign that still need a submission."""
    overlap = {
        row.id: parse_campaign(json.loads(row.body)).overlap
        for row in conn.execute(select(campaigns.c.id, campaigns.c.body))
    }
    counts: dict[str, int] = {}
    query = (
        select(tasks.c.campaign_id, tasks.c.submitted, func.count().label("n"))
        .where(tasks.c.kind != TaskKind.COLLECTION.value)
        .group_by(tasks.c.campaign_id, tasks.c.submitted)
    )
    for row in conn.execute(query):
        if row.submitted < overlap.get(row.campaign_id, 1):
            counts[row.campaign_id] = counts.get(row.campaign_id, 0) + int(row.n)
    return counts


def collection_tasks(conn: Connection, campaign_id: str) -> list[Task]:
    rows = conn.execute(
        select(tasks.c.body)
        .where(tasks.c.campaign_id == campaign_id, tasks.c.kind == TaskKind.COLLECTION.value)
        .order_by(tasks.c.uid)
    )
    return [Task.model_validate_json(r.body) for r in rows]


def task_count(conn: Connection, campaign_id: str) -> int:
    return int(
        conn.execute(
            select(func.count()).select_from(tasks).where(tasks.c.campaign_id == campaign_id)
        ).scalar_one()
    )


def active_lease_count(conn: Connection, campaign_id: str, now: int) -> int:
    return int(
        conn.execute(
            select(func.count()).select_from(leases).where(
                leases.c.campaign_id == campaign_id, leases.c.expires_at > now
            )
        ).scalar_one()
    )
