"""Availability: idle sockets cannot exhaust the hub's file handles (threat-model row
``T-avail-idle-sockets``). ~20,400 connections that never finished their headers once hit
the fd limit; normal requests timed out and ~100 MB of error log was written."""

from __future__ import annotations

import contextlib
import os
import resource
import selectors
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from datafi_desktop.hub.server.inprocess import free_port
from tests.hub.helpers import REPO, wait_until

IDLE_SOCKETS = 2000
CHILD_NOFILE = 256


def _child_hub(tmp_path: Path, port: int, *extra: str) -> subprocess.Popen[bytes]:
    def lower_fd_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (CHILD_NOFILE, CHILD_NOFILE))

    log = (tmp_path / "hub.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "datafi_desktop.hub", "--data-dir", str(tmp_path / "hub"),
         "serve", "--host", "127.0.0.1", "--port", str(port), *extra],
        env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.DEVNULL, stderr=log,
        preexec_fn=lower_fd_limit,  # only setrlimit, before exec
    )
    log.close()

    def up() -> bool:
        assert proc.poll() is None, (tmp_path / "hub.log").read_text()[-2000:]
        try:
            return httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    wait_until(up, timeout=90, interval=0.1, what="the child hub")
    return proc


@pytest.mark.slow
def test_T_avail_idle_sockets_closed_and_others_served(tmp_path: Path) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if min(hard, 65536) < IDLE_SOCKETS + 200:
        pytest.skip(f"needs {IDLE_SOCKETS + 200} open files in the test process")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, IDLE_SOCKETS + 200), hard))
    port = free_port()
    proc = _child_hub(tmp_path, port, "--header-timeout", "3")
    idle: list[socket.socket] = []
    try:
        for n in range(IDLE_SOCKETS):
            sock = socket.socket()
            sock.settimeout(10)
            try:
                sock.connect(("127.0.0.1", port))
            except OSError:
                sock.close()
                continue
            if n % 2:
                sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n")  # never finished
            idle.append(sock)
        assert len(idle) > CHILD_NOFILE  # more than the hub could ever hold open

        # normal clients are still served, each on a new connection
        for _ in range(5):
            with httpx.Client(timeout=60) as client:
                assert client.get(f"http://127.0.0.1:{port}/v1/health").status_code == 200
                assert client.post(f"http://127.0.0.1:{port}/v1/auth/nonce").status_code == 200

        # and every idle socket is closed by the hub (EOF or reset), none left hanging
        selector = selectors.DefaultSelector()
        for sock in idle:
            sock.setblocking(False)
            selector.register(sock, selectors.EVENT_READ)
        open_ones = set(idle)

        def all_closed() -> bool:
            for key, _ in selector.select(timeout=0.5):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                try:
                    data = sock.recv(4096)
                except (ConnectionResetError, BlockingIOError):
                    data = b""
                if not data:
                    selector.unregister(sock)
                    open_ones.discard(sock)
            return not open_ones

        wait_until(all_closed, timeout=120, interval=0.01, what="the hub closing idle sockets")
        assert proc.poll() is None
        assert httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=60).status_code == 200
        assert (tmp_path / "hub.log").stat().st_size < 256 * 1024  # no log flood
    finally:
        for sock in idle:
            with contextlib.suppress(OSError):
                sock.close()
        proc.kill()
        proc.wait(10)


def test_T_avail_header_deadline_closes_slowloris(tmp_path: Path) -> None:
    """A connection that sends its headers one byte at a time is closed at the deadline,
    however often it sends a byte."""
    port = free_port()
    proc = _child_hub(tmp_path, port, "--header-timeout", "1")
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            closed = False
            started = time.monotonic()
            for byte in b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 10_000:
                try:
                    sock.sendall(bytes([byte]))
                except (BrokenPipeError, ConnectionResetError):
                    closed = True
                    break
                time.sleep(0.05)
                if time.monotonic() - started > 60:
                    break
            assert closed, "the hub kept a connection that never finished its headers"
        assert httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=60).status_code == 200
    finally:
        proc.kill()
        proc.wait(10)
