"""Accepted submissions per second and lease/push latency of 1 vs 3 hub processes
behind haproxy on one PostgreSQL (issue 15).

    python benchmarks/bench_hub_cluster.py --database-url postgresql+psycopg://… \\
        [--hubs 1 3] [--annotators 40] [--seconds 30] [--pg-dir /tmp/pg-x]

Each run: a fresh schema, a campaign of 20,000 tasks (overlap 2, no review), ``--hubs``
``datafi-hub serve`` processes behind ``deploy/haproxy.cfg`` (TLS lines dropped, as
``tests/hub/test_cluster.py`` runs it), and ``--annotators`` simulated annotators
(threads: sign in, lease 5, push them with a duplicate, repeat) for ``--seconds``.
With ``--pg-dir`` (the ``DATAFI_PG_DIR`` of ``scripts/postgres.sh``) PostgreSQL is
restarted (``pg_ctl restart -m fast``) at half time. Afterwards SQL checks: every
acknowledged submission stored with its answer, no task over its overlap, the ledger
paying exactly the accepted work. Loopback only; it stops by itself.
"""

from __future__ import annotations

import argparse
import glob
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import machine
from datafi_desktop.hub.importer import import_campaign
from datafi_desktop.hub.inprocess import free_port
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from tests.hub.helpers import start_subprocess_hub, text_campaign
from tests.hub.test_cluster import Stats, annotator, proxy_config


def fresh_schema(base: str) -> str:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    return make_url(base).update_query_dict(
        {"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


def restart_postgres(pg_dir: str) -> float:
    """``pg_ctl restart`` the cluster of scripts/postgres.sh; returns the seconds it took."""
    pg_ctl = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))[-1]
    begin = time.monotonic()
    owner = ["runuser", "-u", "postgres", "--"] if Path(pg_dir).stat().st_uid != 0 else []
    # the new postmaster must not inherit a pipe of ours (we would wait for it forever)
    subprocess.run([*owner, pg_ctl, "-D", f"{pg_dir}/data", "-l", f"{pg_dir}/restart.log",
                    "restart", "-m", "fast", "-w"], check=True, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return time.monotonic() - begin


def run(base: str, hubs: int, people: int, seconds: float, pg_dir: str | None,
        tmp: Path) -> dict[str, object]:
    url_db = fresh_schema(base)
    hub = Hub.open(HubSettings(data_dir=tmp / "admin", database_url=url_db))
    import_campaign(hub, text_campaign("load", tasks=20_000, overlap=2, reviews_required=0))
    hub.close()
    lb = free_port()
    ports = [free_port() for _ in range(3)]
    extra = ("--siwe-domain", f"127.0.0.1:{lb}", "--public-url", f"http://127.0.0.1:{lb}")
    procs = [start_subprocess_hub(tmp / f"hub{i}", url_db, p, extra)
             for i, p in enumerate(ports[:hubs])]
    config = tmp / "haproxy.cfg"
    # the proxy file names three servers; with one hub all three lines point at it
    config.write_text(proxy_config(lb, (ports[:hubs] * 3)[:3]), encoding="utf-8")
    haproxy = shutil.which("haproxy") or "/usr/sbin/haproxy"
    proxy = subprocess.Popen([haproxy, "-f", str(config), "-db"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{lb}"
    restart_s = None
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{url}/v1/ready", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        stats = Stats()
        start = time.monotonic()
        deadline = start + seconds
        workers = [threading.Thread(target=annotator, args=(url, i, deadline, stats))
                   for i in range(people)]
        for worker in workers:
            worker.start()
        if pg_dir:
            time.sleep(seconds / 2)
            restart_s = restart_postgres(pg_dir)
        for worker in workers:
            worker.join(seconds + 120)
        elapsed = time.monotonic() - start
    finally:
        proxy.terminate()
        proxy.wait(10)
        for proc in procs:
            proc.kill()
            proc.wait(10)
    engine = create_engine(url_db)
    with engine.connect() as conn:
        stored = {r.id: r.intake for r in conn.execute(text(
            "SELECT id, intake FROM submissions WHERE campaign_id = 'load'"))}
        over = conn.execute(text(
            "SELECT task_uid FROM submissions WHERE campaign_id = 'load' AND "
            "intake = 'accepted' GROUP BY task_uid HAVING count(*) > 2")).all()
        paid = conn.execute(text("SELECT count(*) FROM ledger WHERE campaign_id = 'load' "
                                 "AND kind = 'submission'")).scalar_one()
    engine.dispose()
    accepted = [sid for sid, result in stats.acked.items() if result == "accepted"]
    lost = [sid for sid, result in stats.acked.items()
            if result in ("accepted", "rejected") and stored.get(sid) != result]
    latency = {}
    for route, times in stats.times.items():
        ordered = sorted(times)
        latency[route] = (len(times), statistics.median(times) * 1000,
                          ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000)
    return {"hubs": hubs, "elapsed": elapsed, "accepted": len(accepted),
            "errors": stats.errors, "refused": dict(stats.refused), "latency": latency,
            "lost": len(lost),
            "over": len(over), "ledger_exact": paid == sum(
                1 for v in stored.values() if v == "accepted"), "restart_s": restart_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--hubs", type=int, nargs="+", default=[1, 3], choices=[1, 2, 3])
    parser.add_argument("--annotators", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--pg-dir", default=None)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    for hubs in args.hubs:
        with tempfile.TemporaryDirectory(prefix="datafi-cluster-") as name:
            r = run(args.database_url, hubs, args.annotators, args.seconds, args.pg_dir,
                    Path(name))
        print(f"{hubs} hub(s), {args.annotators} annotators, {r['elapsed']:.0f} s: "
              f"{r['accepted']} accepted ({r['accepted'] / r['elapsed']:.0f}/s), "  # type: ignore[operator]
              f"{r['errors']} errors (non-200 pushes by status: {r['refused']})"
              + (f", PostgreSQL restarted in {r['restart_s']:.1f} s" if r["restart_s"] else ""))
        for route, (n, p50, p99) in sorted(r["latency"].items()):  # type: ignore[attr-defined]
            print(f"  {route:8s} n={n:6d} p50={p50:7.1f} ms p99={p99:7.1f} ms")
        print(f"  checks: lost {r['lost']}, tasks over overlap {r['over']}, "
              f"ledger = accepted work: {r['ledger_exact']}")


if __name__ == "__main__":
    main()
