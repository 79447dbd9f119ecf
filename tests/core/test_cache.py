"""The offline cache: pragmas, tasks and states, drafts, submit, outbox, assets."""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

import pytest

from datafi_desktop.core.cache import Cache, SubmissionConflictError, backoff_ms
from datafi_desktop.core.errors import (
    AnnotationValidationError,
    AssetError,
    CacheError,
    SchemaVersionError,
    TaskNotFoundError,
)
from datafi_desktop.core.models import parse_campaign, parse_task
from datafi_desktop.core.protocol import recover_typed, verify_typed
from tests.conftest import KeySigner


def seed(cache: Cache, n: int = 3) -> list[int]:
    cache.tasks.upsert_campaign(parse_campaign({"id": "c1", "name": "Campaign one"}))
    tasks = [parse_task({"id": f"t{i}", "kind": "text_classification",
                         "data": {"text": f"text number {i}"},
                         "config": {"labels": ["yes", "no"]}}) for i in range(n)]
    cache.tasks.add_tasks("c1", tasks)
    return [s.uid for s in cache.tasks.task_summaries("c1")]


def test_pragmas(tmp_cache: Cache) -> None:
    assert tmp_cache.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert tmp_cache.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert tmp_cache.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_tasks_keep_order_and_state_on_refresh(tmp_cache: Cache) -> None:
    uids = seed(tmp_cache)
    tmp_cache.tasks.save_draft(uids[1], {"kind": "text_classification", "labels": ["yes"]})
    again = [parse_task({"id": f"t{i}", "kind": "text_classification",
                         "data": {"text": f"updated {i}"},
                         "config": {"labels": ["yes", "no"]}}) for i in (2, 1, 9)]
    tmp_cache.tasks.add_tasks("c1", again)
    rows = tmp_cache.tasks.task_summaries("c1")
    assert [r.task_id for r in rows] == ["t0", "t1", "t2", "t9"]
    assert rows[1].state == "draft"
    assert rows[2].preview == "updated 2"
    assert tmp_cache.tasks.counts("c1")["new"] == 3


def test_filters_and_counts(tmp_cache: Cache) -> None:
    uids = seed(tmp_cache, 5)
    tmp_cache.tasks.set_skipped(uids[0])
    tmp_cache.tasks.save_draft(uids[1], {"kind": "text_classification", "labels": []})
    assert tmp_cache.tasks.counts() == {"new": 3, "draft": 1, "skipped": 1, "queued": 0, "sent": 0,
                                        "accepted": 0, "rejected": 0, "paid": 0}
    assert [r.uid for r in tmp_cache.tasks.task_summaries(states=["skipped", "draft"])] == uids[:2]
    assert tmp_cache.tasks.task_summaries(kinds=["bounding_boxes"]) == []
    assert tmp_cache.tasks.kind_counts() == {"text_classification": 5}


def test_unknown_task_and_campaign(tmp_cache: Cache) -> None:
    with pytest.raises(TaskNotFoundError):
        tmp_cache.tasks.get_task(999)
    with pytest.raises(CacheError, match="no campaign"):
        tmp_cache.tasks.get_campaign("nope")
    with pytest.raises(CacheError) as raised:  # SQLite's error stays attached as the cause
        tmp_cache.tasks.add_tasks("nope", [parse_task({"id": "x", "kind": "text_classification",
                                                       "data": {"text": "t"},
                                                       "config": {"labels": ["a"]}})])
    assert isinstance(raised.value.__cause__, sqlite3.IntegrityError)
    assert "FOREIGN KEY" in str(raised.value)


def test_draft_autosave_round_trip(tmp_cache: Cache) -> None:
    uid = seed(tmp_cache)[0]
    tmp_cache.tasks.save_draft(uid, {"kind": "text_classification", "labels": ["no"]},
                               from_prediction=True)
    draft = tmp_cache.tasks.load_draft(uid)
    assert draft is not None and draft.body["labels"] == ["no"] and draft.from_prediction
    tmp_cache.tasks.discard_draft(uid)
    assert tmp_cache.tasks.load_draft(uid) is None
    assert tmp_cache.tasks.get_task(uid).state == "new"


