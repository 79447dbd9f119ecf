"""Helpers for the review page tests: review items made of real signed submissions by
other annotators (test keys), stored in the cache the way a review lease stores them,
and the checks a verdict must pass (signature, correction hash, outbox row)."""

from __future__ import annotations

import json
from typing import Any

from eth_utils import keccak
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from uuid6 import uuid7

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.cache.reviews import ReviewRow
from datafi_desktop.core.canonical import canonical_json
from datafi_desktop.core.models import Campaign, Task
from datafi_desktop.core.protocol import (
    digest,
    sign_typed,
    submission_message,
    typed_data,
    verify_typed,
)
from datafi_desktop.core.quality import consensus as make_consensus
from datafi_desktop.core.wire.review import ReviewItemOut
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.review_page import ReviewPage
from tests.conftest import KeySigner

TEXT_LABELS = ["negative", "mixed", "neutral", "positive"]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def text_task(i: int, labels: list[str] | None = None) -> Task:
    names = labels or TEXT_LABELS
    return Task.model_validate({
        "id": f"rv-{i:04d}", "kind": "text_classification",
        "data": {"text": f"Review {i}: the kettle boils fast but the lid cracked."},
        "config": {"labels": [{"name": n, "hotkey": str(k + 1)} for k, n in enumerate(names)]},
    })


def signed_submission(campaign: Campaign, task: Task, annotation: dict[str, Any],
                      signer: KeySigner, created_at_ms: int = 1_700_000_000_000
                      ) -> dict[str, Any]:
    """A submission signed by ``signer`` as the app signs one: id, typed data, digest."""
    sid = str(uuid7())
    canon = canonical_json(annotation)
    content_hash = "0x" + keccak(canon).hex()
    message = submission_message(submission_id=sid, campaign=campaign.id, task=task.id,
                                 kind=task.kind.value, content_hash=content_hash,
                                 annotator=signer.address, created_at_ms=created_at_ms)
    full = json.loads(json.dumps(typed_data(campaign.domain, "Submission", message)))
    return {"id": sid, "account": signer.address, "annotation": json.loads(canon),
            "content_hash": content_hash, "digest": "0x" + digest(full).hex(),
            "typed_data": full, "signature": "0x" + sign_typed(full, signer).hex()}


def review_item(campaign: Campaign, task: Task, annotation: dict[str, Any],
                signer: KeySigner, others: list[tuple[KeySigner, dict[str, Any]]] = (),
                ) -> dict[str, Any]:
    """The hub's JSON of one review item (``ReviewItemOut``) with real signatures."""
    item = signed_submission(campaign, task, annotation, signer)
    other_rows = []
    for other_signer, other_annotation in others:
        other = signed_submission(campaign, task, other_annotation, other_signer)
        other_rows.append({"submission_id": other["id"], "account": other_signer.address,
                           "annotation": other["annotation"], "status": "pending"})
    everyone = [annotation, *(o for _s, o in others)]
    agreed = make_consensus(everyone).to_json() if others else None
    return {**item, "task": task.model_dump(mode="json"), "kind": task.kind.value,
            "others": other_rows, "consensus": agreed, "reviews_done": 0,
            "reviews_needed": 1, "lease_expires_at": 4_102_444_800_000}


def store_items(cache: Cache, campaign_id: str, items: list[dict[str, Any]]) -> None:
    """Store items as the hub leases them (``ReviewItemOut``; the fields the page does
    not show filled in)."""
    cache.reviews.store_review_items(campaign_id, [
        ReviewItemOut.model_validate({"received_at": 1, "campaign_id": campaign_id, **i})
        for i in items])


def check_review(cache: Cache, review: ReviewRow, campaign: Campaign, reviewer: str) -> None:
    """The review verifies for the reviewer in the campaign's domain, and its outbox row
    is there."""
    verify_typed(review.typed_data, review.signature, reviewer, campaign.domain)
    assert review.typed_data["primaryType"] == "Review"
    assert review.typed_data["message"]["verdict"] == review.verdict
    if review.verdict == "correct":
        expected = "0x" + keccak(canonical_json(review.correction)).hex()
        assert review.correction_hash == expected
        assert review.typed_data["message"]["correctionHash"] == expected


def outbox_review_ids(cache: Cache) -> set[str]:
    """Reviews queued in the outbox (due now)."""
    return {item.item_id for item in cache.outbox.due(100_000, item_type="review")}


# --- driving the page by keyboard ---------------------------------------------------


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
