"""Issue 12 item 4: an explicit "accept this predicted item" step. A model's span, box,
class, choice or rating stays marked predicted until the annotator edits it or accepts
it — Enter on the selected item, Ctrl+Shift+Enter for all — and the signed submission
records which unchanged items were accepted (``from_prediction.accepted``). The
acceptance is an edit: it survives navigation and restarts, and Ctrl+Z takes it back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.panes.comparison_pane import ComparisonPane
from datafi_desktop.ui.panes.image_pane import ImagePane
from datafi_desktop.ui.panes.text_pane import TextPane

from .conftest import PASSWORD
from .editor_support import ALT, CTRL, SHIFT, click_row, editor_of, key, verified_outbox_row
from .test_prediction_marking import predicted_spans
from .test_text_pane import point_at, utf16

MODEL_SPANS = {(12, 23, "PER"), (32, 46, "ORG"), (87, 103, "DATE"), (107, 113, "LOC")}


def active(qtbot, window: MainWindow) -> None:
    window.activateWindow()  # as the user's window is (shortcuts need an active window)
    qtbot.waitUntil(window.isActiveWindow)


def test_enter_accepts_the_selected_span_and_the_submission_says_so(
        qtbot, window: MainWindow, demo_cache: Cache, wallet: Wallet, account) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    active(qtbot, window)
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-spans-003")  # demo task 18: four predicted spans
    pane = editor.pane
    assert isinstance(pane, TextPane)
    assert predicted_spans(pane) == MODEL_SPANS
    text = pane.current.task.text
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=point_at(pane, utf16(text, text.index("Kofi") + 2)))
    assert pane.spans.selected == (12, 23, "PER")
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)  # accept it (not submit)
    assert demo_cache.submissions.all(task_uid=uid) == []
    assert predicted_spans(pane) == MODEL_SPANS - {(12, 23, "PER")}
    assert "Accepted" in window.statusBar().currentMessage()
    assert not editor.banner.isVisible(), "the prediction is being checked"
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # the acceptance is one undo step
    assert predicted_spans(pane) == MODEL_SPANS
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert predicted_spans(pane) == MODEL_SPANS - {(12, 23, "PER")}
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_Left, ALT)  # away and back: the draft keeps it
    qtbot.waitUntil(lambda: editor.uid != uid)
    key(qtbot, window, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: editor.uid == uid)
    assert predicted_spans(editor.pane) == MODEL_SPANS - {(12, 23, "PER")}
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    signed = verified_outbox_row(demo_cache, uid, address).annotation
    record = signed["from_prediction"]
    assert len(record["items"]) == 4, "all four are still the model's, unchanged"
    (path,) = record["accepted"]  # one of them was checked and accepted
    span = signed["spans"][int(path[6:-1])]
    assert (span["start"], span["end"], span["label"]) == (12, 23, "PER")
    assert "accepted_predictions" not in signed, "the editor's list is not signed as such"


def test_boxes_one_by_enter_then_all_with_ctrl_shift_enter(qtbot, window: MainWindow) -> None:
    active(qtbot, window)
    editor = editor_of(window)
    click_row(qtbot, window, "img-boxes-001")  # eleven predicted boxes
    pane = editor.pane
    assert isinstance(pane, ImagePane)
    assert pane.canvas.predicted == set(range(11))
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_Tab)  # the first box
    key(qtbot, window, Qt.Key.Key_Return)
    assert pane.canvas.predicted == set(range(1, 11))
    assert pane.canvas.layer._entries[0].item.pen().style() == Qt.PenStyle.SolidLine
    assert not pane.shape_list.item(0).text().endswith("· predicted")
    assert pane.shape_list.item(1).text().endswith("· predicted")
    key(qtbot, window, Qt.Key.Key_Return, CTRL | SHIFT)  # accept all
    assert pane.canvas.predicted == set()
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert pane.canvas.predicted == set(range(1, 11))


def test_accept_all_takes_the_models_classes_and_ratings_without_a_question(
        qtbot, window: MainWindow, demo_cache: Cache, wallet: Wallet, account) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    active(qtbot, window)
    editor = editor_of(window)
    click_row(qtbot, window, "text-cls-012")  # price, quality predicted
    editor.focus_pane()
    bar = editor.pane.label_bar
    assert sorted(bar.predicted()) == ["price", "quality"]
    key(qtbot, window, Qt.Key.Key_Return, CTRL | SHIFT)
    assert bar.predicted() == []
    uid = click_row(qtbot, window, "compare-001")  # A, helpfulness 5, correctness 5
    pane = editor.pane
    assert isinstance(pane, ComparisonPane)
    assert all(w.predicted for w in pane.scales.values())
    assert pane.submit_question(pane.body()) is not None  # the model's ratings: asked
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_Return, CTRL | SHIFT)
    assert not any(w.predicted for w in pane.scales.values())
    assert pane.submit_question(pane.body()) is None  # checked and accepted: no question
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    record = verified_outbox_row(demo_cache, uid, address).annotation["from_prediction"]
    assert sorted(record["accepted"]) == sorted(record["items"]) == [
        "choice", "ratings.correctness", "ratings.helpfulness"]
