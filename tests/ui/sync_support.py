"""Helpers for the GUI sync tests: fast runner timings, the queue's view of a task,
a submission made the way the editor makes one, the hub's own record of it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from datafi_desktop.core import operations
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.db.tables import make_engine, submissions
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.queue_page import ALL, QueuePage
from datafi_desktop.ui.session import Session

#: no scheduled cycles (only those the test causes), quick probes while offline
FAST: dict[str, Any] = {"interval_s": 3600, "probe_min_s": 0.05, "probe_max_s": 0.5}
WAIT_MS = 60_000


def queue_state(window: MainWindow, uid: int) -> str | None:
    """The state the Tasks page shows for task ``uid`` (None when it is not listed)."""
    page = window.pages["tasks"]
    assert isinstance(page, QueuePage)
    if page.state_combo.currentData() != ALL:
        page.set_state_filter(ALL)
    row = page.model.row_of(uid)
    return None if row < 0 else page.model.summary(row).state


def submit_text_task(session: Session, wallet: Wallet, index: int = 0) -> tuple[int, str]:
    """Label the ``index``-th open text task with its first label and submit it (signed,
    queued) as the editor does: the operation, run through the session, whose changes
refresh the views. (uid, submission id)"""
    tasks = [s for s in session.cache.tasks.task_summaries("demo", states=("new",))
             if s.kind == "text_classification"]
    uid = tasks[index].uid
    labels = session.cache.tasks.get_task(uid).task.config.label_names
    row = session.run(lambda: operations.submit(
        session.cache, uid, {"kind": "text_classification", "labels": [labels[0]]},
        wallet.signer()))
    return uid, row.id


def hub_submission(database_url: str, submission_id: str) -> dict[str, Any] | None:
    """The hub's row for a submission (intake, status, reasons), read from its database."""
    engine = make_engine(database_url, pool=False)
    try:
        with engine.connect() as conn:
            row = conn.execute(select(submissions).where(
                submissions.c.id == submission_id)).mappings().first()
            return dict(row) if row is not None else None
    finally:
        engine.dispose()


def leased_demo_tasks(session: Session) -> list[str]:
    """Demo tasks the cache holds with a lease from the hub."""
    cache = session.cache
    return [s.task_id for s in cache.tasks.task_summaries("demo")
            if cache.tasks.get_task(s.uid).leased_until is not None]
