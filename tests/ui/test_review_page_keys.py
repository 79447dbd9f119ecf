"""The review page's keys one by one: reject asks for a reason and refuses none; correct
edits in the pane (undo, cancel, the same label refused) and signs a correction whose
hash is the corrected annotation's; own submissions never listed; the other annotators'
labels and the consensus shown in turn; keys that the panes also use (A and C in a
comparison, O in text spans) act as review keys until a correction starts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.models import Campaign
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.review.reason_dialog import EMPTY_MESSAGE, RejectDialog
from datafi_desktop.ui.review_page import ReviewPage
from tests.conftest import KeySigner

from .conftest import PASSWORD
from .review_support import (
    CTRL,
    SHIFT,
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

BOB, CAROL, DAVE = KeySigner("bob"), KeySigner("carol"), KeySigner("dave")


def label(name: str) -> dict[str, Any]:
    return {"kind": "text_classification", "labels": [name]}


def shown_labels(page: ReviewPage) -> list[str]:
    pane = page.view.pane
    assert pane is not None
    return list(pane.body().get("labels") or [])


@pytest.fixture
def campaign(demo_cache: Cache) -> Campaign:
    return demo_cache.tasks.get_campaign("demo")


@pytest.fixture
def reviewer(wallet: Wallet, session: Any, account: Any) -> str:
    address = account()
    wallet.unlock(address, PASSWORD)
    session.notify_wallet()
    return address


def focus_pane(qtbot: Any, page: ReviewPage) -> None:
    """The keyboard focus inside the pane (a reviewer Tabs or clicks into it)."""
    pane = page.view.pane
    assert pane is not None
    pane.focus_default()
    qtbot.waitUntil(lambda: pane.isAncestorOf(QApplication.focusWidget()), timeout=2000)


def open_page(qtbot: Any, window: MainWindow) -> ReviewPage:
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = review_page(window)
    qtbot.waitUntil(lambda: in_page(page), timeout=5000)
    return page


def test_reject_asks_for_a_reason_and_refuses_an_empty_one(
        qtbot, window: MainWindow, demo_cache: Cache, campaign: Campaign, reviewer: str
        ) -> None:
    store_items(demo_cache, "demo", [review_item(campaign, text_task(i), label("positive"), BOB)
                                     for i in range(2)])
    page = open_page(qtbot, window)
    first = page.item
    assert first is not None
    press(qtbot, Qt.Key.Key_R)
    dialog = active_dialog(qtbot, window, "rejectDialog")
    assert isinstance(dialog, RejectDialog) and dialog.picked is None  # nothing preselected
    press(qtbot, Qt.Key.Key_Return)  # no reason: refused, the dialog stays
    assert dialog.isVisible() and dialog.error.text() == EMPTY_MESSAGE
    press(qtbot, Qt.Key.Key_Escape)  # cancel: nothing signed
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: in_page(page), timeout=5000)
    assert demo_cache.reviews.all() == [] and page.item is first
    assert page.bar.message.text() == "Not rejected"
    press(qtbot, Qt.Key.Key_R)
    dialog = active_dialog(qtbot, window, "rejectDialog")
    press(qtbot, Qt.Key.Key_2)
    assert dialog.picked == campaign.reject_reasons[1]
    press(qtbot, Qt.Key.Key_2)  # again: unpicked
    assert dialog.picked is None
    press(qtbot, Qt.Key.Key_3)
    type_text(qtbot, "the lid")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(demo_cache.reviews.all()) == 1, timeout=5000)
    (review,) = demo_cache.reviews.all()
    assert review.verdict == "reject" and review.submission_id == first.submission_id
    assert review.reason == f"{campaign.reject_reasons[2]}: the lid"
    check_review(demo_cache, review, campaign, reviewer)
    assert page.item is not None and page.item.submission_id != first.submission_id


def test_correct_edits_in_the_pane_and_signs_a_correction(
        qtbot, window: MainWindow, demo_cache: Cache, campaign: Campaign, reviewer: str
        ) -> None:
    store_items(demo_cache, "demo", [review_item(campaign, text_task(0), label("positive"),
                                                 BOB)])
    page = open_page(qtbot, window)
    editor_undo = window.editor.undo_stack if window.editor is not None else None
    press(qtbot, Qt.Key.Key_C)
    assert page.view.mode == "correct" and page.bar.buttons["sign"].isVisible()
    assert not page.acts.accept.isEnabled()
    press(qtbot, Qt.Key.Key_A)  # single review keys are off while correcting
    press(qtbot, Qt.Key.Key_Return, CTRL)  # unchanged: the core refuses, the page says so
    assert demo_cache.reviews.all() == []
    assert "the same as the submission" in page.bar.message.text()
    press(qtbot, Qt.Key.Key_3)
    assert shown_labels(page) == ["neutral"]
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the correction's undo, not the editor's
    assert shown_labels(page) == ["positive"]
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert shown_labels(page) == ["neutral"]
    assert editor_undo is not None and editor_undo.count() == 0
    press(qtbot, Qt.Key.Key_Escape)  # cancel: back to the label under review
    assert page.view.mode == "review" and shown_labels(page) == ["positive"]
    assert page.view.pane is not None and page.view.pane.current is not None
    assert page.view.pane.current.read_only and demo_cache.reviews.all() == []
    qtbot.waitUntil(lambda: in_page(page), timeout=2000)
    press(qtbot, Qt.Key.Key_C)
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Enter, CTRL)
    qtbot.waitUntil(lambda: len(demo_cache.reviews.all()) == 1, timeout=5000)
    (review,) = demo_cache.reviews.all()
    assert review.verdict == "correct" and review.correction == label("negative")
    check_review(demo_cache, review, campaign, reviewer)  # correctionHash = keccak(JCS)
    assert outbox_review_ids(demo_cache) == {review.id}
    assert page.view.mode == "empty" and page.acts.fetch.isEnabled()


def test_own_submissions_are_never_listed_and_the_core_refuses_them(
        qtbot, window: MainWindow, demo_cache: Cache, campaign: Campaign, reviewer: str,
        wallet: Wallet) -> None:
    class Me:  # the wallet's own account as a signer of the submission under review
        address = reviewer

        @staticmethod
        def sign_digest(digest: bytes) -> bytes:
            return wallet.signer().sign_digest(digest)

    own = review_item(campaign, text_task(0), label("positive"), Me)  # type: ignore[arg-type]
    theirs = review_item(campaign, text_task(1), label("mixed"), BOB)
    store_items(demo_cache, "demo", [own, theirs])
    page = open_page(qtbot, window)
    assert page.model.rowCount() == 1 and page.item is not None
    assert page.item.submission_id == theirs["id"]
    assert "1 of your own not listed" in page.panel.footer.text()
    page.signer.sign(demo_cache.reviews.get_review_item(own["id"]), "accept")  # however it comes
    assert page.bar.message.text() == "This is your own submission: someone else reviews it"
    assert demo_cache.reviews.all() == []


def test_other_labels_and_the_consensus_are_shown_in_turn(
        qtbot, window: MainWindow, demo_cache: Cache, campaign: Campaign, reviewer: str
        ) -> None:
    store_items(demo_cache, "demo", [review_item(
        campaign, text_task(0), label("positive"), BOB,
        [(CAROL, label("positive")), (DAVE, label("mixed"))])])
    page = open_page(qtbot, window)
    cards = page.view.strip.cards
    assert [c.spec.role for c in cards] == ["reviewed", "other", "other", "consensus"]
    assert [c.spec.summary for c in cards] == ["positive", "positive", "mixed", "positive"]
    assert cards[1].spec.note.endswith("agrees 100 %") and cards[2].spec.note.endswith(
        "agrees 0 %")
    assert cards[3].spec.note == "of 3 annotators"
    seen = []
    for _ in range(4):
        press(qtbot, Qt.Key.Key_O)
        seen.append((page.view.strip.current, shown_labels(page)))
    assert seen == [(1, ["positive"]), (2, ["mixed"]), (3, ["positive"]), (0, ["positive"])]
    press(qtbot, Qt.Key.Key_O)
    press(qtbot, Qt.Key.Key_O)  # dave's label on screen: the correction starts from it
    press(qtbot, Qt.Key.Key_C)
    assert shown_labels(page) == ["mixed"]
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(demo_cache.reviews.all()) == 1, timeout=5000)
    assert demo_cache.reviews.all()[0].correction == label("mixed")


def test_pane_keys_that_match_review_keys_wait_for_the_correction(
        qtbot, window: MainWindow, demo_cache: Cache, campaign: Campaign, reviewer: str
        ) -> None:
    """A comparison's A (choose A) and C (a scale), and the spans' O (ORG), are review
    keys while the label is only shown, and the pane's own keys while correcting."""
    compare = demo_cache.tasks.find_task("demo", "compare-001")
    spans = demo_cache.tasks.find_task("demo", "text-spans-001")
    assert compare is not None and spans is not None
    store_items(demo_cache, "demo", [
        review_item(campaign, compare.task, {"kind": "comparison", "choice": "A",
                                             "reason": "", "ratings": {}}, BOB),
        review_item(campaign, spans.task, {"kind": "text_spans", "spans": [
            {"start": 18, "end": 29, "label": "PER"}]}, BOB, [(CAROL, {
                "kind": "text_spans", "spans": [{"start": 18, "end": 29, "label": "ORG"}]})]),
        review_item(campaign, compare.task, {"kind": "comparison", "choice": "A",
                                             "reason": "", "ratings": {}}, CAROL)])
    page = open_page(qtbot, window)
    focus_pane(qtbot, page)  # where the pane's own keys would act
    press(qtbot, Qt.Key.Key_A)  # accepts the first comparison (not "choose A")
    qtbot.waitUntil(lambda: len(demo_cache.reviews.all()) == 1, timeout=5000)
    assert demo_cache.reviews.all()[0].verdict == "accept"
    assert page.item is not None and page.item.kind == "text_spans"
    focus_pane(qtbot, page)
    press(qtbot, Qt.Key.Key_O)  # carol's spans (not "label the selection ORG")
    assert page.view.strip.current == 1
    assert page.view.correction()["spans"][0]["label"] == "ORG"
    press(qtbot, Qt.Key.Key_J)
    assert page.item is not None and page.item.kind == "comparison"
    press(qtbot, Qt.Key.Key_C)
    assert page.view.mode == "correct"
    qtbot.waitUntil(lambda: in_page(page), timeout=2000)
    press(qtbot, Qt.Key.Key_B)  # the pane's key now: B is better
    assert page.view.correction()["choice"] == "B"
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(demo_cache.reviews.all()) == 2, timeout=5000)
    correction = demo_cache.reviews.all()[0].correction
    assert correction is not None and correction["choice"] == "B"