def test_submit_writes_signed_submission_and_outbox_row(tmp_cache: Cache,
                                                        signer: KeySigner) -> None:
    uid = seed(tmp_cache)[0]
    tmp_cache.tasks.save_draft(uid, {"kind": "text_classification", "labels": ["yes"]})
    row = tmp_cache.submissions.submit(uid, {"kind": "text_classification", "labels": ["yes"]},
                                       signer)
    assert row.status == "queued"
    assert row.signer == signer.address
    verify_typed(row.typed_data, row.signature, signer.address,
                 tmp_cache.tasks.get_campaign("c1").domain)
    assert row.typed_data["message"]["contentHash"] == row.content_hash
    assert tmp_cache.tasks.load_draft(uid) is None
    assert tmp_cache.tasks.get_task(uid).state == "queued"
    assert [o.item_id for o in tmp_cache.outbox.due()] == [row.id]
    assert tmp_cache.integrity_problems() == []


def test_submit_refuses_invalid_annotation_and_keeps_the_draft(tmp_cache: Cache,
                                                               signer: KeySigner) -> None:
    uid = seed(tmp_cache)[0]
    tmp_cache.tasks.save_draft(uid, {"kind": "text_classification", "labels": ["maybe"]})
    with pytest.raises(AnnotationValidationError, match="labels"):
        tmp_cache.submissions.submit(uid, {"kind": "text_classification", "labels": ["maybe"]},
                                     signer)
    assert tmp_cache.tasks.load_draft(uid) is not None
    assert tmp_cache.submissions.count() == 0
    assert tmp_cache.outbox.counts()["queued"] == 0


def test_submit_is_idempotent_by_id(tmp_cache: Cache, signer: KeySigner) -> None:
    uid = seed(tmp_cache)[0]
    sid = "019ab9e4-3c00-7000-8000-00000000000a"
    first = tmp_cache.submissions.submit(uid, {"kind": "text_classification", "labels": ["yes"]},
                                         signer, submission_id=sid)
    again = tmp_cache.submissions.submit(uid, {"kind": "text_classification", "labels": ["yes"]},
                                         signer, submission_id=sid)
    assert again == first
    with pytest.raises(SubmissionConflictError):
        tmp_cache.submissions.submit(uid, {"kind": "text_classification", "labels": ["no"]}, signer,
                                     submission_id=sid)
    assert tmp_cache.submissions.count() == 1


def test_status_updates_move_the_task(tmp_cache: Cache, signer: KeySigner) -> None:
    uid = seed(tmp_cache)[0]
    row = tmp_cache.submissions.submit(uid, {"kind": "text_classification", "labels": ["yes"]},
                                       signer)
    tmp_cache.outbox.mark_delivered("submission", row.id)
    tmp_cache.submissions.set_status(row.id, "sent")
    assert tmp_cache.tasks.get_task(uid).state == "sent"
    tmp_cache.submissions.set_status(row.id, "rejected", reason="Wrong label",
                                     verdict={"verdict": "reject"})
    got = tmp_cache.submissions.get(row.id)
    assert (got.status, got.reason, got.verdict) == ("rejected", "Wrong label",
                                                     {"verdict": "reject"})
    # re-working a rejected task shows it as a draft again
    tmp_cache.tasks.save_draft(uid, {"kind": "text_classification", "labels": ["no"]})
    assert tmp_cache.tasks.get_task(uid).state == "draft"
    with pytest.raises(CacheError, match="unknown submission status"):
        tmp_cache.submissions.set_status(row.id, "lost")


def test_outbox_backoff_and_recovery(tmp_cache: Cache, signer: KeySigner) -> None:
    uids = seed(tmp_cache)
    rows = [tmp_cache.submissions.submit(u, {"kind": "text_classification", "labels": ["no"]},
                                         signer)
            for u in uids]
    due = tmp_cache.outbox.due(limit=2)
    assert [d.item_id for d in due] == [r.id for r in rows[:2]]
    tmp_cache.outbox.mark_sending([d.id for d in due])
    assert tmp_cache.outbox.counts()["sending"] == 2
    next_at = tmp_cache.outbox.mark_retry(due[0].id, "hub unreachable", rng=random.Random(1),
                                          now=1000)
    assert 1000 + 1000 <= next_at <= 1000 + 2000
    assert [d.id for d in tmp_cache.outbox.due(now=1000)] == [due[0].id + 2]
    # a process killed while sending leaves rows in 'sending'; reopening recovers them
    path = tmp_cache.path
    tmp_cache.close()
    with Cache(path) as reopened:
        assert reopened.outbox.counts()["sending"] == 0
        assert reopened.outbox.pending_count() == 3
        reopened.outbox.mark_refused("submission", rows[2].id, "task closed")
        assert reopened.outbox.counts()["rejected"] == 1


