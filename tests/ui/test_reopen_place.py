"""The app reopens where the annotator was, with the queue as they left it, and gives
an image the room (issue 12, item 11)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt

from datafi_desktop.core.preferences import Preferences
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session

from .conftest import PASSWORD
from .editor_support import CTRL, click_row, editor_of, enter_pane, key, page_of
from .window_support import reopen


def test_reopens_on_the_task_the_annotator_was_on(qtbot, window: MainWindow) -> None:
    click_row(qtbot, window, "text-spans-003")
    again = reopen(qtbot, window)
    try:
        editor = editor_of(again)
        qtbot.waitUntil(lambda: editor.header.task_id.text() == "text-spans-003",
                        timeout=5000)
        assert page_of(again).current_uid == editor.uid
    finally:
        again.close()


def test_without_a_place_it_opens_the_first_task_to_do_not_a_submitted_one(
        qtbot, window: MainWindow, session: Session, wallet: Wallet,
        account: Callable[[], str]) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    session.notify_wallet()
    editor = editor_of(window)
    click_row(qtbot, window, "text-cls-001")
    enter_pane(qtbot, window)
    key(qtbot, window, Qt.Key.Key_Return, CTRL)  # accept the prediction: task 1 is done
    qtbot.waitUntil(lambda: editor.header.task_id.text() == "text-cls-002", timeout=10_000)
    click_row(qtbot, window, "text-cls-001")  # look back at it, read-only
    assert editor.read_only
    window.close()
    # a profile from before places were remembered
    Preferences(session.cache).remove("tasks.place")
    again = reopen(qtbot, window)
    try:
        editor = editor_of(again)
        assert editor.header.task_id.text() == "text-cls-002"
        assert not editor.read_only
    finally:
        again.close()


def drag_splitter(qtbot, window: MainWindow, dx: int) -> None:
    splitter = page_of(window).splitter
    handle = splitter.handle(1)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(dx, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle)  # it moved along


def test_the_splitter_and_the_hidden_queue_are_remembered(qtbot, window: MainWindow) -> None:
    page = page_of(window)
    before = page.splitter.sizes()
    drag_splitter(qtbot, window, 120)
    moved = page.splitter.sizes()
    assert abs(moved[0] - (before[0] + 120)) <= 2, (before, moved)
    again = reopen(qtbot, window)
    try:
        assert page_of(again).splitter.sizes() == moved
        queue = page_of(again).splitter.widget(0)
        assert queue.isVisible()
        enter_pane(qtbot, again)
        key(qtbot, again, Qt.Key.Key_B, CTRL)  # hide the queue for more room
        assert not queue.isVisible()
        third = reopen(qtbot, again)
    finally:
        again.close()
    try:
        queue = page_of(third).splitter.widget(0)
        assert not queue.isVisible(), "the queue stays hidden after a restart"
        key(qtbot, third, Qt.Key.Key_B, CTRL)
        assert queue.isVisible()
        qtbot.waitUntil(lambda: page_of(third).splitter.sizes()[0] == moved[0], timeout=2000)
    finally:
        third.close()


def test_an_image_task_gets_most_of_the_width_by_default(qtbot, window: MainWindow) -> None:
    window.resize(1420, 850)  # the tests' screen is 1440×900
    click_row(qtbot, window, "img-boxes-002")
    window.window_state.preferences.remove("tasks.splitter")  # never moved
    window.window_state.preferences.set("window.geometry", {"x": 0, "y": 0, "w": 1420,
                                                            "h": 850})
    window.window_state.preferences.set("tasks.place", {"demo": "img-boxes-002"})
    window.window_state.save = lambda: None  # as after a first run that never moved it
    again = reopen(qtbot, window)  # reopens on the image task
    try:
        assert again.width() == 1420
        pane = editor_of(again).pane
        assert pane is not None and pane.objectName() == "imagePane"
        canvas = pane.canvas.viewport().width()
        queue = page_of(again).splitter.widget(0).width()
        assert queue <= 0.25 * again.width(), queue
        assert canvas >= 0.5 * again.width(), canvas
    finally:
        again.close()
