"""Helpers of the operator tests: the documented CLI against a Hardhat node."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from web3 import Web3

from datafi_desktop.core.models.campaign import Campaign
from datafi_desktop.core.review import sign_review
from datafi_desktop.core.sync.client import HubClient
from datafi_desktop.hub.cli.main import main
from datafi_desktop.hub.settlement.demo import DemoReviewer
from tests.chain.rewards_support import LABELS, REWARD, App

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "operator test password"
FAST_KDF = ("--scrypt-n", "4096")


def cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def cli_process(data_dir: Path, *args: str,
                kill_at: str | None = None) -> subprocess.CompletedProcess[str]:
    """``datafi-hub`` in a child process; SIGKILLed when the step ``kill_at`` is reached
    (``deploy``: e.g. ``token:mined``)."""
    code = (
        "import functools, os, signal, sys\n"
        "from datafi_desktop.hub.chain import deploy\n"
        "from datafi_desktop.hub.cli.main import main\n"
        f"step = {kill_at!r}\n"
        "def fault(at):\n"
        "    if at == step:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "original = deploy.Deployer.__init__\n"
        "def init(self, *a, **k):\n"
        "    original(self, *a, **k)\n"
        "    self.fault = fault\n"
        "deploy.Deployer.__init__ = init\n"
        "sys.exit(main(sys.argv[1:]))\n"
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
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / "serve.log"  # a file: a pipe nobody reads would stall the hub
    with log_path.open("ab") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "datafi_desktop.hub", "--data-dir", str(data_dir),
             "--chain-id", str(chain_id), "serve", "--port", str(port), *args],
            env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=log_file, stderr=log_file)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/openapi.json", timeout=2).close()
                break
            except OSError:
                if process.poll() is not None:
                    tail = log_path.read_bytes()[-2000:].decode("utf-8", "replace")
                    raise AssertionError(f"serve exited: {tail}") from None
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


# --- the campaign an operator test runs ------------------------------------------------------


def campaign_file(path: Path, tasks: int) -> Path:
    path.write_text(json.dumps({
        "id": "c1", "name": "Real chain campaign",
        "rewards": {"text_classification": REWARD},
        "tasks": [{"id": f"t{i:03d}", "kind": "text_classification",
                   "data": {"text": f"Item {i}: fine."}, "config": {"labels": LABELS}}
                  for i in range(tasks)]}))
    return path


def label_and_sync(app: App, hub_url: str, count: int) -> Campaign:
    with app.cache() as cache:
        engine = app.engine(cache, hub_url)
        engine.sync_now(lease={"c1": count})
        app.label_all(cache)
        assert engine.sync_now().accepted == count
        return cache.tasks.get_campaign("c1")


def review_all(hub_url: str, campaign: Campaign, reviewer: DemoReviewer) -> int:
    accepted = 0
    with HubClient(hub_url) as client:
        client.sign_in(reviewer)
        while items := client.review_lease(campaign.id, 100).items:
            wire = []
            for item in items:
                signed = sign_review(campaign.domain, submission_id=item.id,
                                     submission_digest=item.digest, verdict="accept",
                                     reason="", correction=None, signer=reviewer)
                wire.append({"id": signed.id, "typed_data": signed.typed_data,
                             "signature": signed.signature})
            accepted += client.push_reviews(wire).accepted
    return accepted


def mine(w3: Web3) -> None:
    """One more block (the test stands in for the rest of the chain's traffic)."""
    w3.provider.make_request("evm_mine", [])  # type: ignore[arg-type]


def posted_logs(w3: Web3, distributor: str, epoch: int) -> int:
    from datafi_desktop.core.chain.artifacts import load_artifact

    contract = w3.eth.contract(address=distributor, abi=load_artifact("RewardDistributor").abi)
    return len(contract.events.EpochPosted().get_logs(from_block=0,
                                                       argument_filters={"epoch": epoch}))


def current_epoch(w3: Web3, distributor: str) -> int:
    from datafi_desktop.core.chain.artifacts import load_artifact

    contract = w3.eth.contract(address=distributor, abi=load_artifact("RewardDistributor").abi)
    return int(contract.functions.currentEpoch().call())


def hub_statuses(data: Path) -> dict[str, int]:
    """How many of the hub's submissions hold each status."""
    from sqlalchemy import func, select

    from datafi_desktop.hub.db.tables import submissions
    from datafi_desktop.hub.service import Hub
    from datafi_desktop.hub.settings import HubSettings

    hub = Hub.open(HubSettings(data_dir=data))
    try:
        with hub.engine.begin() as conn:
            rows = conn.execute(select(submissions.c.status, func.count())
                                .group_by(submissions.c.status))
            return {str(status): int(count) for status, count in rows}
    finally:
        hub.close()


@dataclass
class Operator:
    """A hub data directory, its keystore password file and the node, for one test."""

    node: str
    w3: Web3
    data: Path
    password_file: Path
    keys: dict[str, str] = field(default_factory=dict)

    def make_keys(self, *names: str, fund_wei: int | None = None) -> dict[str, str]:
        """``keys create`` for each name (funded from the node's account 0 if asked)."""
        made = make_keys(self.data, self.password_file, *names)
        self.keys.update(made)
        if fund_wei is not None:
            for address in made.values():
                fund(self.w3, address, fund_wei)
        return made

    def deploy(self, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, Any]:
        """``chain deploy`` as deployment ``main``; its JSON record."""
        capsys.readouterr()
        assert cli(self.data, "chain", "deploy", "--rpc-url", self.node, "--password-file",
                   str(self.password_file), "--name", "main", *extra) == 0
        return dict(json.loads(capsys.readouterr().out))

    def campaign(self, tasks: int, *extra: str, reviewer: str = "reviewer") -> DemoReviewer:
        """Campaign ``c1`` with ``tasks`` tasks on deployment ``main``, and a reviewer."""
        path = campaign_file(self.data.parent / "campaign.json", tasks)
        assert cli(self.data, "campaign", "create", str(path), "--deployment", "main",
                   *extra) == 0
        signer = DemoReviewer(reviewer)
        assert cli(self.data, "role", "grant", "c1", signer.address, "reviewer") == 0
        return signer

    def hub(self, *args: str) -> subprocess.CompletedProcess[str]:
        """``datafi-hub ARGS --password-file …`` as a child process."""
        return hub_process(self.data, *args, "--password-file", str(self.password_file))


def new_operator(node: str, tmp_path: Path) -> Operator:
    password_file = tmp_path / "password"
    password_file.write_text(PASSWORD + "\n")
    return Operator(node, Web3(Web3.HTTPProvider(node, request_kwargs={"timeout": 30})),
                    tmp_path / "hub", password_file)
