"""Helpers of the operator tests: the documented CLI against a Hardhat node."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from web3 import Web3

from datafi_desktop.hub.cli import main

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "operator test password"
FAST_KDF = ("--scrypt-n", "4096")


def cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def cli_process(data_dir: Path, *args: str, kill_at: str | None = None,
                module: str = "deploy") -> subprocess.CompletedProcess[str]:
    """``datafi-hub`` in a child process; SIGKILLed when the step ``kill_at`` is reached
    (``deploy``: e.g. ``token:mined``)."""
    code = (
        "import functools, os, signal, sys\n"
        "from datafi_desktop.hub import cli, deploy\n"
        f"step = {kill_at!r}\n"
        "def fault(at):\n"
        "    if at == step:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "original = deploy.Deployer.__init__\n"
        "def init(self, *a, **k):\n"
        "    original(self, *a, **k)\n"
        "    self.fault = fault\n"
        "deploy.Deployer.__init__ = init\n"
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    return subprocess.run([sys.executable, "-c", code, "--data-dir", str(data_dir), *args],
                          env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True,
                          text=True, timeout=240, check=False)


def make_keys(data_dir: Path, password_file: Path, *names: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in names:
        assert cli(data_dir, "keys", "create", name, "--password-file", str(password_file),
                   *FAST_KDF) == 0
        doc = json.loads((data_dir / "keys" / f"{name}.json").read_text())
        out[name] = Web3.to_checksum_address("0x" + doc["address"])
    return out


def fund(w3: Web3, address: str, wei: int) -> None:
    """Send ETH from the node's unlocked account 0 (the test's faucet)."""
    tx = w3.eth.send_transaction({"from": w3.eth.accounts[0], "to": address, "value": wei})
    w3.eth.wait_for_transaction_receipt(tx)


class _NotANode(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = b"<html><body>Welcome to nginx!</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, *args: Any) -> None:
        pass


@contextmanager
def not_a_node() -> Iterator[str]:
    """A web server on 127.0.0.1 that answers HTML (an URL that is not a JSON-RPC node)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NotANode)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def refused_url() -> str:
    """An URL on which nothing listens."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(data_dir: Path, chain_id: int, *args: str) -> Iterator[str]:
    """``datafi-hub --chain-id N serve ARGS`` as a child process on a free port; yields
    its URL."""
    import time
    import urllib.request

    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "datafi_desktop.hub", "--data-dir", str(data_dir),
         "--chain-id", str(chain_id), "serve", "--port", str(port), *args],
        env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/openapi.json", timeout=2).close()
                break
            except OSError:
                if process.poll() is not None:
                    assert process.stderr is not None
                    raise AssertionError(f"serve exited: {process.stderr.read()[-2000:]}"
                                         ) from None
                if time.monotonic() > deadline:
                    raise AssertionError("serve did not start within 60 s") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def hub_process(data_dir: Path, *args: str, timeout: float = 240
                ) -> subprocess.CompletedProcess[str]:
    """``datafi-hub`` as a child process (as an operator or a timer runs it)."""
    return subprocess.run([sys.executable, "-m", "datafi_desktop.hub", "--data-dir",
                           str(data_dir), *args],
                          env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True,
                          text=True, timeout=timeout, check=False)


class RpcProxy:
    """An HTTP JSON-RPC proxy in front of a node, that the test can take down.

    ``fail_on = (method, when)``: on the first request of ``method`` the proxy goes down —
    ``"before"`` forwarding it (the node never sees it) or ``"after"`` (the node executes
    it, the answer is lost) — and stays down (connection closed without an answer, then
    HTTP 503) until :meth:`up` is called: a node restarting from the caller's point of view.
    """

    def __init__(self, target: str) -> None:
        self.target = target
        self.down = False
        self.fail_on: tuple[str, str] | None = None
        self.seen: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                import urllib.request

                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                try:
                    method = str(json.loads(body).get("method"))
                except (ValueError, AttributeError):
                    method = "?"
                proxy.seen.append(method)
                if proxy.down:
                    self.send_error(503, "node restarting")
                    return
                fail = proxy.fail_on is not None and proxy.fail_on[0] == method
                if fail and proxy.fail_on and proxy.fail_on[1] == "before":
                    proxy.down, proxy.fail_on = True, None
                    self.close_connection = True
                    return
                request = urllib.request.Request(proxy.target, data=body, headers={
                    "Content-Type": "application/json"})
                with urllib.request.urlopen(request, timeout=30) as answer:
                    data = answer.read()
                if fail:
                    proxy.down, proxy.fail_on = True, None
                    self.close_connection = True
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def up(self) -> None:
        self.down = False

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
