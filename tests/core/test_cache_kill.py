"""Killing the app at any moment loses nothing that was signed.

A child process submits in a loop; it is killed with SIGKILL at random points
(50+ runs against the same database). After each kill the database must pass
SQLite's integrity and foreign-key checks, every submit the child reported as
done must be there exactly once with its outbox row, and no task may be left
half-submitted.

The children are forked from the test process, which has imported everything
already, so each run costs milliseconds instead of a fresh interpreter's start;
the child opens its own connection after the fork and is killed for real.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.models import parse_campaign, parse_task
from datafi_desktop.core.protocol import recover_typed
from tests.conftest import KeySigner

RUNS = 60


def child_loop(db: Path, seed: str, out: int) -> None:
    """Submit forever, writing ``done <id>`` to ``out`` after each committed submit."""
    signer = KeySigner("kill-test")
    cache = Cache(db)
    cache.tasks.upsert_campaign(parse_campaign({"id": "kill", "name": "Kill test"}))
    os.write(out, b"ready\n")
    i = 0
    while True:
        i += 1
        task = parse_task({"id": f"{seed}-{i}", "kind": "text_spans",
                           "data": {"text": "Ada Lovelace met Charles Babbage in London."},
                           "config": {"labels": ["PER", "LOC"]}})
        cache.tasks.add_tasks("kill", [task])
        row = cache.tasks.find_task("kill", task.id)
        assert row is not None
        body = {"kind": "text_spans", "spans": [{"start": 0, "end": 12, "label": "PER"}]}
        cache.tasks.save_draft(row.uid, body)
        submission = cache.submissions.submit(row.uid, body, signer)
        os.write(out, f"done {submission.id}\n".encode())


def run_and_kill(db: Path, seed: str, delay: float) -> list[str]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read_end)
        try:
            child_loop(db, seed, write_end)
        finally:
            os._exit(1)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        first = pipe.readline()
        assert first == b"ready\n", f"child failed to start: {first!r}"
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        out = pipe.read().decode()
    # only complete lines count: a line cut by the kill was never reported
    return [line.split()[1] for line in out.splitlines(keepends=True)
            if line.endswith("\n") and line.startswith("done ")]


@pytest.mark.slow
def test_sigkill_never_loses_or_duplicates_a_submission(tmp_path: Path) -> None:
    db = tmp_path / "cache.sqlite3"
    rng = random.Random(20261125)
    reported: list[str] = []
    for run in range(RUNS):
        reported += run_and_kill(db, f"run{run}", rng.uniform(0.0, 0.2))
        with Cache(db) as cache:
            assert cache.integrity_problems() == [], f"run {run}"
            ids = [r[0] for r in cache.db.execute("SELECT id FROM submissions").fetchall()]
            assert len(ids) == len(set(ids))
            missing = set(reported) - set(ids)
            assert not missing, f"run {run}: reported but missing {sorted(missing)[:3]}"
            # every submitted task shows as queued and has no leftover draft
            stuck = cache.db.execute(
                "SELECT count(*) FROM tasks t JOIN submissions s ON s.task_uid = t.uid "
                "WHERE t.state != 'queued' OR EXISTS (SELECT 1 FROM drafts d "
                "WHERE d.task_uid = t.uid)").fetchone()[0]
            assert stuck == 0, f"run {run}"
    assert len(reported) > RUNS, "the children should have finished many submits"
    with Cache(db) as cache:
        for row in cache.submissions.all(limit=20):
            assert recover_typed(row.typed_data, row.signature) == row.signer
