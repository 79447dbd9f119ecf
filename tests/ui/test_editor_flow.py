"""The task editor in the main window, driven as a user would: a click in the queue,
keys in the pane, undo and redo, the autosaved draft, submit through the unlock
dialog into a signed outbox row, next / previous / skip, progress, read-only
reopening of submitted work and "Label again"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QPushButton, QTableWidget

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.flow import next_task, previous_task
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.editor import TaskEditor
from datafi_desktop.ui.editor.fallback import PreviewPane
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.panes.text_pane import TextPane
from datafi_desktop.ui.queue_model import STATE_ROLE, UID_ROLE
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.wallet_page import WalletPage

from .conftest import PASSWORD
from .editor_support import (
    ALT,
    CTRL,
    DEMO,
    DRAFT_WITHIN_MS,
    SHIFT,
    click_row,
    editor_of,
    enter_pane,
    key,
    page_of,
    uid_of,
    unlock_in_dialog,
    verified_outbox_row,
)


def labels(editor: TaskEditor) -> list[str]:
    return list(editor.body().get("labels") or [])


def queue_state(window: MainWindow, uid: int) -> str:
    page = page_of(window)
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, 0)
        if index.data(UID_ROLE) == uid:
            return str(page.proxy.index(row, page.model.COL_STATE).data(STATE_ROLE))
    raise AssertionError(f"task {uid} is not in the queue")


def test_a_click_in_the_queue_opens_the_task_in_its_pane(qtbot, window: MainWindow,
                                                          demo_cache: Cache) -> None:
    editor = editor_of(window)
    assert page_of(window).splitter.widget(1) is editor  # the editor is the detail area
    uid = click_row(qtbot, window, "text-cls-002")
    assert isinstance(editor.pane, TextPane) and editor.pane.isVisible()
    assert editor.header.title.text() == "Text classification"
    assert editor.header.task_id.text() == "text-cls-002"
    assert editor.header.state.text() == "New"
    assert not editor.banner.isVisible()  # no model prediction on this one
    total = len(demo_cache.tasks.task_summaries(DEMO))
    assert editor.bottom.progress_text.text() == f"0 of {total} done"
    assert editor.bottom.problems.text() == "Choose a label"
    assert page_of(window).current_uid == uid


def test_keys_edit_undo_redo_and_the_draft_is_saved_within_a_second(
        qtbot, window: MainWindow, demo_cache: Cache) -> None:
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-cls-001")
    assert labels(editor) == ["positive"]  # the model's prediction is the starting point
    assert editor.banner.isVisible()
    assert "Prediction by sentiment-distilbert-v2" in editor.banner.text.text()
    enter_pane(qtbot, window)
    key(qtbot, window, "2")
    assert labels(editor) == ["mixed"]
    assert not editor.banner.isVisible()  # edited: no longer the untouched prediction

    def draft_is(wanted: list[str], from_prediction: bool) -> bool:
        draft = demo_cache.tasks.load_draft(uid)
        return (draft is not None and draft.body.get("labels") == wanted
                and draft.from_prediction is from_prediction)

    qtbot.waitUntil(lambda: draft_is(["mixed"], False), timeout=DRAFT_WITHIN_MS)
    qtbot.waitUntil(lambda: queue_state(window, uid) == "draft", timeout=1000)
    assert editor.header.state.text() == "Draft"
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert labels(editor) == ["positive"] and editor.banner.isVisible()
    qtbot.waitUntil(lambda: draft_is(["positive"], True), timeout=DRAFT_WITHIN_MS)
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert labels(editor) == ["mixed"]
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    key(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert labels(editor) == ["mixed"]
    qtbot.waitUntil(lambda: draft_is(["mixed"], False), timeout=DRAFT_WITHIN_MS)
    edit_menu = window.findChild(QMenu, "menuEdit")
    shortcuts = {a.objectName(): a.shortcuts() for a in edit_menu.actions()}
    assert [s.toString() for s in shortcuts["actionRedo"]] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert editor.editor_actions.undo.text() == "&Undo Choose mixed"


def test_submit_with_a_locked_wallet_unlocks_signs_and_moves_on(
        qtbot, window: MainWindow, session: Session, demo_cache: Cache,
        account: Callable[[], str]) -> None:
    address = account()
    assert session.wallet.is_locked
    editor, page = editor_of(window), page_of(window)
    uid = click_row(qtbot, window, "text-cls-002")
    following = next_task(demo_cache, uid, campaign_id=DEMO)
    total = len(demo_cache.tasks.task_summaries(DEMO))
    enter_pane(qtbot, window)
    key(qtbot, window, "4")
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    unlock_in_dialog(qtbot, window)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    row = verified_outbox_row(demo_cache, uid, address)
    assert row.annotation == {"kind": "text_classification", "labels": ["positive"]}
    qtbot.waitUntil(lambda: editor.uid == following, timeout=5000)
    assert page.current_uid == following  # the queue's selection followed
    assert window.statusBar().currentMessage().startswith("Signed and queued")
    assert demo_cache.tasks.load_draft(uid) is None
    assert queue_state(window, uid) == "queued"
    assert editor.bottom.progress_text.text() == f"1 of {total} done"
    assert page.progress.text() == f"1 of {total} done"
    assert editor.isAncestorOf(window.focusWidget())  # ready for the next one's keys


def test_problems_stop_a_submit_and_say_why(qtbot, window: MainWindow, demo_cache: Cache,
                                            wallet: Wallet, account) -> None:
    wallet.unlock(account(), PASSWORD)
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-cls-002")
    enter_pane(qtbot, window)
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert editor.bottom.problems.text() == "Choose a label"
    assert editor.bottom.problems.property("role") == "error"
    assert demo_cache.submissions.all(task_uid=uid) == []
    assert editor.uid == uid
    key(qtbot, window, "1")
    assert editor.bottom.problems.isHidden()


def test_no_account_offers_the_wallet_page_and_keeps_the_draft(
        qtbot, window: MainWindow, demo_cache: Cache) -> None:
    uid = click_row(qtbot, window, "text-cls-002")
    enter_pane(qtbot, window)
    key(qtbot, window, "3")
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    box = window.findChild(QMessageBox, "noAccountBox")
    qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=3000)
    go = next(b for b in box.findChildren(QPushButton) if b.text() == "Go to the wallet")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_page, WalletPage)
    assert "create or import an account" in editor_of(window).bottom.problems.text()
    draft = demo_cache.tasks.load_draft(uid)  # flushed before asking to sign
    assert draft is not None and draft.body["labels"] == ["neutral"]
    assert demo_cache.submissions.all(task_uid=uid) == []


def test_cancelled_unlock_submits_nothing(qtbot, window: MainWindow, demo_cache: Cache,
                                          account) -> None:
    account()
    uid = click_row(qtbot, window, "text-cls-002")
    enter_pane(qtbot, window)
    key(qtbot, window, "1")
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "unlockDialog") is not None, timeout=3000)
    dialog = window.findChild(QDialog, "unlockDialog")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "still locked" in editor_of(window).bottom.problems.text(),
                    timeout=3000)
    assert demo_cache.submissions.all(task_uid=uid) == []
    assert demo_cache.tasks.load_draft(uid).body["labels"] == ["negative"]
    assert editor_of(window).uid == uid


def test_next_previous_skip_and_progress(qtbot, window: MainWindow, demo_cache: Cache) -> None:
    editor, page = editor_of(window), page_of(window)
    first = click_row(qtbot, window, "text-cls-001")
    enter_pane(qtbot, window)
    second = next_task(demo_cache, first, campaign_id=DEMO)
    key(qtbot, window, Qt.Key.Key_Right, ALT)
    assert editor.uid == second and page.current_uid == second
    third = next_task(demo_cache, second, campaign_id=DEMO)
    key(qtbot, window, "]")
    assert editor.uid == third
    key(qtbot, window, Qt.Key.Key_Left, ALT)
    assert editor.uid == previous_task(demo_cache, third, campaign_id=DEMO) == second
    key(qtbot, window, "[")
    assert editor.uid == first
    key(qtbot, window, Qt.Key.Key_Space, CTRL)  # skip
    assert demo_cache.tasks.get_task(first).state == "skipped"
    assert queue_state(window, first) == "skipped"
    assert editor.uid == second
    assert "Skipped" in window.statusBar().currentMessage()
    key(qtbot, window, Qt.Key.Key_S, ALT)  # the other skip key
    assert demo_cache.tasks.get_task(second).state == "skipped" and editor.uid == third
    assert editor.bottom.progress_text.text().startswith("0 of ")  # skipping is not done


def test_submitted_task_opens_read_only_with_its_state_and_can_be_labeled_again(
        qtbot, window: MainWindow, session: Session, demo_cache: Cache, wallet: Wallet,
        account) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    uid = uid_of(demo_cache, "text-cls-003")
    first = demo_cache.submissions.submit(
        uid, {"kind": "text_classification", "labels": ["negative"]}, wallet.signer())
    session.notify_tasks()
    editor = editor_of(window)
    click_row(qtbot, window, "text-cls-003")
    assert editor.read_only and editor.pane.current.read_only
    assert labels(editor) == ["negative"]  # the submission, not the model's prediction
    assert editor.submission_bar.isVisible()
    assert "Signed and queued" in editor.submission_bar.text.text()
    assert editor.header.state.text() == "Queued"
    assert not editor.bottom.submit.isEnabled()  # the action stays: Ctrl+Return says why
    assert not editor.banner.isVisible()
    enter_pane(qtbot, window)
    key(qtbot, window, "2")
    assert labels(editor) == ["negative"]  # read-only: nothing changes
    demo_cache.submissions.set_status(first.id, "rejected", reason="Wrong label")
    session.notify_tasks()
    assert "Rejected by a reviewer: Wrong label." in editor.submission_bar.text.text()
    assert editor.header.state.text() == "Rejected"
    key(qtbot, window, Qt.Key.Key_E, CTRL)  # Label again
    assert not editor.read_only and not editor.submission_bar.isVisible()
    assert demo_cache.tasks.load_draft(uid).body == {"kind": "text_classification",
                                                     "labels": ["negative"]}
    assert demo_cache.tasks.get_task(uid).state == "draft"
    editor.focus_pane()
    key(qtbot, window, "2")
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(demo_cache.submissions.all(task_uid=uid)) == 2, timeout=10_000)
    latest = demo_cache.submissions.all(task_uid=uid)[0]
    assert latest.annotation["labels"] == ["mixed"] and latest.id != first.id


def test_switching_task_writes_the_draft_at_once_and_reopens_it(
        qtbot, window: MainWindow, demo_cache: Cache) -> None:
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-cls-002")
    enter_pane(qtbot, window)
    key(qtbot, window, "1")
    assert demo_cache.tasks.load_draft(uid) is None  # not yet: the autosave waits up to 500 ms
    click_row(qtbot, window, "text-cls-004")
    draft = demo_cache.tasks.load_draft(uid)  # flushed by the switch, no waiting
    assert draft is not None and draft.body["labels"] == ["negative"]
    click_row(qtbot, window, "text-cls-002")
    assert labels(editor) == ["negative"] and editor.undo_stack.count() == 0
    assert editor.pane.current.source == "draft"


def test_closing_the_window_writes_the_draft(qtbot, window: MainWindow,
                                             demo_cache: Cache) -> None:
    uid = click_row(qtbot, window, "text-cls-002")
    enter_pane(qtbot, window)
    key(qtbot, window, "3")
    window.close()
    draft = demo_cache.tasks.load_draft(uid)
    assert draft is not None and draft.body["labels"] == ["neutral"]


def test_question_mark_shows_every_shortcut_with_the_panes(qtbot, window: MainWindow) -> None:
    click_row(qtbot, window, "text-cls-001")
    enter_pane(qtbot, window)
    key(qtbot, window, "?")
    dialog = window.findChild(QDialog, "shortcutsDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=3000)
    table = dialog.findChild(QTableWidget)
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()): table.item(r, 2).text()
            for r in range(table.rowCount())}
    assert rows[("Label", "Submit")] == "Ctrl+Return, Ctrl+Enter"
    assert rows[("Label", "Skip")] == "Ctrl+Space, Alt+S"
    assert rows[("Label", "Next task to do")] == "Alt+Right, ]"
    assert rows[("Label", "Previous task")] == "Alt+Left, ["
    assert rows[("Label", "Choose: negative")] == "1"  # the text pane's own keys
    assert rows[("Edit", "Undo")] == "Ctrl+Z"
    assert rows[("Help", "Keyboard shortcuts")] == "F1, ?"
    dialog.close()
    # every action in the menus has a shortcut
    assert all(keys for (menu, action), keys in rows.items() if menu in ("Edit", "Label"))


def test_a_kind_without_its_pane_is_shown_read_only(qtbot, session: Session,
                                                    demo_cache: Cache) -> None:
    editor = TaskEditor(session, pane_types=[])
    editor.missing["text_pane"] = "not installed yet"
    qtbot.addWidget(editor)
    editor.resize(700, 600)
    editor.show()
    uid = uid_of(demo_cache, "text-cls-001")
    with qtbot.waitSignal(editor.shown, timeout=5000):
        editor.open_task(uid)
    assert isinstance(editor.pane, PreviewPane)
    assert "needs the text pane, which is not installed yet" in editor.pane.note.text()
    assert not editor.bottom.submit.isEnabled()  # the action stays: Ctrl+Return says why
    assert editor.bottom.problems.text() == "This kind of task cannot be labeled here yet"
    editor.submit()
    assert demo_cache.submissions.all(task_uid=uid) == []


def test_the_pane_left_behind_may_release_its_pixmaps(qtbot, window: MainWindow,
                                                      monkeypatch) -> None:
    released: list[str] = []
    monkeypatch.setattr(TextPane, "release", lambda self: released.append("text"))
    click_row(qtbot, window, "text-cls-002")
    click_row(qtbot, window, "text-cls-004")
    assert released == []  # the same pane again: it keeps what it holds
    click_row(qtbot, window, "img-cls-001")
    assert released == ["text"]