def test_backoff_grows_and_is_capped() -> None:
    rng = random.Random(7)
    ceilings = [max(backoff_ms(n, rng) for _ in range(200)) for n in (1, 3, 6, 30)]
    assert ceilings[0] <= 2_000 < ceilings[1] <= 8_000 < ceilings[2] <= 64_000
    assert ceilings[3] <= 15 * 60 * 1000
    assert min(backoff_ms(30, rng) for _ in range(200)) >= 1_000


def test_newer_schema_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    Cache(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    with pytest.raises(SchemaVersionError, match="newer than this app"):
        Cache(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 99


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(CacheError, match="not a usable cache"):
        Cache(path)


def test_assets_are_content_addressed(tmp_cache: Cache, tmp_path: Path) -> None:
    source = tmp_path / "photo.bin"
    source.write_bytes(os.urandom(3 * 1024 * 1024 + 5))
    sha = tmp_cache.assets.put_file(source)
    assert tmp_cache.assets.path(sha).read_bytes() == source.read_bytes()
    assert tmp_cache.assets.put_bytes(source.read_bytes()) == sha
    assert tmp_cache.assets.verify(sha)
    with pytest.raises(AssetError, match="does not match"):
        tmp_cache.assets.put_bytes(b"other", expected=sha)
    with pytest.raises(AssetError, match="not a sha-256"):
        tmp_cache.assets.path("../../etc/passwd")
    leftovers = [p for p in tmp_cache.assets.root.iterdir() if p.name.startswith(".incoming")]
    assert leftovers == []


def test_submission_signature_recovers_after_reopen(tmp_path: Path, signer: KeySigner) -> None:
    path = tmp_path / "c.sqlite3"
    with Cache(path) as cache:
        uid = seed(cache)[0]
        row = cache.submissions.submit(uid, {"kind": "text_classification", "labels": ["yes"]},
                                       signer)
    with Cache(path) as cache:
        again = cache.submissions.get(row.id)
        assert recover_typed(again.typed_data, again.signature) == signer.address


def test_a_damaged_cache_file_raises_cache_error(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"this is not an SQLite database, just bytes " * 200)
    with pytest.raises(CacheError, match="not a usable cache database") as raised:
        Cache(path)
    assert isinstance(raised.value.__cause__, sqlite3.DatabaseError)


def test_a_cache_damaged_on_disk_raises_cache_error(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Cache(path) as cache:
        seed(cache, 50)
        cache.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(path, "r+b") as f:  # every page after the first (the schema) overwritten
        f.seek(4096)
        f.write(b"\xde\xad" * (os.path.getsize(path) // 2))
    with pytest.raises(CacheError, match="malformed") as raised, Cache(path) as cache:
        cache.tasks.task_summaries("c1")
    assert isinstance(raised.value.__cause__, sqlite3.DatabaseError)
    assert str(path) in str(raised.value)


def test_a_cache_locked_by_another_program_raises_cache_error(tmp_cache: Cache) -> None:
    seed(tmp_cache, 1)
    other = sqlite3.connect(tmp_cache.path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")  # another writer holds the database
        tmp_cache.db.execute("PRAGMA busy_timeout=50")  # not the 30 s the app waits
        with pytest.raises(CacheError, match="locked by another program") as raised:
            tmp_cache.tasks.upsert_campaign(parse_campaign({"id": "c2", "name": "Two"}))
        assert isinstance(raised.value.__cause__, sqlite3.OperationalError)
    finally:
        other.rollback()
        other.close()
    tmp_cache.db.execute("PRAGMA busy_timeout=30000")
    tmp_cache.tasks.upsert_campaign(parse_campaign({"id": "c2", "name": "Two"}))  # free again
    assert tmp_cache.tasks.get_campaign("c2").name == "Two"
