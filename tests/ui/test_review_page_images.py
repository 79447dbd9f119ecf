"""Reviewing boxes: the label drawn by the image pane (read-only), the other annotator's
boxes dashed over the same image in their card's colour, and a correction made with the
canvas's own keys (Tab selects, Delete removes, Ctrl+Enter signs)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.review.labels_strip import OTHER_COLORS
from tests.conftest import KeySigner

from .conftest import PASSWORD
from .review_support import (
    ALT,
    CTRL,
    check_review,
    in_page,
    press,
    review_item,
    review_page,
    store_items,
)


def boxes(*shapes: tuple[str, int, int, int, int]) -> dict[str, Any]:
    return {"kind": "bounding_boxes", "boxes": [
        {"label": name, "x": x, "y": y, "w": w, "h": h} for name, x, y, w, h in shapes]}


def test_boxes_are_reviewed_with_the_others_dashed_and_corrected_by_keyboard(
        qtbot, window: MainWindow, demo_cache: Cache, wallet: Wallet, session: Any,
        account: Any) -> None:
    reviewer = account()
    wallet.unlock(reviewer, PASSWORD)
    session.notify_wallet()
    campaign = demo_cache.tasks.get_campaign("demo")
    row = demo_cache.tasks.find_task("demo", "img-boxes-001")
    assert row is not None and demo_cache.assets.has(row.task.image_hash or "")
    under_review = boxes(("car", 100, 400, 220, 120), ("person", 600, 300, 60, 160))
    theirs = boxes(("car", 104, 398, 216, 126))
    store_items(demo_cache, "demo", [review_item(campaign, row.task, under_review,
                                                 KeySigner("bob"),
                                                 [(KeySigner("carol"), theirs)])])
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = review_page(window)
    qtbot.waitUntil(lambda: in_page(page), timeout=5000)
    pane = page.view.pane
    canvas = getattr(pane, "canvas", None)
    assert canvas is not None
    qtbot.waitUntil(lambda: canvas.state == "ready", timeout=20_000)
    assert canvas.read_only and len(canvas.shapes()) == 2  # the label under review, drawn
    overlay = page.view.overlay()
    assert overlay is not None and len(overlay.shapes) == 1  # carol's box, dashed
    pen = overlay.shapes[0].pen()
    assert pen.style() == Qt.PenStyle.DashLine
    assert pen.color().name().upper() == OTHER_COLORS[0]
    assert overlay.shapes[0].rect().x() == 104

    press(qtbot, Qt.Key.Key_O)  # carol's label in the pane, the one under review dashed
    assert len(canvas.shapes()) == 1 and len(overlay.shapes) == 2
    press(qtbot, Qt.Key.Key_O, ALT)  # Others' shapes off (the box's mnemonic clicks it)
    qtbot.waitUntil(lambda: not page.view.others_box.isChecked(), timeout=2000)
    assert overlay.shapes == []
    assert [c.spec.role for c in page.view.strip.cards] == ["reviewed", "other", "consensus"]
    assert page.view.strip.cards[2].spec.summary == "1 box: car"  # the person: 1 of 2
    press(qtbot, Qt.Key.Key_O)
    press(qtbot, Qt.Key.Key_O)  # past the consensus, back to the label under review
    assert page.view.strip.current == 0
    press(qtbot, Qt.Key.Key_C)
    assert page.view.mode == "correct" and not canvas.read_only
    qtbot.waitUntil(lambda: canvas.hasFocus() and canvas.state == "ready", timeout=20_000)
    press(qtbot, Qt.Key.Key_Tab)
    assert canvas.selected == 0
    press(qtbot, Qt.Key.Key_Delete)
    assert [b["label"] for b in page.view.correction()["boxes"]] == ["person"]
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(demo_cache.reviews.all()) == 1, timeout=5000)
    (review,) = demo_cache.reviews.all()
    assert review.verdict == "correct"
    assert review.correction == boxes(("person", 600, 300, 60, 160))
    check_review(demo_cache, review, campaign, reviewer)
