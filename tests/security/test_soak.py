"""Threat row SOAK: the app's sync engine (core API, no GUI) against a real hub subprocess
for ``DATAFI_SOAK_SECONDS`` (default 600) with faults injected at random — hub restarts
(SIGKILL), connections dropped mid-response and 503 answers from a fault-injecting TCP proxy
on 127.0.0.1, client clocks skewed by up to ±10 minutes, and a full disk on the client
(SQLite ``max_page_count``). At the end, with the faults off: every submission the app
made is on the hub exactly once, accepted, and nothing else is there. Loopback only,
bounded in time, stops by itself; the counts are printed and written to
``soak-report.json`` in the test's folder."""

from __future__ import annotations

import contextlib
import json
import os
import random
import socket
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.errors import CacheFullError
from datafi_desktop.core.sync import SyncEngine
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import free_port
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from tests.conftest import KeySigner
from tests.hub.helpers import answer, hub_count, start_subprocess_hub, text_campaign

SECONDS = float(os.environ.get("DATAFI_SOAK_SECONDS", "600"))
SKEW_MS = 10 * 60 * 1000


class FaultProxy:
    """A TCP proxy 127.0.0.1:port → 127.0.0.1:target that spoils some requests (each chunk
    a client sends is one request, keep-alive or not): closes the connection before
    answering, answers 503 itself, or lets the hub answer and cuts the response midway."""

    def __init__(self, target: int, rng: random.Random) -> None:
        self.target, self.rng = target, rng
        self.fault_rate = 0.0
        self.faults: Counter[str] = Counter()
        self._lock = threading.Lock()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port = int(self.server.getsockname()[1])
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True, name="fault-proxy")
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.server.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _fault(self) -> str:
        with self._lock:
            mode = "pass"
            if self.rng.random() < self.fault_rate:
                mode = self.rng.choice(["cut", "503", "close"])
            self.faults[mode] += 1
            return mode

    def _handle(self, client: socket.socket) -> None:
        client.settimeout(60)
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target), timeout=60)
        except OSError:
            client.close()  # the hub is restarting: the client sees the connection close
            return
        state: dict[str, int | None] = {"down": 0, "limit": None}

        def close_both() -> None:
            for sock in (client, upstream):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

        def up() -> None:
            try:
                while data := client.recv(65536):
                    mode = self._fault()
                    if mode == "close":
                        return
                    if mode == "503":
                        client.sendall(b"HTTP/1.1 503 Service Unavailable\r\n"
                                       b"Content-Length: 0\r\nConnection: close\r\n\r\n")
                        return
                    if mode == "cut":
                        state["limit"] = int(state["down"] or 0) + self.rng.randint(1, 400)
                    upstream.sendall(data)
            except OSError:
                pass
            finally:
                close_both()

        pump = threading.Thread(target=up, daemon=True)
        pump.start()
        try:
            while data := upstream.recv(65536):
                limit, down = state["limit"], int(state["down"] or 0)
                if limit is not None and down + len(data) >= limit:
                    client.sendall(data[: max(0, limit - down)])
                    break  # mid-response: the rest never arrives
                client.sendall(data)
                state["down"] = down + len(data)
        except OSError:
            pass
        finally:
            close_both()
            pump.join(5)
            client.close()
            upstream.close()


def open_tasks(cache: Cache, count: int) -> list[Any]:
    return cache.tasks.task_summaries("c1", states=("new",), kinds=("text_classification",),
                                      limit=count)


def set_disk_full(cache: Cache, full: bool) -> None:
    if full:
        pages = cache.db.execute("PRAGMA page_count").fetchone()[0]
        cache.db.execute(f"PRAGMA max_page_count={int(pages)}")
    else:
        cache.db.execute("PRAGMA max_page_count=1073741823")


def report(request: pytest.FixtureRequest, tmp_path: Path, figures: dict[str, Any]) -> None:
    """The counts: printed, in soak-report.json, and on the terminal even without -s."""
    text = json.dumps(figures, sort_keys=True)
    (tmp_path / "soak-report.json").write_text(text)
    print(f"\nsoak counts: {text}")
    terminal = request.config.pluginmanager.getplugin("terminalreporter")
    if terminal is not None:
        terminal.write_line(f"soak counts: {text}")
    request.node.user_properties.append(("soak", text))


