"""What the annotator sees of the review: a rejected submission's reason, a corrected
one's correction (drawn in the read-only pane on Alt+C), the verdict in the queue, and
the running agreement and gold accuracy on the Tasks page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.queue_model import TaskQueueModel
from datafi_desktop.ui.session import Session
from tests.conftest import KeySigner

from .conftest import PASSWORD
from .editor_support import ALT, click_row, editor_of, page_of, uid_of

REVIEWER = KeySigner("carol").address
NOW_MS = 1_760_000_000_000


def verdict(kind: str, reason: str = "", correction: dict[str, Any] | None = None
            ) -> dict[str, Any]:
    """A verdict as the hub's status feed carries it."""
    body: dict[str, Any] = {"verdict": kind, "reason": reason, "reviewer": REVIEWER,
                            "review_id": "0192f0c0-0000-7000-8000-000000000001",
                            "created_at": NOW_MS, "typed_data": {}, "signature": "0x",
                            "votes": {"accept": 0, "correct": 0, "reject": 0, kind: 1}}
    if correction is not None:
        body["correction"] = correction
    return body


def submit(cache: Cache, wallet: Wallet, task_id: str, labels: list[str]) -> tuple[int, str]:
    uid = uid_of(cache, task_id)
    row = cache.submissions.submit(uid, {"kind": "text_classification", "labels": labels},
                                   wallet.signer())
    return uid, row.id


def chips(window: MainWindow) -> list[str]:
    pane = editor_of(window).pane
    assert pane is not None
    return list(pane.body().get("labels") or [])


def state_cell(window: MainWindow, uid: int, role: Qt.ItemDataRole) -> Any:
    model = page_of(window).model
    return model.data(model.index(model.row_of(uid), TaskQueueModel.COL_STATE), role)


def test_a_rejected_submission_shows_the_reason_and_the_reviewer(
        qtbot, window: MainWindow, session: Session, demo_cache: Cache, wallet: Wallet,
        account) -> None:
    wallet.unlock(account(), PASSWORD)
    uid, sid = submit(demo_cache, wallet, "text-cls-002", ["positive"])
    demo_cache.submissions.set_status(sid, "rejected", reason="Wrong label: it is a complaint",
                                      verdict=verdict("reject", "Wrong label: it is a complaint"))
    session.notify_tasks()
    click_row(qtbot, window, "text-cls-002")
    bar = editor_of(window).submission_bar
    assert bar.isVisible()
    assert "Rejected by a reviewer: Wrong label: it is a complaint." in bar.text.text()
    assert bar.detail.isVisible() and bar.detail.text().startswith(
        f"Reviewed by {REVIEWER[:6]}…{REVIEWER[-4:]}")
    assert not bar.correction_button.isVisible()  # nothing to show for a reject
    tip = state_cell(window, uid, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Rejected: Wrong label: it is a complaint")
    assert state_cell(window, uid, Qt.ItemDataRole.DisplayRole) == "Rejected"


def test_a_corrected_submission_shows_the_correction_in_the_pane(
        qtbot, window: MainWindow, session: Session, demo_cache: Cache, wallet: Wallet,
        account) -> None:
    wallet.unlock(account(), PASSWORD)
    uid, sid = submit(demo_cache, wallet, "text-cls-004", ["positive"])
    fixed = {"kind": "text_classification", "labels": ["mixed"]}
    demo_cache.submissions.set_status(sid, "accepted", verdict=verdict("correct",
                                                                       correction=fixed))
    other_uid, _ = submit(demo_cache, wallet, "text-cls-005", ["negative"])
    session.notify_tasks()
    assert state_cell(window, uid, Qt.ItemDataRole.DisplayRole) == "Corrected"
    assert "corrected it to: mixed" in state_cell(window, uid, Qt.ItemDataRole.ToolTipRole)
    assert state_cell(window, other_uid, Qt.ItemDataRole.DisplayRole) == "Queued"
    click_row(qtbot, window, "text-cls-004")
    editor = editor_of(window)
    bar = editor.submission_bar
    assert "Accepted with a correction." in bar.text.text()
    assert "The reviewer corrected it to: mixed." in bar.detail.text()
    assert bar.correction_button.isVisible() and not bar.correction_button.isChecked()
    assert chips(window) == ["positive"]  # the annotator's own label first
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_C, ALT)
    assert bar.correction_button.isChecked() and chips(window) == ["mixed"]
    assert editor.read_only and demo_cache.tasks.load_draft(uid) is None  # shown, not a draft
    assert window.statusBar().currentMessage().startswith("Showing the correction by 0x")
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_C, ALT)
    assert not bar.correction_button.isChecked() and chips(window) == ["positive"]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_C, ALT)
    click_row(qtbot, window, "text-cls-005")  # another task: its own label, no toggle
    assert not bar.correction_button.isVisible() and chips(window) == ["negative"]
    click_row(qtbot, window, "text-cls-004")
    assert not bar.correction_button.isChecked() and chips(window) == ["positive"]


def test_my_quality_shows_agreement_gold_accuracy_and_the_hold(
        qtbot, window: MainWindow, session: Session, demo_cache: Cache, wallet: Wallet,
        account) -> None:
    strip = window.quality
    # no figures from a hub yet: the strip keeps its place and says so
    assert strip is not None and strip.isVisible() and strip.figures is None
    assert "No figures yet" in strip.figures_label.text()
    address = account()
    wallet.unlock(address, PASSWORD)
    demo_cache.reviews.set_quality("demo", address, {
        "campaign_id": "demo", "account": address, "agreement": 2 / 3, "agreement_pairs": 3,
        "gold_accuracy": 0.4, "gold_answers": 5, "gold_threshold": 0.6, "held": True,
        "submissions": {"accepted": 4, "rejected": 1}, "corrected": 1})
    session.notify_tasks()
    assert strip.isVisible()
    assert strip.figures_label.text() == ("Agreement 67 % (3 comparisons) · "
                                          "Gold accuracy 40 % (5 gold answers)")
    assert strip.counts.text() == "4 accepted (1 corrected) · 1 rejected"
    assert strip.held.isVisible()
    assert "gold accuracy 40 % is below the campaign's 60 %" in strip.held.text()
    demo_cache.reviews.set_quality("demo", address, {
        "campaign_id": "demo", "account": address, "agreement": 0.9, "agreement_pairs": 10,
        "gold_accuracy": 0.8, "gold_answers": 6, "gold_threshold": 0.6, "held": False,
        "submissions": {"accepted": 9}, "corrected": 0})
    session.notify_tasks()
    assert "Agreement 90 %" in strip.figures_label.text()
    assert not strip.held.isVisible()
