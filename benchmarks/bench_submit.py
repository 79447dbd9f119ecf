"""``submit`` into a cache that already holds 100,000 submissions (per second).

    python benchmarks/bench_submit.py [--existing 100000] [--submits 500]

Each submit validates, canonicalizes, hashes, signs, and commits the
submission, its signature and its outbox row in one transaction with
``synchronous=FULL`` (an fsync per commit), so the figure depends on the disk.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import machine
from datafi_desktop.core.cache import Cache
from datafi_desktop.core.models import parse_campaign, parse_task
from tests.conftest import KeySigner


def populate(cache: Cache, existing: int, signer: KeySigner) -> None:
    """Fill the cache with ``existing`` tasks and signed submissions, fast: one real
    submit, copied with new ids in a single transaction."""
    cache.tasks.upsert_campaign(parse_campaign({"id": "bench", "name": "Benchmark"}))
    tasks = [parse_task({"id": f"old-{i}", "kind": "text_classification",
                         "data": {"text": f"an older task, number {i}"},
                         "config": {"labels": ["yes", "no"]}}) for i in range(existing)]
    cache.tasks.add_tasks("bench", tasks)
    template = cache.submissions.submit(1, {"kind": "text_classification", "labels": ["yes"]},
                                        signer)
    with cache.transaction():
        rows = cache.db.execute("SELECT uid FROM tasks WHERE uid > 1 ORDER BY uid").fetchall()
        for n, (uid,) in enumerate(rows):
            sid = f"00000000-0000-7000-8000-{n:012x}"
            cache.db.execute(
                "INSERT INTO submissions (id, task_uid, campaign_id, task_id, kind, annotation, "
                "content_hash, typed_data, digest, signer, signature, created_at, status, "
                "updated_at) VALUES (?, ?, 'bench', ?, 'text_classification', ?, ?, ?, ?, ?, ?, "
                "?, 'accepted', ?)",
                (sid, uid, f"old-{uid}", json.dumps(template.annotation), template.content_hash,
                 json.dumps(template.typed_data), template.digest, template.signer,
                 template.signature, n, n))
            cache.db.execute(
                "INSERT INTO outbox (item_type, item_id, state, created_at, updated_at) "
                "VALUES ('submission', ?, 'accepted', ?, ?)", (sid, n, n))
        cache.db.execute("UPDATE tasks SET state = 'accepted' WHERE uid > 1")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--existing", type=int, default=100_000)
    parser.add_argument("--submits", type=int, default=500)
    args = parser.parse_args()
    signer = KeySigner("bench")
    with tempfile.TemporaryDirectory() as tmp, Cache(Path(tmp) / "bench.sqlite3") as cache:
        t0 = time.perf_counter()
        populate(cache, args.existing, signer)
        print(f"populated {cache.submissions.count():,} submissions in "
              f"{time.perf_counter() - t0:.1f} s")
        new = [parse_task({"id": f"new-{i}", "kind": "text_classification",
                           "data": {"text": f"a fresh task {i}"},
                           "config": {"labels": ["yes", "no"]}}) for i in range(args.submits)]
        cache.tasks.add_tasks("bench", new)
        uids = [s.uid for s in cache.tasks.task_summaries("bench", states=["new"])]
        start = time.perf_counter()
        for uid in uids:
            cache.submissions.submit(uid, {"kind": "text_classification", "labels": ["no"]}, signer)
        elapsed = time.perf_counter() - start
        assert cache.integrity_problems() == []
    print(f"machine: {machine()}")
    print(f"submit into a cache holding {args.existing:,} submissions: "
          f"{len(uids) / elapsed:,.0f} submits/s ({elapsed / len(uids) * 1000:.2f} ms each)")


if __name__ == "__main__":
    main()
