"""Availability: one request must not freeze everyone (threat-model row
``T-avail-wide-json-stall``): ~30 MB of ``[{},{},…]`` once stalled every client for ~28 s
because the nesting scan ran on the event loop."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from datafi_desktop.hub.server.inprocess import RunningHub

from .availability_support import hub_in_thread


@pytest.fixture
def avail_hub(tmp_path: Path) -> Iterator[RunningHub]:
    yield from hub_in_thread(tmp_path)


def test_T_avail_wide_json_does_not_stall_others(avail_hub: RunningHub) -> None:
    limit = avail_hub.hub.settings.max_json_bytes
    wide = b"[" + b"{}," * 10_000_000 + b"{}]"  # ~30 MB, 10 million objects
    under = b"[" + b"{}," * (limit // 3 - 2) + b"{}]"  # just under the byte cap
    answered: list[tuple[float, int]] = []
    stop = threading.Event()

    def poll() -> None:
        with httpx.Client(base_url=avail_hub.url, timeout=120) as client:
            while not stop.is_set():
                status = client.get("/v1/health").status_code
                answered.append((time.monotonic(), status))

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        with httpx.Client(base_url=avail_hub.url, timeout=120,
                          headers={"Content-Type": "application/json"}) as client:
            assert client.post("/v1/auth/logout", content=wide).status_code == 413
            assert client.post("/v1/auth/login", content=wide).status_code == 413
            began = time.monotonic()
            response = client.post("/v1/auth/login", content=under)
            ended = time.monotonic()
        assert response.status_code == 413
        assert "values" in response.json()["detail"]
    finally:
        stop.set()
        poller.join(120)
    assert answered and all(status == 200 for _, status in answered)
    # other clients were answered while the big body was being received and checked
    assert any(began < at < ended for at, _ in answered)
