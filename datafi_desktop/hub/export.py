"""The hub's export of accepted work, corrections applied.

``datafi-hub export CAMPAIGN --format FMT --out DIR`` writes every accepted (or
paid) submission of a campaign through the same exporters as the app
(:func:`datafi_desktop.core.formats.exporter.export_records`). A submission a
reviewer corrected exports the correction in its label files, and keeps the
signed original with the reviewer's signed Review in ``submissions.jsonl``, so
``datafi-desktop verify`` checks both signatures.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from ..core.formats.exporter import ExportResult, export_records
from ..core.formats.records import ExportRecord, correction_of, review_of
from ..core.models import Task
from .campaigns import load_campaign
from .db import submissions, tasks
from .service import Hub

EXPORTED_STATUSES = ("accepted", "paid")


def accepted_records(conn: Connection, campaign_id: str) -> list[ExportRecord]:
    """Export records of the campaign's accepted and paid submissions."""
    load_campaign(conn, campaign_id)  # NotFound for an unknown campaign
    rows = conn.execute(
        select(submissions, tasks.c.body.label("task_body"))
        .select_from(submissions.join(tasks, tasks.c.uid == submissions.c.task_uid))
        .where(submissions.c.campaign_id == campaign_id,
               submissions.c.status.in_(EXPORTED_STATUSES))
        .order_by(submissions.c.task_id, submissions.c.created_at, submissions.c.id)
    )
    out = []
    for row in rows:
        typed = json.loads(row.typed_data)
        verdict = json.loads(row.verdict) if row.verdict else None
        out.append(ExportRecord(
            task=Task.model_validate_json(row.task_body), campaign_id=row.campaign_id,
            submission_id=row.id, annotation=json.loads(row.annotation),
            content_hash=row.content_hash, typed_data=typed, digest=row.digest,
            signer=str(typed["message"]["annotator"]), signature=row.signature,
            created_at=int(row.created_at), status=row.status, verdict=verdict,
            correction=correction_of(verdict), review=review_of(verdict),
        ))
    return out


def export_campaign(hub: Hub, campaign_id: str, fmt: str, out_dir: Path, *,
                    options: Mapping[str, object] | None = None, link: bool = False
                    ) -> ExportResult:
    """Write the campaign's accepted work in ``fmt`` to ``out_dir`` (new or empty)."""
    with hub.engine.connect() as conn:
        records = accepted_records(conn, campaign_id)
        conn.rollback()
    return export_records(records, fmt, out_dir, images=hub.assets.path, options=options,
                          link=link, status="accepted")


def summary(result: ExportResult) -> dict[str, Any]:
    counts = result.manifest.get("counts") or {}
    return {"folder": str(result.folder), "counts": counts}
