"""The Review page driven by the keyboard: 100 text classifications judged without the
mouse (accept, reject with a numbered reason or free text, correct with a label key and
Ctrl+Enter), the first verdict unlocking the wallet; every verdict signed by the real
wallet and queued in the outbox of the real cache file."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.review.reason_dialog import RejectDialog
from datafi_desktop.ui.review_page import ReviewPage
from tests.conftest import KeySigner

from .conftest import PASSWORD
from .review_support import (
    TEXT_LABELS,
    check_review,
    outbox_review_ids,
    review_item,
    store_items,
    text_task,
)

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def review_page(window: MainWindow) -> ReviewPage:
    page = window.pages["review"]
    assert isinstance(page, ReviewPage)
    return page


def press(qtbot: Any, key: Any, mods: Qt.KeyboardModifier = NONE) -> None:
    """A key press where the keyboard focus is, as the user types it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, mods)


def type_text(qtbot: Any, text: str) -> None:
    """Characters typed one by one, each where the focus is at that moment."""
    for char in text:
        press(qtbot, char)


def active_dialog(qtbot: Any, window: MainWindow, name: str) -> QDialog:
    found: list[QDialog] = []

    def visible() -> bool:
        box = window.findChild(QDialog, name)
        if box is not None and box.isVisible():
            found[:] = [box]
            return True
        return False

    qtbot.waitUntil(visible, timeout=5000)
    found[0].activateWindow()  # what a window manager does for a new dialog
    qtbot.waitUntil(found[0].isActiveWindow, timeout=5000)
    return found[0]


def in_page(page: ReviewPage) -> bool:
    focus: QWidget | None = QApplication.focusWidget()
    return focus is not None and page.isAncestorOf(focus)


def text_items(campaign: Any, count: int, annotator: KeySigner) -> list[dict[str, Any]]:
    return [review_item(campaign, text_task(i),
                        {"kind": "text_classification", "labels": [TEXT_LABELS[i % 4]]},
                        annotator)
            for i in range(count)]


def test_a_reviewer_judges_100_text_classifications_without_the_mouse(
        qtbot, window: MainWindow, demo_cache: Cache, wallet: Wallet, account) -> None:
    reviewer = account()  # the wallet stays locked: the first verdict asks to unlock it
    campaign = demo_cache.get_campaign("demo")
    store_items(demo_cache, "demo", text_items(campaign, 100, KeySigner("bob")))
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # View ▸ Review
    page = review_page(window)
    assert window.current_page is page
    qtbot.waitUntil(lambda: in_page(page), timeout=5000)
    assert page.model.rowCount() == 100
    plan: Counter[str] = Counter()
    for n in range(100):
        item = page.item
        assert item is not None, f"no item shown at {n}"
        original = item.annotation["labels"][0]
        step = n % 4
        if step == 0:
            press(qtbot, Qt.Key.Key_A)
            plan["accept"] += 1
        elif step in (1, 2):
            press(qtbot, Qt.Key.Key_R)
            dialog = active_dialog(qtbot, window, "rejectDialog")
            assert isinstance(dialog, RejectDialog)
            if step == 1:
                press(qtbot, Qt.Key.Key_1)  # the campaign's first reason
            else:
                type_text(qtbot, "sarcasm, not praise")  # a letter in the list goes on
                assert isinstance(QApplication.focusWidget(), QLineEdit)  # in the details
            press(qtbot, Qt.Key.Key_Return)
            plan["reject"] += 1
        else:
            press(qtbot, Qt.Key.Key_C)
            assert page.view.mode == "correct"
            qtbot.waitUntil(lambda: in_page(page), timeout=2000)
            other = (TEXT_LABELS.index(original) + 1) % 4
            press(qtbot, str(other + 1))  # the pane's label key
            assert page.view.correction()["labels"] == [TEXT_LABELS[other]]
            press(qtbot, Qt.Key.Key_Return, CTRL)
            plan["correct"] += 1
        if n == 0:  # locked: the unlock dialog, typed into
            dialog = active_dialog(qtbot, window, "unlockDialog")
            password = dialog.findChild(QLineEdit, "unlockPassword")
            assert password is not None and password.hasFocus()
            qtbot.keyClicks(password, PASSWORD)
            qtbot.keyClick(password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=n: len(demo_cache.reviews()) == n + 1, timeout=10_000)
        qtbot.waitUntil(lambda: in_page(page), timeout=5000)

    made = demo_cache.reviews()
    assert len(made) == 100 and len({r.submission_id for r in made}) == 100
    assert Counter(r.verdict for r in made) == plan == {"accept": 25, "reject": 50,
                                                        "correct": 25}
    assert outbox_review_ids(demo_cache) == {r.id for r in made}
    for review in made:
        check_review(demo_cache, review, campaign, reviewer)
        assert review.signer == reviewer and review.status == "queued"
    reasons = Counter(r.reason for r in made if r.verdict == "reject")
    assert reasons == {campaign.reject_reasons[0]: 25, "sarcasm, not praise": 25}
    assert demo_cache.review_item_count("demo") == 0
    assert page.model.rowCount() == 0 and page.view.mode == "empty"
    assert "Press G" in page.view.placeholder.text()
    assert "100 reviewed here" in page.panel.footer.text()
    assert "100 waiting to be sent" in page.panel.footer.text()
