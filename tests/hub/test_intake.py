"""Submission intake: signatures, domains, idempotency by id, content hashes, leases."""

from __future__ import annotations

import copy

from datafi_desktop.hub.server.inprocess import RunningHub
from tests.conftest import KeySigner

from .helpers import (
    ApiUser,
    AppProfile,
    answer,
    hub_count,
    new_uuid7,
    not_v7,
    sign_with_random_k,
    signed_item,
)


def _user(hub: RunningHub, profile: AppProfile) -> ApiUser:
    return ApiUser(hub.url, profile.signer).sign_in()


def test_accepted_then_resent_returns_the_original_result(hub: RunningHub,
                                                          alice: AppProfile) -> None:
    user = _user(hub, alice)
    (task,) = user.lease(count=1)
    item = signed_item(alice.signer, "c1", task, answer(0))
    (first,) = user.push(item)
    assert first["result"] == "accepted" and first["status"] == "pending"
    assert first["http_status"] == 200 and not first["duplicate"]
    (again,) = user.push(item)
    assert again["result"] == "accepted" and again["duplicate"]
    assert again["seq"] == first["seq"]
    assert hub_count(hub.hub.settings.url) == 1


def test_the_same_digest_signed_again_is_the_same_submission(hub: RunningHub,
                                                             alice: AppProfile) -> None:
    """Signatures are not unique (a signer may use another k); the digest is."""
    user = _user(hub, alice)
    (task,) = user.lease(count=1)
    item = signed_item(alice.signer, "c1", task, answer(0), created_at_ms=1_700_000_000_000)
    user.push(item)
    from datafi_desktop.core.protocol import digest, recover_typed

    other = copy.deepcopy(item)
    other["signature"] = sign_with_random_k(digest(item["typed_data"]), "alice", 0x1234567)
    assert other["signature"] != item["signature"]
    assert recover_typed(item["typed_data"], other["signature"]) == alice.signer.address
    (again,) = user.push(other)
    assert again["result"] == "accepted" and again["duplicate"]
    assert hub_count(hub.hub.settings.url) == 1


def test_same_id_other_content_is_a_conflict(hub: RunningHub, alice: AppProfile) -> None:
    user = _user(hub, alice)
    (task,) = user.lease(count=1)
    sid = new_uuid7()
    user.push(signed_item(alice.signer, "c1", task, answer(0), sid=sid))
    (conflict,) = user.push(signed_item(alice.signer, "c1", task, answer(1), sid=sid))
    assert conflict["result"] == "conflict" and conflict["http_status"] == 409
    assert hub_count(hub.hub.settings.url) == 1


def test_tampering_is_rejected_with_a_reason(hub: RunningHub, alice: AppProfile) -> None:
    user = _user(hub, alice)
    tasks = user.lease(count=8)
    good = [signed_item(alice.signer, "c1", t, answer(0)) for t in tasks]

    bad_sig = copy.deepcopy(good[0])
    sig = bytearray(bytes.fromhex(bad_sig["signature"][2:]))
    sig[10] ^= 0xFF
    bad_sig["signature"] = "0x" + sig.hex()

    high_s = copy.deepcopy(good[1])
    raw = bytes.fromhex(high_s["signature"][2:])
    n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
    s = n - int.from_bytes(raw[32:64], "big")
    high_s["signature"] = "0x" + (raw[:32] + s.to_bytes(32, "big")
                                  + bytes([55 - raw[64]])).hex()

    other_content = copy.deepcopy(good[2])
    other_content["annotation"] = answer(1)

    other_chain = signed_item(alice.signer, "c1", tasks[3], answer(0), chain_id=1)
    other_contract = signed_item(alice.signer, "c1", tasks[4], answer(0),
                                 distributor="0x" + "ee" * 20)
    not_mine = signed_item(KeySigner("mallory"), "c1", tasks[5], answer(0))
    moved_task = copy.deepcopy(good[6])
    moved_task["typed_data"]["message"]["task"] = tasks[7]
    wrong_id = signed_item(alice.signer, "c1", tasks[7], answer(0), sid=not_v7())

    results = user.push(bad_sig, high_s, other_content, other_chain, other_contract, not_mine,
                        moved_task, wrong_id)
    reasons = [r["reason"] for r in results]
    assert [r["result"] for r in results] == ["rejected"] * 8
    assert reasons[0].startswith("signature invalid")
    assert "high-s" in reasons[1]
    assert reasons[2].startswith("content hash mismatch")
    assert reasons[3].startswith("domain mismatch") and "chain 1 " in reasons[3]
    assert reasons[4].startswith("domain mismatch")
    assert reasons[5].startswith("signer mismatch")
    assert reasons[6].startswith("signature invalid")
    assert reasons[7] == "id: not a UUIDv7"
    assert all(r["http_status"] == 422 for r in results)
    # tampered and unattributable items are not stored; the content mismatch is (it was
    # really signed by the account), so a resend gets the same answer
    assert hub_count(hub.hub.settings.url) == 1


