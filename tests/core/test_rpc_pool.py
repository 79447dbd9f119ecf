"""FailoverProvider: several RPC URLs tried in turn (refused, 429, 5xx, not JSON-RPC)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from datafi_desktop.core.chain.rpc_pool import (
    FailoverProvider,
    NotANodeError,
    RpcUnavailableError,
    failover_web3,
)


@contextmanager
def server(status: int, body: bytes, hits: list[str]) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            request = json.loads(self.rfile.read(length))
            hits.append(request["method"])
            data = body.replace(b"ID", str(request["id"]).encode())
            self.send_response(status)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}"
    finally:
        srv.shutdown()
        srv.server_close()


def refused() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


GOOD = b'{"jsonrpc": "2.0", "id": ID, "result": "0x7a69"}'


def test_falls_over_past_refused_429_and_503_then_sticks() -> None:
    hits: dict[str, list[str]] = {"429": [], "503": [], "good": []}
    with server(429, b"slow down", hits["429"]) as busy, \
            server(503, b"upstream down", hits["503"]) as down, \
            server(200, GOOD, hits["good"]) as good:
        sleeps: list[float] = []
        w3 = failover_web3([refused(), busy, down, good], timeout=2, sleep=sleeps.append)
        assert w3.eth.chain_id == 31337
        assert hits["429"] == ["eth_chainId"] and hits["503"] == ["eth_chainId"]
        assert sleeps == []  # one round was enough
        provider = w3.provider
        assert isinstance(provider, FailoverProvider) and provider.current_url == good
        assert w3.provider.make_request("eth_chainId", [])["result"] == "0x7a69"  # type: ignore[arg-type]
        assert hits["429"] == ["eth_chainId"]  # not asked again: the good one answers first


def test_no_answer_backs_off_and_names_every_url() -> None:
    sleeps: list[float] = []
    hits: list[str] = []
    with server(502, b"bad gateway", hits) as bad:
        dead = refused()
        w3 = failover_web3([dead, bad], timeout=2, rounds=3, backoff=0.25, sleep=sleeps.append)
        with pytest.raises(RpcUnavailableError) as caught:
            w3.eth.chain_id  # noqa: B018
    assert sleeps == [0.25, 0.5]
    assert len(hits) == 3
    assert f"{dead}: connection refused" in str(caught.value)
    assert f"{bad}: HTTP 502" in str(caught.value)


def test_an_url_that_is_not_a_node() -> None:
    with server(200, b"<html>hello</html>", []) as html:
        w3 = failover_web3([html], rounds=1)
        with pytest.raises(NotANodeError, match="not a JSON-RPC node"):
            w3.eth.chain_id  # noqa: B018


def test_a_json_rpc_error_is_an_answer_not_a_failover() -> None:
    hits_a: list[str] = []
    hits_b: list[str] = []
    error = b'{"jsonrpc": "2.0", "id": ID, "error": {"code": -32000, "message": "nonce too low"}}'
    with server(200, error, hits_a) as a, server(200, GOOD, hits_b) as b:
        provider = FailoverProvider([a, b], rounds=1)
        response = provider.make_request("eth_sendRawTransaction", ["0x00"])  # type: ignore[arg-type]
        assert response["error"]["message"] == "nonce too low"
        assert hits_b == []


def test_only_http_urls() -> None:
    with pytest.raises(RpcUnavailableError, match="expected http"):
        FailoverProvider(["ws://127.0.0.1:8545"])
    with pytest.raises(RpcUnavailableError, match="no RPC URL"):
        FailoverProvider([])
