"""Submissions per second accepted by one hub process, signatures verified.

    python benchmarks/bench_hub_intake.py [--n 10000] [--batch 50] [--clients 2]
                                          [--database-url URL]

Starts ``datafi-hub serve`` as its own process on 127.0.0.1 (SQLite in a temporary
directory unless ``--database-url`` is given), leases N tasks to one account, signs N
submissions, then pushes them in batches over HTTP and times the hub's answers. A
second pass resends everything (the idempotent path: verified again, stored nothing).
With ``--clients K`` (default 2) K annotators push at the same time, each its own
batches in turn, as a hub serving a workforce sees them: one client alone leaves the
hub idle while it prepares and sends its next batch.

Besides wall-clock rates it reports the rate per CPU-second of the hub process (user +
system time from /proc, SQLite's work included; PostgreSQL's own processes not): on a
machine other jobs share, that is the figure that says what one process sustains.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import machine
from datafi_desktop.core.sync import HubClient
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import free_port
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from tests.conftest import KeySigner
from tests.hub.helpers import answer, hub_count, signed_item, start_subprocess_hub, text_campaign

CAMPAIGN = "c1"


def start(n: int, database_url: str | None, tmp: Path) -> tuple[HubSettings, int, object]:
    """A hub process with a campaign of ``n`` tasks; returns (settings, port, process)."""
    settings = HubSettings(data_dir=tmp / "hub", database_url=database_url)
    hub = Hub.open(settings)
    loaded = text_campaign(CAMPAIGN, tasks=n)
    # one benchmark account leases every task: the campaign lifts the per-account limits
    limits = {"max_leases_per_account": n, "new_account_max_leases": n}
    loaded = replace(loaded, campaign=loaded.campaign.model_copy(update={"extra": limits}))
    import_campaign(hub, loaded)
    hub.close()
    port = free_port()
    return settings, port, start_subprocess_hub(settings.data_dir, settings.url, port)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="datafi-bench-") as name:
        settings, port, proc = start(args.n, args.database_url, Path(name))
        try:
            # a new account may hold 1,000 leases (hub.campaigns.lease_limits): one per 1,000 tasks
            work: list[tuple[HubClient, list[dict[str, object]]]] = []
            signing = 0.0
            for a in range(0, args.n, 1000):
                signer = KeySigner(f"bench-{a}")
                client = HubClient(f"http://127.0.0.1:{port}", timeout=600)
                client.sign_in(signer)
                want = min(1000, args.n - a)
                tasks = [lease.task.id for lease in client.lease(CAMPAIGN, want).leases]
                assert len(tasks) == want, len(tasks)
                started = time.perf_counter()
                work.append((client, [signed_item(signer, CAMPAIGN, t, answer(i))
                                      for i, t in enumerate(tasks)]))
                signing += time.perf_counter() - started

            pid = proc.pid  # type: ignore[attr-defined]

            def push_some(share: list[tuple[HubClient, list[dict[str, object]]]]) -> int:
                accepted = 0
                for client, items in share:
                    for i in range(0, len(items), args.batch):
                        accepted += client.push(items[i:i + args.batch]).accepted
                return accepted

            shares = [work[k::args.clients] for k in range(args.clients)]

            def push_all() -> tuple[float, float, int]:
                begin, cpu = time.perf_counter(), cpu_seconds(pid)
                with ThreadPoolExecutor(args.clients) as pool:
                    accepted = sum(pool.map(push_some, shares))
                return time.perf_counter() - begin, cpu_seconds(pid) - cpu, accepted

            first, first_cpu, accepted = push_all()
            again, again_cpu, repeated = push_all()
            stored = hub_count(settings.url)
        finally:
            proc.kill()  # type: ignore[attr-defined]
            proc.wait(30)  # type: ignore[attr-defined]
    backend = (args.database_url or "sqlite").split(":")[0].split("+")[0]
    print(f"machine: {machine()}")
    print(f"hub: one process (uvicorn), {backend}; batch {args.batch}; N = {args.n:,}; "
          f"{args.clients} client(s) pushing at once")
    print(f"client signing (EIP-712, not part of the figure): {args.n / signing:,.0f}/s")
    print(f"intake, new submissions:  {args.n / first:,.0f} submissions/s "
          f"({first:.2f} s for {accepted:,} accepted, {stored:,} rows); "
          f"{accepted / first_cpu:,.0f} accepted per CPU-second of the hub process")
    print(f"intake, resent (idempotent): {args.n / again:,.0f} submissions/s "
          f"({again:.2f} s, {repeated:,} answered with their original result); "
          f"{args.n / again_cpu:,.0f} per CPU-second")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    main()