def test_reviewed_items_list_their_verdicts(
        qtbot, window: MainWindow, demo_cache: Cache, campaign: Campaign, reviewer: str
        ) -> None:
    store_items(demo_cache, "demo", [review_item(campaign, text_task(i), label(name), BOB)
                                     for i, name in enumerate(TEXT_LABELS[:3])])
    page = open_page(qtbot, window)
    press(qtbot, Qt.Key.Key_J)  # leave the first for later
    press(qtbot, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(demo_cache.reviews.all()) == 1, timeout=5000)
    assert page.item is not None and page.item.task_id == "rv-0002"
    press(qtbot, Qt.Key.Key_K)
    assert page.item is not None and page.item.task_id == "rv-0000"
    page.panel.state.setCurrentIndex(page.panel.state.findData("reviewed"))
    assert page.model.rowCount() == 1
    model = page.model
    assert model.data(model.index(0, model.COL_LABEL)) == "Accepted"
    assert page.view.mode == "done" and "You accepted it" in page.view.banner.text()
    assert "waiting to be sent" in page.view.banner.text()
    assert not page.acts.accept.isEnabled()
    QApplication.processEvents()
    assert "1 reviewed here" in page.panel.footer.text()


def test_g_without_a_hub_or_offline_says_so_and_reviewing_goes_on(
        qtbot, window: MainWindow, session: Any, demo_cache: Cache, campaign: Campaign,
        reviewer: str) -> None:
    from datafi_desktop.hub.server.inprocess import free_port
    from datafi_desktop.ui.sync import start_sync

    from .sync_support import FAST, WAIT_MS

    store_items(demo_cache, "demo", [review_item(campaign, text_task(0), label("positive"),
                                                 BOB)])
    page = open_page(qtbot, window)
    press(qtbot, Qt.Key.Key_G)  # no hub at all
    assert page.panel.fetch_message.text().startswith("Sync is off (no hub)")
    assert demo_cache.reviews.review_requests()["demo"][0] == page.panel.count.value()
    setup = start_sync(session, hub_url=f"http://127.0.0.1:{free_port()}", **FAST)
    try:
        press(qtbot, Qt.Key.Key_G)  # a hub that does not answer
        assert page.fetcher.busy and page.panel.busy.isVisibleTo(page)
        qtbot.waitUntil(lambda: not page.fetcher.busy, timeout=WAIT_MS)
        assert page.panel.fetch_message.text().startswith("Offline: the hub cannot be reached")
        assert not page.panel.busy.isVisibleTo(page)
        qtbot.waitUntil(lambda: in_page(page), timeout=5000)
        press(qtbot, Qt.Key.Key_A)  # what is leased already is reviewed offline
        qtbot.waitUntil(lambda: len(demo_cache.reviews.all()) == 1, timeout=5000)
        assert demo_cache.reviews.all()[0].status == "queued"
        assert "1 waiting to be sent" in page.panel.footer.text()
    finally:
        setup.stop()
