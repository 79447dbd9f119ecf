"""Serializing the writers that must not interleave.

Order of locks, always: campaign rows (by id), then the status counter. On
SQLite every write transaction is already exclusive (``BEGIN IMMEDIATE``) and
``FOR UPDATE`` is not rendered; on PostgreSQL these are row locks held until
commit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import Connection, select, update

from ..core.models import Campaign, parse_campaign
from .db import STATUS_COUNTER, campaigns, counters


def lock_campaigns(conn: Connection, ids: Iterable[str]) -> dict[str, tuple[Campaign, bool]]:
    """Lock the campaign rows (sorted by id) and return (campaign, closed) for each found."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = conn.execute(
        select(campaigns.c.id, campaigns.c.body, campaigns.c.closed)
        .where(campaigns.c.id.in_(wanted))
        .order_by(campaigns.c.id)
        .with_for_update()
    )
    return {r.id: (parse_campaign(json.loads(r.body)), bool(r.closed)) for r in rows}


def next_seq(conn: Connection, count: int = 1) -> int:
    """Reserve ``count`` status-feed positions; returns the first one.

    The counter row stays locked until commit, so positions become visible in
    the order they were handed out and a reader's cursor never skips a change.
    """
    row = conn.execute(
        update(counters)
        .where(counters.c.name == STATUS_COUNTER)
        .values(value=counters.c.value + count)
        .returning(counters.c.value)
    ).first()
    assert row is not None, "the status counter row is created by the first migration"
    return int(row.value) - count + 1
