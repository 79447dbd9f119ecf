"""A hub cluster to load: ``datafi-hub serve`` processes behind haproxy (as
:mod:`tests.hub.test_cluster` runs them) on PostgreSQL with the assets on an S3 store,
and the trouble made during a run (a hub SIGKILLed and restarted, PostgreSQL restarted).

Used by ``tests/hub/test_load.py`` and ``benchmarks/bench_hub_cluster.py``."""

from __future__ import annotations

import asyncio
import glob
import os
import resource
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from datafi_desktop.hub.accounts import auth
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.db.tables import make_engine
from datafi_desktop.hub.server.inprocess import free_port
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.hub.storage import open_store

from .helpers import REPO, start_subprocess_hub, wait_until
from .load_checks import all_problems, read_stored
from .loadgen import PLAIN, REVIEWED, Record, drive, load_campaign, reviewer_addresses
from .test_cluster import proxy_config


def pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return str(Path(found[-1]).parent)
    pg_ctl = shutil.which("pg_ctl")
    return str(Path(pg_ctl).parent) if pg_ctl else None


def haproxy_bin() -> str | None:
    return shutil.which("haproxy") or ("/usr/sbin/haproxy"
                                       if Path("/usr/sbin/haproxy").exists() else None)


@contextmanager
def private_postgres() -> Iterator[tuple[str, str]]:
    """A PostgreSQL cluster of its own (``scripts/postgres.sh`` in a fresh directory), so
    restarting it disturbs no other test; yields (database URL, its directory)."""
    pg_dir = f"/tmp/datafi-load-pg-{uuid.uuid4().hex[:10]}"
    env = {**os.environ, "DATAFI_PG_DIR": pg_dir}
    script = str(REPO / "scripts" / "postgres.sh")
    out = subprocess.run(["bash", script, "start"], env=env, check=True, text=True,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, timeout=180).stdout
    try:
        yield out.strip().split("=", 1)[1], pg_dir
    finally:
        subprocess.run(["bash", script, "stop"], env=env, check=False,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=120)


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


