"""Threat rows SIG-*: signatures replayed in another shape, place or session."""

from __future__ import annotations

import copy
import json
from typing import Any

from eth_utils import keccak

from datafi_desktop.core.protocol import (
    Domain,
    digest,
    review_message,
    sign_typed,
    typed_data,
)
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.conftest import KeySigner
from tests.hub.helpers import (
    CHAIN_ID,
    DISTRIBUTOR,
    ApiUser,
    answer,
    hub_count,
    new_uuid7,
    sign_with_random_k,
    signed_item,
)

from .attack_support import grant, user

SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
DOMAIN = Domain(chain_id=CHAIN_ID, verifying_contract=DISTRIBUTOR)


def high_s_twin(signature: str) -> str:
    raw = bytes.fromhex(signature[2:])
    s = SECP256K1_N - int.from_bytes(raw[32:64], "big")
    return "0x" + (raw[:32] + s.to_bytes(32, "big") + bytes([55 - raw[64]])).hex()


def one(client: ApiUser, item: dict[str, Any]) -> dict[str, Any]:
    (result,) = client.push(item)
    return result


def signed_review(reviewer: KeySigner, item: dict[str, Any], verdict: str = "accept",
                  domain: Domain = DOMAIN) -> dict[str, Any]:
    rid = new_uuid7()
    message = review_message(review_id=rid, submission_id=item["id"],
                             submission_digest="0x" + digest(item["typed_data"]).hex(),
                             verdict=verdict, reason="" if verdict == "accept" else "Wrong label",
                             correction_hash=None, reviewer=reviewer.address,
                             created_at_ms=item["typed_data"]["message"]["createdAt"] + 1)
    full = typed_data(domain, "Review", message)
    return {"id": rid, "typed_data": full, "signature": "0x" + sign_typed(full, reviewer).hex()}


def push_reviews(client: ApiUser, *items: dict[str, Any]) -> list[dict[str, Any]]:
    response = client.post("/v1/reviews", json={"items": list(items)})
    assert response.status_code == 200, response.text
    return list(response.json()["results"])


def test_sig_high_s_twin_submission(hub: RunningHub) -> None:
    """The malleable twin of an accepted submission's signature is refused and is not a
    second submission."""
    alice = user(hub, "alice")
    (task,) = alice.lease(count=1)
    item = signed_item(alice.signer, "c1", task, answer(0))
    assert one(alice, item)["result"] == "accepted"
    twin = one(alice, {**item, "signature": high_s_twin(item["signature"])})
    assert twin["result"] == "rejected" and "high-s" in twin["reason"]
    fresh_twin = signed_item(alice.signer, "c1", task, answer(1))
    fresh_twin["signature"] = high_s_twin(fresh_twin["signature"])
    assert one(alice, fresh_twin)["result"] == "rejected"
    assert hub_count(hub.hub.settings.url) == 1


def test_sig_other_k_same_digest_is_the_same_submission(hub: RunningHub) -> None:
    """Other valid signature bytes of the same digest do not make a second paid row."""
    alice = user(hub, "alice")
    (task,) = alice.lease(count=1)
    item = signed_item(alice.signer, "c1", task, answer(0))
    assert one(alice, item)["result"] == "accepted"
    other = sign_with_random_k(digest(item["typed_data"]), "alice", 987654321)
    again = one(alice, {**item, "signature": other})
    assert again["result"] == "accepted" and again["duplicate"] is True
    assert hub_count(hub.hub.settings.url) == 1


def test_sig_high_s_twin_review(hub: RunningHub) -> None:
    alice = user(hub, "alice")
    grant(hub, "rita", "reviewer")
    rita = user(hub, "rita")
    (task,) = alice.lease(count=1)
    item = signed_item(alice.signer, "c1", task, answer(0))
    assert one(alice, item)["result"] == "accepted"
    assert rita.post("/v1/campaigns/c1/review/leases", json={"count": 1}).status_code == 200
    review = signed_review(rita.signer, item)
    (twin,) = push_reviews(rita, {**review, "signature": high_s_twin(review["signature"])})
    assert twin["result"] == "rejected" and "high-s" in twin["reason"]
    (good,) = push_reviews(rita, review)
    assert good["result"] == "accepted"


