"""Economics: content is paid once whoever sends it, near-copies are flagged for review.

Threat-model rows T-econ-same-content-new-id, T-econ-copy-second-account,
T-econ-copies-in-review-queue, T-econ-near-duplicate-flagged. A real hub over a real
socket; every item is signed with a real key and pushed over HTTP.
"""

from __future__ import annotations

from datafi_desktop.hub.server.inprocess import RunningHub
from tests.hub.helpers import signed_item

from . import economics_support
from .economics_support import (
    BOX_REWARD,
    COLLECT_REWARD,
    REWARD,
    boxes,
    collection_item,
    grant,
    lease_reviews,
    ledger_count,
    paid,
    png_bytes,
    push,
    status_of,
    upload,
    user,
)

econ_clock = economics_support.econ_clock  # fixtures
econ_hub = economics_support.econ_hub
econ_database_url = economics_support.econ_database_url

PLACE = "A red door on Main Street, next to the bakery with the green awning."


def test_T_econ_same_content_new_id_pays_once(econ_hub: RunningHub) -> None:
    """The same collection item pushed 10 times under new ids (and 3 more times inside one
    push) is accepted and paid once; each copy is refused and told why."""
    alice = user(econ_hub, "alice")
    item = collection_item(PLACE, place="Main Street")
    results = [push(alice, "nr", "collect", item) for _ in range(10)]
    assert results[0]["result"] == "accepted" and results[0]["status"] == "accepted"
    for copy in results[1:]:
        assert copy["result"] == "rejected" and copy["http_status"] == 422
        assert copy["reason"].startswith("duplicate content: the same collection item")
        assert f"by this account, submission {results[0]['id']}" in copy["reason"]
        assert "paid once" in copy["reason"]
    batch = alice.push(*[signed_item(alice.signer, "nr", "collect", item) for _ in range(3)])
    assert [r["result"] for r in batch] == ["rejected"] * 3
    other = collection_item(PLACE + " Open on Sundays.", place="Main Street")
    in_one_push = alice.push(*[signed_item(alice.signer, "nr", "collect", other)
                               for _ in range(3)])
    assert [r["result"] for r in in_one_push] == ["accepted", "rejected", "rejected"]
    assert ledger_count(econ_hub, "nr") == 2
    assert paid(econ_hub, "nr", alice.signer.address) == 2 * COLLECT_REWARD


def test_T_econ_copy_second_account_refused(econ_hub: RunningHub) -> None:
    """A second account's identical copy is refused (not paid), and the reason says that
    another account sent it first — without naming that account."""
    alice, bob = user(econ_hub, "alice"), user(econ_hub, "bob")
    item = collection_item(PLACE, place="Main Street")
    first = push(alice, "nr", "collect", item)
    copy = push(bob, "nr", "collect", item)
    assert first["result"] == "accepted"
    assert copy["result"] == "rejected" and "by another account" in copy["reason"]
    assert alice.signer.address.lower() not in copy["reason"].lower()
    assert paid(econ_hub, "nr", bob.signer.address) == 0
    assert paid(econ_hub, "nr") == COLLECT_REWARD


def test_T_econ_copies_in_review_queue_flagged(econ_hub: RunningHub) -> None:
    """With review: five identical copies leave one submission in the queue (the others
    refused); a near-copy by another account (same text after normalization) reaches the
    queue flagged, the flag names the original, and only reviewers/admins read the flags."""
    alice, bob, carol = (user(econ_hub, s) for s in ("alice", "bob", "carol"))
    grant(econ_hub, "rv", carol.signer.address)
    item = collection_item(PLACE, place="Main Street")
    results = [push(alice, "rv", "collect", item) for _ in range(5)]
    assert [r["result"] for r in results] == ["accepted"] + ["rejected"] * 4
    near = collection_item("a RED door on main street — next to the bakery, with the "
                           "green\u200b awning!", place="main   STREET")
    flagged = push(bob, "rv", "collect", near)
    assert flagged["result"] == "accepted" and flagged["status"] == "pending"
    queue = {i["id"]: i for i in lease_reviews(carol, "rv")}
    assert set(queue) == {results[0]["id"], flagged["id"]}
    assert queue[results[0]["id"]]["flags"] == []
    (flag,) = queue[flagged["id"]]["flags"]
    assert flag["kind"] == "same_text" and flag["other_submission_id"] == results[0]["id"]
    assert flag["other_account"] == alice.signer.address and not flag["same_account"]
    listing = carol.get("/v1/campaigns/rv/flags")
    assert listing.status_code == 200
    assert [(f["submission_id"], f["kind"], f["account"]) for f in listing.json()["flags"]] \
        == [(flagged["id"], "same_text", bob.signer.address)]
    assert bob.get("/v1/campaigns/rv/flags").status_code == 403
    assert paid(econ_hub, "rv") == 0  # nothing is paid before review


