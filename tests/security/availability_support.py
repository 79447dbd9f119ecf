"""Shared pieces of the availability tests (``test_availability_*.py``): a hub in a
thread or in a child process, raw HTTP over a socket, signed-in users."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datafi_desktop.hub.inprocess import RunningHub, start_hub
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
    head_raw, _, rest = bytes(data).partition(b"\r\n\r\n")
    lines = head_raw.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines and lines[0] else 0
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return RawAnswer(status, headers, rest)


def hub_in_thread(tmp_path: Path, **settings: Any) -> Iterator[RunningHub]:
    """For a module's fixture: ``yield from hub_in_thread(tmp_path)`` — a SQLite hub with
    campaign ``c1`` (5 text tasks and a collection task) on a free port."""
    hub_settings = HubSettings(data_dir=tmp_path / "hub", clock=Clock(), **settings)
    running = start_hub(hub_settings, campaigns=[text_campaign("c1", tasks=5)])
    try:
        yield running
    finally:
        running.stop()


def signed_in(hub: RunningHub, name: str = "alice") -> ApiUser:
    return ApiUser(hub.url, KeySigner(name)).sign_in()
