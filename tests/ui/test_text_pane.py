"""The text pane driven as a user would: label keys, chips, keyboard and mouse
selections, clicks on spans, Tab, Delete, Escape, undo and redo; code-point offsets
in texts with emoji, combining marks and right-to-left scripts; a 100,000-character
text with 500 spans."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QTextCursor, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from datafi_desktop.core.cache import AssetStore
from datafi_desktop.core.flow import starting_point, submittable
from datafi_desktop.core.models import Task, parse_annotation, parse_task
from datafi_desktop.core.taskfile import read_task_file
from datafi_desktop.ui.panes.base import PaneTask
from datafi_desktop.ui.panes.text_pane import TextPane

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "tasks.jsonl"
Key = Qt.Key
NER = {"labels": [{"name": "PER", "hotkey": "p", "color": "#E69F00"},
                  {"name": "ORG", "hotkey": "o", "color": "#56B4E9"},
                  {"name": "LOC", "hotkey": "l", "color": "#009E73"}]}


@pytest.fixture(scope="module")
def demo() -> dict[str, Task]:
    return {record.task.id: record.task for record in read_task_file(DEMO)}


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def open_pane(qtbot, app, stack: QUndoStack, tmp_path: Path
              ) -> Callable[..., TextPane]:
    pane = TextPane(stack)
    qtbot.addWidget(pane)
    pane.resize(1000, 640)
    pane.show()
    qtbot.waitExposed(pane)
    assets = AssetStore(tmp_path / "assets")

    def open_(task: Task, body: dict | None = None, *, read_only: bool = False,
              empty: bool = False) -> TextPane:
        start = starting_point(task, None)
        if empty:
            start = starting_point(task.model_copy(update={"predictions": ()}), None)
        pane_task = PaneTask(task, body if body is not None else start.body,
                             "draft" if body is not None else start.source,
                             start.model, assets, read_only)
        stack.clear()
        pane.open(pane_task)
        pane.activateWindow()
        pane.focus_default()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.view)
        return pane

    return open_


def spans_task(text: str, task_id: str = "t") -> Task:
    return parse_task({"id": task_id, "kind": "text_spans", "data": {"text": text},
                       "config": NER})


def key(qtbot, pane: TextPane, k: Key | str,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or pane.view
    qtbot.keyClick(target, k, modifier)


def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def point_at(pane: TextPane, position: int, *, nudge: int = 2) -> QPoint:
    """The viewport point of caret position ``position`` (UTF-16), moved ``nudge``
    pixels into the character after it (to its left in right-to-left text)."""
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(position)
    rect = pane.view.cursorRect(cursor)
    direction = cursor.block().layout().textOption().textDirection()
    step = -nudge if direction == Qt.LayoutDirection.RightToLeft else nudge
    return QPoint(rect.center().x() + step, rect.center().y())


def drag(qtbot, widget: QWidget, start: QPoint, end: QPoint) -> None:
    """A left-button drag: press, a few moves with the button held, release."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 5):
        p = start + (end - start) * (i / 4)
        move = QMouseEvent(QEvent.Type.MouseMove, QPointF(p), QPointF(widget.mapToGlobal(p)),
                           Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, move)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def drag_select(qtbot, pane: TextPane, text: str, start: int, end: int) -> None:
    """Drag across code points [start, end) of ``text`` (right to left in RTL text)."""
    a, b = utf16(text, start), utf16(text, end)
    drag(qtbot, pane.view.viewport(), point_at(pane, a, nudge=0), point_at(pane, b, nudge=0))


def spans(pane: TextPane) -> list[tuple[int, int, str]]:
    return [(s["start"], s["end"], s["label"]) for s in pane.body()["spans"]]


def assert_valid(pane: TextPane) -> None:
    assert pane.current is not None
    parse_annotation(submittable(pane.body()), pane.current.task)


# --- classification -----------------------------------------------------------------------


