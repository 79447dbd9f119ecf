"""``serve`` in production shape: settings from DATAFI_HUB_* variables, several worker
processes through the app factory, /v1/ready, /metrics summed over the workers, JSON
logs with request ids, and a graceful shutdown that finishes the request in flight."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from datafi_desktop.hub.cli import env as cli_env
from datafi_desktop.hub.cli.main import build_parser
from datafi_desktop.hub.server.inprocess import free_port

from .helpers import REPO, ApiUser, AppProfile, wait_until


def _metric(text: str, name: str, **labels: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        if all(f'{k}="{v}"' in line for k, v in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


def _start(tmp_path: Path, database_url: str, env_extra: dict[str, str],
           extra: tuple[str, ...] = ()) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO), "DATAFI_HUB_DATABASE_URL": database_url,
           "DATAFI_HUB_DIR": str(tmp_path / "hub"), "DATAFI_HUB_PORT": str(port),
           "DATAFI_HUB_HOST": "127.0.0.1", **env_extra}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    proc = subprocess.Popen([sys.executable, "-m", "datafi_desktop.hub", "serve", *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"

    def up() -> bool:
        if proc.poll() is not None:
            raise AssertionError(proc.stderr.read().decode()[-3000:] if proc.stderr else "")
        try:
            return httpx.get(f"{url}/v1/ready", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    wait_until(up, timeout=90, interval=0.1, what="serve")
    return proc, url


@pytest.fixture
def stop_later() -> Iterator[list[subprocess.Popen[bytes]]]:
    procs: list[subprocess.Popen[bytes]] = []
    yield procs
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(30)


@pytest.mark.slow
def test_workers_from_the_environment_share_metrics_and_log_json(
        tmp_path: Path, database_url: str, alice: AppProfile,
        stop_later: list[subprocess.Popen[bytes]]) -> None:
    proc, url = _start(tmp_path, database_url, {"DATAFI_HUB_WORKERS": "2",
                                                 "DATAFI_HUB_LOG_FORMAT": "json",
                                                 "DATAFI_HUB_DB_POOL_SIZE": "3"})
    stop_later.append(proc)
    ready = httpx.get(f"{url}/v1/ready").json()
    assert ready == {"ready": True, "checks": {"database": "ok", "migrations": "ok",
                                               "assets": "ok"}}
    before = _metric(httpx.get(f"{url}/metrics").text, "datafi_hub_requests_total",
                     route="/v1/health", status="200")
    with httpx.Client(base_url=url) as client:  # new connections land on either worker
        for _ in range(30):
            assert client.get("/v1/health", headers={"Connection": "close"}).status_code == 200
    text = httpx.get(f"{url}/metrics").text
    # every worker's count is in the sum, whichever worker answers /metrics
    assert _metric(text, "datafi_hub_requests_total", route="/v1/health",
                   status="200") == before + 30
    assert "datafi_hub_request_seconds_bucket" in text
    user = ApiUser(url, alice.signer).sign_in()
    got = user.post("/v1/campaigns/nope/leases", json={"count": 1},
                    headers={"X-Request-ID": "trace-me-42"})
    assert got.status_code == 404 and got.headers["x-request-id"] == "trace-me-42"
    text = httpx.get(f"{url}/metrics").text
    assert _metric(text, "datafi_hub_requests_total", route="/v1/campaigns/{campaign_id:path}"
                   "/leases", status="404") == 1
    assert _metric(text, "datafi_hub_db_pool_size") >= 3
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0
    lines = [json.loads(line) for line in err.decode().splitlines()
             if line.startswith("{")]
    traced = [line for line in lines if line.get("request_id") == "trace-me-42"]
    assert traced and traced[-1]["status"] == 404 and traced[-1]["method"] == "POST"
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+", str(line["request_id"])) for line in lines)


@pytest.mark.slow
def test_sigterm_lets_the_request_in_flight_finish(
        tmp_path: Path, database_url: str, alice: AppProfile,
        stop_later: list[subprocess.Popen[bytes]]) -> None:
    proc, url = _start(tmp_path, database_url, {}, ("--intake-delay-ms", "1500"))
    stop_later.append(proc)
    user = ApiUser(url, alice.signer).sign_in()
    answer: dict[str, int] = {}

    def push() -> None:
        response = user.post("/v1/submissions", json={"items": [
            {"id": "x", "annotation": None, "typed_data": {}, "signature": "zz"}]})
        answer["status"] = response.status_code

    thread = threading.Thread(target=push)
    thread.start()
    time.sleep(0.5)  # the push is inside its 1.5 s delay
    proc.send_signal(signal.SIGTERM)
    thread.join(30)
    assert answer["status"] == 200  # finished, not cut off
    # uvicorn re-raises SIGTERM once it has shut down gracefully
    assert proc.wait(30) in (0, -signal.SIGTERM)
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{url}/v1/health", timeout=2)


def test_every_serve_option_is_settable_by_environment_and_documented() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, __import__("argparse")
                                                         ._SubParsersAction))
    serve = sub.choices["serve"]
    rows = cli_env.env_table(parser, serve)
    names = {row[0] for row in rows}
    for wanted in ("DATAFI_HUB_DATABASE_URL", "DATAFI_HUB_ASSET_STORE", "DATAFI_HUB_WORKERS",
                   "DATAFI_HUB_DB_POOL_SIZE", "DATAFI_HUB_LOG_FORMAT", "DATAFI_HUB_PORT",
                   "DATAFI_HUB_GRACEFUL_TIMEOUT", "DATAFI_HUB_S3_ENDPOINT_URL"):
        assert wanted in names
    deploy = (REPO / "docs" / "deploy.md").read_text(encoding="utf-8")
    missing = [name for name in names if f"`{name}`" not in deploy]
    assert not missing, f"docs/deploy.md does not list {missing}"
    os.environ["DATAFI_HUB_WORKERS"] = "x3"
    try:
        with pytest.raises(SystemExit, match="DATAFI_HUB_WORKERS='x3'"):
            build_parser()
    finally:
        del os.environ["DATAFI_HUB_WORKERS"]