@pytest.mark.slow
@pytest.mark.timeout(int(SECONDS) + 600)  # the soak itself, then the final drain
def test_soak_sync_under_faults(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("DATAFI_SOAK_SEED", "11")))
    db_url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    hub = Hub.open(HubSettings(data_dir=tmp_path / "hub", database_url=db_url))
    import_campaign(hub, text_campaign("c1", tasks=4000))
    hub.close()
    port = free_port()
    proc = start_subprocess_hub(tmp_path / "hub", db_url, port)
    proxy = FaultProxy(port, rng)
    signer = KeySigner("soak")
    (tmp_path / "app").mkdir()
    cache = Cache(tmp_path / "app" / "cache.sqlite3")
    engine = SyncEngine(cache, f"http://127.0.0.1:{proxy.port}", signer)
    made: list[str] = []
    counts: Counter[str] = Counter()
    deadline = time.monotonic() + SECONDS
    try:
        while time.monotonic() < deadline:
            proxy.fault_rate = rng.choice([0.0, 0.1, 0.3, 0.6])
            action = rng.choices(["label", "sync", "restart", "disk_full"],
                                 weights=[5, 5, 1, 1])[0]
            counts[action] += 1
            if action == "restart":
                proc.kill()
                proc.wait(10)
                proc = start_subprocess_hub(tmp_path / "hub", db_url, port)
            elif action == "disk_full":
                set_disk_full(cache, True)
                try:
                    for summary in open_tasks(cache, 3):
                        made.append(cache.submissions.submit(summary.uid, answer(rng.randrange(3)),
                                                             signer).id)
                    engine.sync_now()
                except CacheFullError as exc:
                    assert "disk is full" in str(exc)
                    counts["disk_full_said"] += 1
                finally:
                    set_disk_full(cache, False)
                assert cache.integrity_problems() == []
            elif action == "label":
                for summary in open_tasks(cache, rng.randint(1, 8)):
                    skew = rng.randint(-SKEW_MS, SKEW_MS)
                    made.append(cache.submissions.submit(
                        summary.uid, answer(rng.randrange(3)), signer,
                        created_at_ms=int(time.time() * 1000) + skew).id)
            else:
                result = engine.sync_now(lease={"c1": rng.randint(5, 30)})
                counts[f"sync_{result.state.value}"] += 1
        # the end: faults off, drain the outbox
        proxy.fault_rate = 0.0
        # a push the full disk interrupted left its items "sending": the next push puts
        # them back in the queue by itself (SyncEngine.push_outbox), no restart needed
        counts["sending_before_drain"] = cache.outbox.counts()["sending"]
        for _ in range(60):
            cache.outbox.retry_now()
            engine.sync_now()
            if cache.outbox.pending_count() == 0:
                break
        local = {s.id: s for s in cache.submissions.all(campaign_id="c1")}
        on_hub = hub_count(db_url)
        figures = {"seconds": SECONDS, "made": len(made), "in_cache": len(local),
                   "on_hub": on_hub, "outbox_pending": cache.outbox.pending_count(),
                   "statuses": dict(Counter(s.status for s in local.values())),
                   "actions": dict(counts), "requests": dict(proxy.faults)}
        report(request, tmp_path, figures)
        assert len(set(made)) == len(made) == len(local), figures  # nothing lost locally
        assert cache.outbox.pending_count() == 0, figures
        assert on_hub == len(local), figures  # nothing lost, nothing doubled on the hub
        for sid in local:
            assert hub_count(db_url, id=sid) == 1
        assert hub_count(db_url, status="rejected") == 0, figures
        assert counts["restart"] == 0 or proc.poll() is None
    finally:
        proxy.stop()
        cache.close()
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def test_soak_full_disk_is_said_and_loses_nothing(tmp_path: Path) -> None:
    """The client's disk fills up while labeling: the app says so in plain words, every
    submission it reported before is intact, and once space is freed it saves again."""
    from datafi_desktop.hub.server.inprocess import start_hub

    running = start_hub(HubSettings(data_dir=tmp_path / "hub",
                                    database_url=f"sqlite:///{tmp_path / 'hub.sqlite3'}"),
                        campaigns=[text_campaign("c1", tasks=300)])
    signer = KeySigner("disk")
    try:
        with Cache(tmp_path / "cache.sqlite3") as cache:
            engine = SyncEngine(cache, running.url, signer)
            engine.sync_now(lease={"c1": 300})
            set_disk_full(cache, True)
            made: list[str] = []
            with pytest.raises(CacheFullError, match="disk is full"):
                for summary in open_tasks(cache, 300):
                    made.append(cache.submissions.submit(summary.uid, answer(0), signer).id)
            assert made  # some fitted before the disk filled up
            assert {s.id for s in cache.submissions.all(campaign_id="c1")} == set(made)
            assert cache.integrity_problems() == []
            set_disk_full(cache, False)
            made.append(cache.submissions.submit(open_tasks(cache, 1)[0].uid, answer(1), signer).id)
            assert engine.sync_now().accepted == len(made)
            assert hub_count(running.hub.settings.url) == len(made)
    finally:
        running.stop()
