"""Coordination between hub processes: migrations and settlement under database locks
(advisory locks on PostgreSQL, a file lock on SQLite), never a traceback."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from datafi_desktop.core.demo_chain import DemoChain
from datafi_desktop.hub.db import migrate
from datafi_desktop.hub.db.locks import held
from datafi_desktop.hub.db.tables import make_engine
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.hub.settlement.settle import NothingToSettle, settle
from tests.chain.rewards_support import demo, make_app, start_rewards_hub

from .helpers import REPO
from .test_settlement import review, work

__all__ = ["demo"]


def test_simultaneous_inits_all_succeed(tmp_path: Path, database_url: str) -> None:
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    procs = [subprocess.Popen(
        [sys.executable, "-m", "datafi_desktop.hub", "--data-dir", str(tmp_path / f"h{i}"),
         "--database-url", database_url, "init"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for i in range(3)]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err.decode()
        assert b"Traceback" not in err and b"UniqueViolation" not in err
        assert b"hub database at revision" in out
    engine = make_engine(database_url, pool=False)
    assert migrate.is_current(engine)
    engine.dispose()


def test_a_held_lock_makes_the_second_run_wait_and_say_so(
        tmp_path: Path, database_url: str, caplog: pytest.LogCaptureFixture) -> None:
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    order: list[str] = []

    def second() -> None:
        with held(engine, "settle:c1", what="settling 'c1'"):
            order.append("second")

    with caplog.at_level(logging.WARNING, logger="datafi_desktop.hub"):
        with held(engine, "settle:c1"):
            thread = threading.Thread(target=second)
            thread.start()
            for _ in range(200):  # until the second run says it waits
                if "another run holds the lock of settling 'c1'" in caplog.text:
                    break
                time.sleep(0.02)
            order.append("first")
        thread.join(30)
    assert order == ["first", "second"]
    assert "waiting: another run holds the lock of settling 'c1'" in caplog.text
    with held(engine, "settle:c2"):  # another name is another lock
        pass
    engine.dispose()


@pytest.fixture
def rewards_hub(tmp_path: Path, database_url: str, demo: DemoChain) -> Any:
    running = start_rewards_hub(tmp_path / "hub", demo.settings, database_url=database_url)
    yield running
    running.stop()


def test_two_settle_runs_at_once_post_one_epoch(rewards_hub: RunningHub, demo: DemoChain,
                                                tmp_path: Path) -> None:
    hub = rewards_hub
    work(make_app(tmp_path / "alice", "alice"), hub, 2)
    assert review(hub) == 2
    outcome: dict[str, Any] = {}

    def second() -> None:
        try:
            outcome["second"] = settle(hub.hub, "c1")
        except NothingToSettle as exc:
            outcome["second"] = exc

    started: list[threading.Thread] = []

    def fault(step: str) -> None:
        if step == "built" and not started:  # the first run is midway: start the other
            thread = threading.Thread(target=second)
            thread.start()
            started.append(thread)
            time.sleep(0.5)

    first = settle(hub.hub, "c1", fault=fault)
    started[0].join(120)
    assert first.epoch.epoch == 1 and first.epoch.state == "posted"
    assert isinstance(outcome["second"], NothingToSettle)
    assert demo.chain.distributor.functions.currentEpoch().call() == 1
