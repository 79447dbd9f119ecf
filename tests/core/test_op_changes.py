"""Operations say what they changed (issue 18): each operation the UI runs returns an
``OpChanges`` naming the tasks and the kinds of data it touched, on a real SQLite cache;
a sync cycle against a real hub on 127.0.0.1 reports its own in ``SyncReport.changes``;
SQLite's data_version tells another connection's writes from one's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datafi_desktop.core import operations
from datafi_desktop.core.cache import Cache
from datafi_desktop.core.changes import (
    ALL_TASKS,
    NO_CHANGES,
    WALLET_CHANGES,
    OpChanges,
    data_version,
)
from datafi_desktop.core.models import parse_campaign, parse_task
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.conftest import KeySigner
from tests.core import test_review as _review
from tests.hub import conftest as _hub_fixtures
from tests.hub.helpers import AppProfile, answer, text_campaign

alice, clock = _hub_fixtures.alice, _hub_fixtures.clock
database_url, hub, hub_settings = (_hub_fixtures.database_url, _hub_fixtures.hub,
                                   _hub_fixtures.hub_settings)
setup = _review.setup


def seed(cache: Cache, n: int = 3) -> list[int]:
    cache.tasks.upsert_campaign(parse_campaign({"id": "c", "name": "C"}))
    cache.tasks.add_tasks("c", [parse_task({
        "id": f"t{i}", "kind": "text_classification", "data": {"text": f"text {i}"},
        "config": {"labels": ["yes", "no"]}}) for i in range(n)])
    return [s.uid for s in cache.tasks.task_summaries("c")]


def test_changes_combine_and_say_what_they_touch() -> None:
    a = OpChanges.for_tasks([1, 2], outbox=True)
    b = OpChanges.for_tasks([2, 3], reviews=True)
    both = a | b
    assert both.task_ids == {1, 2, 3} and both.outbox and both.reviews
    assert not both.wallet and not both.all_tasks
    assert both.touches_task(3) and not both.touches_task(4)
    assert (a | OpChanges(tasks=ALL_TASKS)).all_tasks
    assert OpChanges(tasks=ALL_TASKS).touches_task(99)
    assert NO_CHANGES.empty and not a.empty and not WALLET_CHANGES.empty
    everything = OpChanges.everything()
    assert everything.all_tasks and everything.wallet and everything.settings
    assert a.describe() == "tasks[1,2] outbox"
    assert NO_CHANGES.describe() == "nothing"


def test_submit_names_its_task_the_submissions_and_the_outbox(
        tmp_cache: Cache, signer: KeySigner) -> None:
    uids = seed(tmp_cache)
    yes = {"kind": "text_classification", "labels": ["yes"]}
    result = operations.submit(tmp_cache, uids[1], yes, signer)
    assert result.changes == OpChanges.for_tasks([uids[1]], submissions=True, outbox=True)
    assert result.value.task_uid == uids[1]
    assert tmp_cache.queue.task_summary(uids[1]).state == "queued"
    assert tmp_cache.outbox.pending_count() == 1


def test_skip_names_its_task_and_gives_the_next(tmp_cache: Cache) -> None:
    uids = seed(tmp_cache)
    result = operations.skip(tmp_cache, uids[0], campaign_id="c")
    assert result.changes == OpChanges.for_tasks([uids[0]])
    assert result.value == uids[1]
    assert tmp_cache.queue.task_summary(uids[0]).state == "skipped"


def test_a_draft_changes_the_row_only_when_the_state_changes(tmp_cache: Cache) -> None:
    uids = seed(tmp_cache)
    body: dict[str, Any] = {"kind": "text_classification", "labels": ["yes"]}
    assert operations.save_draft(tmp_cache, uids[2], body) == OpChanges.for_tasks([uids[2]])
    assert tmp_cache.queue.task_summary(uids[2]).state == "draft"
    body["labels"] = ["no"]  # the next autosave: the queue shows nothing new
    assert operations.save_draft(tmp_cache, uids[2], body) == NO_CHANGES
    assert tmp_cache.tasks.load_draft(uids[2]).body["labels"] == ["no"]


def test_a_verdict_changes_the_reviews_and_the_outbox(setup: Any) -> None:
    cache, reviewer, _annotator, sub = setup
    item = cache.reviews.review_items("c")[0]
    result = operations.sign_review(cache, item, "accept", "", None, reviewer)
    assert result.changes == OpChanges(reviews=True, outbox=True)
    assert result.value.submission_id == sub.id
    assert cache.outbox.pending_count() == 1


def test_unlock_and_lock_change_the_wallet(tmp_path: Path) -> None:
    wallet = Wallet(tmp_path / "wallet", scrypt_n=2**12)
    info = wallet.import_private_key("0x" + "22" * 32, "pw-123456")
    assert operations.unlock(wallet, info.address, "pw-123456") == WALLET_CHANGES
    assert wallet.unlocked_address == info.address
    assert operations.lock(wallet) == WALLET_CHANGES
    assert wallet.is_locked


def test_data_version_moves_for_another_connection_only(tmp_cache: Cache) -> None:
    before = data_version(tmp_cache)
    seed(tmp_cache)  # our own writes
    assert data_version(tmp_cache) == before
    with Cache(tmp_cache.path) as other:  # the sync thread's, or another process's
        other.tasks.set_state("elsewhere", "1")
    assert data_version(tmp_cache) != before


def test_a_sync_cycle_reports_what_it_changed(hub: RunningHub, alice: AppProfile) -> None:
    import_campaign(hub.hub, text_campaign("ops", tasks=4))
    with alice.cache() as cache:
        engine = alice.engine(cache, hub.url)
        leased = engine.sync_now(lease={"ops": 4})
        assert leased.leased == 4
        assert leased.changes.all_tasks and leased.changes.campaigns  # new rows, new campaign
        quiet = engine.sync_now()
        assert not quiet.changes.any_tasks and not quiet.changes.campaigns
        assert not quiet.changes.outbox and not quiet.changes.submissions
        first = cache.tasks.task_summaries("ops", kinds=("text_classification",))[0].uid
        operations.submit(cache, first, answer(0), alice.signer)
        pushed = engine.sync_now()
        assert pushed.accepted == 1
        assert pushed.changes.task_ids == {first}  # only the task whose submission went
        assert pushed.changes.submissions and pushed.changes.outbox
        assert cache.queue.task_summary(first).state == "sent"
