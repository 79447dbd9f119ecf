"""The queue view over SQL with 100,000 tasks (issue 16): right rows at any scroll
position, filters and sort orders from SQL, the row of a task, and a refresh after a
submit that reads only what is shown. Speed lives in ``benchmarks/bench_queue.py``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.models import parse_campaign, parse_task
from datafi_desktop.ui.queue_model import UID_ROLE, TaskQueueModel


@pytest.fixture(scope="module")
def big_cache(tmp_path_factory: pytest.TempPathFactory) -> Cache:
    path = Path(tmp_path_factory.mktemp("big")) / "cache.sqlite3"
    cache = Cache(path)
    cache.tasks.upsert_campaign(parse_campaign({"id": "big", "name": "Big"}))
    cache.tasks.add_tasks("big", [parse_task({
        "id": f"t{i:06d}", "kind": "text_spans" if i % 10 == 3 else "text_classification",
        "data": {"text": f"{i} sentence about {'harbours' if i % 1000 == 7 else 'fields'}"},
        "config": {"labels": ["yes", "no"]}}) for i in range(100_000)])
    yield cache
    cache.close()


@pytest.mark.slow
def test_a_100k_queue_model_reads_only_what_is_asked(qapp, big_cache: Cache) -> None:
    model = TaskQueueModel(big_cache)
    model.set_filter("big")
    assert model.rowCount() == 100_000
    last = model.index(99_999, TaskQueueModel.COL_PREVIEW).data()
    assert last == "99999 sentence about fields"
    assert len(model._pages) == 1, "one page read for one row"
    model.set_text("harbours")
    assert model.rowCount() == 100
    assert model.index(0, TaskQueueModel.COL_PREVIEW).data().startswith("7 sentence")
    model.set_text("")
    model.set_filter("big", kinds=("text_spans",))
    assert model.rowCount() == 10_000
    model.sort(TaskQueueModel.COL_POSITION, Qt.SortOrder.DescendingOrder)
    assert model.index(0, TaskQueueModel.COL_POSITION).data() == 99_994  # position = i + 1
    uid = model.index(5, 0).data(UID_ROLE)
    assert model.row_of(uid) == 5
    summary = big_cache.queue.task_summary(uid)
    assert summary is not None and summary.kind == "text_spans"


@pytest.mark.slow
def test_a_skip_moves_one_task_and_the_counts_follow(qapp, big_cache: Cache) -> None:
    model = TaskQueueModel(big_cache)
    model.set_filter("big", states=("skipped",))
    before = model.rowCount()
    uid = big_cache.queue.page(model.query.__class__("big"), 50_000, 1)[0].uid
    big_cache.tasks.set_skipped(uid)
    model.reload()
    assert model.rowCount() == before + 1
    assert model.row_of(uid) >= 0
    counts = big_cache.queue.state_kind_counts("big")
    assert counts[("skipped", "text_classification")] + counts.get(
        ("skipped", "text_spans"), 0) == model.rowCount()