def test_single_label_keys_choose_and_enter_submits(qtbot, open_pane, demo, stack) -> None:
    pane = open_pane(demo["text-cls-001"], empty=True)
    chips = pane.label_bar.chips
    assert [(c.spec.key, name) for name, c in chips.items()][:2] == [("1", "negative"),
                                                                      ("2", "mixed")]
    with qtbot.waitSignal(pane.message) as blocked:
        key(qtbot, pane, Key.Key_Return)
    assert blocked.args == ["Choose a label"]
    key(qtbot, pane, Key.Key_4)
    assert pane.body()["labels"] == ["positive"]
    assert chips["positive"].isChecked() and not chips["negative"].isChecked()
    key(qtbot, pane, Key.Key_1)
    assert pane.body()["labels"] == ["negative"]
    assert stack.count() == 2 and stack.undoText() == "Choose negative"
    stack.undo()
    assert pane.body()["labels"] == ["positive"] and chips["positive"].isChecked()
    stack.redo()
    assert chips["negative"].isChecked()
    assert_valid(pane)
    with qtbot.waitSignal(pane.submit_requested):
        key(qtbot, pane, Key.Key_Return)


def test_multi_label_keys_and_chips_toggle(qtbot, open_pane, demo, stack) -> None:
    task = demo["text-cls-013"]  # multi, no explicit hotkeys: 1-5 in label order
    assert task.config.multi
    pane = open_pane(task)
    names = list(task.config.label_names)
    key(qtbot, pane, Key.Key_3)
    key(qtbot, pane, Key.Key_1)
    assert pane.body()["labels"] == sorted([names[2], names[0]])
    key(qtbot, pane, Key.Key_3)
    assert pane.body()["labels"] == [names[0]]
    qtbot.mouseClick(pane.label_bar.chips[names[4]], Qt.MouseButton.LeftButton)
    assert pane.body()["labels"] == sorted([names[0], names[4]])
    assert pane.label_bar.checked() == [names[0], names[4]]
    key(qtbot, pane, Key.Key_Delete)
    assert pane.body()["labels"] == []
    stack.undo()
    assert pane.body()["labels"] == sorted([names[0], names[4]])
    assert_valid(pane)


def test_actions_list_every_key_with_its_text(open_pane, demo) -> None:
    pane = open_pane(demo["text-spans-002"])
    listed = {a.text(): a.shortcut().toString() for a in pane.actions()}
    assert listed["Label the selection (or the selected span): PER"] == "P"
    assert listed["Next span"] == "Tab" and listed["Delete the selected span"] == "Del"
    assert listed["Extend the selection by a word"] == "Ctrl+Shift+Right"
    assert all(a.shortcut().toString() for a in pane.actions())
    cls = open_pane(demo["text-cls-001"])
    texts = [a.text() for a in cls.actions()]
    assert "Choose: positive" in texts and "Next span" not in texts


def test_rtl_classification_text_is_shown_unchanged(open_pane) -> None:
    text = "השירות היה מצוין 👍 והמשלוח הגיע מהר\nDelivery was fast"
    task = parse_task({"id": "he", "kind": "text_classification", "data": {"text": text},
                       "config": {"labels": ["good", "bad"]}})
    pane = open_pane(task)
    assert pane.view.toPlainText() == text and pane.view.isReadOnly()
    english = pane.view.document().lastBlock().layout().textOption().textDirection()
    assert english == Qt.LayoutDirection.LeftToRight
    block = pane.view.document().firstBlock()
    assert block.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft


# --- spans: adding ---------------------------------------------------------------------------


def test_keyboard_word_selection_with_combining_marks(qtbot, open_pane, demo, stack) -> None:
    task = demo["text-spans-002"]
    text = task.text
    assert text.startswith("Zoe\u0308 ")  # e + combining diaeresis: two code points
    pane = open_pane(task, empty=True)
    key(qtbot, pane, Key.Key_Right, Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, pane, Key.Key_Right, Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, pane, "p")
    assert spans(pane) == [(0, 12, "PER")]  # the trailing space is trimmed
    assert text[0:12] == "Zoe\u0308 Lefèvre"
    # Shift+arrows move by whole characters: "Montre\u0301al" is 8 presses, 9 code points
    start = text.index("Montre\u0301al")
    assert start == 92
    pane.view.place_caret(utf16(text, start))
    for _ in range(8):
        key(qtbot, pane, Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, pane, "l")
    assert (92, 101, "LOC") in spans(pane)
    assert stack.count() == 2
    assert_valid(pane)


