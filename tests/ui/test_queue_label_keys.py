"""Issue 12 item 1: label keys reach the pane whatever has the focus on the Tasks
page. The queue has no type-ahead (a digit once jumped to another task with
nothing labeled); the text filter has its own shortcut (Ctrl+F)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from datafi_desktop.core.cache import Cache
from datafi_desktop.ui.main_window import MainWindow

from .editor_support import CTRL, click_row, editor_of, page_of, uid_of


def test_digit_after_clicking_a_row_labels_that_task(qtbot, window: MainWindow,
                                                     demo_cache: Cache) -> None:
    editor, page = editor_of(window), page_of(window)
    uid = click_row(qtbot, window, "text-cls-012")  # 'price', 'quality' predicted
    page.table.setFocus()  # where the click leaves it
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    assert editor.uid == uid, "the digit moved the queue to another task"
    assert page.current_uid == uid
    assert sorted(editor.body()["labels"]) == ["delivery", "price", "quality"]
    qtbot.keyClick(page.table, Qt.Key.Key_3)  # a toggle: off again
    assert sorted(editor.body()["labels"]) == ["price", "quality"]


def test_label_keys_after_ctrl_1_and_in_the_filter_combos(qtbot, window: MainWindow,
                                                          demo_cache: Cache) -> None:
    editor, page = editor_of(window), page_of(window)
    uid = click_row(qtbot, window, "text-cls-002")  # single choice, no prediction
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # the Tasks page, focus in the queue
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_4)
    assert editor.uid == uid
    assert editor.body()["labels"] == ["positive"]
    page.kind_combo.setFocus()
    before = page.kind_combo.currentIndex()
    qtbot.keyClick(page.kind_combo, Qt.Key.Key_1)
    assert page.kind_combo.currentIndex() == before
    assert editor.body()["labels"] == ["negative"]


def test_typing_in_the_filter_stays_in_the_filter(qtbot, window: MainWindow,
                                                  demo_cache: Cache) -> None:
    page = page_of(window)
    click_row(qtbot, window, "text-cls-012")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, CTRL)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "hinges")
    assert page.search.text() == "hinges"
    assert page.current_uid == uid_of(demo_cache, "text-cls-012")
    qtbot.keyClick(page.search, Qt.Key.Key_3)  # a label key, typed into the filter
    assert page.search.text() == "hinges3"
    editor_of(window).flush()
    draft = demo_cache.tasks.load_draft(uid_of(demo_cache, "text-cls-012"))
    assert draft is None or "delivery" not in (draft.body.get("labels") or [])
