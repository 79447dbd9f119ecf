"""The comparison pane driven as a user would: A, B and T keys, the reason field
(typing never chooses, one undo step), rating scales by keyboard and mouse, Enter,
read-only tasks, long outputs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.cache import AssetStore
from datafi_desktop.core.flow import starting_point, submittable
from datafi_desktop.core.models import Task, parse_annotation, parse_task
from datafi_desktop.core.taskfile import read_task_file
from datafi_desktop.ui.panes.base import PaneTask
from datafi_desktop.ui.panes.comparison_pane import ComparisonPane

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "tasks.jsonl"
Key = Qt.Key


@pytest.fixture(scope="module")
def demo() -> dict[str, Task]:
    return {record.task.id: record.task for record in read_task_file(DEMO)}


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def open_pane(qtbot, app, stack: QUndoStack, tmp_path: Path) -> Callable[..., ComparisonPane]:
    pane = ComparisonPane(stack)
    qtbot.addWidget(pane)
    pane.resize(1000, 640)
    pane.show()
    qtbot.waitExposed(pane)
    assets = AssetStore(tmp_path / "assets")

    def open_(task: Task, *, read_only: bool = False, empty: bool = True) -> ComparisonPane:
        if empty:
            task = task.model_copy(update={"predictions": ()})
        start = starting_point(task, None)
        stack.clear()
        pane.open(PaneTask(task, start.body, start.source, start.model, assets, read_only))
        pane.activateWindow()
        pane.focus_default()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is pane)
        return pane

    return open_


def press(qtbot, k: Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, k, modifier)


def comparison_task(ratings: list[dict]) -> Task:
    return parse_task({"id": "cmp", "kind": "comparison",
                       "data": {"prompt": "Say hi", "a": "Hi!", "b": "Hello there."},
                       "config": {"ratings": ratings}})


def test_one_key_chooses_each_side_and_highlights_it(qtbot, open_pane, demo, stack) -> None:
    pane = open_pane(demo["compare-001"])
    assert pane.body()["choice"] is None
    assert (pane.card_a.state(), pane.card_b.state()) == ("none", "none")
    press(qtbot, "a")
    assert pane.body()["choice"] == "A"
    assert (pane.card_a.state(), pane.card_b.state()) == ("chosen", "other")
    assert pane.choice_bar.chips["A"].isChecked()
    press(qtbot, "t")
    assert pane.body()["choice"] == "tie" and pane.card_b.state() == "tie"
    press(qtbot, "b")
    assert pane.body()["choice"] == "B" and pane.card_b.tag.text() == "Preferred"
    assert stack.count() == 3
    stack.undo()
    assert pane.body()["choice"] == "tie" and pane.choice_bar.chips["tie"].isChecked()
    stack.redo()
    assert pane.card_a.state() == "other"


def test_keys_work_from_the_output_views(qtbot, open_pane, demo) -> None:
    pane = open_pane(demo["compare-002"])
    pane.card_b.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.card_b.view)
    press(qtbot, "b")
    assert pane.body()["choice"] == "B"


def test_typing_a_reason_never_chooses_and_is_one_undo_step(qtbot, open_pane, demo,
                                                            stack) -> None:
    pane = open_pane(demo["compare-003"])
    press(qtbot, "a")
    press(qtbot, "r")
    assert QApplication.focusWidget() is pane.reason
    qtbot.keyClicks(pane.reason, "A tie? B is wrong: Sydney is not the capital")
    body = pane.body()
    assert body["reason"] == "A tie? B is wrong: Sydney is not the capital"
    assert body["choice"] == "A"  # the letters went into the field
    assert stack.count() == 2  # choose A, then all the typing as one step
    assert stack.undoText() == "Write the reason"
    press(qtbot, Key.Key_Escape)
    assert QApplication.focusWidget() is pane
    press(qtbot, "b")
    assert pane.body()["choice"] == "B"
    stack.undo()
    stack.undo()
    assert pane.body()["reason"] == "" and pane.reason.toPlainText() == ""
    stack.redo()
    assert pane.reason.toPlainText() == "A tie? B is wrong: Sydney is not the capital"
    # typing after another edit starts a new step
    press(qtbot, "t")
    press(qtbot, "r")
    qtbot.keyClicks(pane.reason, ".")
    assert stack.count() == 4 and pane.body()["reason"].endswith("capital.")
    stack.undo()
    assert pane.body()["reason"].endswith("capital") and pane.body()["choice"] == "tie"


def test_undo_keys_in_the_reason_reach_the_editors_stack(qtbot, open_pane, demo,
                                                         stack) -> None:
    pane = open_pane(demo["compare-004"])
    undo = stack.createUndoAction(pane, "Undo")  # what the editor's menu holds
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    pane.addAction(undo)
    press(qtbot, "r")
    qtbot.keyClicks(pane.reason, "Asks first")
    press(qtbot, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.body()["reason"] == "" and pane.reason.toPlainText() == ""


def test_ratings_by_keyboard_and_mouse(qtbot, open_pane, demo, stack) -> None:
    task = demo["compare-005"]
    pane = open_pane(task)
    keys = {a.text(): a.shortcut().toString() for a in pane.actions()}
    assert keys["Rate helpfulness (then press 1–5)"] == "H"
    assert keys["Rate correctness (then press 1–5)"] == "C"
    press(qtbot, "h")
    assert QApplication.focusWidget() is pane.scales["helpfulness"]
    press(qtbot, "4")
    assert pane.body()["ratings"] == {"helpfulness": 4}
    assert pane.scales["helpfulness"].buttons[4].isChecked()
    press(qtbot, Key.Key_Right)
    press(qtbot, Key.Key_Right)  # stays at the top of the scale
    assert pane.body()["ratings"]["helpfulness"] == 5
    with qtbot.waitSignal(pane.message) as said:
        press(qtbot, "7")
    assert said.args == ["helpfulness goes from 1 to 5"]
    press(qtbot, "c")
    press(qtbot, "2")
    assert pane.body()["ratings"] == {"helpfulness": 5, "correctness": 2}
    press(qtbot, Key.Key_Delete)
    assert pane.body()["ratings"] == {"helpfulness": 5}
    qtbot.mouseClick(pane.scales["correctness"].buttons[3], Qt.MouseButton.LeftButton)
    assert pane.body()["ratings"]["correctness"] == 3
    qtbot.mouseClick(pane.scales["correctness"].buttons[3], Qt.MouseButton.LeftButton)
    assert "correctness" not in pane.body()["ratings"]  # a second click clears
    press(qtbot, "a")  # a choice key still works from a focused scale
    parse_annotation(submittable(pane.body()), task)
    stack.undo()  # the choice
    stack.undo()  # the second click
    assert pane.body()["ratings"]["correctness"] == 3
    assert pane.scales["correctness"].buttons[3].isChecked()


def test_long_and_wide_scales(qtbot, open_pane) -> None:
    task = comparison_task([{"name": "fluency", "min": 0, "max": 10},
                            {"name": "score", "min": 0, "max": 100},
                            {"name": "tone", "min": -2, "max": 2}])
    pane = open_pane(task)
    keys = {a.objectName(): a.shortcut().toString() for a in pane.actions()}
    assert keys["rate:tone"] == "O"  # t is the tie key
    assert pane.scales["score"].spin is not None and not pane.scales["score"].buttons
    press(qtbot, "f")
    press(qtbot, "1")
    press(qtbot, "0")
    assert pane.body()["ratings"]["fluency"] == 10
    press(qtbot, "o")
    press(qtbot, Key.Key_Home)
    assert pane.body()["ratings"]["tone"] == -2
    pane.scales["score"].spin.setValue(73)
    assert pane.body()["ratings"]["score"] == 73
    press(qtbot, "t")
    parse_annotation(submittable(pane.body()), task)


def test_enter_submits_only_with_a_choice(qtbot, open_pane, demo) -> None:
    pane = open_pane(demo["compare-006"])
    with qtbot.waitSignal(pane.message) as said:
        press(qtbot, Key.Key_Return)
    assert said.args == ["Choose A, B or tie"]
    press(qtbot, "a")
    with qtbot.waitSignal(pane.submit_requested):
        press(qtbot, Key.Key_Return)
    press(qtbot, "r")
    qtbot.keyClick(pane.reason, Key.Key_Return)  # a new line in the reason, no submit
    assert pane.reason.toPlainText() == "\n"


def test_prediction_is_the_starting_point(open_pane, demo) -> None:
    pane = open_pane(demo["compare-001"], empty=False)
    assert pane.current is not None and pane.current.source == "prediction"
    assert pane.body()["choice"] == pane.current.task.predictions[0].annotation["choice"]
    assert pane.card_a.state() != "none"


def test_read_only_shows_but_never_edits(qtbot, open_pane, demo, stack) -> None:
    pane = open_pane(demo["compare-007"], read_only=True, empty=False)
    before = pane.body()
    with qtbot.waitSignal(pane.message) as said:
        press(qtbot, "b" if before["choice"] != "B" else "a")
    assert said.args == ["This task is read-only"]
    press(qtbot, "h")
    press(qtbot, "1")
    qtbot.mouseClick(pane.choice_bar.chips["tie"], Qt.MouseButton.LeftButton)
    assert pane.reason.isReadOnly() and pane.reason.placeholderText() == "No reason given"
    assert pane.hint.text() == "Read-only: this task was submitted"
    assert pane.body() == before and stack.count() == 0
    assert not pane.choice_bar.chips["tie"].isChecked() or before["choice"] == "tie"


def test_long_outputs_scroll_inside_their_cards(qtbot, open_pane) -> None:
    long = "\n".join(f"Step {i}: stir the sauce and taste it again." for i in range(3000))
    task = parse_task({"id": "long", "kind": "comparison",
                       "data": {"prompt": "Explain", "a": long, "b": "Short."}})
    pane = open_pane(task)
    assert pane.size().height() == 640
    bar = pane.card_a.view.verticalScrollBar()
    assert bar.maximum() > 0
    pane.card_a.view.setFocus()
    press(qtbot, Key.Key_PageDown)
    assert bar.value() > 0
    assert not pane.ratings_box.isVisible()  # no scales in this task


def test_actions_have_texts_and_single_keys(open_pane, demo) -> None:
    pane = open_pane(demo["compare-001"])
    shortcuts = {a.text(): a.shortcut().toString() for a in pane.actions()}
    assert shortcuts["Choose A: A is better"] == "A"
    assert shortcuts["Choose B: B is better"] == "B"
    assert shortcuts["Choose a tie"] == "T"
    assert shortcuts["Write the reason"] == "R"
    assert shortcuts["Leave the text field"] == "Esc"
    assert all(isinstance(a, QAction) and a.shortcut().toString() for a in pane.actions())