def test_a_signature_for_another_campaign_is_rejected(hub: RunningHub,
                                                      alice: AppProfile) -> None:
    """A second campaign on another chain: a submission signed for it does not fit c1."""
    from datafi_desktop.hub.campaigns.importer import import_campaign

    from .helpers import text_campaign

    import_campaign(hub.hub, text_campaign("c2", tasks=2, chain_id=5))
    user = _user(hub, alice)
    (task,) = user.lease("c1", count=1)
    item = signed_item(alice.signer, "c1", task, answer(0), chain_id=5)  # c2's domain
    (result,) = user.push(item)
    assert result["result"] == "rejected" and result["reason"].startswith("domain mismatch")
    replay = signed_item(alice.signer, "c2", task, answer(0))  # c1's domain, names c2
    (result,) = user.push(replay)
    assert result["reason"].startswith("domain mismatch")


def test_annotations_must_fit_the_task(hub: RunningHub, alice: AppProfile) -> None:
    user = _user(hub, alice)
    t1, t2, t3 = user.lease(count=3)
    results = user.push(
        signed_item(alice.signer, "c1", t1, {"kind": "text_classification",
                                             "labels": ["sarcastic"]}),
        signed_item(alice.signer, "c1", t2, {"kind": "text_spans", "spans": []}),
        signed_item(alice.signer, "c1", "no-such-task", answer(0)),
    )
    assert results[0]["reason"].startswith("annotation invalid") and "sarcastic" in (
        results[0]["reason"])
    assert results[1]["reason"].startswith("annotation invalid")
    assert results[2]["reason"].startswith("unknown task")
    assert t3


def test_without_a_lease_or_twice_is_rejected(hub: RunningHub, alice: AppProfile,
                                              bob: AppProfile) -> None:
    a, b = _user(hub, alice), _user(hub, bob)
    (task,) = a.lease(count=1)
    (result,) = b.push(signed_item(bob.signer, "c1", task, answer(0)))
    assert result["reason"].startswith("no lease")
    assert a.push(signed_item(alice.signer, "c1", task, answer(0)))[0]["result"] == "accepted"
    (twice,) = a.push(signed_item(alice.signer, "c1", task, answer(1)))
    assert twice["reason"].startswith("task already submitted")


def test_collection_items_need_no_lease(hub: RunningHub, alice: AppProfile) -> None:
    user = _user(hub, alice)
    item = {"kind": "collection", "text": "A red door on Main Street",
            "metadata": {"place": "Main Street"}}
    results = user.push(signed_item(alice.signer, "c1", "collect", item),
                        signed_item(alice.signer, "c1", "collect", {**item, "text": "Another"}))
    assert [r["result"] for r in results] == ["accepted", "accepted"]


def test_batches_are_validated(hub: RunningHub, alice: AppProfile) -> None:
    user = _user(hub, alice)
    assert user.post("/v1/submissions", json={"items": []}).status_code == 422
    assert user.post("/v1/submissions", content=b"[1,", headers={
        "Content-Type": "application/json"}).status_code == 422
    odd = user.post("/v1/submissions", json={"items": [
        {"id": "x", "annotation": None, "typed_data": {}, "signature": "zz"}]})
    assert odd.status_code == 200
    assert odd.json()["results"][0]["result"] == "rejected"
    unauth = ApiUser(hub.url, alice.signer)
    assert unauth.post("/v1/submissions", json={"items": []}).status_code in (401, 422)


def test_deeply_nested_or_huge_json_is_refused_and_the_hub_lives(hub: RunningHub,
                                                                 alice: AppProfile) -> None:
    user = _user(hub, alice)
    for body in (b"[" * 200_000, b'{"items": ' + b"[" * 100 + b"]" * 100 + b"}"):
        response = user.post("/v1/submissions", content=body,
                             headers={"Content-Type": "application/json"})
        assert response.status_code == 422
        assert "nested deeper" in response.json()["detail"]
    no_type = user.http.post("/v1/auth/login", content=b"[" * 200_000)
    assert no_type.status_code == 415  # only application/json is read as JSON
    assert user.get("/v1/health").status_code == 200
