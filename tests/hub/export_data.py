"""Deterministic hub data for export tests: the demo campaign's tasks (every kind, real
images) and a few extra ones, with submissions written straight into the hub's tables
(fixed ids, times and accounts), so that an export is the same bytes on every run.

- every task gets one submission; a few tasks get a second, later one (the first is
  superseded in the per-item formats) and one gets a reviewer's correction;
- some are ``paid``, one is ``rejected`` and one ``pending`` (neither exported);
- task ids whose order differs between code-point and dictionary collations
  (``Zeta``, ``alpha-2``, ``alpha_10``…), since the export must come out in code-point
  order on every database.

:func:`generated_campaign` writes N text submissions in one statement for the
memory-bound test and the benchmark."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

from datafi_desktop.core.demo import demo_asset_path, demo_records
from datafi_desktop.core.models import TaskKind, parse_campaign, parse_task
from datafi_desktop.core.taskfile import TaskRecord
from datafi_desktop.hub.campaigns.importer import LoadedCampaign, import_campaign
from datafi_desktop.hub.db.tables import submissions, tasks
from datafi_desktop.hub.service import Hub
from tests.core.formats.builders import (
    collection_annotation,
    emoji_spans,
    extra_tasks,
    nested_spans,
    synth_annotation,
)

from .helpers import campaign_data

MIX = "mix"
T0 = 1_750_000_000_000
ACCOUNTS = ["0x" + f"{n:02x}" * 20 for n in (0xA1, 0xB2, 0xC3)]
ODD_IDS = ["Zeta", "alpha-2", "alpha_10", "Alpha", "alpha.1", "a/b:c", "b"]


def _extra() -> list[TaskRecord]:
    labels = ["positive", "negative"]
    odd = [parse_task({"id": tid, "kind": "text_classification",
                       "data": {"text": f"Text of {tid}."}, "config": {"labels": labels}})
           for tid in ODD_IDS]
    return [TaskRecord(t, None, "extra") for t in [*extra_tasks(), *odd]]


def _annotation(task: Any, image_sha: str) -> dict[str, Any]:
    if task.id == "emoji-spans":
        return emoji_spans()
    if task.id == "nested-spans":
        return nested_spans()
    if task.kind is TaskKind.COLLECTION:
        return collection_annotation(task, image_sha)
    gold = next((r.gold for r in demo_records() if r.task.id == task.id), None)
    return synth_annotation(task, gold)


def _row(n: int, task_uid: int, task_id: str, annotation: dict[str, Any], status: str,
         verdict: dict[str, Any] | None = None) -> dict[str, Any]:
    sid = f"0190a000-0000-7000-8000-{n:012x}"
    account = ACCOUNTS[n % len(ACCOUNTS)]
    typed = {"primaryType": "Submission", "message": {
        "annotator": account, "taskId": task_id, "createdAt": T0 + n * 1000}}
    return {
        "id": sid, "campaign_id": MIX, "task_uid": task_uid, "task_id": task_id,
        "account": account, "kind": str(annotation["kind"]),
        "annotation": json.dumps(annotation, sort_keys=True, separators=(",", ":")),
        "content_hash": "0x" + hashlib.sha256(f"c{n}".encode()).hexdigest(),
        "digest": "0x" + hashlib.sha256(f"d{n}".encode()).hexdigest(),
        "typed_data": json.dumps(typed), "signature": "0x" + f"{n % 256:02x}" * 65,
        "created_at": T0 + n * 1000, "received_at": T0 + n * 1000 + 5, "intake": "accepted",
        "status": status, "verdict": json.dumps(verdict) if verdict else None, "seq": n,
    }


def _correction(annotation: dict[str, Any]) -> dict[str, Any]:
    fixed = dict(annotation)
    fixed["boxes"] = [dict(b, w=b["w"] + 1) for b in annotation["boxes"]]
    return {"verdict": "correct", "correction": fixed, "reviewer": ACCOUNTS[2],
            "signature": "0x" + "ee" * 65,
            "typed_data": {"primaryType": "Review", "message": {"verdict": "correct"}}}


def mixed_campaign(hub: Hub) -> None:
    """Import the ``mix`` campaign and its submissions (see the module's docstring)."""
    records = [*demo_records(), *_extra()]
    images: dict[str, Path] = {}
    for record in demo_records():
        path = demo_asset_path(record)
        if path is not None and record.task.image_hash:
            images[record.task.image_hash] = path
    campaign = parse_campaign(campaign_data(MIX))
    import_campaign(hub, LoadedCampaign(campaign, records, images, "test"))
    image_sha = next(iter(sorted(images)))
    with hub.engine.begin() as conn:
        found = conn.execute(select(tasks.c.uid, tasks.c.task_id, tasks.c.body).where(
            tasks.c.campaign_id == MIX).order_by(tasks.c.uid)).all()
        rows, corrected = [], False
        for n, (uid, task_id, body) in enumerate(found, start=1):
            task = parse_task(json.loads(body))
            annotation = _annotation(task, image_sha)
            status = ("paid" if n % 5 == 0 else "rejected" if n == 7 else
                      "pending" if n == 11 else "accepted")
            verdict = None
            if task.kind is TaskKind.BOUNDING_BOXES and not corrected:
                verdict, corrected = _correction(annotation), True
            rows.append(_row(n, uid, task_id, annotation, status, verdict))
            if n % 9 == 0 and task.kind is not TaskKind.COLLECTION:  # a later resubmission
                rows.append(_row(n + 1000, uid, task_id, annotation, "accepted"))
        conn.execute(insert(submissions), rows)


def generated_campaign(hub: Hub, campaign_id: str, count: int) -> None:
    """A text-classification campaign of ``count`` accepted submissions (one per task),
    generated in SQL (SQLite or PostgreSQL)."""
    labels = ["positive", "negative"]
    raw = [parse_task({"id": "g00000000", "kind": "text_classification",
                       "data": {"text": "A generated review."}, "config": {"labels": labels}})]
    import_campaign(hub, LoadedCampaign(parse_campaign(campaign_data(campaign_id)),
                                        [TaskRecord(raw[0], None, "gen")], {}, "test"))
    pad = "lpad(CAST(i AS TEXT), 8, '0')" if hub.engine.dialect.name == "postgresql" else \
        "substr('00000000' || i, -8, 8)"
    series = ("generate_series(1, :n) AS s(i)" if hub.engine.dialect.name == "postgresql"
              else "(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s "
              "WHERE i < :n) SELECT i FROM s) AS s")
    body = ('{"id": "g\' || ' + pad + ' || \'", "kind": "text_classification", '
            '"data": {"text": "Generated review number \' || i || \', long enough to look '
            'like a real one: the lamp was warm, the clamp held, the cable was short."}, '
            '"config": {"labels": ["positive", "negative"]}}')
    with hub.engine.begin() as conn:
        conn.execute(text(f"DELETE FROM tasks WHERE campaign_id = '{campaign_id}'"))
        conn.execute(text(
            "INSERT INTO tasks (campaign_id, task_id, kind, body, submitted, created_at) "
            f"SELECT '{campaign_id}', 'g' || {pad}, 'text_classification', "
            f"'{body}', 1, 0 FROM {series}"), {"n": count})
        first = conn.execute(select(tasks.c.uid).where(tasks.c.campaign_id == campaign_id)
                             .order_by(tasks.c.uid).limit(1)).scalar_one()
        conn.execute(text(
            "INSERT INTO submissions (id, campaign_id, task_uid, task_id, account, kind, "
            " annotation, content_hash, digest, typed_data, signature, created_at, "
            " received_at, intake, status, seq) "
            f"SELECT '{campaign_id}-' || {pad}, '{campaign_id}', :first + i - 1, 'g' || {pad}, "
            "  '0x00000000000000000000000000000000000000a1', 'text_classification', "
            "  '{\"kind\":\"text_classification\",\"labels\":[\"positive\"]}', "
            f"  '0xc{campaign_id}' || " + pad + f", '0xd{campaign_id}' || " + pad + ", "
            "  '{\"primaryType\": \"Submission\", \"message\": {\"annotator\": "
            "\"0x00000000000000000000000000000000000000a1\", \"taskId\": \"g' || "
            + pad + " || '\"}}', "
            "  '0x' || " + pad + ", 1750000000000 + i, 1750000000000 + i, 'accepted', "
            f"  'accepted', i FROM {series}"), {"n": count, "first": first})
