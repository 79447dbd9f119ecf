"""Availability: one decision about every request body (http_guard.RequestGuard).

Threat-model rows ``T-avail-*``: a single request must not crash, freeze or bloat the
hub, and no error echoes a body back.
"""

from __future__ import annotations

import json
import select
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from datafi_desktop.hub.server.inprocess import RunningHub, free_port
from tests.hub.helpers import subprocess_hub

from .availability_support import hub_in_thread, raw_request, signed_in


@pytest.fixture
def avail_hub(tmp_path: Path) -> Iterator[RunningHub]:
    yield from hub_in_thread(tmp_path)


def _post_head(port: int, path: str, *headers: str, length: int) -> bytes:
    lines = [f"POST {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", *headers,
             f"Content-Length: {length}"]
    return "\r\n".join(lines).encode()


def test_T_avail_double_content_type_refused(tmp_path: Path) -> None:
    """The request that killed the hub (SIGSEGV in _json): 100,000 nested '[' with two
    Content-Type headers. Run against a child-process hub so a crash is seen, not suffered."""
    port = free_port()
    with subprocess_hub(tmp_path / "hub", f"sqlite:///{tmp_path / 'hub.sqlite3'}",
                        port) as proc:
        body = b"[" * 100_000
        for types in (("application/json", "text/plain"), ("text/plain", "application/json"),
                      ("application/json", "application/json")):
            head = _post_head(port, "/v1/auth/login", *(f"Content-Type: {t}" for t in types),
                              length=len(body))
            got = raw_request(port, head, body)
            assert got.status == 400, got
            assert b"more than one Content-Type" in got.body
            assert body[:100] not in got.body
        # one JSON type, the deep body: refused by depth, and the process lives
        got = raw_request(port, _post_head(port, "/v1/auth/login",
                                           "Content-Type: application/json",
                                           length=len(body)), body)
        assert got.status == 422 and b"nested deeper" in got.body
        got = raw_request(port, _post_head(port, "/v1/auth/login", "Content-Type: text/plain",
                                           length=len(body)), body)
        assert got.status == 415
        assert proc.poll() is None
        assert httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=30).status_code == 200


def test_T_avail_body_capped_before_buffering(avail_hub: RunningHub) -> None:
    """A declared size over the cap is refused before a byte of the body is sent."""
    limit = avail_hub.hub.settings.max_json_bytes
    head = _post_head(avail_hub.port, "/v1/auth/login", "Content-Type: application/json",
                      length=100 * 1024 * 1024)
    got = raw_request(avail_hub.port, head, b"")  # no body at all: the answer comes anyway
    assert got.status == 413
    assert f"{limit // (1024 * 1024)} MiB".encode() in got.body


def test_T_avail_chunked_body_counted_while_streaming(avail_hub: RunningHub) -> None:
    """Without a Content-Length the bytes are counted as they arrive: the hub answers 413
    once past the cap, while the client is still sending (an endless body ends there)."""
    limit = avail_hub.hub.settings.max_json_bytes
    chunk = b"[" + b"0," * ((1 << 19) - 1)
    framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    sent = 0
    with socket.create_connection(("127.0.0.1", avail_hub.port), timeout=60) as sock:
        sock.sendall(b"POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                     b"application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        while sent < 20 * limit:
            if select.select([sock], [], [], 0)[0]:
                break  # the hub has answered
            try:
                sock.sendall(framed)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(chunk)
        answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert sent < 20 * limit  # stopped by the hub, not by the client


def test_T_avail_unauthenticated_body_not_buffered(avail_hub: RunningHub) -> None:
    """/v1/submissions answers 401 to a 100 MB body before reading it."""
    head = _post_head(avail_hub.port, "/v1/submissions", "Content-Type: application/json",
                      length=5 * 1024 * 1024)
    got = raw_request(avail_hub.port, head, b"")
    assert got.status == 401
    assert got.headers.get("www-authenticate") == "Bearer"
    head = _post_head(avail_hub.port, "/v1/submissions", "Content-Type: application/json",
                      "Authorization: Bearer not-a-session", length=5 * 1024 * 1024)
    got = raw_request(avail_hub.port, head, b"")
    assert got.status == 401 and b"unknown session" in got.body


def test_T_avail_upload_unauthenticated_refused_before_body(avail_hub: RunningHub) -> None:
    head = (f"PUT /v1/campaigns/c1/assets/{'a' * 64} HTTP/1.1\r\nHost: x\r\n"
            f"Content-Type: image/png\r\nContent-Length: {40 * 1024 * 1024}").encode()
    got = raw_request(avail_hub.port, head, b"")
    assert got.status == 401


def test_T_avail_error_never_echoes_body(avail_hub: RunningHub) -> None:
    """A 422 says where and why, never what was sent."""
    marker = "ECHO-ME-" * 1000
    user = signed_in(avail_hub)
    for path, body in (("/v1/auth/login", {"message": marker, "signature": 5}),
                       ("/v1/submissions", {"items": marker}),
                       ("/v1/campaigns/c1/leases", {"count": marker})):
        response = user.post(path, json=body)
        assert response.status_code == 422, (path, response.text[:300])
        assert "ECHO-ME" not in response.text
        assert response.json()["detail"][0]["loc"]


def test_T_avail_wrong_content_type_refused(avail_hub: RunningHub) -> None:
    """text/plain (or no type) to a JSON route is refused unread, not parsed and echoed."""
    user = signed_in(avail_hub)
    for headers in ({"Content-Type": "text/plain"}, {"Content-Type": "application/json, x/y"},
                    {"Content-Type": "application/json; charset=latin-1"}, {}):
        response = user.post("/v1/submissions", content=b'{"items": []}', headers=headers)
        assert response.status_code == 415, (headers, response.text)
    ok = user.post("/v1/submissions", content=b'{"items": []}',
                   headers={"Content-Type": "application/json; charset=utf-8"})
    assert ok.status_code == 422  # parsed: an empty batch is invalid, said as such


def test_T_avail_bodyless_route_refuses_big_body(avail_hub: RunningHub) -> None:
    head = _post_head(avail_hub.port, "/v1/auth/logout", "Content-Type: application/json",
                      length=30 * 1024 * 1024)
    got = raw_request(avail_hub.port, head, b"")
    assert got.status == 413


def test_T_avail_nan_infinity_surrogates_422(avail_hub: RunningHub) -> None:
    """NaN, Infinity, lone surrogates, huge integers and bad UTF-8: 422, signed in or not."""
    user = signed_in(avail_hub)
    bodies = [b'{"message": "x", "signature": NaN}', b'{"message": Infinity}',
              b'{"message": -Infinity, "signature": "0x"}',
              b'{"message": "\\ud800", "signature": "0x"}',
              b'{"\\udfff": 1}', b'{"message": "\xff\xfe", "signature": "0x"}',
              b'{"message": ' + b"9" * 5000 + b"}"]
    for body in bodies:
        for path, who in (("/v1/auth/login", httpx.Client(base_url=avail_hub.url)),
                          ("/v1/campaigns/c1/leases", user.http)):
            headers = {"Content-Type": "application/json", **user.headers}
            response = who.post(path, content=body, headers=headers)
            assert response.status_code == 422, (path, body[:40], response.text)
            assert isinstance(json.loads(response.text)["detail"], (str, list))
    assert user.get("/v1/health").status_code == 200
