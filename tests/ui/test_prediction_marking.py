"""Issue 12 item 4: what a model predicted stays marked "predicted" through
navigation, drafts, restarts and undo until the annotator changes that item, and
the submission records the items accepted unchanged."""

from __future__ import annotations

from PySide6.QtCore import Qt

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.panes.image_pane import ImagePane
from datafi_desktop.ui.panes.text_pane import TextPane
from datafi_desktop.ui.session import Session

from .conftest import PASSWORD
from .editor_support import ALT, CTRL, click_row, editor_of, key, verified_outbox_row
from .test_text_pane import drag_select, point_at, utf16


def predicted_spans(pane: TextPane) -> set[tuple[int, int, str]]:
    """The body's spans (code points) that the view draws as predicted (dashed)."""
    body = pane.body()["spans"]
    drawn = pane.view.spans
    assert len(drawn) == len(body)
    return {(s["start"], s["end"], s["label"]) for s, d in zip(body, drawn, strict=True)
            if d.predicted}


def test_spans_stay_marked_through_navigation_restart_undo_and_submit(
        qtbot, window: MainWindow, session: Session, demo_cache: Cache, wallet: Wallet,
        account) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-spans-003")  # demo task 18: four predicted spans
    pane = editor.pane
    assert isinstance(pane, TextPane)
    model_spans = {(12, 23, "PER"), (32, 46, "ORG"), (87, 103, "DATE"), (107, 113, "LOC")}
    assert predicted_spans(pane) == model_spans
    text = pane.current.task.text
    start = text.index("coding camp")
    drag_select(qtbot, pane, text, start, start + len("coding camp"))
    qtbot.keyClick(pane.view, Qt.Key.Key_M)  # MISC: the annotator's own span
    assert len(pane.body()["spans"]) == 5
    assert predicted_spans(pane) == model_spans  # within one visit (as before)
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_Left, ALT)  # the previous task …
    qtbot.waitUntil(lambda: editor.uid != uid)
    key(qtbot, window, Qt.Key.Key_Right, ALT)  # … and back: the draft is the start
    qtbot.waitUntil(lambda: editor.uid == uid)
    assert len(editor.body()["spans"]) == 5
    assert predicted_spans(editor.pane) == model_spans, "the marking was lost on the way"
    # relabel one predicted span: that one is the annotator's now; undo gives it back
    kofi = text.index("Kofi")
    qtbot.mouseClick(editor.pane.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=point_at(editor.pane, utf16(text, kofi + 2)))
    assert editor.pane.spans.selected == (12, 23, "PER")
    qtbot.keyClick(editor.pane.view, Qt.Key.Key_O)
    assert predicted_spans(editor.pane) == model_spans - {(12, 23, "PER")}
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert predicted_spans(editor.pane) == model_spans
    # a restart: a new window reads the draft from the cache
    editor.flush()
    editor.clear()  # nothing of this editor's state is carried over
    window.hide()
    again = MainWindow(session)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    click_row(qtbot, again, "text-spans-003")
    reopened = editor_of(again)
    assert len(reopened.body()["spans"]) == 5
    assert predicted_spans(reopened.pane) == model_spans
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    reopened.focus_pane()
    qtbot.keyClick(again.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    signed = verified_outbox_row(demo_cache, uid, address).annotation
    record = signed["from_prediction"]
    assert record["model"] == "ner-xlmr-base"
    kept = {(signed["spans"][int(i[6:-1])]["start"], signed["spans"][int(i[6:-1])]["label"])
            for i in record["items"]}
    assert kept == {(s, label) for s, _e, label in model_spans}
    again.close()


def test_boxes_and_classes_stay_marked_after_navigation(qtbot, window: MainWindow,
                                                        demo_cache: Cache) -> None:
    editor = editor_of(window)
    uid = click_row(qtbot, window, "img-boxes-001")  # eleven predicted boxes
    pane = editor.pane
    assert isinstance(pane, ImagePane)
    assert pane.canvas.predicted == set(range(11))
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_Tab)  # the first box
    key(qtbot, window, "2")  # relabel it: the annotator's box now
    assert pane.canvas.predicted == set(range(1, 11))
    entries = pane.canvas.layer._entries  # what the canvas draws
    assert entries[1].item.pen().style() == Qt.PenStyle.DashLine
    assert entries[0].item.pen().style() == Qt.PenStyle.SolidLine
    assert pane.shape_list.item(1).text().endswith("· predicted")
    assert pane.shape_list.item(0).text() == "bus"
    key(qtbot, window, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: editor.uid != uid)
    with qtbot.waitSignal(editor.shown, timeout=20_000):
        key(qtbot, window, Qt.Key.Key_Right, ALT)
    assert editor.uid == uid
    assert editor.pane.canvas.predicted == set(range(1, 11))

    cls_uid = click_row(qtbot, window, "text-cls-012")  # price, quality predicted
    editor.focus_pane()
    key(qtbot, window, "3")  # delivery: the annotator's own
    bar = editor.pane.label_bar
    assert sorted(bar.predicted()) == ["price", "quality"]
    key(qtbot, window, "1")
    key(qtbot, window, "1")  # price off and on again: now the annotator's choice too?
    assert sorted(bar.predicted()) == ["price", "quality"]  # the same value: still the model's
    key(qtbot, window, "2")  # quality off: gone
    click_row(qtbot, window, "text-cls-002")
    click_row(qtbot, window, "text-cls-012")
    assert editor.uid == cls_uid
    assert editor_of(window).pane.label_bar.predicted() == ["price"]
