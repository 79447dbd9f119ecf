"""The hub's export of a large campaign: time and peak memory.

    python benchmarks/bench_export.py [--submissions 100000] [--format jsonl]
                                      [--database-url URL] [--tracemalloc]

Generates a text-classification campaign of N accepted submissions in SQL (SQLite in a
temporary directory unless ``--database-url`` names an empty PostgreSQL database), then
runs ``datafi-hub export`` the way the CLI does (:func:`export_campaign`) and prints the
time, the bytes written and the process's peak resident memory before and after (its
growth is what the export held). ``--tracemalloc`` also reports Python's own peak
(slower: every allocation is traced).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import machine
from datafi_desktop.hub.campaigns.export import export_campaign
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from tests.hub.export_data import generated_campaign


def max_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--submissions", type=int, default=100_000)
    parser.add_argument("--format", default="jsonl")
    parser.add_argument("--database-url")
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        url = args.database_url or f"sqlite:///{root / 'hub.sqlite3'}"
        hub = Hub.open(HubSettings(data_dir=root / "hub", database_url=url))
        try:
            started = time.perf_counter()
            generated_campaign(hub, "bench", args.submissions)
            print(f"generated {args.submissions:,} submissions in "
                  f"{time.perf_counter() - started:.1f} s ({hub.engine.dialect.name})")
            generated_campaign(hub, "warm", 1000)
            export_campaign(hub, "warm", args.format, root / "warm-up")  # imports, caches
            before = max_rss_mib()
            if args.tracemalloc:
                tracemalloc.start()
            started = time.perf_counter()
            result = export_campaign(hub, "bench", args.format, root / "out")
            elapsed = time.perf_counter() - started
            traced = tracemalloc.get_traced_memory()[1] if args.tracemalloc else None
            tracemalloc.stop()
            after = max_rss_mib()
        finally:
            hub.close()
        written = sum(p.stat().st_size for p in (root / "out").rglob("*") if p.is_file())
    counts = result.manifest["counts"]
    print(f"export --format {args.format}: {counts['exported']:,} submissions, "
          f"{counts['files']} files, {written / 2**20:.1f} MiB written in {elapsed:.1f} s "
          f"({counts['exported'] / elapsed:,.0f} /s)")
    print(f"peak RSS {before:.0f} MiB before the export, {after:.0f} MiB after "
          f"(+{after - before:.0f} MiB)")
    if traced is not None:
        print(f"tracemalloc peak during the export: {traced / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
