"""Views refresh from what an operation says it changed (issue 18): no one-second poll;
a submit updates the queue row of its task in place, right after the operation; a
write nobody announced shows nothing until the fallback check sees another
connection's commit; a sync cycle's report refreshes the queue and the status bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from datafi_desktop.core import operations
from datafi_desktop.core.cache import Cache
from datafi_desktop.core.changes import OpChanges
from datafi_desktop.hub.server.inprocess import RunningHub, start_demo_hub
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.queue_page import ALL, QueuePage
from datafi_desktop.ui.session import EXTERNAL_CHECK_MS, Session
from datafi_desktop.ui.sync import SyncSetup, start_sync

from .conftest import PASSWORD
from .editor_support import CTRL, click_row, editor_of, enter_pane, key, page_of
from .sync_support import FAST, WAIT_MS, queue_state


class Spy:
    """What the queue's model told its view."""

    def __init__(self, page: QueuePage) -> None:
        model = page.model
        self.resets = 0
        self.rows: list[int] = []
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(lambda top, bottom, *_: self.rows.extend(
            range(top.row(), bottom.row() + 1)))

    def _reset(self) -> None:
        self.resets += 1


def repeating_timers(session: Session) -> list[int]:
    return sorted(t.interval() for t in session.findChildren(QTimer)
                  if t.isActive() and not t.isSingleShot())


def test_there_is_no_poll_and_nothing_refreshes_without_an_operation(
        qtbot, window: MainWindow, session: Session, demo_cache: Cache) -> None:
    assert repeating_timers(session) == [EXTERNAL_CHECK_MS]  # the 10 s fallback only
    assert not window.status._timer.isActive()  # the countdown runs only while unlocked
    page = page_of(window)
    page.set_state_filter(ALL)
    uid = demo_cache.tasks.task_summaries("demo", states=("new",))[0].uid
    row = page.model.row_of(uid)
    assert page.model.summary(row).state == "new"
    spy = Spy(page)
    demo_cache.tasks.set_skipped(uid)  # written behind the views' back, on the UI's connection
    qtbot.wait(2500)  # the old poll would have run twice
    assert (spy.resets, spy.rows) == (0, [])
    assert page.model.summary(row).state == "new"  # nobody said so: nothing refreshed
    assert not session.check_external_writes()  # our own connection's write

    with Cache(demo_cache.path) as other:  # another process on the same file
        other.tasks.set_skipped(uid, False)
        other.tasks.set_skipped(page.model.summary(row + 1).uid)
    assert session.check_external_writes()
    assert spy.resets == 1  # everything, once: it cannot know what changed
    assert page.model.summary(row + 1).state == "skipped"
    assert not session.check_external_writes()  # and only once


def test_a_submit_updates_its_queue_row_in_place_at_once(
        qtbot, window: MainWindow, session: Session, demo_cache: Cache,
        account: Callable[[], str]) -> None:
    session.run(lambda: operations.unlock(session.wallet, account(), PASSWORD))
    editor, page = editor_of(window), page_of(window)
    page.set_state_filter(ALL)
    uid = click_row(qtbot, window, "text-cls-002")
    row = page.model.row_of(uid)
    spy = Spy(page)
    heard: list[OpChanges] = []
    session.operation_did_execute.connect(lambda changes, _origin: heard.append(changes))
    enter_pane(qtbot, window)
    key(qtbot, window, "4")
    with qtbot.waitSignal(editor.submitted, timeout=10_000):
        key(qtbot, window, Qt.Key.Key_Return, CTRL)
    # right after the operation, with no timer in between
    assert page.model.summary(row).state == "queued"
    assert page.model.index(row, page.model.COL_STATE).data() == "Queued"
    assert spy.resets == 0 and set(spy.rows) == {row}  # only its row, not the queue
    submit = next(c for c in heard if c.outbox)
    assert submit.task_ids == {uid} and submit.submissions
    assert window.status.outbox.text.text() == "1 to send"
    assert page.count_label.text().startswith(f"{page.proxy.rowCount()} of")


@pytest.fixture
def demo_hub(tmp_path: Path) -> Iterator[RunningHub]:
    running = start_demo_hub(tmp_path / "hub")
    yield running
    running.stop()


@pytest.fixture
def setups() -> Iterator[list[SyncSetup]]:
    started: list[SyncSetup] = []
    yield started
    for setup in started:
        setup.stop()


def test_the_sync_report_refreshes_the_queue_and_the_status_bar(
        qtbot, window: MainWindow, session: Session, account: Callable[[], str],
        demo_hub: RunningHub, setups: list[SyncSetup]) -> None:
    session.run(lambda: operations.unlock(session.wallet, account(), PASSWORD))
    setups.append(start_sync(session, hub_url=demo_hub.url, **FAST))
    sync = session.sync
    assert sync is not None
    reports: list[OpChanges] = []
    session.operation_did_execute.connect(
        lambda changes, origin: reports.append(changes) if origin is sync else None)
    sync.make_available_offline("demo", 2)
    qtbot.waitUntil(lambda: any(c.all_tasks for c in reports), timeout=WAIT_MS)
    leased = [s.uid for s in session.cache.tasks.task_summaries("demo")
              if session.cache.tasks.get_task(s.uid).leased_until is not None
              and s.kind == "text_classification"]
    uid = leased[0]
    labels = session.cache.tasks.get_task(uid).task.config.label_names
    session.run(lambda: operations.submit(
        session.cache, uid, {"kind": "text_classification", "labels": [labels[0]]},
        session.wallet.signer()))
    assert queue_state(window, uid) == "queued"
    assert window.status.outbox.text.text() == "1 to send"
    reports.clear()
    sync.sync_now()  # pushes it; its report names the task
    qtbot.waitUntil(lambda: any(uid in c.task_ids for c in reports), timeout=WAIT_MS)
    assert queue_state(window, uid) == "sent"
    assert window.status.outbox.text.text() == "Nothing to send"
