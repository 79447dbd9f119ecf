"""Three ``datafi-hub serve`` processes behind haproxy (``deploy/haproxy.cfg``, TLS
lines dropped, ports filled in) on one PostgreSQL: annotators sign in, lease, push
and resend through the proxy while one hub is SIGKILLed and restarted; afterwards SQL
checks every acknowledged submission is stored once, no task took more than its
overlap, and the ledger pays exactly the accepted work.

Bounded: ``DATAFI_CLUSTER_SECONDS`` (default 30) and ``DATAFI_CLUSTER_ANNOTATORS``
(default 12); loopback only; prints throughput and p50/p99 per route."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import free_port
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from tests.conftest import KeySigner

from .helpers import REPO, ApiUser, answer, signed_item, start_subprocess_hub, text_campaign


def proxy_config(lb_port: int, hub_ports: list[int]) -> str:
    """deploy/haproxy.cfg without TLS, bound to 127.0.0.1, pointing at ``hub_ports``."""
    lines = []
    servers = iter(hub_ports)
    for line in (REPO / "deploy" / "haproxy.cfg").read_text(encoding="utf-8").splitlines():
        if "ssl" in line or "redirect scheme" in line:
            continue
        if line.strip() == "bind :80":
            line = f"    bind 127.0.0.1:{lb_port}"
        line = re.sub(r"127\.0\.0\.1:870\d", lambda _m: f"127.0.0.1:{next(servers)}", line)
        lines.append(line)
    return "\n".join(lines) + "\n"


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.acked: dict[str, str] = {}  # submission id -> result the hub answered
        self.errors = 0
        self.refused: dict[int, int] = defaultdict(int)  # HTTP status of non-200 pushes

    def timed(self, route: str, call: Any) -> Any:
        start = time.perf_counter()
        try:
            return call()
        finally:
            with self.lock:
                self.times[route].append(time.perf_counter() - start)


def annotator(url: str, index: int, deadline: float, stats: Stats) -> None:
    signer = KeySigner(f"cluster-{index}")
    user: ApiUser | None = None
    unsent: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        try:
            if user is None:
                user = stats.timed("sign-in", lambda: ApiUser(url, signer).sign_in())
            me = user
            if not unsent:
                got = stats.timed("lease", lambda me=me: me.post(
                    "/v1/campaigns/load/leases", json={"count": 5, "ttl_seconds": 60}))
                if got.status_code == 401:
                    user = None
                    continue
                if got.status_code != 200:  # e.g. 503 from the proxy while a hub restarts
                    stats.errors += 1
                    time.sleep(0.2)
                    continue
                tasks = [lease["task"]["id"] for lease in got.json()["leases"]]
                if not tasks:
                    time.sleep(0.2)
                    continue
                unsent = [signed_item(signer, "load", t, answer(index)) for t in tasks]
            batch = unsent + unsent[:1]  # a duplicate in every push
            response = stats.timed("push", lambda me=me, batch=batch: me.post(
                "/v1/submissions", json={"items": batch}))
            if response.status_code != 200:
                stats.errors += 1
                with stats.lock:
                    stats.refused[response.status_code] += 1
                if response.status_code == 401:
                    user = None
                # back off as told (429/503 carry Retry-After), never in a tight loop
                time.sleep(min(float(response.headers.get("Retry-After", "0.2") or 0.2), 5))
                continue
            with stats.lock:
                for item, result in zip(batch, response.json()["results"], strict=True):
                    stats.acked.setdefault(item["id"], result["result"])
            unsent = []  # acknowledged; on an error the same items are sent again
        except httpx.HTTPError as exc:
            stats.errors += 1
            if stats.errors <= 3:
                print(f"annotator {index}: {type(exc).__name__}: {exc}")
            time.sleep(0.2)


@pytest.mark.slow
def test_three_hubs_behind_haproxy_survive_a_killed_hub(tmp_path: Path,
                                                         database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("the cluster runs on PostgreSQL")
    haproxy = shutil.which("haproxy") or ("/usr/sbin/haproxy"
                                         if Path("/usr/sbin/haproxy").exists() else None)
    if haproxy is None:
        pytest.skip("haproxy is not installed (scripts/system_deps.sh)")
    seconds = float(os.environ.get("DATAFI_CLUSTER_SECONDS", "30"))
    people = int(os.environ.get("DATAFI_CLUSTER_ANNOTATORS", "12"))
    hub = Hub.open(HubSettings(data_dir=tmp_path / "admin", database_url=database_url))
    import_campaign(hub, text_campaign("load", tasks=3000, overlap=2, reviews_required=0))
    hub.close()
    lb = free_port()
    ports = [free_port() for _ in range(3)]
    extra = ("--siwe-domain", f"127.0.0.1:{lb}", "--public-url", f"http://127.0.0.1:{lb}")
    hubs = [start_subprocess_hub(tmp_path / f"hub{i}", database_url, p, extra)
            for i, p in enumerate(ports)]
    config = tmp_path / "haproxy.cfg"
    config.write_text(proxy_config(lb, ports), encoding="utf-8")
    proxy = subprocess.Popen([haproxy, "-f", str(config), "-db"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{lb}"
    try:
        for _ in range(100):
            if proxy.poll() is not None:
                raise AssertionError(proxy.stderr.read().decode() if proxy.stderr else "")
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
        time.sleep(seconds / 3)
        hubs[1].kill()  # SIGKILL mid-load
        hubs[1].wait(10)
        time.sleep(2)
        hubs[1] = start_subprocess_hub(tmp_path / "hub1", database_url, ports[1], extra)
        for worker in workers:
            worker.join(seconds + 120)
        elapsed = time.monotonic() - start
    finally:
        proxy.terminate()
        proxy.wait(10)
        for proc in hubs:
            proc.kill()
            proc.wait(10)
    engine = Hub.open(HubSettings(data_dir=tmp_path / "admin", database_url=database_url),
                      upgrade=False).engine
    with engine.connect() as conn:
        stored = {r.id: r.intake for r in conn.execute(text(
            "SELECT id, intake FROM submissions WHERE campaign_id = 'load'"))}
        over = conn.execute(text(
            "SELECT task_uid, count(*) FROM submissions WHERE campaign_id = 'load' AND "
            "intake = 'accepted' GROUP BY task_uid HAVING count(*) > 2")).all()
        drift = conn.execute(text(
            "SELECT t.uid FROM tasks t LEFT JOIN submissions s ON s.task_uid = t.uid AND "
            "s.status <> 'rejected' WHERE t.campaign_id = 'load' AND t.kind <> 'collection' "
            "GROUP BY t.uid, t.submitted HAVING count(s.id) <> t.submitted")).all()
        paid = conn.execute(text(
            "SELECT count(*) FROM ledger WHERE campaign_id = 'load' AND kind = 'submission'"
        )).scalar_one()
    engine.dispose()
    accepted = [sid for sid, result in stats.acked.items() if result == "accepted"]
    print(f"\ncluster: {people} annotators, {elapsed:.0f} s, {len(accepted)} accepted "
          f"({len(accepted) / elapsed:.1f}/s), {stats.errors} transport errors")
    for route, times in sorted(stats.times.items()):
        ordered = sorted(times)
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        print(f"  {route:8s} n={len(times):5d} p50={statistics.median(times) * 1000:7.1f} ms "
              f"p99={p99 * 1000:7.1f} ms")
    assert accepted, "no work was accepted"
    missing = [sid for sid in stats.acked if sid not in stored]
    assert not missing  # every acknowledged submission is stored (the id is its key)
    assert all(stored[sid] == result for sid, result in stats.acked.items()
               if result in ("accepted", "rejected"))
    assert over == []  # no task took more than its overlap
    assert drift == []  # the counters equal the stored submissions
    assert paid == sum(1 for v in stored.values() if v == "accepted")  # ledger = accepted
