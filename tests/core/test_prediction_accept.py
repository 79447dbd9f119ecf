"""Issue 12 item 4: accepting a model's items explicitly. The editor keeps the accepted
items by value in the draft; the signed record names, among the items kept unchanged,
those the annotator accepted — an edited item is never "accepted", a claim the record
brings along is recomputed, and a record without acceptances hashes as before."""

from __future__ import annotations

import copy

import pytest

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.demo import load_demo
from datafi_desktop.core.editing import remove_item
from datafi_desktop.core.errors import AnnotationValidationError
from datafi_desktop.core.flow import submit_problems, submittable
from datafi_desktop.core.models import parse_annotation
from datafi_desktop.core.prediction_accept import (
    ACCEPTED_KEY,
    accept,
    accepted_paths,
    pending_items,
)
from datafi_desktop.core.predictions import prediction_of
from tests.conftest import KeySigner


@pytest.fixture
def demo(tmp_cache: Cache) -> Cache:
    load_demo(tmp_cache)
    return tmp_cache


def test_acceptances_follow_their_items_and_reach_the_signed_record(
        demo: Cache, signer: KeySigner) -> None:
    row = demo.tasks.find_task("demo", "img-boxes-001")
    assert row is not None
    prediction = prediction_of(row.task)
    assert prediction is not None
    body = copy.deepcopy(dict(prediction.annotation))
    boxes = body["boxes"]
    body = accept(row.task, body, ["boxes[3]", "boxes[4]"])
    assert accepted_paths(row.task, body) == ("boxes[3]", "boxes[4]")
    body = remove_item(body, "boxes", 0)  # the items move up: the acceptances follow them
    assert accepted_paths(row.task, body) == ("boxes[2]", "boxes[3]")
    moved = dict(body["boxes"][2], x=body["boxes"][2]["x"] + 5)
    body = {**body, "boxes": [*body["boxes"][:2], moved, *body["boxes"][3:]]}  # edited
    pending = pending_items(row.task, body)
    assert pending is not None and "boxes[2]" not in pending.items  # the annotator's own
    assert accepted_paths(row.task, body) == ("boxes[3]",)
    assert submit_problems(row.task, body) == []  # the editor's list never blocks
    signed = demo.submissions.submit(row.uid, submittable(body), signer).annotation
    assert ACCEPTED_KEY not in signed
    record = signed["from_prediction"]
    assert len(record["items"]) == len(boxes) - 2  # one deleted, one moved
    (path,) = record["accepted"]
    assert signed["boxes"][int(path[6:-1])] == boxes[4]


def test_a_record_without_acceptances_is_unchanged_and_claims_are_checked(
        demo: Cache, signer: KeySigner) -> None:
    row = demo.tasks.find_task("demo", "text-cls-012")  # predicted: price, quality
    assert row is not None
    signed = demo.submissions.submit(row.uid, {"kind": "text_classification",
                                               "labels": ["price", "quality"]}, signer).annotation
    assert "accepted" not in signed["from_prediction"]  # the JSON (and hash) as before
    forged = copy.deepcopy(signed)
    forged["from_prediction"]["accepted"] = ["labels[0]", "labels[2]"]
    with pytest.raises(AnnotationValidationError, match="accepted"):
        parse_annotation(forged, row.task)
    # a claim carried by a body is recomputed: only the editor's list counts
    again = demo.tasks.find_task("demo", "text-cls-001")
    assert again is not None
    claim = {"kind": "text_classification", "labels": ["positive"],
             "from_prediction": {"model": "m", "items": ["labels[0]"],
                                 "accepted": ["labels[0]"]}}
    record = (demo.submissions.submit(again.uid, claim, signer).annotation.get("from_prediction")
              or {})
    assert "accepted" not in record
