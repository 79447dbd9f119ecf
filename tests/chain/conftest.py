"""Fixtures for the chain tests: one embedded EVM per session, reverted after each test."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from web3 import Web3

from datafi_desktop.core.chain.artifacts import decode_revert, load_artifact
from datafi_desktop.core.chain.embedded import EmbeddedChain

REPO = Path(__file__).resolve().parents[2]
JS_DIR = REPO / "tools" / "js"


def node_skip_reason() -> str | None:
    """Why the tests marked ``node`` cannot run here, or None when they can."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not (JS_DIR / "node_modules" / "solc").is_dir():
        return "tools/js/node_modules is missing: run scripts/setup_js.sh"
    return None


@pytest.fixture(scope="session")
def node_tools() -> Path:
    """tools/js with its npm packages installed; skips the test otherwise."""
    reason = node_skip_reason()
    if reason is not None:
        pytest.skip(reason)
    return JS_DIR


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def hardhat_node() -> Iterator[str]:
    """``hardhat node`` (tools/js) on a free 127.0.0.1 port, for as long as the block
    runs; yields its URL. Skips the test when the npm packages are not installed."""
    reason = node_skip_reason()
    if reason is not None:
        pytest.skip(reason)
    port = _free_port()
    cli = JS_DIR / "node_modules" / "hardhat" / "internal" / "cli" / "cli.js"
    process = subprocess.Popen(
        ["node", str(cli), "node", "--hostname", "127.0.0.1", "--port", str(port)],
        cwd=JS_DIR, env={**os.environ, "HARDHAT_DISABLE_TELEMETRY_PROMPT": "true"},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        w3 = Web3(Web3.HTTPProvider(url, request_kwargs={"timeout": 30}))
        deadline = time.monotonic() + 60
        while not w3.is_connected():  # False (not an exception) until the node is up
            if process.poll() is not None:
                assert process.stderr is not None
                pytest.fail(f"hardhat node exited: {process.stderr.read().decode()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail("hardhat node did not start within 60 s")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_node(script: str, stdin: str = "", *args: str, timeout: float = 120) -> str:
    node = shutil.which("node")
    assert node is not None
    done = subprocess.run(
        [node, str(JS_DIR / script), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"{script} failed:\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="session")
def _session_chain() -> EmbeddedChain:
    return EmbeddedChain()


@pytest.fixture
def chain(_session_chain: EmbeddedChain) -> Iterator[EmbeddedChain]:
    """The embedded chain, returned to its freshly deployed state after the test."""
    snapshot = _session_chain.snapshot()
    try:
        yield _session_chain
    finally:
        _session_chain.revert(snapshot)


ERROR_ABI: list[dict[str, Any]] = [
    *load_artifact("RewardDistributor").abi,
    *(e for e in load_artifact("DataFiToken").abi if e.get("type") == "error"),
]


@contextmanager
def reverts(name: str, **expected_args: Any) -> Iterator[None]:
    """Expect the block to raise a revert with custom error ``name`` (and these args)."""
    try:
        yield
    except Exception as exc:
        decoded = decode_revert(exc, ERROR_ABI)
        assert decoded is not None, f"not a decodable revert: {exc!r}"
        assert decoded.name == name, f"expected {name}, got {decoded.name}{decoded.args}"
        for key, value in expected_args.items():
            assert decoded.args[key] == value, f"{name}.{key}: {decoded.args[key]!r} != {value!r}"
    else:
        pytest.fail(f"expected a revert with {name}")


@pytest.fixture
def expect_revert() -> Callable[..., Any]:
    return reverts


@pytest.fixture(scope="module")
def node() -> Iterator[str]:
    """A Hardhat node for the test module (the operator tests)."""
    with hardhat_node() as url:
        yield url


@pytest.fixture
def operator(node: str, tmp_path: Path) -> Any:
    """A hub data directory and keystore password for the test, on the module's node."""
    from tests.chain.operator_support import new_operator

    return new_operator(node, tmp_path)
