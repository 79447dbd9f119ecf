"""Time for the app to push 10,000 queued submissions to a hub.

    python benchmarks/bench_sync_push.py [--n 10000] [--batch 200] [--database-url URL]

A hub process on 127.0.0.1 (as in bench_hub_intake.py); an app profile with a real
cache file leases N tasks, labels and signs them all (queued in the outbox), then one
sync cycle (SyncEngine.sync_now: sign-in, campaigns, push in batches, statuses) is
timed until the outbox is empty.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import machine
from benchmarks.bench_hub_intake import CAMPAIGN, start
from datafi_desktop.core.cache import Cache
from datafi_desktop.core.sync import SyncEngine
from tests.conftest import KeySigner
from tests.hub.helpers import answer, hub_count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="datafi-bench-") as name:
        tmp = Path(name)
        settings, port, proc = start(args.n, args.database_url, tmp)
        try:
            url = f"http://127.0.0.1:{port}"
            signer = KeySigner("bench")
            (tmp / "app").mkdir()
            with Cache(tmp / "app" / "cache.sqlite3") as cache:
                setup = SyncEngine(cache, url, signer)
                assert setup.sync_now(lease={CAMPAIGN: args.n}).leased == args.n
                setup.client.close()
                begin = time.perf_counter()
                summaries = cache.tasks.task_summaries(CAMPAIGN, kinds=("text_classification",))
                for i, summary in enumerate(summaries):
                    cache.submissions.submit(summary.uid, answer(i), signer)
                queueing = time.perf_counter() - begin
                assert cache.outbox.pending_count() == args.n

                engine = SyncEngine(cache, url, signer, batch_size=args.batch)
                begin = time.perf_counter()
                report = engine.sync_now()
                pushing = time.perf_counter() - begin
                assert report.accepted == args.n, report
                assert cache.outbox.pending_count() == 0
            stored = hub_count(settings.url)
        finally:
            proc.kill()  # type: ignore[attr-defined]
            proc.wait(30)  # type: ignore[attr-defined]
    backend = (args.database_url or "sqlite").split(":")[0].split("+")[0]
    print(f"machine: {machine()}")
    print(f"hub: one process, {backend}; app batch size {args.batch}; N = {args.n:,}")
    print(f"queueing in the app (validate, sign, write + outbox row): "
          f"{args.n / queueing:,.0f}/s ({queueing:.1f} s)")
    print(f"one sync cycle pushing them all: {pushing:.1f} s "
          f"({args.n / pushing:,.0f} submissions/s; {stored:,} on the hub)")


if __name__ == "__main__":
    main()
