"""The cache's inclusions (schema v5): a v4 profile migrates with its submissions intact;
only a proof that leads from the submission's own digest to its root is kept; exports
from the cache carry the kept proofs, and verify checks them offline."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from datafi_desktop.core.cache import SCHEMA_VERSION, Cache
from datafi_desktop.core.cache.inclusions import InclusionRow, proof_leads_to_root
from datafi_desktop.core.demo import load_demo
from datafi_desktop.core.errors import CacheError
from datafi_desktop.core.formats.exporter import export_records
from datafi_desktop.core.formats.sources import cache_records
from datafi_desktop.core.formats.verify import verify_export
from datafi_desktop.core.merkle import StandardMerkleTree, submissions_tree
from tests.conftest import KeySigner


def signed_texts(cache: Cache, count: int = 3) -> list[str]:
    load_demo(cache)
    signer = KeySigner("alice")
    ids = []
    uids = [r[0] for r in cache.db.execute(  # plain SQL: this runs on a v4 cache too
        "SELECT uid FROM tasks WHERE campaign_id = 'demo' AND kind = 'text_classification' "
        "ORDER BY position LIMIT ?", (count,)).fetchall()]
    for uid in uids:
        labels = cache.tasks.get_task(uid).task.config.labels  # type: ignore[union-attr]
        ids.append(cache.submissions.submit(uid, {"kind": "text_classification",
                                              "labels": [labels[0].name]}, signer).id)
    return ids


def tree_of(cache: Cache, ids: list[str], extra: int = 2) -> StandardMerkleTree:
    digests = [cache.submissions.get(i).digest for i in ids]
    return submissions_tree(digests + ["0x" + f"{n:02x}" * 32 for n in range(extra)])


def test_a_v4_cache_migrates_and_keeps_its_submissions(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Cache(path, migrate_to=4) as cache:
        ids = signed_texts(cache, 2)
        assert "inclusions" not in cache.db.table_names()
    with Cache(path) as cache:
        assert cache.schema_version == SCHEMA_VERSION
        assert {s.id for s in cache.submissions.all()} == set(ids)
        assert cache.inclusions.all() == {} and cache.integrity_problems() == []
        for sid in ids:
            cache.submissions.set_status(sid, "paid")
        assert [u.submission_id for u in cache.inclusions.unproven_submissions()] == ids
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_only_proofs_that_hold_are_kept(tmp_path: Path) -> None:
    with Cache(tmp_path / "cache.sqlite3") as cache:
        ids = signed_texts(cache)
        for sid in ids:
            cache.submissions.set_status(sid, "accepted")
        tree = tree_of(cache, ids)
        rows = {sid: cache.submissions.get(sid) for sid in ids}

        def proof(sid: str) -> tuple[str, ...]:
            return tuple(tree.get_proof((rows[sid].digest,)))

        # the wrong digest, a proof of another submission, a root it does not reach
        with pytest.raises(CacheError, match="has digest"):
            cache.inclusions.save_many([InclusionRow(ids[0], "demo", rows[ids[1]].digest, 1,
                                                     tree.root, proof(ids[1]))])
        with pytest.raises(CacheError, match="does not lead"):
            cache.inclusions.save(ids[0], 1, tree.root, proof(ids[1]))
        with pytest.raises(CacheError, match="does not lead"):
            cache.inclusions.save(ids[0], 1, "0x" + "ab" * 32, proof(ids[0]))
        with pytest.raises(CacheError, match="32-byte"):
            cache.inclusions.save(ids[0], 1, tree.root, ("0x1234",))
        with pytest.raises(CacheError, match="epochs start at 1"):
            cache.inclusions.save(ids[0], 0, tree.root, proof(ids[0]))
        with pytest.raises(CacheError, match="no submission"):
            cache.inclusions.save("019ab9e4-3c00-7000-8000-00000000dead", 1, tree.root, ())
        # one bad row stores none of the batch
        with pytest.raises(CacheError):
            cache.inclusions.save_many([
                InclusionRow(ids[0], "demo", rows[ids[0]].digest, 1, tree.root, proof(ids[0])),
                InclusionRow(ids[1], "demo", rows[ids[1]].digest, 1, tree.root, proof(ids[0]))])
        assert cache.inclusions.all() == {}

        upper = tree.root.upper().replace("0X", "0x")  # hex case does not matter
        assert cache.inclusions.save(ids[0], 1, upper, proof(ids[0])) is True
        assert cache.inclusions.save(ids[0], 1, tree.root, proof(ids[0])) is False  # same
        assert cache.inclusions.save_many(
            InclusionRow(sid, "", rows[sid].digest, 1, tree.root, proof(sid)) for sid in ids
        ) == 2
        kept = cache.inclusions.get(ids[0])
        assert kept is not None and (kept.campaign_id, kept.epoch, kept.root) == ("demo", 1,
                                                                                tree.root)
        assert proof_leads_to_root(kept.digest, kept.proof, kept.root)
        assert set(cache.inclusions.all("demo")) == set(ids) and cache.inclusions.all("other") == {}
        assert cache.inclusions.unproven_submissions() == []
        assert cache.integrity_problems() == []


def test_exports_from_the_cache_carry_the_proofs(tmp_path: Path) -> None:
    with Cache(tmp_path / "cache.sqlite3") as cache:
        ids = signed_texts(cache, 3)
        for sid in ids:
            cache.submissions.set_status(sid, "paid")
        tree = tree_of(cache, ids[:2])
        for sid in ids[:2]:
            digest = cache.submissions.get(sid).digest
            cache.inclusions.save(sid, 7, tree.root, tree.get_proof((digest,)))
        records = {r.submission_id: r for r in cache_records(cache, campaign_id="demo")}
        assert records[ids[0]].inclusion is not None
        assert records[ids[0]].inclusion.epoch == 7  # type: ignore[union-attr]
        assert records[ids[2]].inclusion is None
        result = export_records(records.values(), "jsonl", tmp_path / "out",
                                images=cache.assets.path)
    assert result.manifest["epochs"] == {"7": tree.root}
    report = verify_export(tmp_path / "out")  # offline: the proofs lead to their roots
    assert report.ok, report.problems
    assert (report.submissions, report.unsettled) == (3, 1)