def test_mouse_drag_over_text_with_emoji(qtbot, open_pane, demo) -> None:
    task = demo["text-spans-003"]
    text = task.text
    pane = open_pane(task, empty=True)
    assert pane.body()["spans"] == []
    for word, label in (("Kofi Mensah", "p"), ("Kumasi", "l"), ("2 to 6 September", "o")):
        start = text.index(word)
        drag_select(qtbot, pane, text, start, start + len(word))
        key(qtbot, pane, label)
    found = {text[s:e]: (s, e, lab) for s, e, lab in spans(pane)}
    assert found["Kofi Mensah"] == (12, 23, "PER")  # 🎉 is one code point, two UTF-16 units
    assert found["2 to 6 September"] == (87, 103, "ORG")  # after 🧑‍💻 (3 code points)
    assert found["Kumasi"] == (107, 113, "LOC")
    assert_valid(pane)


@pytest.mark.parametrize(("task_id", "word", "expected"), [
    ("text-spans-004", "عمّان", (32, 37)),  # Arabic with a shadda (combining)
    ("text-spans-005", "תל אביב", (26, 33)),  # Hebrew, two words
])
def test_rtl_drag_gives_code_point_offsets(qtbot, open_pane, demo, task_id, word,
                                           expected) -> None:
    task = demo[task_id]
    text = task.text
    start = text.index(word)
    assert (start, start + len(word)) == expected
    pane = open_pane(task, empty=True)
    drag_select(qtbot, pane, text, start, start + len(word))
    assert pane.view.selection() == (utf16(text, start), utf16(text, start + len(word)))
    key(qtbot, pane, "l")
    assert spans(pane) == [(*expected, "LOC")]
    assert_valid(pane)


def test_crlf_text_keeps_offsets(qtbot, open_pane) -> None:
    text = "Line one\r\nParis 🇫🇷 is lovely\r\nBerlin too"
    pane = open_pane(spans_task(text))
    start = text.index("Berlin")
    drag_select(qtbot, pane, text, start, start + 6)
    key(qtbot, pane, "l")
    assert spans(pane) == [(start, start + 6, "LOC")]


def test_label_without_selection_says_what_to_do(qtbot, open_pane) -> None:
    pane = open_pane(spans_task("Nothing selected here"))
    with qtbot.waitSignal(pane.message) as said:
        key(qtbot, pane, "p")
    assert "Select some text" in said.args[0]
    assert pane.body()["spans"] == []


# --- spans: selecting, relabeling, deleting -------------------------------------------------


def test_click_relabel_delete_undo(qtbot, open_pane, demo, stack) -> None:
    task = demo["text-spans-012"]
    text = task.text
    pane = open_pane(task)  # the prediction is the starting point
    assert len(spans(pane)) == 6
    assert all(d.predicted for d in pane.view.spans)
    geneva = text.index("Geneva")
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=point_at(pane, utf16(text, geneva + 2)))
    assert pane.spans.selected == (110, 116, "LOC")
    assert pane.span_list.currentIndex().row() == 4
    key(qtbot, pane, "o")
    assert (110, 116, "ORG") in spans(pane) and (110, 116, "LOC") not in spans(pane)
    assert not pane.view.spans[4].predicted  # changed by the annotator: no longer predicted
    assert pane.label_bar.checked() == ["ORG"]
    key(qtbot, pane, Key.Key_Delete)
    assert len(spans(pane)) == 5 and pane.spans.selected is None
    stack.undo()
    stack.undo()
    assert (110, 116, "LOC") in spans(pane) and len(spans(pane)) == 6
    stack.redo()
    assert (110, 116, "ORG") in spans(pane)


