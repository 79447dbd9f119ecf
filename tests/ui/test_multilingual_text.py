"""Span labeling on Arabic and Hebrew mixed with Latin and digits, Hindi, Thai,
Chinese, Japanese and emoji ZWJ sequences: the mouse selects in visual order, the
stored offsets are logical code points, and no selection splits a grapheme cluster."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from datafi_desktop.ui.panes.text_pane import TextPane

from . import test_text_pane as base
from .test_text_pane import Key, assert_valid, drag, drag_select, key, spans, spans_task, utf16

# the text pane tests' fixtures
demo, open_pane, stack = base.demo, base.open_pane, base.stack

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def caret_x(pane: TextPane, position16: int) -> tuple[int, int]:
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(position16)
    rect = pane.view.cursorRect(cursor)
    return rect.center().x(), rect.center().y()


def visual_drag(qtbot, pane: TextPane, text: str, start: int, end: int) -> None:
    """Drag across what the eye sees of code points [start, end): from its rightmost to
    its leftmost pixel (mixed-direction text is not contiguous between two logical
    caret positions)."""
    points = [caret_x(pane, utf16(text, i)) for i in range(start, end + 1)]
    xs = [x for x, _ in points]
    y = points[0][1]
    drag(qtbot, pane.view.viewport(), QPoint(max(xs) - 1, y), QPoint(min(xs) + 1, y))


@pytest.mark.parametrize(("task_id", "word", "label"), [
    ("text-spans-013", "Nile Data", "o"),  # a Latin name inside Arabic: drawn left to right
    ("text-spans-013", "القاهرة", "l"),
    ("text-spans-013", "١٢ أكتوبر ٢٠٢٥", "d"),  # Arabic-Indic digits
    ("text-spans-014", "Open Maps", "m"),  # inside Hebrew
    ("text-spans-014", "נועה לוי", "p"),
    ("text-spans-015", "भारतीय विज्ञान संस्थान", "o"),  # Devanagari vowel signs, viramas
    ("text-spans-019", "Mama Ada's Kitchen", "o"),  # after a ZWJ family: 5 code points
    ("text-spans-019", "Lagos", "l"),
])
def test_dragging_over_a_word_stores_logical_code_points(qtbot, open_pane, demo, task_id,
                                                         word, label) -> None:
    task = demo[task_id]
    text = task.text
    start = text.index(word)
    pane = open_pane(task, empty=True)
    visual_drag(qtbot, pane, text, start, start + len(word))
    assert pane.view.selection() == (utf16(text, start), utf16(text, start + len(word)))
    key(qtbot, pane, label)
    (s, e, _), = spans(pane)
    assert (s, e) == (start, start + len(word)) and text[s:e] == word
    assert_valid(pane)


def test_thai_and_chinese_drags_keep_the_characters_dragged(qtbot, open_pane, demo) -> None:
    """No spaces between words: a drag keeps the clusters it covers instead of snapping
    to a whole run (which would be the sentence)."""
    for task_id, word in (("text-spans-016", "เชียงใหม่"), ("text-spans-017", "深圳"),
                          ("text-spans-018", "さくら銀行")):
        text = demo[task_id].text
        pane = open_pane(demo[task_id], empty=True)
        start = text.index(word)
        drag_select(qtbot, pane, text, start, start + len(word))
        key(qtbot, pane, "l")
        assert [text[s:e] for s, e, _ in spans(pane)] == [word], task_id


def test_double_click_and_ctrl_shift_right_in_chinese(qtbot, open_pane, demo) -> None:
    text = demo["text-spans-017"].text
    pane = open_pane(demo["text-spans-017"], empty=True)
    at = text.index("星")
    word = pane.spans.word_at(utf16(text, at))
    assert word == (at, at + 1)  # one character: no dictionary to find 星河
    pane.view.select(at, at + 1)
    for _ in range(3):
        key(qtbot, pane, Key.Key_Right, CTRL_SHIFT)
    key(qtbot, pane, "o")
    assert [text[s:e] for s, e, _ in spans(pane)] == ["星河数据"]


def test_a_selection_inside_an_emoji_sequence_takes_it_whole(qtbot, open_pane) -> None:
    family = "👩\u200d👩\u200d👧"  # 5 code points, 8 UTF-16 units
    text = f"Hi {family} and 🏳️\u200d🌈 Ada"
    pane = open_pane(spans_task(text))
    start16 = utf16(text, 3)
    pane.view.select(start16 + 1, start16 + 3)  # inside a surrogate pair, then the ZWJ
    key(qtbot, pane, "p")
    assert spans(pane) == [(3, 8, "PER")] and text[3:8] == family
    # Shift+→ moves over one whole character, whatever its length in code points
    pane.view.place_caret(utf16(text, text.index("🏳")))
    key(qtbot, pane, Key.Key_Right, SHIFT)
    key(qtbot, pane, "l")
    rainbow = text.index("🏳")
    assert (rainbow, rainbow + 4, "LOC") in spans(pane)


def test_hindi_keyboard_selection_moves_by_cluster(qtbot, open_pane, demo) -> None:
    text = demo["text-spans-015"].text
    pane = open_pane(demo["text-spans-015"], empty=True)
    assert text.startswith("प्रिया")  # प ् र ि य ा: six code points, three clusters
    for _ in range(3):
        key(qtbot, pane, Key.Key_Right, SHIFT)
    key(qtbot, pane, "p")
    assert spans(pane) == [(0, 6, "PER")]


def test_mixed_direction_paragraph_is_right_to_left(open_pane, demo) -> None:
    pane = open_pane(demo["text-spans-013"], empty=True)
    block = pane.view.document().firstBlock()
    assert block.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft
    text = demo["text-spans-013"].text
    # visual order (carets inside each run, away from the ambiguous direction changes):
    # "Nile" runs left to right inside the right-to-left line, "القاهرة" right to left
    n, c = text.index("Nile"), text.index("القاهرة")
    assert caret_x(pane, utf16(text, n + 3))[0] > caret_x(pane, utf16(text, n + 1))[0]
    assert caret_x(pane, utf16(text, c + 5))[0] < caret_x(pane, utf16(text, c + 1))[0]
    assert caret_x(pane, utf16(text, c + 1))[0] < caret_x(pane, utf16(text, n + 1))[0]