def prepare(data_dir: Path, database_url: str, tasks: int, reviewers: int) -> None:
    """Migrate, import the two campaigns, make the reviewers reviewers of ``rev``."""
    hub = Hub.open(HubSettings(data_dir=data_dir, database_url=database_url,
                               asset_store=os.environ.get("DATAFI_HUB_ASSET_STORE"),
                               s3_endpoint_url=os.environ.get("DATAFI_HUB_S3_ENDPOINT_URL")))
    try:
        import_campaign(hub, load_campaign(PLAIN, tasks, reviews_required=0))
        import_campaign(hub, load_campaign(REVIEWED, tasks // 2, reviews_required=1))
        with hub.engine.begin() as conn:
            for address in reviewer_addresses(reviewers):
                auth.grant_role(conn, REVIEWED, address, "reviewer", hub.now())
    finally:
        hub.close()


@dataclass
class Cluster:
    """``hubs`` serve processes behind haproxy, all answering on ``url``."""

    root: Path
    database_url: str
    hubs: int
    lb: int = field(default_factory=free_port)
    ports: list[int] = field(default_factory=list)
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    proxy: subprocess.Popen[bytes] | None = None
    events: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.lb}"

    @property
    def extra(self) -> tuple[str, ...]:
        return ("--siwe-domain", f"127.0.0.1:{self.lb}", "--public-url", self.url)

    def start(self, haproxy: str) -> None:
        self.ports = [free_port() for _ in range(self.hubs)]
        self.procs = [start_subprocess_hub(self.root / f"hub{i}", self.database_url, p,
                                           self.extra) for i, p in enumerate(self.ports)]
        config = self.root / "haproxy.cfg"
        # the proxy file names three servers; with fewer hubs some lines repeat one
        config.write_text(proxy_config(self.lb, (self.ports * 3)[:3]), encoding="utf-8")
        with (self.root / "haproxy.log").open("ab") as log:  # one line per request
            self.proxy = subprocess.Popen([haproxy, "-f", str(config), "-db"],
                                          stdin=subprocess.DEVNULL, stdout=log, stderr=log)

        def ready() -> bool:
            try:
                return httpx.get(f"{self.url}/v1/ready", timeout=2).status_code == 200
            except httpx.TransportError:
                return False

        wait_until(ready, timeout=60, interval=0.1, what="the proxy")

    def kill_and_restart(self, index: int) -> float:
        """SIGKILL hub ``index``, wait 2 s, start it again; returns seconds until it
        answered again."""
        self.procs[index].kill()
        self.procs[index].wait(10)
        begin = time.monotonic()
        time.sleep(2)
        self.procs[index] = start_subprocess_hub(self.root / f"hub{index}",
                                                 self.database_url, self.ports[index],
                                                 self.extra)
        return time.monotonic() - begin

    def stop(self) -> None:
        if self.proxy is not None:
            self.proxy.terminate()
            self.proxy.wait(10)
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait(10)


async def trouble(cluster: Cluster, seconds: float, kill: bool, pg_dir: str | None) -> None:
    """At a third of the run SIGKILL the second hub (the only one when alone) and start
    it again; at two thirds restart PostgreSQL."""
    begin = time.monotonic()
    if kill:
        await asyncio.sleep(seconds / 3)
        index = min(1, cluster.hubs - 1)
        at = time.monotonic() - begin
        took = await asyncio.to_thread(cluster.kill_and_restart, index)
        cluster.events.append(f"hub {index + 1} SIGKILLed at {at:.0f} s, serving again "
                              f"{took:.1f} s later")
    if pg_dir:
        await asyncio.sleep(max(0.0, begin + 2 * seconds / 3 - time.monotonic()))
        at = time.monotonic() - begin
        took = await asyncio.to_thread(restart_postgres, pg_dir)
        cluster.events.append(f"PostgreSQL restarted at {at:.0f} s in {took:.1f} s")


@dataclass
class LoadRun:
    record: Record
    elapsed: float
    problems: dict[str, list[str]]
    events: list[str]
    driver_cpu_s: float = 0.0  # the driver's own CPU time (it shares the cores)

    def summary(self) -> str:
        share = self.driver_cpu_s / self.elapsed
        return (f"the driver used {self.driver_cpu_s:.0f} CPU-s ({share:.0%} of one core)"
                + "".join(f"; {e}" for e in self.events))


def cpu_seconds() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def run_load(root: Path, database_url: str, pg_dir: str | None, *, hubs: int = 3,
             annotators: int = 200, reviewers: int = 10, uploaders: int = 40,
             seconds: float = 120, think_s: float = 1.0, kill: bool = True,
             tasks: int = 12_000) -> LoadRun:
    """Prepare the campaigns, start the cluster, drive it for ``seconds`` while the
    trouble happens, stop it, and check the database against what was acknowledged.

    The hubs' asset store comes from ``DATAFI_HUB_ASSET_STORE`` and
    ``DATAFI_HUB_S3_ENDPOINT_URL`` (and the AWS variables), as ``serve`` reads them."""
    haproxy = haproxy_bin()
    if haproxy is None:
        raise RuntimeError("haproxy is not installed (scripts/system_deps.sh)")
    prepare(root / "admin", database_url, tasks, reviewers)
    cluster = Cluster(root, database_url, hubs)

    async def both() -> tuple[Record, float]:
        chaos = asyncio.create_task(trouble(cluster, seconds, kill, pg_dir))
        got = await drive(cluster.url, annotators, reviewers, uploaders, seconds, think_s)
        await chaos
        return got

    try:
        cluster.start(haproxy)
        cpu = cpu_seconds()
        record, elapsed = asyncio.run(both())
        cpu = cpu_seconds() - cpu
        engine = make_engine(database_url, pool=False)
        try:
            stored = read_stored(engine)
        finally:
            engine.dispose()
        store = open_store(os.environ.get("DATAFI_HUB_ASSET_STORE"), data_dir=root / "admin",
                           endpoint_url=os.environ.get("DATAFI_HUB_S3_ENDPOINT_URL"))
        problems = all_problems(record, stored, store, cluster.url)
    finally:
        cluster.stop()
    return LoadRun(record, elapsed, problems, cluster.events, cpu)