def test_tab_cycles_and_escape_clears(qtbot, open_pane, demo) -> None:
    pane = open_pane(demo["text-spans-012"])
    starts = [s for s, _, _ in spans(pane)]
    key(qtbot, pane, Key.Key_Tab)
    assert pane.spans.selected is not None and pane.spans.selected[0] == starts[0]
    key(qtbot, pane, Key.Key_Tab)
    key(qtbot, pane, Key.Key_Tab)
    assert pane.spans.selected[0] == starts[2]
    key(qtbot, pane, Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert pane.spans.selected[0] == starts[1]
    assert QApplication.focusWidget() is pane.view  # Tab never left the text
    key(qtbot, pane, Key.Key_P)  # relabels the selected span
    assert (starts[1], 42, "PER") in spans(pane)
    key(qtbot, pane, Key.Key_Escape)
    assert pane.spans.selected is None and pane.span_list.currentIndex().row() == -1
    with qtbot.waitSignal(pane.message) as said:
        key(qtbot, pane, Key.Key_Delete)
    assert "Select a span first" in said.args[0]


def test_overlapping_spans_render_and_select(qtbot, open_pane, demo) -> None:
    task = demo["text-spans-012"]
    text = task.text
    body = {"kind": "text_spans", "spans": [{"start": 23, "end": 42, "label": "ORG"},
                                            {"start": 37, "end": 42, "label": "LOC"}]}
    pane = open_pane(task, body)
    by_label = {d.label: d for d in pane.view.spans}
    assert by_label["ORG"].track == 0 and by_label["LOC"].track == 1
    rows = pane.span_list.span_model.rows
    assert rows[0].note == "contains LOC" and rows[1].note == "inside ORG"
    # both underlines are drawn below "Lagos": scan a pixel column under it
    lagos = utf16(text, text.index("Lagos") + 2)
    column = point_at(pane, lagos)
    rect = pane.view.cursorRect(pane.view.textCursor())
    image = pane.view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    found = set()
    for y in range(column.y(), column.y() + 3 * rect.height()):
        pixel = image.pixelColor(int(column.x() * ratio), int(y * ratio))
        for name, color in (("ORG", QColor("#56B4E9")), ("LOC", QColor("#009E73"))):
            if max(abs(pixel.red() - color.red()), abs(pixel.green() - color.green()),
                   abs(pixel.blue() - color.blue())) < 20:
                found.add(name)
    assert found == {"ORG", "LOC"}
    # clicking the overlap selects the innermost span, clicking again the outer one
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=column)
    assert pane.spans.selected == (37, 42, "LOC")
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=column)
    assert pane.spans.selected == (23, 42, "ORG")
    assert "LOC" in pane.spans.describe(lagos) and "ORG" in pane.spans.describe(lagos)


def test_span_list_selects_and_deletes(qtbot, open_pane, demo) -> None:
    pane = open_pane(demo["text-spans-006"])
    assert pane.list_title.text() == "Spans (4)"
    key(qtbot, pane, Key.Key_F6)
    assert QApplication.focusWidget() is pane.span_list
    assert pane.spans.selected == (0, 25, "ORG")  # the list's first row
    qtbot.keyClick(pane.span_list, Key.Key_Down)
    assert pane.spans.selected == (58, 66, "MISC")
    qtbot.keyClick(pane.span_list, Key.Key_Delete)
    assert [s[2] for s in spans(pane)] == ["ORG", "LOC", "DATE"]
    assert pane.list_title.text() == "Spans (3)"
    key(qtbot, pane, Key.Key_F6)
    assert QApplication.focusWidget() is pane.view


def test_enter_submits_spans(qtbot, open_pane, demo) -> None:
    pane = open_pane(demo["text-spans-008"])
    assert_valid(pane)
    with qtbot.waitSignal(pane.submit_requested):
        key(qtbot, pane, Key.Key_Enter)


