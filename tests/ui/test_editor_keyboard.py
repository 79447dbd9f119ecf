"""Keyboard-first: a text classification task and a box task from the queue to a
signed outbox row with no mouse, except to draw the box."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.flow import next_task
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.panes.image_pane import ImagePane
from datafi_desktop.ui.queue_page import QueuePage

from .conftest import PASSWORD
from .editor_support import CTRL, DEMO, editor_of, key, page_of, uid_of, verified_outbox_row
from .image_support import drag


def focus_queue(qtbot, window: MainWindow) -> QueuePage:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # the Tasks page, focus in the queue
    page = page_of(window)
    assert page.table.hasFocus()
    return page


def test_text_classification_from_queue_to_outbox_without_the_mouse(
        qtbot, window: MainWindow, demo_cache: Cache, wallet: Wallet, account) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    editor = editor_of(window)
    page = focus_queue(qtbot, window)
    with qtbot.waitSignal(editor.shown, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)  # text-cls-002
    uid = uid_of(demo_cache, "text-cls-002")
    assert editor.uid == uid
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # into the pane
    assert editor.isAncestorOf(window.focusWidget())
    key(qtbot, window, "4")
    following = next_task(demo_cache, uid, campaign_id=DEMO)
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: editor.uid == following, timeout=10_000)
    assert verified_outbox_row(demo_cache, uid, address).annotation["labels"] == ["positive"]
    assert editor.isAncestorOf(window.focusWidget())  # straight on with the next task
    key(qtbot, window, "1")
    key(qtbot, window, Qt.Key.Key_Return)  # the pane's own Enter submits a complete label
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=following)), timeout=10_000)
    assert verified_outbox_row(demo_cache, following, address).annotation["labels"] == [
        "negative"]


def test_box_task_by_keyboard_except_drawing(qtbot, window: MainWindow, demo_cache: Cache,
                                            wallet: Wallet, account) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    editor = editor_of(window)
    uid = uid_of(demo_cache, "img-boxes-001")
    page = focus_queue(qtbot, window)
    qtbot.keyClick(page.table, Qt.Key.Key_F, CTRL)  # the queue has no type-ahead: filter
    with qtbot.waitSignal(editor.shown, timeout=20_000,
                          check_params_cb=lambda shown: shown == uid):
        qtbot.keyClicks(page.search, "img-boxes-001")  # the only row left: opened
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    pane = editor.pane
    assert isinstance(pane, ImagePane) and pane.canvas.hasFocus()
    predicted = editor.body()["boxes"]
    assert len(predicted) == 11 and editor.banner.isVisible()
    key(qtbot, window, Qt.Key.Key_Tab)  # select the first box
    key(qtbot, window, "2")  # relabel it: bus
    key(qtbot, window, Qt.Key.Key_Tab)  # the next box
    key(qtbot, window, Qt.Key.Key_Delete)
    assert not editor.banner.isVisible()
    key(qtbot, window, "b")  # the box tool; then the one mouse gesture: drawing
    drag(qtbot, pane.canvas, (20, 600), (140, 700))
    boxes = editor.body()["boxes"]
    assert len(boxes) == 11
    assert Counter(b["label"] for b in boxes)["bus"] == 2  # the relabeled one and the new one
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # undo the drawing
    assert len(editor.body()["boxes"]) == 10
    key(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert len(editor.body()["boxes"]) == 11
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    row = verified_outbox_row(demo_cache, uid, address)
    assert len(row.annotation["boxes"]) == 11
    assert row.annotation["boxes"][0]["label"] == "bus"


def test_editor_keys_act_only_on_the_tasks_page(qtbot, window: MainWindow, demo_cache: Cache,
                                                wallet: Wallet, account) -> None:
    """Ctrl+Return on the Rewards page must not submit the hidden editor's draft."""
    address = account()
    wallet.unlock(address, PASSWORD)
    editor = editor_of(window)
    page = focus_queue(qtbot, window)
    uid = uid_of(demo_cache, "text-cls-002")
    with qtbot.waitSignal(editor.shown, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    key(qtbot, window, "4")  # a complete label: Ctrl+Return would sign it
    window.show_page("rewards")
    qtbot.waitUntil(lambda: window.focusWidget() is None
                    or not page.isAncestorOf(window.focusWidget()))
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert demo_cache.submissions.all(task_uid=uid) == []
    assert editor.body()["labels"] == ["positive"], "Ctrl+Z elsewhere left the label alone"
    window.show_page("tasks")
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    assert verified_outbox_row(demo_cache, uid, address).annotation["labels"] == ["positive"]