def test_sig_other_chain_id(hub: RunningHub) -> None:
    alice = user(hub, "alice")
    (task,) = alice.lease(count=1)
    for chain_id in (1, CHAIN_ID + 1):
        result = one(alice, signed_item(alice.signer, "c1", task, answer(0), chain_id=chain_id))
        assert result["result"] == "rejected" and result["reason"].startswith("domain mismatch")
    assert hub_count(hub.hub.settings.url) == 0


def test_sig_other_contract(hub: RunningHub) -> None:
    alice = user(hub, "alice")
    (task,) = alice.lease(count=1)
    result = one(alice, signed_item(alice.signer, "c1", task, answer(0),
                                    distributor="0x" + "ee" * 20))
    assert result["result"] == "rejected" and result["reason"].startswith("domain mismatch")


def test_sig_other_chain_id_review(hub: RunningHub) -> None:
    alice = user(hub, "alice")
    grant(hub, "rita", "reviewer")
    rita = user(hub, "rita")
    (task,) = alice.lease(count=1)
    item = signed_item(alice.signer, "c1", task, answer(0))
    one(alice, item)
    rita.post("/v1/campaigns/c1/review/leases", json={"count": 1})
    elsewhere = signed_review(rita.signer, item, domain=Domain(chain_id=1,
                                                               verifying_contract=DISTRIBUTOR))
    (result,) = push_reviews(rita, elsewhere)
    assert result["result"] == "rejected"


def test_sig_submission_presented_as_review(hub: RunningHub) -> None:
    """A reviewer's own signed Submission posted to /v1/reviews is not a verdict."""
    alice = user(hub, "alice")
    grant(hub, "rita", "reviewer")
    rita = user(hub, "rita")
    (task,) = alice.lease(count=1)
    one(alice, signed_item(alice.signer, "c1", task, answer(0)))
    (own_task,) = rita.lease(count=1)
    as_submission = signed_item(rita.signer, "c1", own_task, answer(0))
    (result,) = push_reviews(rita, {"id": as_submission["id"],
                                    "typed_data": as_submission["typed_data"],
                                    "signature": as_submission["signature"]})
    assert result["result"] == "rejected"
    # and the relabelled struct (primaryType "Review" over the Submission's fields) too
    relabelled = copy.deepcopy(as_submission["typed_data"])
    relabelled["primaryType"] = "Review"
    response = rita.post("/v1/reviews", json={"items": [{
        "id": as_submission["id"], "typed_data": relabelled,
        "signature": as_submission["signature"]}]})
    assert response.status_code in (200, 422)
    if response.status_code == 200:
        assert response.json()["results"][0]["result"] == "rejected"


def test_sig_review_presented_as_submission(hub: RunningHub) -> None:
    alice = user(hub, "alice")
    grant(hub, "rita", "reviewer")
    rita = user(hub, "rita")
    (task,) = alice.lease(count=1)
    item = signed_item(alice.signer, "c1", task, answer(0))
    one(alice, item)
    review = signed_review(rita.signer, item)
    (rita_task,) = rita.lease(count=1)
    result = one(rita, {"id": review["id"], "annotation": answer(0),
                        "typed_data": review["typed_data"], "signature": review["signature"]})
    assert result["result"] == "rejected"
    assert hub_count(hub.hub.settings.url) == 1
    assert rita_task


def test_sig_submission_presented_as_claim_request(hub: RunningHub) -> None:
    """A Submission signature wrapped into a ClaimRequest for the same account: the relayer
    recovers another address from the ClaimRequest digest and refuses before the chain."""
    alice = user(hub, "alice")
    (task,) = alice.lease(count=1)
    item = signed_item(alice.signer, "c1", task, answer(0))
    body = {"request": {"account": alice.signer.address, "cumulative_amount": "1000",
                        "expected_root": "0x" + "11" * 32, "nonce": "1",
                        "deadline": 2**40},
            "signature": item["signature"]}
    response = alice.http.post("/v1/campaigns/c1/claims/relay", json=body)
    assert response.status_code == 422
    assert "signature invalid" in response.json()["detail"]


