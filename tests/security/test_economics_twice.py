"""Economics: one account is paid once per task and a verdict is never one's own.

Threat-model rows T-econ-same-task-twice, T-econ-self-review, T-econ-review-twice. A real
hub over a real socket; submissions and reviews are signed with real keys.
"""

from __future__ import annotations

from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.hub.helpers import signed_item

from . import economics_support
from .economics_support import (
    REWARD,
    grant,
    lease_reviews,
    ledger_count,
    paid,
    paying_campaign,
    push,
    review,
    user,
)

econ_clock = economics_support.econ_clock  # fixtures
econ_hub = economics_support.econ_hub
econ_database_url = economics_support.econ_database_url

POSITIVE = {"kind": "text_classification", "labels": ["positive"]}
NEGATIVE = {"kind": "text_classification", "labels": ["negative"]}


def test_T_econ_same_task_twice_refused(econ_hub: RunningHub, econ_clock: object) -> None:
    """The same task answered again by the same account — another answer, another id, in
    a later push, in the same push, after the lease lapsed — is refused; paid once."""
    alice = user(econ_hub, "alice")
    assert alice.lease("nr", count=2, ttl=60) == ["t00000", "t00001"]
    first = push(alice, "nr", "t00000", POSITIVE)
    again = push(alice, "nr", "t00000", NEGATIVE)
    assert first["status"] == "accepted" and again["result"] == "rejected"
    assert again["reason"] == (
        f"task already submitted by this account (submission {first['id']})")
    both = alice.push(signed_item(alice.signer, "nr", "t00001", POSITIVE),
                      signed_item(alice.signer, "nr", "t00001", NEGATIVE))
    assert [r["result"] for r in both] == ["accepted", "rejected"]
    assert both[1]["reason"].startswith("task already submitted by this account")
    econ_clock.advance(120)  # type: ignore[attr-defined]  # the leases lapsed
    late = push(alice, "nr", "t00000", NEGATIVE)
    assert late["result"] == "rejected"
    assert ledger_count(econ_hub, "nr") == 2
    assert paid(econ_hub, "nr", alice.signer.address) == 2 * REWARD


def test_T_econ_self_review_refused(econ_hub: RunningHub) -> None:
    """A reviewer never gets their own work from the queue, a verdict on it is refused and
    not paid; nor can they review another annotator's label of a task they labeled."""
    import_campaign(econ_hub.hub, paying_campaign("ov", reviews_required=1, overlap=2))
    alice, bob = user(econ_hub, "alice"), user(econ_hub, "bob")
    grant(econ_hub, "ov", alice.signer.address)
    assert alice.lease("ov", count=1) == bob.lease("ov", count=1) == ["t00000"]
    mine = push(alice, "ov", "t00000", POSITIVE)
    theirs = push(bob, "ov", "t00000", POSITIVE)
    assert lease_reviews(alice, "ov") == []  # own work and the task she labeled
    queue = alice.get("/v1/campaigns/ov/review/queue").json()["items"]
    assert queue == []
    own_item = {"id": mine["id"], "digest": _digest(econ_hub, mine["id"])}
    result = review(alice, own_item, "accept")
    assert result["result"] == "rejected" and result["reason"].startswith("own submission")
    other = review(alice, {"id": theirs["id"], "digest": _digest(econ_hub, theirs["id"])},
                   "accept")
    assert other["result"] == "rejected"
    assert other["reason"].startswith("own task")
    assert ledger_count(econ_hub, "ov", "review") == 0
    assert paid(econ_hub, "ov") == 0


def test_T_econ_review_twice_refused(econ_hub: RunningHub) -> None:
    """A submission that needs two reviews: the same reviewer's second verdict (new id, in
    a later push or in the same push) is refused and paid once; a second reviewer decides."""
    import_campaign(econ_hub.hub, paying_campaign("r2", reviews_required=2))
    alice, carol, dave = (user(econ_hub, s) for s in ("alice", "carol", "dave"))
    grant(econ_hub, "r2", carol.signer.address)
    grant(econ_hub, "r2", dave.signer.address)
    assert alice.lease("r2", count=1) == ["t00000"]
    sub = push(alice, "r2", "t00000", POSITIVE)
    (item,) = lease_reviews(carol, "r2")
    assert review(carol, item, "accept")["result"] == "accepted"
    again = review(carol, item, "accept")
    assert again["result"] == "rejected" and again["reason"].startswith(
        "already reviewed by this account")
    assert lease_reviews(carol, "r2") == []
    assert ledger_count(econ_hub, "r2", "review") == 1
    (item2,) = lease_reviews(dave, "r2")
    assert review(dave, item2, "accept")["status"] == "accepted"
    assert economics_support.status_of(econ_hub, sub["id"]) == "accepted"
    assert ledger_count(econ_hub, "r2", "review") == 2
    assert paid(econ_hub, "r2", alice.signer.address) == REWARD


def _digest(hub: RunningHub, submission_id: str) -> str:
    from sqlalchemy import select

    from datafi_desktop.hub.db.tables import submissions

    with hub.hub.engine.begin() as conn:
        return str(conn.execute(select(submissions.c.digest)
                                .where(submissions.c.id == submission_id)).scalar_one())


def test_T_econ_review_own_task_refused(econ_hub: RunningHub) -> None:
    """A reviewer who leased Bob's label of a task, then labeled that task too, cannot
    judge Bob's label against their own: the verdict is refused and not paid."""
    import_campaign(econ_hub.hub, paying_campaign("ot", reviews_required=1, overlap=2))
    bob, carol = user(econ_hub, "bob"), user(econ_hub, "carol")
    grant(econ_hub, "ot", carol.signer.address)
    assert bob.lease("ot", count=1) == ["t00000"]
    theirs = push(bob, "ot", "t00000", POSITIVE)
    (item,) = lease_reviews(carol, "ot")
    assert item["id"] == theirs["id"]
    assert carol.lease("ot", count=1) == ["t00000"]
    assert push(carol, "ot", "t00000", NEGATIVE)["result"] == "accepted"
    result = review(carol, item, "reject", "Wrong label")
    assert result["result"] == "rejected" and result["reason"].startswith("own task")
    assert economics_support.status_of(econ_hub, theirs["id"]) == "pending"
    assert ledger_count(econ_hub, "ot", "review") == 0
