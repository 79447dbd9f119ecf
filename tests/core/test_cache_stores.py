"""The cache's stores: each holds only its own methods, all share one connection and one
transaction, and a change that spans two stores commits whole or not at all."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest

from datafi_desktop.core.cache import Cache, QueueFilter
from datafi_desktop.core.errors import CacheError
from datafi_desktop.core.models import parse_campaign, parse_task
from tests.conftest import KeySigner

TEXT = {"kind": "text_classification", "labels": ["yes"]}


def seed(cache: Cache) -> int:
    cache.tasks.upsert_campaign(parse_campaign({"id": "c1", "name": "Campaign one"}))
    cache.tasks.add_tasks("c1", [parse_task({"id": "t0", "kind": "text_classification",
                                             "data": {"text": "a text"},
                                             "config": {"labels": ["yes", "no"]}})])
    return cache.tasks.task_summaries("c1")[0].uid


def test_each_store_holds_only_its_own_methods(tmp_cache: Cache) -> None:
    stores = (tmp_cache.tasks, tmp_cache.queue, tmp_cache.submissions, tmp_cache.outbox,
              tmp_cache.reviews, tmp_cache.rewards, tmp_cache.inclusions)
    assert all(store.db is tmp_cache.db and store.tx is tmp_cache.tx for store in stores)
    for flat in ("submit", "get_task", "outbox_due", "review_items", "add_claim",
                 "save_inclusions", "queue_page"):
        assert not hasattr(tmp_cache, flat)  # no mixin left on the cache itself
    assert not hasattr(tmp_cache.outbox, "submit")
    assert not hasattr(tmp_cache.tasks, "due") and not hasattr(tmp_cache.tasks, "page")
    assert not hasattr(tmp_cache.rewards, "set_state")
    assert not hasattr(tmp_cache.inclusions, "get_task")


def test_a_failed_outbox_row_undoes_the_whole_submit(tmp_cache: Cache,
                                                     signer: KeySigner) -> None:
    uid = seed(tmp_cache)
    tmp_cache.tasks.save_draft(uid, {"kind": "text_classification", "labels": ["no"]})
    tmp_cache.tasks.set_skipped(uid)
    tmp_cache.db.execute("CREATE TEMP TRIGGER refuse BEFORE INSERT ON outbox "
                         "BEGIN SELECT RAISE(ABORT, 'the outbox refuses'); END")
    with pytest.raises(CacheError, match="the outbox refuses") as raised:
        tmp_cache.submissions.submit(uid, TEXT, signer)
    assert isinstance(raised.value.__cause__, sqlite3.Error)
    # the submission, the draft's removal and the task's new state went with the outbox row
    assert tmp_cache.submissions.count() == 0
    assert tmp_cache.tasks.load_draft(uid) is not None
    assert tmp_cache.tasks.get_task(uid).state == "draft"
    assert tmp_cache.tasks.get_task(uid).skipped
    tmp_cache.db.execute("DROP TRIGGER refuse")
    row = tmp_cache.submissions.submit(uid, TEXT, signer)
    assert [o.item_id for o in tmp_cache.outbox.due()] == [row.id]
    assert tmp_cache.tasks.get_task(uid).state == "queued"
    assert tmp_cache.integrity_problems() == []


def test_a_status_change_moves_the_task_through_the_task_store(tmp_cache: Cache,
                                                               signer: KeySigner) -> None:
    uid = seed(tmp_cache)
    row = tmp_cache.submissions.submit(uid, TEXT, signer)
    tmp_cache.submissions.set_statuses([(row.id, "accepted", None)])
    assert tmp_cache.tasks.get_task(uid).state == "accepted"
    assert tmp_cache.queue.task_summary(uid).state == "accepted"  # type: ignore[union-attr]


@pytest.mark.parametrize("call", [
    lambda c: c.tasks.counts(),
    lambda c: c.queue.count(QueueFilter()),
    lambda c: c.submissions.count(),
    lambda c: c.outbox.counts(),
    lambda c: c.reviews.review_item_count(),
    lambda c: c.rewards.claims(),
    lambda c: c.inclusions.all(),
], ids=["tasks", "queue", "submissions", "outbox", "reviews", "rewards", "inclusions"])
def test_every_store_raises_cache_errors(tmp_cache: Cache,
                                         call: Callable[[Cache], Any]) -> None:
    tmp_cache.close()
    with pytest.raises(CacheError) as raised:  # SQLite's "closed database", wrapped
        call(tmp_cache)
    assert isinstance(raised.value.__cause__, sqlite3.Error)
