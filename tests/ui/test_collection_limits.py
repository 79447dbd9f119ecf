"""Issue 12 items 10 and 15: a collector reads the campaign's field titles (never a raw
key like "shop_name"), and a text the campaign limits shows a counter and cannot be
submitted too long — pasting 700 characters into a "two to four sentences" task is
refused with a clear message, nothing typed is cut off, and the shortened text goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from datafi_desktop.core.cache import Cache
from datafi_desktop.ui.main_window import MainWindow

from .editor_support import CTRL, editor_of, key, unlock_in_dialog, verified_outbox_row
from .test_collection_pane import open_collection


def form_titles(pane) -> list[str]:
    form = pane.fields.form
    titles = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            titles.append(item.widget().text())
    return titles


def test_fields_show_the_campaign_titles_not_the_raw_keys(qtbot, window: MainWindow) -> None:
    pane = open_collection(qtbot, window, "collect-002")
    assert form_titles(pane) == ["Shop name *", "Open on Sunday", "Floors"]
    assert not {"shop_name", "open_on_sunday"} & {t.rstrip(" *") for t in form_titles(pane)}
    key(qtbot, window, Qt.Key.Key_T, CTRL)
    qtbot.keyClicks(window.focusWidget(), "Bakery on the corner")
    assert "Shop name: is required" in editor_of(window).bottom.problems.text()


def test_a_too_long_text_is_counted_and_refused_then_submitted_short(
        qtbot, window: MainWindow, demo_cache: Cache, account) -> None:
    address = account()
    pane = open_collection(qtbot, window, "collect-003")
    editor = editor_of(window)
    uid = editor.uid
    qtbot.waitUntil(lambda: pane.fields.inputs["severity"].isVisible(), timeout=5000)
    assert pane.text_counter.isVisible() and pane.text_counter.text() == "0 / 600 characters"
    key(qtbot, window, Qt.Key.Key_T, CTRL)
    QApplication.clipboard().setText("The street light at the corner is broken. " * 17)
    key(qtbot, window, Qt.Key.Key_V, CTRL)  # 714 characters pasted: all of them kept
    assert len(pane.body()["text"]) == 714
    assert pane.text_counter.text() == "714 / 600 characters: 114 too many"
    assert pane.text_counter.property("role") == "error"
    key(qtbot, window, Qt.Key.Key_Escape)
    key(qtbot, window, "2")  # broken light
    key(qtbot, window, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(window.focusWidget(), "Rue Haute")
    key(qtbot, window, Qt.Key.Key_Tab)
    key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    message = "Text: must be at most 600 characters (714 written)"
    assert message in editor.bottom.problems.text()
    assert demo_cache.submissions.all(task_uid=uid) == []
    key(qtbot, window, Qt.Key.Key_T, CTRL)
    key(qtbot, window, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(window.focusWidget(), "The street light at the corner is broken.")
    assert pane.text_counter.text() == "41 / 600 characters"
    assert pane.text_counter.property("role") == "muted"
    assert editor.problems() == []
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    unlock_in_dialog(qtbot, window)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    item = verified_outbox_row(demo_cache, uid, address).annotation
    assert item["text"] == "The street light at the corner is broken."


def test_a_limited_field_has_a_counter_and_names_its_title_when_too_long(
        qtbot, window: MainWindow) -> None:
    pane = open_collection(qtbot, window, "collect-002")
    counter = pane.fields.counters["shop_name"]
    qtbot.waitUntil(counter.isVisible, timeout=5000)
    assert counter.text() == "0 / 80 characters"
    key(qtbot, window, Qt.Key.Key_T, CTRL)
    qtbot.keyClicks(window.focusWidget(), "Bakery on the corner")
    key(qtbot, window, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(window.focusWidget(), "Boulangerie " * 7 + "Dupont")
    assert counter.text() == "90 / 80 characters: 10 too many"
    problems = editor_of(window).problems()
    assert "Shop name: must be at most 80 characters (90 written)" in problems
