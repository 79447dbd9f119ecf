"""The queue at 100,000 tasks: the cache queries behind the queue view and ``cache status``.

    python benchmarks/bench_queue.py [--tasks 100000]

Fills a fresh cache with N text tasks (previews of mixed scripts), then times the
queries the queue view makes (median of 21 runs each): the row count, a page of
100 rows at the top, the middle and the end, the row of a task, a state filter,
a text filter (trigram full-text), next / previous, and ``cache status`` (without
and with the integrity check, in a fresh process as a user runs it).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import machine

WORDS = ("Helix Robotics", "harbour", "Zürich", "مرحبا", "数据", "plant", "drone", "cafe",
         "river", "market", "ledger", "orbit")


def median_ms(fn: Callable[[], object], runs: int = 21) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=100_000)
    args = parser.parse_args()

    from datafi_desktop.core.cache import Cache, QueueFilter
    from datafi_desktop.core.flow import next_task, previous_task
    from datafi_desktop.core.models import parse_campaign, parse_task
    from datafi_desktop.core.profile import Profile

    print(f"machine: {machine()}")
    rng = random.Random(1)
    with tempfile.TemporaryDirectory(prefix="bench-queue-") as tmp:
        profile = Profile(Path(tmp) / "profile").ensure()
        cache = Cache.for_profile(profile)
        cache.tasks.upsert_campaign(parse_campaign({"id": "big", "name": "Big"}))
        tasks = [parse_task({
            "id": f"t{i:06d}", "kind": "text_classification",
            "data": {"text": f"{i} " + " ".join(rng.choice(WORDS) for _ in range(12))},
            "config": {"labels": ["yes", "no"]}}) for i in range(args.tasks)]
        start = time.perf_counter()
        cache.tasks.add_tasks("big", tasks)
        print(f"add {args.tasks:,} tasks: {time.perf_counter() - start:.1f} s")
        uids = [s.uid for s in cache.queue.page(QueueFilter("big"), 0, args.tasks)]
        for uid in rng.sample(uids, args.tasks // 10):
            cache.tasks.set_skipped(uid)
        every = QueueFilter("big")
        middle, last = args.tasks // 2, args.tasks - 100
        figures = {
            "row count": median_ms(lambda: cache.queue.count(every)),
            "page of 100, top": median_ms(lambda: cache.queue.page(every, 0, 100)),
            "page of 100, middle": median_ms(lambda: cache.queue.page(every, middle, 100)),
            "page of 100, end": median_ms(lambda: cache.queue.page(every, last, 100)),
            "row of a task (end)": median_ms(lambda: cache.queue.row_of(every, uids[-3])),
            "filter by state (skipped): count + first page": median_ms(lambda: (
                cache.queue.count(QueueFilter("big", ("skipped",))),
                cache.queue.page(QueueFilter("big", ("skipped",)), 0, 100))),
            "filter by text 'harbour Zü': count + first page": median_ms(lambda: (
                cache.queue.count(QueueFilter("big", text="harbour Zü")),
                cache.queue.page(QueueFilter("big", text="harbour Zü"), 0, 100))),
            "filter by text 't054321': count + first page": median_ms(lambda: (
                cache.queue.count(QueueFilter("big", text="t054321")),
                cache.queue.page(QueueFilter("big", text="t054321"), 0, 100))),
            "next task": median_ms(lambda: next_task(cache, uids[middle], campaign_id="big")),
            "previous task": median_ms(
                lambda: previous_task(cache, uids[middle], campaign_id="big")),
        }
        cache.close()
        for name, ms in figures.items():
            print(f"{name:50s} {ms:8.2f} ms")
        for extra in ([], ["--check"]):
            cmd = [sys.executable, "-m", "datafi_desktop", "--profile", str(profile.root),
                   "cache", "status", *extra]
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                subprocess.run(cmd, check=True, capture_output=True)
                runs.append(time.perf_counter() - start)
            print(f"{'cache status ' + ' '.join(extra):50s} {statistics.median(runs):8.2f} s "
                  "(process start included)")


if __name__ == "__main__":
    main()
