"""Issue 12 item 5: the ratings rate the answer preferred. Changing the preference
clears those of the other answer; a model's ratings nobody set are signed only
after a confirmation, and recorded as the model's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.panes.comparison_pane import ComparisonPane

from .conftest import PASSWORD
from .editor_support import CTRL, click_row, editor_of, key, verified_outbox_row


def confirm_box(qtbot, window: MainWindow) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        box = window.findChild(QMessageBox, "confirmSubmitDialog")
        if box is not None and box.isVisible():
            found[:] = [box]
            return True
        return False

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def test_changing_the_preference_clears_the_other_answers_ratings(
        qtbot, window: MainWindow, demo_cache: Cache) -> None:
    editor = editor_of(window)
    click_row(qtbot, window, "compare-001")  # predicted: A, helpfulness 5, correctness 5
    pane = editor.pane
    assert isinstance(pane, ComparisonPane)
    assert editor.body()["ratings"] == {"helpfulness": 5, "correctness": 5}
    assert all(w.predicted for w in pane.scales.values())
    editor.focus_pane()
    key(qtbot, window, "b")
    assert editor.body()["choice"] == "B"
    assert not any(editor.body()["ratings"].values()), "B kept the ratings given to A"
    assert all(w.value is None and not w.predicted for w in pane.scales.values())
    assert "Ratings cleared" in window.statusBar().currentMessage()
    uid = editor.uid
    qtbot.waitUntil(lambda: (draft := demo_cache.tasks.load_draft(uid)) is not None
                    and draft.body["choice"] == "B" and not draft.from_prediction, timeout=3000)
    assert demo_cache.tasks.get_task(uid).state == "draft"
    window.activateWindow()  # as the user's window is (shortcuts need an active window)
    qtbot.waitUntil(window.isActiveWindow)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # one undo step brings A and its ratings back
    assert editor.body()["choice"] == "A"
    assert editor.body()["ratings"] == {"helpfulness": 5, "correctness": 5}


def test_the_models_ratings_need_a_confirmation(qtbot, window: MainWindow, demo_cache: Cache,
                                                wallet: Wallet, account) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    editor = editor_of(window)
    uid = click_row(qtbot, window, "compare-001")
    pane = editor.pane
    editor.focus_pane()
    key(qtbot, window, "c")  # the correctness scale, then the annotator's own rating
    key(qtbot, window, "4")
    assert editor.body()["ratings"]["correctness"] == 4
    assert pane.scales["helpfulness"].predicted and not pane.scales["correctness"].predicted
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    box = confirm_box(qtbot, window)
    assert "helpfulness 5" in box.text() and "judge-rm-7b" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "confirmSubmitNo"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert demo_cache.submissions.all(task_uid=uid) == []
    assert editor.uid == uid
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    box = confirm_box(qtbot, window)
    qtbot.mouseClick(box.findChild(QPushButton, "confirmSubmitYes"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    signed = verified_outbox_row(demo_cache, uid, address).annotation
    assert signed["ratings"] == {"helpfulness": 5, "correctness": 4}
    record = signed["from_prediction"]
    assert (record["model"], record["items"]) == ("judge-rm-7b",
                                                  ["choice", "ratings.helpfulness"])
    assert record["hash"].startswith("0x") and len(record["hash"]) == 66


def test_own_ratings_submit_without_a_question(qtbot, window: MainWindow, demo_cache: Cache,
                                               wallet: Wallet, account) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    editor = editor_of(window)
    uid = click_row(qtbot, window, "compare-002")  # no prediction
    editor.focus_pane()
    key(qtbot, window, "a")
    key(qtbot, window, "h")
    key(qtbot, window, "4")
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    assert window.findChild(QMessageBox, "confirmSubmitDialog") is None
    assert "from_prediction" not in verified_outbox_row(demo_cache, uid, address).annotation
