"""Issue 12 item 4: what came from a model stays marked until the annotator changes
it, and the signed submission says which items were kept unchanged."""

from __future__ import annotations

import copy

import pytest
from eth_utils import keccak

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.canonical import canonical_json
from datafi_desktop.core.demo import load_demo
from datafi_desktop.core.editing import remove_item, toggle_label
from datafi_desktop.core.errors import AnnotationValidationError
from datafi_desktop.core.models import parse_annotation, to_json
from datafi_desktop.core.predictions import predicted_items, prediction_hash, prediction_of
from tests.conftest import KeySigner


@pytest.fixture
def demo(tmp_cache: Cache) -> Cache:
    load_demo(tmp_cache)
    return tmp_cache


def _task(cache: Cache, task_id: str):
    row = cache.tasks.find_task("demo", task_id)
    assert row is not None
    return row


def test_spans_kept_unchanged_are_recorded_in_the_signed_annotation(
        demo: Cache, signer: KeySigner) -> None:
    row = _task(demo, "text-spans-003")
    prediction = prediction_of(row.task)
    assert prediction is not None
    body = copy.deepcopy(dict(prediction.annotation))
    body["spans"][1] = {**body["spans"][1], "label": "MISC"}  # one span relabeled
    body["spans"].append({"start": 65, "end": 77, "label": "MISC"})  # one span added
    use = predicted_items(row.task, body)
    assert use is not None and use.model == "ner-xlmr-base"
    assert use.indices("spans") == {0, 2, 3}
    submitted = demo.submissions.submit(row.uid, body, signer)
    record = submitted.annotation["from_prediction"]
    assert record["model"] == "ner-xlmr-base"
    signed_spans = submitted.annotation["spans"]
    kept = [signed_spans[int(item[6:-1])] for item in record["items"]]
    assert {(s["start"], s["label"]) for s in kept} == {(12, "PER"), (87, "DATE"), (107, "LOC")}
    assert submitted.content_hash == "0x" + keccak(canonical_json(submitted.annotation)).hex()


def test_a_claim_in_the_body_is_recomputed_not_trusted(demo: Cache, signer: KeySigner) -> None:
    row = _task(demo, "text-cls-012")  # predicted: price, quality
    body = {"kind": "text_classification", "labels": ["delivery"],
            "from_prediction": {"model": "aspects-roberta-ml", "items": ["labels[0]"]}}
    submitted = demo.submissions.submit(row.uid, body, signer)
    record = submitted.annotation["from_prediction"]  # shown, nothing kept: still named
    prediction = prediction_of(row.task)
    assert prediction is not None
    assert record == {"model": "aspects-roberta-ml", "items": [],
                      "hash": prediction_hash(prediction)}


def test_the_prediction_hash_is_signed_and_hiding_it_is_refused() -> None:
    with pytest.raises(AnnotationValidationError):  # no items and no hash: says nothing
        parse_annotation({"kind": "text_classification", "labels": ["a"],
                          "from_prediction": {"model": "m", "items": []}})
    with pytest.raises(AnnotationValidationError):
        parse_annotation({"kind": "text_classification", "labels": ["a"],
                          "from_prediction": {"model": "m", "items": [], "hash": "0x12"}})
    old = {"kind": "text_classification", "labels": ["a"],
           "from_prediction": {"model": "m", "items": ["labels[0]"]}}
    assert to_json(parse_annotation(old)) == old  # records without a hash keep their JSON


def test_no_prediction_kept_means_the_old_content_hash(demo: Cache, signer: KeySigner) -> None:
    row = _task(demo, "text-cls-002")  # no prediction
    body = {"kind": "text_classification", "labels": ["positive"]}
    submitted = demo.submissions.submit(row.uid, body, signer)
    assert submitted.annotation == body
    assert submitted.content_hash == "0x" + keccak(
        b'{"kind":"text_classification","labels":["positive"]}').hex()
    assert "from_prediction" not in to_json(parse_annotation(body))


def test_classes_and_comparison_ratings(demo: Cache) -> None:
    cls = _task(demo, "text-cls-012").task
    body = {"kind": "text_classification", "labels": ["price", "quality"]}
    assert predicted_items(cls, body).items == ("labels[0]", "labels[1]")
    body = toggle_label(body, "price", multi=True)
    body = toggle_label(body, "price", multi=True)  # off and on again: still equal
    assert predicted_items(cls, remove_item(body, "labels", 0)).items == ("labels[0]",)
    cmp = _task(demo, "compare-001").task  # predicted: A, helpfulness 5, correctness 5
    body = {"kind": "comparison", "choice": "A", "reason": "",
            "ratings": {"helpfulness": 5, "correctness": 4}}
    assert predicted_items(cmp, body).items == ("choice", "ratings.helpfulness")
    body["choice"] = "B"  # the ratings were the model's ratings of A
    assert predicted_items(cmp, body) is None


def test_a_malformed_record_is_refused() -> None:
    with pytest.raises(AnnotationValidationError):
        parse_annotation({"kind": "text_classification", "labels": ["a"],
                          "from_prediction": {"model": "m", "items": ["labels[0]; drop"]}})


def test_a_collection_items_label_keeps_its_json() -> None:
    item = {"kind": "collection", "asset": None, "mime": None, "filename": None,
            "width": None, "height": None, "text": "Rue Haute", "metadata": {},
            "annotation": {"kind": "image_classification", "labels": ["street name"]}}
    assert to_json(parse_annotation(item)) == item
