"""Write ``cache_vN.sql``: a cache at schema version N, made by the code of that version.

Run it with the package of that version on the path (a worktree of the last commit whose
``MIGRATIONS`` had N entries); it is kept for whoever adds the next schema version::

    git worktree add /tmp/old <commit> && \\
        PYTHONPATH=/tmp/old python tests/core/data/make_cache_fixture.py cache_vN.sql

It restores the v1 database shipped with the first version (``cache_v1.sql``), lets that
version's ``Cache`` migrate it, and adds a row to each table the later versions created,
so that each upgrade step runs over real rows. The signer is a test key (the v1 dump's).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
T = 1764028800000  # 2025-11-25, the date of the v1 dump
SUB = "019ab9e4-3c00-7000-8000-0000000000f1"
ACCOUNT = "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"
H = "0x" + "ab" * 32

ROWS: dict[str, dict[str, Any]] = {
    "reviews": {"id": "019ab9e4-3c00-7000-8000-0000000000e1", "submission_id": "s-other",
                "campaign_id": "c1", "task_id": "t1", "verdict": "accept", "reason": "",
                "typed_data": "{}", "digest": H, "signer": ACCOUNT, "signature": "0x00",
                "created_at": T, "status": "sent", "updated_at": T},
    "rewards": {"campaign_id": "c1", "account": ACCOUNT, "epoch": 1,
                "cumulative_amount": "5000000000000000000", "root": H,
                "proof": json.dumps([H]), "updated_at": T},
    "claims": {"id": "claim-1", "campaign_id": "c1", "account": ACCOUNT, "epoch": 1,
               "cumulative_amount": "5000000000000000000", "via": "wallet",
               "state": "confirmed", "tx_hash": H, "nonce": 0, "block_number": 7,
               "amount": "5000000000000000000", "created_at": T, "updated_at": T,
               "root": H, "sender": ACCOUNT, "gas_limit": 90000, "max_fee_per_gas": "2"},
    "reward_status": {"campaign_id": "c1", "account": ACCOUNT, "pending_amount": "0",
                      "settled_amount": "5000000000000000000",
                      "claimed_amount": "5000000000000000000", "chain_root": H,
                      "chain_epoch": 1, "hub_checked_at": T, "chain_checked_at": T},
    "review_items": {"submission_id": "s-other", "campaign_id": "c1", "task_id": "t1",
                     "kind": "text_classification", "task": "{}", "annotator": "0x01",
                     "annotation": json.dumps({"kind": "text_classification",
                                               "labels": ["yes"]}),
                     "content_hash": H, "digest": H, "typed_data": "{}",
                     "signature": "0x00", "position": 1, "state": "reviewed",
                     "fetched_at": T},
    "quality": {"campaign_id": "c1", "account": ACCOUNT, "updated_at": T,
                "body": json.dumps({"agreement": 0.9})},
    "inclusions": {"submission_id": SUB, "campaign_id": "c1", "digest": H, "epoch": 1,
                   "root": H, "proof": json.dumps([H]), "fetched_at": T},
}


def _dump(conn: sqlite3.Connection) -> list[str]:
    """``iterdump`` with full-text tables as plain SQL: it writes a virtual table into
    ``sqlite_master`` by hand and fills its shadow tables row by row, which does not
    restore; the table is created instead and rebuilt from its content table."""
    virtual = {name: sql for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")}
    kept = []
    for statement in conn.iterdump():
        if statement.startswith(("PRAGMA writable_schema", "INSERT INTO sqlite_master")):
            continue
        if any(statement.startswith((f'INSERT INTO "{v}"', f"CREATE TABLE '{v}_",
                                     f'INSERT INTO "{v}_')) for v in virtual):
            continue
        kept.append(statement)
    commit = kept.index("COMMIT;")
    rebuild = [f"{sql};\nINSERT INTO {name} ({name}) VALUES ('rebuild');"
               for name, sql in virtual.items()]
    return kept[:commit] + rebuild + kept[commit:]


def make(out: Path) -> int:
    from datafi_desktop.core.cache import Cache  # the version on PYTHONPATH

    path = out.with_suffix(".sqlite3")
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript((HERE / "cache_v1.sql").read_text(encoding="utf-8"))
    conn.close()
    with Cache(path) as cache:
        version = cache.schema_version
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table, row in ROWS.items():
        if table not in tables:
            continue
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        kept = {k: v for k, v in row.items() if k in columns}
        conn.execute(f"INSERT INTO {table} ({', '.join(kept)}) "
                     f"VALUES ({', '.join('?' * len(kept))})", list(kept.values()))
    conn.commit()
    lines = [f"-- A DataFi Desktop cache at schema version {version}, written by the code of "
             "that version (tests/core/data/make_cache_fixture.py; test data, test key).",
             f"PRAGMA user_version={version};"]
    lines += _dump(conn)
    conn.close()
    path.unlink()
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return version


if __name__ == "__main__":
    print(make(Path(sys.argv[1])))