def test_T_econ_near_duplicate_flagged_same_asset_held(econ_hub: RunningHub) -> None:
    """The same photo (sha-256) in a second collection item, by another account, in a
    campaign without review: flagged ``same_asset`` and held for one review, not paid."""
    alice, bob = user(econ_hub, "alice"), user(econ_hub, "bob")
    sha = upload(alice, "nr", png_bytes())
    first = push(alice, "nr", "collect", collection_item(PLACE, sha))
    second = push(bob, "nr", "collect", collection_item("Blue shutters at the corner "
                                                        "of Elm and Fifth.", sha))
    assert first["status"] == "accepted" and second["result"] == "accepted"
    assert second["status"] == "pending" and status_of(econ_hub, second["id"]) == "pending"
    assert paid(econ_hub, "nr", bob.signer.address) == 0
    assert paid(econ_hub, "nr", alice.signer.address) == COLLECT_REWARD
    grant(econ_hub, "nr", alice.signer.address, "admin")
    (flag,) = alice.get("/v1/campaigns/nr/flags").json()["flags"]
    assert (flag["kind"], flag["submission_id"], flag["other_submission_id"]) == (
        "same_asset", second["id"], first["id"])


def test_T_econ_near_duplicate_boxes_flagged(econ_hub: RunningHub) -> None:
    """Boxes: another account's boxes within IoU 0.95 (same labels) are flagged ``shapes``,
    a bit-identical copy ``identical``; both wait for review instead of being paid; boxes
    drawn independently are paid at once. Identical classification labels are agreement,
    not copying: both paid, no flag."""
    alice, bob, carol, dave = (user(econ_hub, s) for s in ("alice", "bob", "carol", "dave"))
    original = boxes(("car", 2, 3, 40, 20), ("person", 45, 5, 10, 30))
    shifted = boxes(("person", 45, 5, 10, 30.2), ("car", 2.3, 3, 40, 20))
    for who in (alice, bob, carol):
        assert who.lease("bx", count=2) == ["t00000", "box-0"]
    first = push(alice, "bx", "box-0", original)
    near = push(bob, "bx", "box-0", shifted)
    same = push(carol, "bx", "box-0", original)
    assert first["status"] == "accepted"
    assert near["result"] == same["result"] == "accepted"
    assert near["status"] == same["status"] == "pending"
    assert dave.lease("bx", count=5) == ["box-1"]
    own = push(dave, "bx", "box-1", boxes(("car", 10, 10, 20, 20)))
    assert own["status"] == "accepted"
    assert paid(econ_hub, "bx") == 2 * BOX_REWARD
    grant(econ_hub, "bx", dave.signer.address, "admin")
    kinds = {f["submission_id"]: f["kind"]
             for f in dave.get("/v1/campaigns/bx/flags").json()["flags"]}
    assert kinds == {near["id"]: "shapes", same["id"]: "identical"}
    label = {"kind": "text_classification", "labels": ["positive"]}
    agree = [push(who, "bx", "t00000", label) for who in (alice, bob)]
    assert [a["status"] for a in agree] == ["accepted", "accepted"]
    assert paid(econ_hub, "bx", bob.signer.address, "submission") == REWARD
    assert set(kinds) == {f["submission_id"]
                          for f in dave.get("/v1/campaigns/bx/flags").json()["flags"]}