def test_read_only_shows_but_never_edits(qtbot, open_pane, demo, stack) -> None:
    pane = open_pane(demo["text-spans-012"], read_only=True)
    before = pane.body()
    assert pane.hint.text().startswith("Read-only") and "label key" not in pane.hint.text()
    key(qtbot, pane, Key.Key_Tab)
    with qtbot.waitSignal(pane.message) as said:
        key(qtbot, pane, "o")
    assert said.args == ["This task is read-only"]
    key(qtbot, pane, Key.Key_Delete)
    assert pane.body() == before and stack.count() == 0
    cls = open_pane(demo["text-cls-001"], read_only=True, empty=True)
    qtbot.mouseClick(cls.label_bar.chips["positive"], Qt.MouseButton.LeftButton)
    assert cls.body()["labels"] == [] and not cls.label_bar.chips["positive"].isChecked()


# --- long texts -------------------------------------------------------------------------------


def test_long_text_with_500_spans_opens_and_takes_a_span(qtbot, open_pane, stack) -> None:
    words = ("Ada 👩‍💻 Lovelace met Charles Babbage in London, and they wrote notes "
             "about the Analytical Engine. ")
    text = (words * (100_000 // len(words) + 1))[:100_000]
    many = [{"start": i * 199 + 5, "end": i * 199 + 17, "label": "PER"} for i in range(500)]
    task = spans_task(text, "long")
    pane = open_pane(task, {"kind": "text_spans", "spans": many})
    assert len(pane.view.spans) == 500
    assert pane.view.document().characterCount() - 1 == utf16(text, len(text))
    # only the spans near the visible text are handed to Qt as backgrounds
    near_top = pane.view.extraSelections()
    assert 0 < len(near_top) < 100
    assert min(sel.cursor.selectionStart() for sel in near_top) < 1000
    key(qtbot, pane, Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, pane, Key.Key_Left, Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, pane, Key.Key_Left, Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.ShiftModifier)
    near_end = pane.view.extraSelections()  # scrolling to the end moved the window
    assert max(sel.cursor.selectionEnd() for sel in near_end) > utf16(text, 95_000)
    key(qtbot, pane, "o")
    added = [s for s in spans(pane) if s[2] == "ORG"]
    assert len(added) == 1 and added[0][1] == len(text.rstrip())
    assert text[added[0][0]:added[0][1]].strip() == text[added[0][0]:added[0][1]]
    pane.view.viewport().grab()  # paints the end of the text with its spans
    stack.undo()
    assert len(spans(pane)) == 500


def test_label_keys_in_the_menus_stay_inside_the_pane(qtbot, app, tmp_path, demo) -> None:
    """The editor lists the pane's actions in its menus; their keys act only while the
    focus is in the pane, never in a field or a list elsewhere in the window."""
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QPushButton, QVBoxLayout

    window = QMainWindow()
    qtbot.addWidget(window)
    central = QWidget()
    search = QLineEdit()
    other = QPushButton("elsewhere")
    pane = TextPane(QUndoStack())
    lay = QVBoxLayout(central)
    lay.addWidget(search)
    lay.addWidget(other)
    lay.addWidget(pane, 1)
    window.setCentralWidget(central)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    task = demo["text-cls-001"].model_copy(update={"predictions": ()})
    start = starting_point(task, None)
    pane.open(PaneTask(task, start.body, start.source, None, AssetStore(tmp_path / "a")))
    menu = window.menuBar().addMenu("Label")
    for action in pane.actions():
        menu.addAction(action)
    window.activateWindow()
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    qtbot.keyClicks(search, "41")
    assert search.text() == "41" and pane.body()["labels"] == []
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    qtbot.keyClick(other, Key.Key_4)
    assert pane.body()["labels"] == []
    pane.focus_default()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.view)
    qtbot.keyClick(pane.view, Key.Key_4)
    assert pane.body()["labels"] == ["positive"]
