"""Leases: exclusive unless the campaign asks for overlap, expiring back to the pool."""

from __future__ import annotations

import threading

from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.conftest import KeySigner

from .helpers import ApiUser, AppProfile, Clock, answer, signed_item, text_campaign


def _user(hub: RunningHub, profile: AppProfile) -> ApiUser:
    return ApiUser(hub.url, profile.signer).sign_in()


def test_a_task_is_leased_to_one_annotator(hub: RunningHub, alice: AppProfile,
                                           bob: AppProfile) -> None:
    a, b = _user(hub, alice), _user(hub, bob)
    mine = a.lease(count=15)
    theirs = b.lease(count=15)
    assert len(mine) == 15 and len(theirs) == 5  # 20 tasks; the collection task is never leased
    assert not set(mine) & set(theirs)
    assert "collect" not in mine + theirs
    # asking again renews the same leases instead of taking more
    assert a.lease(count=15) == mine


def test_an_expired_lease_goes_to_the_other_annotator(hub: RunningHub, alice: AppProfile,
                                                      bob: AppProfile, clock: Clock) -> None:
    import_campaign(hub.hub, text_campaign("solo", tasks=1))
    a, b = _user(hub, alice), _user(hub, bob)
    assert a.lease("solo", count=1, ttl=60) == ["t00000"]
    assert b.lease("solo", count=1) == []
    clock.advance(61)
    a.sign_in()  # the session outlives the lease in real life; here the clock jumped
    b.sign_in()
    assert b.lease("solo", count=1, ttl=600) == ["t00000"]
    assert a.lease("solo", count=1) == []
    # alice's late work: bob holds the one place (a lease is a promise), so it is late...
    late = signed_item(alice.signer, "solo", "t00000", answer(0))
    (result,) = a.push(late)
    assert result["result"] == "rejected" and result["reason"] == "task closed"
    # ...and bob's is accepted: an overlap-1 task never takes (nor pays) two
    (bobs,) = b.push(signed_item(bob.signer, "solo", "t00000", answer(1)))
    assert bobs["result"] == "accepted"


def test_late_work_is_accepted_while_the_place_is_free(hub: RunningHub, alice: AppProfile,
                                                       bob: AppProfile, clock: Clock) -> None:
    import_campaign(hub.hub, text_campaign("solo", tasks=1))
    a = _user(hub, alice)
    assert a.lease("solo", count=1, ttl=60) == ["t00000"]
    clock.advance(61)
    a.sign_in()
    (late,) = a.push(signed_item(alice.signer, "solo", "t00000", answer(0)))
    assert late["result"] == "accepted"
    b = _user(hub, bob)
    assert b.lease("solo", count=1) == []


def test_late_work_on_a_closed_task_is_rejected(hub: RunningHub, alice: AppProfile,
                                                bob: AppProfile, clock: Clock) -> None:
    import_campaign(hub.hub, text_campaign("solo", tasks=1))
    a, b = _user(hub, alice), _user(hub, bob)
    a.lease("solo", count=1, ttl=60)
    clock.advance(61)
    a.sign_in()
    b.sign_in()
    assert b.lease("solo", count=1) == ["t00000"]
    assert b.push(signed_item(bob.signer, "solo", "t00000", answer(1)))[0]["result"] == (
        "accepted")
    (late,) = a.push(signed_item(alice.signer, "solo", "t00000", answer(0)))
    assert late["result"] == "rejected" and late["reason"] == "task closed"
    # the rejection is stored: the status feed tells alice, a resend says the same
    feed = a.get("/v1/submissions/status").json()["items"]
    assert [(i["status"], i["reason"]) for i in feed] == [("rejected", "task closed")]


def test_overlap_lets_distinct_annotators_share_a_task(hub: RunningHub, alice: AppProfile,
                                                       bob: AppProfile) -> None:
    import_campaign(hub.hub, text_campaign("pair", tasks=2, overlap=2))
    a, b = _user(hub, alice), _user(hub, bob)
    carol = ApiUser(hub.url, KeySigner("carol")).sign_in()
    assert a.lease("pair", count=2) == ["t00000", "t00001"]
    assert b.lease("pair", count=2) == ["t00000", "t00001"]
    assert carol.lease("pair", count=2) == []
    assert a.push(signed_item(alice.signer, "pair", "t00000", answer(0)))[0]["result"] == (
        "accepted")
    # alice's submission fills her place; the task still has bob's lease: carol waits
    assert carol.lease("pair", count=2) == []


def test_releasing_returns_the_task(hub: RunningHub, alice: AppProfile,
                                    bob: AppProfile) -> None:
    import_campaign(hub.hub, text_campaign("solo", tasks=1))
    a, b = _user(hub, alice), _user(hub, bob)
    a.lease("solo", count=1)
    response = a.http.delete("/v1/campaigns/solo/leases/t00000", headers=a.headers)
    assert response.json() == {"released": True}
    assert b.lease("solo", count=1) == ["t00000"]


def test_concurrent_leasing_never_double_assigns(hub: RunningHub) -> None:
    import_campaign(hub.hub, text_campaign("race", tasks=40))
    users = [ApiUser(hub.url, KeySigner(f"racer-{i}")).sign_in() for i in range(6)]
    got: dict[int, list[str]] = {}

    def grab(index: int) -> None:
        got[index] = users[index].lease("race", count=10)

    threads = [threading.Thread(target=grab, args=(i,)) for i in range(len(users))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    every = [t for tasks in got.values() for t in tasks]
    assert len(every) == len(set(every)) == 40


def test_closed_and_unknown_campaigns(hub: RunningHub, alice: AppProfile) -> None:
    from datafi_desktop.hub.campaigns.catalog import set_closed

    a = _user(hub, alice)
    assert a.post("/v1/campaigns/nope/leases", json={"count": 1}).status_code == 404
    with hub.hub.engine.begin() as conn:
        set_closed(conn, "c1", True)
    assert a.post("/v1/campaigns/c1/leases", json={"count": 1}).status_code == 403
    assert a.post("/v1/campaigns/c1/leases", json={"count": 0}).status_code == 422
