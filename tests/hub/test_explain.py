"""Query plans at scale: a PostgreSQL campaign of 1M submissions (and as many ledger
entries) generated in SQL; the hub's own queries — captured while its functions run —
must use indexes, never a sequential scan of the big tables.

``DATAFI_EXPLAIN_ROWS`` sets the number of submissions (default 1,000,000)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Connection, event, text

from datafi_desktop.hub.campaigns import leases
from datafi_desktop.hub.campaigns.catalog import campaign_counts, load_campaign
from datafi_desktop.hub.campaigns.export import export_query
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.db.clock import db_now_ms
from datafi_desktop.hub.db.tables import make_engine
from datafi_desktop.hub.review.queue import peek
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.hub.settlement import ledger

from .helpers import text_campaign

BIG = ("submissions", "ledger", "tasks", "leases")


def _fill(conn: Connection, rows: int) -> None:
    n_tasks = max(rows // 10, 10)
    conn.execute(text(
        "INSERT INTO tasks (campaign_id, task_id, kind, body, submitted, created_at) "
        "SELECT 'big', 'g' || i, 'text_classification', b.body, "
        "  CASE WHEN i % 50 = 0 THEN 0 ELSE 2 END, 0 "
        "FROM generate_series(1, :n) i, (SELECT body FROM tasks WHERE campaign_id = 'big' "
        "  LIMIT 1) b"), {"n": n_tasks})
    conn.execute(text(
        "INSERT INTO submissions (id, campaign_id, task_uid, task_id, account, kind, "
        " annotation, content_hash, digest, typed_data, signature, created_at, received_at, "
        " intake, status, seq) "
        "SELECT md5(i::text)::uuid::text, 'big', t0.first + (i % :nt), 'g' || (i % :nt), "
        "  '0x' || lpad(to_hex(i % 5000), 40, '0'), 'text_classification', '{}', "
        "  '0x' || md5(i::text) || md5(i::text), '0x' || md5(i::text) || md5((-i)::text), "
        "  '{}', '0x', i, i, 'accepted', "
        "  CASE WHEN i % 10 = 0 THEN 'pending' ELSE 'accepted' END, i "
        "FROM generate_series(1, :n) i, "
        "  (SELECT min(uid) AS first FROM tasks WHERE task_id LIKE 'g%') t0"),
        {"n": rows, "nt": n_tasks})
    conn.execute(text(
        "INSERT INTO ledger (campaign_id, account, amount, kind, submission_id, review_id, "
        " digest, created_at) "
        "SELECT 'big', '0x' || lpad(to_hex(i % 5000), 40, '0'), '1', "
        "  CASE WHEN i % 2 = 0 THEN 'review' ELSE 'submission' END, "
        "  CASE WHEN i % 2 = 1 THEN md5(i::text)::uuid::text END, "
        "  CASE WHEN i % 2 = 0 THEN md5((-i)::text)::uuid::text END, "
        "  '0x' || md5(i::text) || md5(i::text), 0 FROM generate_series(1, :n) i"),
        {"n": rows})
    conn.execute(text(
        "INSERT INTO leases (task_uid, campaign_id, account, expires_at, created_at) "
        "SELECT uid, 'big', '0x' || lpad(to_hex(uid % 5000), 40, '0'), "
        "  CASE WHEN uid % 3 = 0 THEN 9e15::bigint ELSE 0 END, 0 "
        "FROM tasks WHERE campaign_id = 'big' AND uid % 7 = 0"))


@contextmanager
def _captured(conn: Connection) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(conn, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(conn, "before_cursor_execute", grab)


def _seq_scans(conn: Connection, statement: str, parameters: Any,
               prefix: str = "EXPLAIN ", *, sorts: bool = False) -> list[str]:
    """The plan's sequential scans of the big tables (and its sorts, with ``sorts``)."""
    plan = [row[0] for row in conn.exec_driver_sql(prefix + statement, parameters)]
    return [line.strip() for line in plan
            if ("Seq Scan" in line and any(f" on {t} " in line + " " for t in BIG))
            or (sorts and line.strip().startswith("Sort"))]


def _export_plan_problems(conn: Connection) -> list[str]:
    """The export's query, run as the export runs it (a server-side cursor, a page
    fetched), planned as a cursor: it walks ``submissions_export`` — no sequential scan
    and no sort of the campaign's rows (at 1M submissions that sort spilled ~1.4 GB)."""
    with _captured(conn) as exported:
        result = conn.execute(export_query("big", "postgresql"),
                              execution_options={"yield_per": 50})
        assert len(result.fetchmany(50)) == 50
        result.close()
    assert exported
    return [problem for statement, params in exported for problem in _seq_scans(
        conn, statement, params, "EXPLAIN DECLARE export_check NO SCROLL CURSOR FOR ",
        sorts=True)]


@pytest.mark.slow
def test_the_hubs_queries_use_indexes_at_a_million_submissions(
        hub_settings: HubSettings, database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("query plans are checked on PostgreSQL")
    rows = int(os.environ.get("DATAFI_EXPLAIN_ROWS", "1000000"))
    hub = Hub.open(hub_settings)
    try:
        import_campaign(hub, text_campaign("big", tasks=1, overlap=2))
        import_campaign(hub, text_campaign("small", tasks=3))
        with hub.engine.begin() as conn:
            _fill(conn, rows)
        engine = make_engine(database_url, pool=False)
        with engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
            with conn.begin():
                campaign, _closed = load_campaign(conn, "big")
                now = db_now_ms(conn)
                with _captured(conn) as credited:
                    ledger.has_entry(conn, "review", "00000000-0000-7000-8000-000000000000")
                with _captured(conn) as queue:
                    peek(conn, campaign, "0x" + "ab" * 20, 50, now)
                with _captured(conn) as leasing:
                    leases.lease_tasks(conn, "big", "0x" + "cd" * 20, 20, 600, db_now_ms)
                with _captured(conn) as detail:  # another campaign's page: its own rows
                    total, still_open = campaign_counts(conn, load_campaign(conn, "small")[0])
                export = _export_plan_problems(conn)
                problems = {
                    name: [scan for statement, params in captured
                           for scan in _seq_scans(conn, statement, params)]
                    for name, captured in (("review credited", credited),
                                           ("review queue", queue), ("lease", leasing),
                                           ("campaign detail", detail))
                }
                conn.rollback()
        engine.dispose()
        assert credited and queue and leasing and detail
        assert problems == {"review credited": [], "review queue": [], "lease": [],
                            "campaign detail": []}
        assert export == []
        assert (total, still_open) == (4, 3)  # 3 tasks and a collection task
    finally:
        hub.close()
