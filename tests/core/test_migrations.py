"""Forward migrations: a database of the previous version opens, migrates and keeps its data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from datafi_desktop.core.cache import SCHEMA_VERSION, Cache
from datafi_desktop.core.cache.queue import QueueFilter
from datafi_desktop.core.cache.schema import MIGRATIONS
from datafi_desktop.core.protocol import recover_typed

V1_DUMP = Path(__file__).parent / "data" / "cache_v1.sql"


def restore_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1_DUMP.read_text(encoding="utf-8"))
    conn.close()


def test_v1_database_migrates_to_current(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    restore_v1(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1
    with Cache(path) as cache:
        assert cache.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
        tables = set(cache.db.table_names())
        assert {"reviews", "rewards", "claims"} <= tables
        # the v1 data is all still there and usable
        assert [c.id for c in cache.tasks.campaigns()] == ["c1"]
        assert cache.tasks.counts("c1") == {"new": 1, "draft": 1, "skipped": 0, "queued": 1,
                                            "sent": 0, "accepted": 0, "rejected": 0, "paid": 0}
        sub = cache.submissions.get("019ab9e4-3c00-7000-8000-0000000000f1")
        assert recover_typed(sub.typed_data, sub.signature) == sub.signer
        assert cache.tasks.load_draft(2) is not None
        assert cache.integrity_problems() == []
        # and the new tables take rows
        cache.db.execute(
            "INSERT INTO rewards (campaign_id, account, epoch, cumulative_amount, root, proof, "
            "updated_at) VALUES ('c1', '0xabc', 1, '5', '0x00', '[]', 0)")


def test_each_migration_step_runs_once(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with Cache(path, migrate_to=1) as cache:
        assert cache.schema_version == 1
        assert "reviews" not in cache.db.table_names()
    with Cache(path) as cache:
        assert cache.schema_version == SCHEMA_VERSION
    with Cache(path) as cache:  # opening an up-to-date database changes nothing
        assert cache.schema_version == SCHEMA_VERSION


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "c.sqlite3"
    Cache(path, migrate_to=1).close()

    def broken(db) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk full")

    from datafi_desktop.core.cache import schema

    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], broken))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    try:
        Cache(path)
    except RuntimeError:
        pass
    else:
        raise AssertionError("the broken migration should have failed")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names


# --- every past schema version, as written by the code of that version --------------------

DATA = Path(__file__).parent / "data"
PAST_VERSIONS = range(1, SCHEMA_VERSION)


def restore(version: int, path: Path) -> dict[str, int]:
    """Restore ``cache_v{version}.sql`` into ``path``; the row count of each table."""
    conn = sqlite3.connect(path)
    conn.executescript((DATA / f"cache_v{version}.sql").read_text(encoding="utf-8"))
    counts = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
              for (name,) in conn.execute(
                  "SELECT name FROM sqlite_master WHERE type='table' "
                  "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")}
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()
    return counts


def test_there_is_a_fixture_for_every_past_version() -> None:
    made = sorted(int(p.stem.removeprefix("cache_v")) for p in DATA.glob("cache_v*.sql"))
    assert made == list(PAST_VERSIONS), "add cache_vN.sql with make_cache_fixture.py"


@pytest.mark.parametrize("version", PAST_VERSIONS)
def test_each_past_version_upgrades_with_its_rows(version: int, tmp_path: Path) -> None:
    path = tmp_path / f"v{version}.sqlite3"
    before = restore(version, path)
    with Cache(path) as cache:
        assert cache.schema_version == SCHEMA_VERSION
        assert cache.integrity_problems() == []
        for table, count in before.items():
            assert cache.db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, \
                table
        sub = cache.submissions.get("019ab9e4-3c00-7000-8000-0000000000f1")
        assert recover_typed(sub.typed_data, sub.signature) == sub.signer
        # the queue's full-text index covers the tasks that were there before
        assert cache.queue.count(QueueFilter(campaign_id="c1", text="text 1")) == 1
        assert [t.task_id for t in cache.queue.page(QueueFilter(campaign_id="c1"), 0, 10)] \
            == ["t0", "t1", "t2"]
        if version >= 2:
            assert before["rewards"] == before["claims"] == 1
        if version >= 4:
            assert before["review_items"] == 1
            assert cache.db.execute("SELECT flags FROM review_items").fetchone()[0] == "[]"
