"""Availability: a request cannot make the hub hold many times its size (threat-model row
``T-avail-memory-amplification``): 150 MB of text/plain to /v1/auth/login was buffered
(+600 MB) and echoed in the 422; /v1/submissions buffered 100 MB before answering 401."""

from __future__ import annotations

from pathlib import Path

import httpx

from datafi_desktop.hub.server.inprocess import free_port
from tests.hub.helpers import subprocess_hub

from .availability_support import peak_rss_kib, stream_request

MB = 1024 * 1024


def test_T_avail_memory_amplification_bounded(tmp_path: Path) -> None:
    port = free_port()
    with subprocess_hub(tmp_path / "hub", f"sqlite:///{tmp_path / 'hub.sqlite3'}",
                        port) as proc:
        assert httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=30).status_code == 200
        before = peak_rss_kib(proc.pid)
        cases = [
            ("POST /v1/auth/login", "text/plain", 150 * MB, 415),
            ("POST /v1/auth/login", "application/json", 150 * MB, 413),
            ("POST /v1/submissions", "application/json", 100 * MB, 413),
            ("POST /v1/submissions", "application/json", 6 * MB, 401),
            ("PUT /v1/campaigns/c1/assets/" + "ab" * 32, "image/png", 100 * MB, 413),
            ("PUT /v1/campaigns/c1/assets/" + "ab" * 32, "image/png", 40 * MB, 401),
        ]
        for line, ctype, size, status in cases:
            head = (f"{line} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {ctype}\r\n"
                    f"Content-Length: {size}\r\nConnection: close").encode()
            got, sent = stream_request(port, head, size, b"A" * (1 << 20))
            assert got.status == status, (line, ctype, got)
            assert b"AAAA" not in got.body  # nothing echoed back
            assert sent < size  # answered before the body was sent
        grown_mib = (peak_rss_kib(proc.pid) - before) / 1024
        assert grown_mib < 64, f"peak memory grew by {grown_mib:.0f} MiB"
        assert proc.poll() is None
