"""Killing the app at any moment loses nothing that was signed.

A child process submits in a loop; it is killed with SIGKILL at random points
(50+ runs against the same database). After each kill the database must pass
SQLite's integrity and foreign-key checks, every submit the child reported as
done must be there exactly once with its outbox row, and no task may be left
half-submitted.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.protocol import recover_typed

ROOT = Path(__file__).resolve().parents[2]
RUNS = 50


def run_and_kill(db: Path, seed: str, delay: float) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.core.kill_child", str(db), seed],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    if first.strip() != "ready":
        child.kill()
        raise AssertionError(f"child failed to start: {first!r} {child.stderr.read()}")  # type: ignore[union-attr]
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    assert child.returncode == -signal.SIGKILL
    # only complete lines count: a line cut by the kill was never reported
    return [line.split()[1] for line in out.splitlines(keepends=True)
            if line.endswith("\n") and line.startswith("done ")]


@pytest.mark.slow
def test_sigkill_never_loses_or_duplicates_a_submission(tmp_path: Path) -> None:
    db = tmp_path / "cache.sqlite3"
    rng = random.Random(20261125)
    reported: list[str] = []
    for run in range(RUNS):
        reported += run_and_kill(db, f"run{run}", rng.uniform(0.0, 0.25))
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
    assert len(reported) > RUNS, "the child should have finished many submits"
    with Cache(db) as cache:
        for row in cache.submissions(limit=20):
            assert recover_typed(row.typed_data, row.signature) == row.signer
