"""Shared pieces of the availability tests (``test_availability_*.py``): a hub in a
thread or in a child process, raw HTTP over a socket, signed-in users."""

from __future__ import annotations

import contextlib
import select
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from tests.conftest import KeySigner
from tests.hub.helpers import ApiUser, Clock, text_campaign


@dataclass
class RawAnswer:
    status: int
    headers: dict[str, str]
    body: bytes


def raw_request(port: int, head: bytes, body: bytes = b"", timeout: float = 60.0
                ) -> RawAnswer:
    """Send ``head`` (request line and headers, without the blank line) and ``body`` on a
    fresh socket and read the whole answer (``Connection: close`` is added)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(head.rstrip(b"\r\n") + b"\r\nConnection: close\r\n\r\n")
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(body)  # the hub may answer early and close: read what it said
        data = bytearray()
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            data += chunk
    return _parse_answer(bytes(data))


def _parse_answer(data: bytes) -> RawAnswer:
    head_raw, _, rest = data.partition(b"\r\n\r\n")
    lines = head_raw.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines and lines[0] else 0
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return RawAnswer(status, headers, rest)


def hub_in_thread(tmp_path: Path, campaign: dict[str, Any] | None = None, **settings: Any
                  ) -> Iterator[RunningHub]:
    """For a module's fixture: ``yield from hub_in_thread(tmp_path)`` — a SQLite hub with
    campaign ``c1`` (5 text tasks and a collection task; ``campaign``: its options) on a
    free port."""
    hub_settings = HubSettings(data_dir=tmp_path / "hub", clock=Clock(), **settings)
    running = start_hub(hub_settings,
                        campaigns=[text_campaign("c1", tasks=5, **(campaign or {}))])
    try:
        yield running
    finally:
        running.stop()


def signed_in(hub: RunningHub, name: str = "alice") -> ApiUser:
    return ApiUser(hub.url, KeySigner(name)).sign_in()


def stream_request(port: int, head: bytes, total: int, chunk: bytes = b"x" * 65536
                   ) -> tuple[RawAnswer, int]:
    """Send ``head`` and then up to ``total`` body bytes made of ``chunk``, stopping as
    soon as the hub answers or closes; return the answer and the bytes sent."""
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=120) as sock:
        sock.sendall(head.rstrip(b"\r\n") + b"\r\n\r\n")
        while sent < total:
            if select.select([sock], [], [], 0)[0]:
                break
            try:
                sock.sendall(chunk[: total - sent])
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += min(len(chunk), total - sent)
        data = bytearray()
        with contextlib.suppress(ConnectionResetError, TimeoutError):
            while b"\r\n\r\n" not in data or not _complete(bytes(data)):
                part = sock.recv(65536)
                if not part:
                    break
                data += part
    return _parse_answer(bytes(data)), sent


def _complete(data: bytes) -> bool:
    head, _, body = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return len(body) >= int(line.split(b":")[1])
    return False


def peak_rss_kib(pid: int) -> int:
    """The process's peak resident set (VmHWM) in KiB, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError(f"no VmHWM for process {pid}")
