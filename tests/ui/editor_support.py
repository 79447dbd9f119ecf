"""Helpers for the editor and collection tests: open a task the way a user does
(a click in the queue), wait for it to be drawn, read drafts and check signatures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLineEdit

from datafi_desktop.core.cache import Cache, SubmissionRow
from datafi_desktop.core.protocol import verify_typed
from datafi_desktop.ui.editor import TaskEditor
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.queue_page import QueuePage

from .conftest import PASSWORD

DEMO = "demo"
DRAFT_WITHIN_MS = 1000  # "a draft is saved within a second of an edit"
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def page_of(window: MainWindow) -> QueuePage:
    page = window.pages["tasks"]
    assert isinstance(page, QueuePage)
    return page


def editor_of(window: MainWindow) -> TaskEditor:
    assert window.editor is not None
    return window.editor


def uid_of(cache: Cache, task_id: str) -> int:
    row = cache.tasks.find_task(DEMO, task_id)
    assert row is not None, task_id
    return row.uid


def click_row(qtbot: Any, window: MainWindow, task_id: str, timeout: int = 20_000) -> int:
    """Click the task's row in the queue and wait until the editor has drawn it."""
    page, editor = page_of(window), editor_of(window)
    uid = uid_of(window.session.cache, task_id)
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of(uid), 1))
    assert index.isValid(), f"{task_id} is not in the queue's rows"
    page.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    if editor.uid == uid:
        return uid
    with qtbot.waitSignal(editor.shown, timeout=timeout,
                          check_params_cb=lambda shown: shown == uid):
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.table.visualRect(index).center())
    assert editor.uid == uid
    return uid


def enter_pane(qtbot: Any, window: MainWindow) -> None:
    """Return in the queue moves the keyboard focus into the editor's pane."""
    page = page_of(window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = editor_of(window)
    assert editor.pane is not None
    qtbot.waitUntil(lambda: editor.isAncestorOf(window.focusWidget()), timeout=2000)


def key(qtbot: Any, window: MainWindow, name: Any,
        mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is (as the user types it)."""
    target = window.focusWidget() or window
    qtbot.keyClick(target, name, mods)


def unlock_in_dialog(qtbot: Any, window: MainWindow) -> None:
    """Type the password into the unlock dialog the editor opened, and press Enter."""
    dialog: list[QDialog] = []

    def found() -> bool:
        box = window.findChild(QDialog, "unlockDialog")
        if box is not None and box.isVisible():
            dialog[:] = [box]
            return True
        return False

    qtbot.waitUntil(found, timeout=5000)
    dialog[0].activateWindow()  # a window manager does this for a new dialog
    qtbot.waitUntil(dialog[0].isActiveWindow, timeout=5000)
    password = dialog[0].findChild(QLineEdit, "unlockPassword")
    password.setFocus()
    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)


def verified_outbox_row(cache: Cache, task_uid: int, address: str) -> SubmissionRow:
    """The task's submission, with an outbox row, whose signature verifies."""
    found = cache.submissions.all(task_uid=task_uid)
    assert len(found) == 1, found
    row = found[0]
    queued = [item.item_id for item in cache.outbox.due(now=2**62)]
    assert row.id in queued
    campaign = cache.tasks.get_campaign(row.campaign_id)
    verify_typed(row.typed_data, row.signature, address, campaign.domain)
    assert row.signer.lower() == address.lower()
    return row
