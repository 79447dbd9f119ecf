"""The queue as SQL (schema v6): pages, counts, text search, rows and neighbours,
checked against a plain Python filter over the same tasks, on a real SQLite file.
The 100,000-task case checks the right rows come back; its speed is measured by
``benchmarks/bench_queue.py``, never asserted here."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from datafi_desktop.core.cache import Cache, QueueFilter
from datafi_desktop.core.flow import next_task, previous_task
from datafi_desktop.core.models import Campaign, Task, parse_campaign, parse_task

WORDS = ("Helix Robotics", "harbour", "Zürich", "مرحبا", "数据", "plant", "drone", "cafe")


def campaign(cid: str = "c1") -> Campaign:
    return parse_campaign({"id": cid, "name": cid})


def tasks(n: int, seed: int = 1) -> list[Task]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        words = " ".join(rng.choice(WORDS) for _ in range(4))
        out.append(parse_task({
            "id": f"t{i:06d}", "kind": rng.choice(["text_classification", "text_spans"]),
            "data": {"text": f"{i} {words}"}, "config": {"labels": ["a", "b"]}}))
    return out


@pytest.fixture
def filled(tmp_path: Path) -> Cache:
    cache = Cache(tmp_path / "cache.sqlite3")
    for cid in ("c1", "c2"):
        cache.tasks.upsert_campaign(campaign(cid))
        cache.tasks.add_tasks(cid, tasks(300, seed=len(cid) + ord(cid[-1])))
    rng = random.Random(7)
    uids = [s.uid for s in cache.tasks.task_summaries("c1")]
    for uid in rng.sample(uids, 60):
        cache.tasks.set_skipped(uid, True)
    yield cache
    cache.close()


def expected(cache: Cache, f: QueueFilter) -> list[int]:
    rows = cache.tasks.task_summaries(f.campaign_id, f.states or None, f.kinds or None)
    text = " ".join(f.text.split()).lower()
    return [r.uid for r in rows
            if not text or text in r.preview.lower() or text in r.task_id.lower()]


@pytest.mark.parametrize("f", [
    QueueFilter("c1"),
    QueueFilter("c1", ("skipped",)),
    QueueFilter("c1", ("new", "skipped"), ("text_spans",)),
    QueueFilter("c1", text="helix rob"),
    QueueFilter("c1", text="ZÜRICH"),
    QueueFilter("c1", text="数据"),
    QueueFilter("c1", text="مرحبا plant"),
    QueueFilter("c2", text="t0001"),
    QueueFilter(None, text="cafe"),
    QueueFilter(None),
    QueueFilter("c1", text='quote " inside'),
    QueueFilter("nope"),
])
def test_pages_and_counts_equal_a_python_filter(filled: Cache, f: QueueFilter) -> None:
    want = expected(filled, f)
    assert filled.queue.count(f) == len(want)
    got: list[int] = []
    for offset in range(0, len(want) + 50, 50):
        got += [s.uid for s in filled.queue.page(f, offset, 50)]
    assert got == want
    for uid in want[::37]:
        assert filled.queue.row_of(f, uid) == want.index(uid)


def test_row_of_a_task_the_filter_hides_is_minus_one(filled: Cache) -> None:
    hidden = filled.tasks.task_summaries("c2")[0].uid
    assert filled.queue.row_of(QueueFilter("c1"), hidden) == -1
    assert filled.queue.row_of(QueueFilter("c1"), 10**9) == -1


def test_search_follows_a_refreshed_task(filled: Cache) -> None:
    first = filled.tasks.task_summaries("c1")[0]
    task = filled.tasks.get_task(first.uid).task
    changed = task.model_copy(update={"data": {"text": "a brand new quokka sentence"}})
    filled.tasks.add_tasks("c1", [changed])
    assert [s.uid for s in filled.queue.page(QueueFilter("c1", text="quokka"), 0, 10)] == [
        first.uid]
    old = [s.uid for s in filled.queue.page(QueueFilter("c1", text=first.preview), 0, 500)]
    assert first.uid not in old


def old_next(cache: Cache, current: int | None, campaign_id: str | None,
             states: tuple[str, ...] = ("new", "draft")) -> int | None:
    rows = cache.tasks.task_summaries(campaign_id)
    order = [r.uid for r in rows]
    index = order.index(current) if current in order else -1
    ahead = order[index + 1:] + order[:max(index, 0)]
    state = {r.uid: r.state for r in rows}
    for wanted in (states, ("skipped",)):
        for uid in ahead:
            if state[uid] in wanted:
                return uid
    return None


def old_previous(cache: Cache, current: int | None, campaign_id: str | None) -> int | None:
    order = [s.uid for s in cache.tasks.task_summaries(campaign_id)]
    if current not in order:
        return order[-1] if order else None
    index = order.index(current)
    return order[index - 1] if index > 0 else None


def test_next_and_previous_equal_the_list_walk(filled: Cache) -> None:
    uids = [s.uid for s in filled.tasks.task_summaries(None)]
    for current in [None, *uids[::7], uids[-1], 10**9]:
        for cid in ("c1", "c2", None):
            assert next_task(filled, current, campaign_id=cid) == old_next(filled, current, cid)
            assert previous_task(filled, current, campaign_id=cid) == old_previous(
                filled, current, cid)


def test_next_when_only_skipped_tasks_are_left(tmp_path: Path) -> None:
    with Cache(tmp_path / "c.sqlite3") as cache:
        cache.tasks.upsert_campaign(campaign())
        cache.tasks.add_tasks("c1", tasks(3))
        a, b, c = (s.uid for s in cache.tasks.task_summaries("c1"))
        cache.tasks.set_skipped(a)
        cache.tasks.set_skipped(c)
        cache.tasks.set_skipped(b)
        assert next_task(cache, b, campaign_id="c1") == c
        assert next_task(cache, c, campaign_id="c1") == a


def test_v5_cache_gets_previews_and_search_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with Cache(path, migrate_to=5) as cache:
        cache.tasks.upsert_campaign(campaign())
        conn = cache.db.conn
        conn.execute(
            "INSERT INTO tasks (campaign_id, task_id, kind, body, position, fetched_at) "
            "VALUES ('c1', 'x1', 'text_classification', ?, 1, 0)",
            ('{"id":"x1","kind":"text_classification","data":{"text":"Old Helix task"},'
             '"config":{"labels":["a","b"]},"predictions":[]}',))
    with Cache(path) as cache:
        assert cache.schema_version >= 6
        [row] = cache.queue.page(QueueFilter("c1", text="helix"), 0, 10)
        assert row.preview == "Old Helix task" and row.task_id == "x1"


@pytest.mark.slow
def test_a_100k_task_queue_returns_the_right_rows(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "big.sqlite3")
    try:
        cache.tasks.upsert_campaign(campaign())
        cache.tasks.add_tasks("c1", tasks(100_000))
        all_filter = QueueFilter("c1")
        assert cache.queue.count(all_filter) == 100_000
        page = cache.queue.page(all_filter, 99_990, 50)
        assert [s.task_id for s in page] == [f"t{i:06d}" for i in range(99_990, 100_000)]
        target = page[5].uid
        assert cache.queue.row_of(all_filter, target) == 99_995
        hits = cache.queue.page(QueueFilter("c1", text="t054321"), 0, 10)
        assert [s.task_id for s in hits] == ["t054321"]
        assert next_task(cache, target, campaign_id="c1") == page[6].uid
        assert previous_task(cache, target, campaign_id="c1") == page[4].uid
        plan = " ".join(str(r[-1]) for r in cache.db.execute(
            "EXPLAIN QUERY PLAN SELECT t.uid FROM tasks t WHERE t.campaign_id = ? "
            "ORDER BY t.campaign_id, t.position LIMIT 50 OFFSET 10", ("c1",)).fetchall())
        assert "USE TEMP B-TREE" not in plan, plan
    finally:
        cache.close()


def test_fts_table_is_consistent(filled: Cache) -> None:
    """FTS5's own check: the index equals the content of ``tasks`` (raises if not)."""
    conn: sqlite3.Connection = filled.db.conn
    first = filled.tasks.task_summaries("c1")[0]
    # an update keeps it in step
    filled.tasks.add_tasks("c1", [filled.tasks.get_task(first.uid).task])
    conn.execute("INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('integrity-check', 1)")
    conn.execute("DELETE FROM drafts")
    assert filled.queue.count(QueueFilter(None, text="harbour")) > 0
