"""Span selection with the mouse lands on words (issue 12, item 9): a sloppy drag over
"Helix Robotics" gives "Helix Robotics", Alt keeps exact characters, a double-click
selects a word and Ctrl+Shift+→ extends it by whole words; offsets are code points."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.panes.text_pane import TextPane

from .editor_support import CTRL, SHIFT, click_row, editor_of, enter_pane, key

ALT = Qt.KeyboardModifier.AltModifier
NO = Qt.KeyboardModifier.NoModifier
TEXT = "On 14 March 2024, Amara Nwosu joined Helix Robotics in Rotterdam as head of research."


def point(pane: TextPane, position: int) -> QPoint:
    """The viewport point at caret position ``position`` (between two characters)."""
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(position)
    return pane.view.cursorRect(cursor).center()


def inside(pane: TextPane, position: int) -> QPoint:
    """The middle of the character at ``position``."""
    a, b = point(pane, position), point(pane, position + 1)
    return QPoint((a.x() + b.x()) // 2, a.y())


def drag(widget: QWidget, start: QPoint, end: QPoint, mods: Qt.KeyboardModifier = NO) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, mods, start)
    for i in range(1, 5):
        p = start + (end - start) * (i / 4)
        QApplication.sendEvent(widget, QMouseEvent(
            QEvent.Type.MouseMove, QPointF(p), QPointF(widget.mapToGlobal(p)),
            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, mods))
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, mods, end)


def selected(pane: TextPane) -> str:
    return pane.view.textCursor().selectedText()


def open_spans(qtbot, window: MainWindow) -> TextPane:
    click_row(qtbot, window, "text-spans-001")
    pane = editor_of(window).pane
    assert isinstance(pane, TextPane) and pane.current is not None
    assert pane.current.task.text == TEXT
    enter_pane(qtbot, window)
    return pane


def test_a_sloppy_drag_snaps_to_words_and_alt_keeps_characters(
        qtbot, window: MainWindow) -> None:
    pane = open_spans(qtbot, window)
    viewport = pane.view.viewport()
    # from the "d" of "joined" to inside the "i" of "in": what the tester got
    drag(viewport, inside(pane, TEXT.index("d Helix")), point(pane, TEXT.index("in R") + 1))
    assert selected(pane) == "Helix Robotics"
    key(qtbot, window, "o")
    start = TEXT.index("Helix")
    assert pane.body()["spans"] == [{"start": start, "end": start + 14, "label": "ORG"}]

    at = TEXT.index("Rotterdam")
    drag(viewport, point(pane, at + 1), point(pane, at + 4), ALT)
    assert selected(pane) == "ott", "Alt selects exact characters"
    key(qtbot, window, Qt.Key.Key_Escape)
    drag(viewport, point(pane, at + 1), point(pane, at + 4))
    assert selected(pane) == "Rotterdam", "a drag inside one word gives the word"
    # leftwards, from inside "as" back to inside "Robotics"
    drag(viewport, point(pane, TEXT.index("as head") + 1), point(pane, TEXT.index("ics in")))
    assert selected(pane) == "in Rotterdam"


def test_double_click_selects_a_word_and_ctrl_shift_right_extends_it(
        qtbot, window: MainWindow) -> None:
    pane = open_spans(qtbot, window)
    qtbot.mouseDClick(pane.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=inside(pane, TEXT.index("Amara") + 2))
    assert selected(pane) == "Amara"
    key(qtbot, window, Qt.Key.Key_Right, CTRL | SHIFT)
    assert selected(pane) == "Amara Nwosu", "to the end of the next word, not its space"
    key(qtbot, window, Qt.Key.Key_Right, CTRL | SHIFT)
    assert selected(pane) == "Amara Nwosu joined"
    key(qtbot, window, Qt.Key.Key_Left, CTRL | SHIFT)
    assert selected(pane) == "Amara Nwosu"
    key(qtbot, window, "p")
    start = TEXT.index("Amara")
    assert pane.body()["spans"] == [{"start": start, "end": start + 11, "label": "PER"}]


def test_snapping_counts_code_points_past_emoji(qtbot, window: MainWindow) -> None:
    click_row(qtbot, window, "text-spans-003")
    pane = editor_of(window).pane
    assert isinstance(pane, TextPane) and pane.current is not None
    enter_pane(qtbot, window)
    text = pane.current.task.text
    word = "Kumasi"
    at = text.index(word)
    utf16 = len(text[:at].encode("utf-16-le")) // 2  # emoji before it: two units each
    drag(pane.view.viewport(), point(pane, utf16 + 1), point(pane, utf16 + len(word) - 1))
    assert selected(pane) == word
    key(qtbot, window, "l")
    assert {"start": at, "end": at + len(word), "label": "LOC"} in pane.body()["spans"]