def test_sig_claim_request_high_s_twin(hub: RunningHub) -> None:
    from datafi_desktop.core.protocol import claim_request_message

    alice = KeySigner("alice")
    message = claim_request_message(account=alice.address, cumulative_amount=1000,
                                    expected_root="0x" + "11" * 32, nonce=7, deadline=2**40)
    signature = "0x" + sign_typed(typed_data(DOMAIN, "ClaimRequest", message), alice).hex()
    body = {"request": {"account": alice.address, "cumulative_amount": "1000",
                        "expected_root": "0x" + "11" * 32, "nonce": "7", "deadline": 2**40},
            "signature": high_s_twin(signature)}
    response = ApiUser(hub.url, alice).http.post("/v1/campaigns/c1/claims/relay", json=body)
    assert response.status_code == 422 and "high-s" in response.json()["detail"]


def test_sig_by_b_in_a_session(hub: RunningHub) -> None:
    """Bob signs a Submission naming Alice as the annotator and posts it in Alice's session
    (or his own): refused either way, nothing stored."""
    alice, bob = user(hub, "alice"), user(hub, "bob")
    (task,) = alice.lease(count=1)
    forged = signed_item(bob.signer, "c1", task, answer(0))
    forged["typed_data"]["message"]["annotator"] = alice.signer.address
    assert one(alice, forged)["result"] == "rejected"
    by_bob = signed_item(bob.signer, "c1", task, answer(0))
    result = one(alice, by_bob)
    assert result["result"] == "rejected" and "signer mismatch" in result["reason"]
    assert hub_count(hub.hub.settings.url) == 0


def test_sig_content_not_matching_hash(hub: RunningHub) -> None:
    alice = user(hub, "alice")
    (task,) = alice.lease(count=1)
    item = signed_item(alice.signer, "c1", task, answer(0))
    item["annotation"] = answer(1)
    result = one(alice, item)
    assert result["result"] == "rejected" and "content hash" in result["reason"]
    assert alice.get("/v1/submissions/status").json()["items"] == [] or all(
        s["status"] == "rejected" for s in alice.get("/v1/submissions/status").json()["items"])


def test_sig_non_canonical_json(hub: RunningHub) -> None:
    """contentHash over a non-canonical serialisation (spaces, key order) is refused: the hub
    hashes the RFC 8785 form only, so one content has one hash."""
    alice = user(hub, "alice")
    tasks = alice.lease(count=3)
    annotation = {"labels": ["positive"], "kind": "text_classification"}
    for task, text in zip(tasks, (json.dumps(annotation), json.dumps(annotation, indent=2),
                                  json.dumps(annotation, ensure_ascii=True,
                                             separators=(",", ":"))), strict=True):
        item = signed_item(alice.signer, "c1", task, annotation)
        message = dict(item["typed_data"]["message"])
        message["contentHash"] = "0x" + keccak(text.encode()).hex()
        full = {**item["typed_data"], "message": message}
        item = {**item, "typed_data": full, "signature": "0x" + sign_typed(full,
                                                                          alice.signer).hex()}
        result = one(alice, item)
        assert result["result"] == "rejected" and "content hash" in result["reason"], text
    # the canonical form of the same content is accepted
    assert one(alice, signed_item(alice.signer, "c1", tasks[0], annotation))["result"] == (
        "accepted")


def test_sig_signed_id_differs_from_item_id(hub: RunningHub) -> None:
    """Reusing a signed submission under a new item id (to be paid twice) is refused."""
    alice = user(hub, "alice")
    (task,) = alice.lease(count=1)
    item = signed_item(alice.signer, "c1", task, answer(0))
    assert one(alice, item)["result"] == "accepted"
    copy_item = {**item, "id": new_uuid7()}
    assert one(alice, copy_item)["result"] == "rejected"
    assert hub_count(hub.hub.settings.url) == 1


def test_sig_garbage_signatures_do_not_crash(hub: RunningHub) -> None:
    alice = user(hub, "alice")
    (task,) = alice.lease(count=1)
    item = signed_item(alice.signer, "c1", task, answer(0))
    for signature in ("0x" + "00" * 65, "0x" + "ff" * 65, "0x" + "11" * 64 + "05",
                      "0x" + "11" * 64, "0xzz", "", "0x" + "00" * 64 + "1b"):
        response = alice.post("/v1/submissions", json={"items": [{**item,
                                                                  "signature": signature}]})
        assert response.status_code in (200, 422), (signature, response.text)
        if response.status_code == 200:
            assert response.json()["results"][0]["result"] == "rejected"
    assert hub_count(hub.hub.settings.url) == 0
