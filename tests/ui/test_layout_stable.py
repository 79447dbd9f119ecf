"""Nothing above the canvas or the queue moves while the annotator labels (issue 12,
item 6): the prediction banner and "My quality" keep their place reserved, so a
click aimed at a row, a filter or a box lands where the pointer was."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session

from .conftest import PASSWORD
from .editor_support import CTRL, DEMO, click_row, editor_of, enter_pane, key, page_of


def places(window: MainWindow) -> dict[str, tuple[int, int, int]]:
    """(x, y, height) in window coordinates of what the pointer aims at."""
    page, editor = page_of(window), editor_of(window)
    widgets: dict[str, QWidget] = {
        "queue table": page.table, "state filter": page.state_combo,
        "kind filter": page.kind_combo, "search": page.search, "pane": editor.stack,
    }
    out = {}
    for name, widget in widgets.items():
        top = widget.mapTo(window, QPoint(0, 0))
        out[name] = (top.x(), top.y(), widget.height())
    return out


def settle(qtbot) -> None:
    qtbot.wait(50)  # the layouts run on posted LayoutRequest events


def test_submit_edit_and_quality_figures_move_nothing_under_the_pointer(
        qtbot, window: MainWindow, session: Session, wallet: Wallet, demo_cache: Cache,
        account: Callable[[], str]) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    session.notify_wallet()
    editor = editor_of(window)
    click_row(qtbot, window, "text-cls-001")  # the model's prediction: the banner shows
    settle(qtbot)
    assert editor.banner.isVisible()
    before = places(window)

    enter_pane(qtbot, window)
    key(qtbot, window, "2")  # the first edit: no longer the untouched prediction
    settle(qtbot)
    assert editor.body()["labels"] == ["mixed"]
    assert places(window) == before, "the first edit moved the pane"

    key(qtbot, window, Qt.Key.Key_Return, CTRL)  # submit: the next task opens
    qtbot.waitUntil(lambda: editor.header.task_id.text() == "text-cls-002", timeout=10_000)
    settle(qtbot)
    assert places(window) == before, "the submit moved the pane or the queue"

    # the hub reports the first figures after a sync: "My quality" fills in
    demo_cache.reviews.set_quality(DEMO, address, {"agreement": None, "agreement_pairs": 0,
                                                   "gold_accuracy": None, "gold_answers": 0})
    session.notify_tasks()
    settle(qtbot)
    assert window.quality is not None and window.quality.isVisible()
    assert places(window) == before, "the quality figures pushed the queue down"

    # later reports grow: counts, then the rewards held under the gold threshold
    demo_cache.reviews.set_quality(DEMO, address, {
        "agreement": 0.5, "agreement_pairs": 4, "gold_accuracy": 0.5, "gold_answers": 2,
        "submissions": {"accepted": 3, "rejected": 1, "pending": 2}, "corrected": 1,
        "held": True, "gold_threshold": 0.8})
    session.notify_tasks()
    settle(qtbot)
    assert "Rewards held" in window.quality.held.text() or \
        "Rewards held" in window.quality.toolTip()
    assert places(window) == before, "a second line of figures pushed the queue down"


def test_the_first_edit_of_predicted_boxes_keeps_chips_and_canvas_in_place(
        qtbot, window: MainWindow) -> None:
    editor = editor_of(window)
    click_row(qtbot, window, "img-boxes-001")
    pane = editor.pane
    assert pane is not None and editor.banner.isVisible()
    settle(qtbot)

    def spots() -> tuple[QPoint, QPoint, int]:
        return (pane.label_bar.mapTo(window, QPoint(0, 0)),
                pane.canvas.viewport().mapTo(window, QPoint(0, 0)),
                pane.canvas.viewport().height())

    before = spots()
    enter_pane(qtbot, window)
    count = len(editor.body()["boxes"])
    key(qtbot, window, Qt.Key.Key_Tab)  # select the first predicted box
    key(qtbot, window, Qt.Key.Key_Delete)
    settle(qtbot)
    assert len(editor.body()["boxes"]) == count - 1
    assert not editor.banner.isVisible()
    assert spots() == before, "the chips and the canvas jumped when the banner went"
