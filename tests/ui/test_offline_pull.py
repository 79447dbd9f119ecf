"""Issue 16: "Make tasks available offline" for thousands of tasks pulls in pages with a
progress bar, stops on Stop after the current page keeping what came, and Resume (also
after reopening the dialog) continues to the number asked for."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from datafi_desktop.core.sync import SyncPhase, SyncProgress, SyncReport
from datafi_desktop.core.sync.first_batch import set_first_batch_size
from datafi_desktop.core.sync.pull import PAGE
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.sync import start_sync
from datafi_desktop.ui.sync.dialogs import open_offline_dialog
from tests.hub.helpers import text_campaign

from .sync_support import FAST, WAIT_MS
from .test_first_batch import fresh  # noqa: F401 — a new annotator's profile (a fixture)

TASKS = 5 * PAGE


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    settings = HubSettings(data_dir=tmp_path / "hub",
                           database_url=f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    running = start_hub(settings, campaigns=[text_campaign(
        "big", tasks=TASKS, extra={"new_account_max_leases": TASKS})])
    yield running
    running.stop()


def _label_tasks(session: Session) -> int:
    return len(session.cache.tasks.task_summaries("big", kinds=("text_classification",)))


def test_stop_keeps_the_pages_and_resume_finishes_the_pull(qtbot, fresh: Session,  # noqa: F811
                                                           hub: RunningHub) -> None:
    set_first_batch_size(fresh.cache, 0)  # only the dialog leases here
    setup = start_sync(fresh, hub_url=hub.url, **FAST)
    try:
        qtbot.waitUntil(lambda: [c.id for c in fresh.cache.tasks.campaigns()] == ["big"],
                        timeout=WAIT_MS)
        dialog = open_offline_dialog(fresh)
        qtbot.addWidget(dialog)
        assert dialog.ok.text() == "&Download" and not dialog.cancel.isVisible()
        dialog.count.setValue(TASKS)
        assert dialog.count.value() == TASKS  # more than one request's 10,000 cap is fine

        def stop_after_a_page(progress: SyncProgress) -> None:
            if progress.phase is SyncPhase.LEASE and PAGE <= progress.done < TASKS \
                    and dialog.cancel.isEnabled():
                assert dialog.progress.isVisible()
                assert dialog.progress.maximum() == TASKS
                dialog.cancel.click()

        setup.controller.progress_changed.connect(stop_after_a_page)
        dialog.ok.click()
        assert dialog.cancel.isVisible()
        qtbot.waitUntil(lambda: dialog.request_result is not None, timeout=WAIT_MS)
        setup.controller.progress_changed.disconnect(stop_after_a_page)
        result = dialog.request_result
        assert isinstance(result, SyncReport) and result.cancelled
        got = result.leased
        assert PAGE <= got < TASKS and got % PAGE == 0
        # the count in the locale's digits and grouping (1,000 in English, 1000 in C)
        assert dialog.status.text().startswith(
            f"Stopped: {QLocale().toString(got)} tasks available offline")
        assert _label_tasks(fresh) == got
        assert dialog.ok.text() == "&Resume" and not dialog.cancel.isVisible()

        dialog.close()  # reopened later, the dialog still offers to continue
        again = open_offline_dialog(fresh)
        qtbot.addWidget(again)
        assert again.ok.text() == "&Resume" and again.count.value() == TASKS
        assert f"stopped after {got:,}" in again.status.text()
        again.request_result = None
        again.ok.click()
        qtbot.waitUntil(lambda: again.request_result is not None, timeout=WAIT_MS)
        assert again.status.text().startswith(
            f"{QLocale().toString(TASKS)} tasks available offline")
        assert _label_tasks(fresh) == TASKS
        assert again.ok.text() == "&Download" and again.pending() is None
    finally:
        setup.stop()
