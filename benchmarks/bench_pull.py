"""Time for the app to pull 100,000 tasks from a hub ("Make tasks available offline").

    python benchmarks/bench_pull.py [--n 100000] [--database-url URL]

A hub process on 127.0.0.1 (as in bench_hub_intake.py) with a campaign of N text tasks
whose per-account limits let one account hold them all; an empty app profile with a
real cache file signs in and pulls N in pages (core/sync/pull.py) in one sync cycle.
Prints the time, the pages' progress as the app saw it, and the machine's load.
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
from datafi_desktop.core.sync import SyncEngine, SyncPhase, SyncProgress
from tests.conftest import KeySigner


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="datafi-bench-") as name:
        tmp = Path(name)
        _settings, port, proc = start(args.n, args.database_url, tmp)
        try:
            url = f"http://127.0.0.1:{port}"
            (tmp / "app").mkdir()
            pages: list[float] = []
            begin = time.perf_counter()

            def seen(progress: SyncProgress) -> None:
                if progress.phase is SyncPhase.LEASE and progress.done:
                    pages.append(time.perf_counter() - begin)

            with Cache(tmp / "app" / "cache.sqlite3") as cache:
                engine = SyncEngine(cache, url, KeySigner("bench"))
                engine.sync_now()  # sign-in and campaigns, not timed
                engine.add_listener(seen)
                begin = time.perf_counter()
                report = engine.sync_now(lease={CAMPAIGN: args.n})
                took = time.perf_counter() - begin
                assert report.leased == args.n, report
                held = len(cache.tasks.task_summaries(CAMPAIGN, kinds=("text_classification",)))
                assert held == args.n, held
        finally:
            proc.kill()  # type: ignore[attr-defined]
            proc.wait(30)  # type: ignore[attr-defined]
    backend = (args.database_url or "sqlite").split(":")[0].split("+")[0]
    gaps = sorted(b - a for a, b in zip([0.0, *pages], pages, strict=False))
    print(f"machine: {machine()}")
    print(f"hub: one process, {backend}; N = {args.n:,}")
    print(f"one sync cycle pulling them all: {took:.1f} s ({args.n / took:,.0f} tasks/s); "
          f"{len(pages)} pages, median {gaps[len(gaps) // 2] * 1000:.0f} ms, "
          f"slowest {gaps[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
