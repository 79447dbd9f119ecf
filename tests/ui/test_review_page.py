"""The Review page driven by the keyboard: 100 text classifications judged without the
mouse (accept, reject with a numbered reason or free text, correct with a label key and
Ctrl+Enter), the first verdict unlocking the wallet; every verdict signed by the real
wallet and queued in the outbox of the real cache file."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.review.reason_dialog import RejectDialog
from tests.conftest import KeySigner

from .conftest import PASSWORD
from .review_support import (
    CTRL,
    TEXT_LABELS,
    active_dialog,
    check_review,
    in_page,
    outbox_review_ids,
    press,
    review_item,
    review_page,
    store_items,
    text_task,
    type_text,
)


def text_items(campaign: Any, count: int, annotator: KeySigner) -> list[dict[str, Any]]:
    return [review_item(campaign, text_task(i),
                        {"kind": "text_classification", "labels": [TEXT_LABELS[i % 4]]},
                        annotator)
            for i in range(count)]


def test_a_reviewer_judges_100_text_classifications_without_the_mouse(
        qtbot, window: MainWindow, demo_cache: Cache, wallet: Wallet, account) -> None:
    reviewer = account()  # the wallet stays locked: the first verdict asks to unlock it
    campaign = demo_cache.tasks.get_campaign("demo")
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
        qtbot.waitUntil(lambda n=n: len(demo_cache.reviews.all()) == n + 1, timeout=10_000)
        qtbot.waitUntil(lambda: in_page(page), timeout=5000)

    made = demo_cache.reviews.all()
    assert len(made) == 100 and len({r.submission_id for r in made}) == 100
    assert Counter(r.verdict for r in made) == plan == {"accept": 25, "reject": 50,
                                                        "correct": 25}
    assert outbox_review_ids(demo_cache) == {r.id for r in made}
    for review in made:
        check_review(demo_cache, review, campaign, reviewer)
        assert review.signer == reviewer and review.status == "queued"
    reasons = Counter(r.reason for r in made if r.verdict == "reject")
    assert reasons == {campaign.reject_reasons[0]: 25, "sarcasm, not praise": 25}
    assert demo_cache.reviews.review_item_count("demo") == 0
    assert page.model.rowCount() == 0 and page.view.mode == "empty"
    assert "Press G" in page.view.placeholder.text()
    assert "100 reviewed here" in page.panel.footer.text()
    assert "100 waiting to be sent" in page.panel.footer.text()
