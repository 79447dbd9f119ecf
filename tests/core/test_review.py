"""core.review without a hub: a verdict is validated, hashed, signed and queued with its
outbox row in one transaction; bad verdicts are refused before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from eth_utils import keccak

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.canonical import canonical_json
from datafi_desktop.core.models import parse_campaign, parse_task
from datafi_desktop.core.protocol import ZERO_HASH, recover_typed
from datafi_desktop.core.review import (
    AlreadyReviewedError,
    CorrectionError,
    OwnSubmissionError,
    ReasonRequiredError,
    ReviewConflictError,
    compose_reason,
    make_review,
    verdict_summary,
)
from datafi_desktop.core.wire.review import ReviewItemOut
from tests.conftest import KeySigner

DISTRIBUTOR = "0x" + "d1" * 20


@pytest.fixture
def setup(tmp_path: Path) -> Any:
    annotator, reviewer = KeySigner("alice"), KeySigner("carol")
    campaign = parse_campaign({"id": "c", "name": "C",
                               "chain": {"chain_id": 5, "distributor": DISTRIBUTOR}})
    task = parse_task({"id": "t1", "kind": "text_classification", "data": {"text": "fine"},
                       "config": {"labels": ["pos", "neg"]}})
    # the annotator's own cache makes the submission the reviewer will see
    with Cache(tmp_path / "a.sqlite3") as theirs:
        theirs.tasks.upsert_campaign(campaign)
        theirs.tasks.add_tasks("c", [task])
        uid = theirs.tasks.task_summaries("c")[0].uid
        sub = theirs.submissions.submit(uid, {"kind": "text_classification", "labels": ["pos"]},
                                        annotator)
    cache = Cache(tmp_path / "r.sqlite3")
    cache.tasks.upsert_campaign(campaign)
    cache.reviews.store_review_items("c", [ReviewItemOut.model_validate({
        "id": sub.id, "campaign_id": "c", "task": task.model_dump(mode="json"),
        "account": annotator.address, "kind": "text_classification",
        "annotation": sub.annotation, "content_hash": sub.content_hash, "digest": sub.digest,
        "typed_data": sub.typed_data, "signature": sub.signature, "others": [],
        "consensus": None, "reviews_done": 0, "reviews_needed": 1, "lease_expires_at": 1,
        "received_at": 1})])
    yield cache, reviewer, annotator, sub
    cache.close()


def test_a_correction_is_hashed_signed_and_queued_in_one_transaction(setup: Any) -> None:
    cache, reviewer, _annotator, sub = setup
    (item,) = cache.reviews.review_items("c")
    fixed = {"kind": "text_classification", "labels": ["neg"]}
    row = make_review(cache, item, "correct", compose_reason("Wrong label", "it is ironic"),
                      fixed, reviewer)
    assert row.correction == fixed
    assert row.correction_hash == "0x" + keccak(canonical_json(fixed)).hex()
    message = row.typed_data["message"]
    assert message["correctionHash"] == row.correction_hash
    assert message["submissionDigest"] == sub.digest
    assert message["reason"] == "Wrong label: it is ironic"
    assert recover_typed(row.typed_data, row.signature) == reviewer.address
    assert cache.outbox.due(item_type="review")[0].item_id == row.id
    assert cache.reviews.review_items("c") == []  # marked reviewed
    assert cache.reviews.get_review_item(sub.id).state == "reviewed"
    with pytest.raises(AlreadyReviewedError):
        make_review(cache, item, "accept", "", None, reviewer)
    # the same id again: the stored review; other content under it: a conflict
    assert make_review(cache, item, "correct", "Wrong label: it is ironic", fixed, reviewer,
                       review_id=row.id) == row
    with pytest.raises(ReviewConflictError):
        make_review(cache, item, "accept", "", None, reviewer, review_id=row.id)
    assert verdict_summary({"verdict": "correct", "reason": "x"}) == "Corrected: x"


def test_bad_verdicts_write_nothing(setup: Any) -> None:
    cache, reviewer, annotator, _sub = setup
    (item,) = cache.reviews.review_items("c")
    with pytest.raises(ReasonRequiredError):
        make_review(cache, item, "reject", " ", None, reviewer)
    with pytest.raises(OwnSubmissionError):
        make_review(cache, item, "accept", "", None, annotator)
    with pytest.raises(CorrectionError, match="does not fit"):
        make_review(cache, item, "correct", "", {"kind": "text_classification",
                                                 "labels": ["maybe"]}, reviewer)
    with pytest.raises(CorrectionError, match="same as the submission"):
        make_review(cache, item, "correct", "", item.annotation, reviewer)
    with pytest.raises(CorrectionError):
        make_review(cache, item, "accept", "", {"kind": "text_classification",
                                                "labels": ["neg"]}, reviewer)
    assert cache.outbox.counts()["queued"] == 0 and cache.reviews.all() == []
    row = make_review(cache, item, "reject", "Wrong label", None, reviewer)
    assert row.typed_data["message"]["correctionHash"] == ZERO_HASH
    assert row.to_wire()["correction"] is None


def test_quality_and_review_requests_are_kept(setup: Any) -> None:
    cache = setup[0]
    cache.reviews.set_quality("c", "0xAbC", {"agreement": 0.5, "gold_accuracy": None})
    assert cache.reviews.quality("c", "0xabc")["agreement"] == 0.5  # type: ignore[index]
    cache.reviews.request_reviews("c", 40, ttl_s=3600)
    assert cache.reviews.review_requests() == {"c": (40, 3600)}
