"""Review intake over the real hub: verdicts made offline and synced once, idempotency
(same id and content → the original result; other content → 409; other signature bytes
→ the same review), high-s refused, gold accuracy and the reward hold, the ledger."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from datafi_desktop.core.protocol import SECP256K1_N
from datafi_desktop.core.review import make_review, sign_review
from datafi_desktop.core.sync import SyncState
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.db.tables import reviews
from datafi_desktop.hub.server.inprocess import RunningHub, free_port
from datafi_desktop.hub.settlement import ledger
from tests.conftest import KeySigner

from .helpers import ApiUser, AppProfile, Clock, sign_with_random_k
from .test_review_round import REWARD, grant, label, review_campaign


def review_count(hub: RunningHub) -> int:
    with hub.hub.engine.begin() as conn:
        return int(conn.execute(select(func.count()).select_from(reviews)).scalar_one())


@pytest.fixture
def carol(tmp_path: Path) -> AppProfile:
    (tmp_path / "carol").mkdir()
    return AppProfile(tmp_path / "carol", KeySigner("carol"))


def _submitted(hub: RunningHub, alice: AppProfile, campaign_id: str, n: int,
               answers: list[dict[str, Any]] | None = None) -> list[str]:
    with alice.cache() as cache:
        engine = alice.engine(cache, hub.url)
        engine.sync_now(lease={campaign_id: n})
        ids = [cache.submissions.submit(s.uid, (answers or [label(0)] * n)[i], alice.signer).id
               for i, s in enumerate(cache.tasks.task_summaries(campaign_id))]
        assert engine.sync_now().accepted == n
    return ids


def test_verdicts_made_offline_are_synced_once(hub: RunningHub, alice: AppProfile,
                                               carol: AppProfile) -> None:
    import_campaign(hub.hub, review_campaign("off", tasks=2, overlap=1))
    grant(hub, "off", carol.signer.address)
    ids = _submitted(hub, alice, "off", 2)
    with carol.cache() as cache:
        online = carol.engine(cache, hub.url)
        cache.reviews.request_reviews("off", 5, ttl_s=7 * 24 * 3600)
        online.sync_now()
        # the hub goes away: verdicts are still made, signed and queued
        offline = carol.engine(cache, f"http://127.0.0.1:{free_port()}")
        for item in cache.reviews.review_items("off"):
            make_review(cache, item, "reject" if item.submission_id == ids[0] else "accept",
                        "Wrong label" if item.submission_id == ids[0] else "", None,
                        carol.signer)
        report = offline.sync_now()
        assert report.state is SyncState.OFFLINE
        assert "2 submissions will be sent" in report.message  # the two verdicts
        assert review_count(hub) == 0 and cache.outbox.counts()["queued"] == 2
        # back online; then a crash after the hub committed: the rows go back to queued
        assert online.sync_now().reviews_sent == 2
        cache.db.execute("UPDATE outbox SET state = 'queued', next_attempt_at = 0 "
                         "WHERE item_type = 'review'")
        again = online.sync_now()
        assert (again.reviews_sent, again.reviews_refused) == (2, 0)  # original results
        assert review_count(hub) == 2
        assert {r.status for r in cache.reviews.all()} == {"sent"}
    with alice.cache() as cache:
        alice.engine(cache, hub.url).sync_now()
        assert cache.submissions.get(ids[0]).status == "rejected"
        assert cache.submissions.get(ids[1]).status == "accepted"
    with hub.hub.engine.begin() as conn:
        assert [e.kind for e in ledger.entries(conn, "off")].count("review") == 2


def test_resends_conflicts_and_malleable_signatures(hub: RunningHub, alice: AppProfile,
                                                    carol: AppProfile) -> None:
    import_campaign(hub.hub, review_campaign("idem", tasks=1, overlap=1, reviews_required=2))
    grant(hub, "idem", carol.signer.address)
    (sid,) = _submitted(hub, alice, "idem", 1)
    user = ApiUser(hub.url, carol.signer).sign_in()
    (item,) = user.post("/v1/campaigns/idem/review/leases", json={"count": 5}).json()["items"]
    assert item["id"] == sid and item["reviews_needed"] == 2
    domain = review_campaign("idem").campaign.domain
    signed = sign_review(domain, submission_id=sid, submission_digest=item["digest"],
                         verdict="accept", reason="", correction=None, signer=carol.signer)
    wire = {"id": signed.id, "typed_data": signed.typed_data, "signature": signed.signature}

    def push(*items: dict[str, Any]) -> list[dict[str, Any]]:
        response = user.post("/v1/reviews", json={"items": list(items)})
        assert response.status_code == 200, response.text
        return list(response.json()["results"])

    assert push(wire)[0]["result"] == "accepted"
    again = push(wire)[0]
    assert (again["result"], again["duplicate"]) == ("accepted", True)
    # the same digest signed again (other signature bytes) is the same review
    other_bytes = sign_with_random_k(bytes.fromhex(signed.digest[2:]), "carol", 12345)
    assert other_bytes != signed.signature
    assert push({**wire, "signature": other_bytes})[0]["duplicate"] is True
    # the same id with another verdict: 409
    changed = sign_review(domain, submission_id=sid, submission_digest=item["digest"],
                          verdict="reject", reason="Wrong", correction=None,
                          signer=carol.signer, review_id=signed.id)
    conflict = push({"id": changed.id, "typed_data": changed.typed_data,
                     "signature": changed.signature})[0]
    assert (conflict["result"], conflict["http_status"]) == ("conflict", 409)
    # the malleable twin of a valid signature is refused, and nothing is stored for it
    fresh = sign_review(domain, submission_id=sid, submission_digest=item["digest"],
                        verdict="accept", reason="", correction=None, signer=carol.signer)
    raw = bytes.fromhex(fresh.signature[2:])
    s = int.from_bytes(raw[32:64], "big")
    twin = raw[:32] + (SECP256K1_N - s).to_bytes(32, "big") + bytes([55 - raw[64]])
    refused = push({"id": fresh.id, "typed_data": fresh.typed_data,
                    "signature": "0x" + twin.hex()})[0]
    assert refused["result"] == "rejected" and "high-s" in refused["reason"]
    assert review_count(hub) == 1
    # a second verdict by the same reviewer is refused (stored once, as refused)
    second = push({"id": fresh.id, "typed_data": fresh.typed_data,
                   "signature": fresh.signature})[0]
    assert second["result"] == "rejected" and second["reason"].startswith("already reviewed")
    # an annotator without the role is refused the queue
    assert ApiUser(hub.url, alice.signer).sign_in().post(
        "/v1/campaigns/idem/review/leases", json={"count": 1}).status_code == 403


def test_one_submission_is_leased_to_one_reviewer_unless_more_are_needed(
        hub: RunningHub, alice: AppProfile, carol: AppProfile, clock: Any) -> None:
    import_campaign(hub.hub, review_campaign("two", tasks=2, overlap=1, reviews_required=1))
    dave = KeySigner("dave")
    for signer in (carol.signer, dave):
        grant(hub, "two", signer.address)
    _submitted(hub, alice, "two", 2)
    c, d = ApiUser(hub.url, carol.signer).sign_in(), ApiUser(hub.url, dave).sign_in()
    got_c = [i["id"] for i in c.post("/v1/campaigns/two/review/leases",
                                     json={"count": 1, "ttl_seconds": 60}).json()["items"]]
    got_d = [i["id"] for i in d.post("/v1/campaigns/two/review/leases",
                                     json={"count": 5}).json()["items"]]
    assert len(got_c) == 1 and len(got_d) == 1 and not set(got_c) & set(got_d)
    assert d.post("/v1/campaigns/two/review/leases", json={"count": 5}).json()["items"][0][
        "id"] == got_d[0]  # renewed, not a new one
    clock.advance(61)  # carol's lease lapsed: the submission is free again
    c, d = ApiUser(hub.url, carol.signer).sign_in(), ApiUser(hub.url, dave).sign_in()
    got_d2 = {i["id"] for i in d.post("/v1/campaigns/two/review/leases",
                                      json={"count": 5}).json()["items"]}
    assert got_d2 == set(got_c) | set(got_d)
    assert d.http.delete(f"/v1/campaigns/two/review/leases/{got_c[0]}",
                         headers=d.headers).json() == {"released": True}
    assert [i["id"] for i in c.get("/v1/campaigns/two/review/queue").json()["items"]] == got_c
    # two reviews needed: two reviewers hold the same submission at once
    import_campaign(hub.hub, review_campaign("pair", tasks=1, overlap=1, reviews_required=2))
    for signer in (carol.signer, dave):
        grant(hub, "pair", signer.address)
    (sid,) = _submitted(hub, alice, "pair", 1)
    assert [i["id"] for i in c.post("/v1/campaigns/pair/review/leases",
                                    json={"count": 1}).json()["items"]] == [sid]
    assert [i["id"] for i in d.post("/v1/campaigns/pair/review/leases",
                                    json={"count": 1}).json()["items"]] == [sid]


def test_gold_accuracy_updates_and_holds_rewards(hub: RunningHub, alice: AppProfile,
                                                 bob: AppProfile, clock: Clock) -> None:
    """Gold figures reach the annotator late and in batches (hub.review.gold_feedback): here the
    campaign releases them from 1 answer, once a 60 s feedback period has ended."""
    gold = {0: "positive", 1: "negative", 2: "neutral"}
    import_campaign(hub.hub, review_campaign(
        "gold", tasks=3, overlap=2, reviews_required=0, gold=gold,
        extra={"gold_threshold": 0.6, "gold_min_answers": 2, "gold_feedback_min": 1,
               "gold_feedback_period_s": 60}))
    user = ApiUser(hub.url, alice.signer).sign_in()
    # the gold answers are never served
    leased = user.post("/v1/campaigns/gold/leases", json={"count": 3}).json()["leases"]
    assert all("gold" not in str(lease) for lease in leased)
    right, wrong = label(0), label(2)  # positive / neutral
    with alice.cache() as cache:
        engine = alice.engine(cache, hub.url)
        engine.sync_now(lease={"gold": 3})
        rows = {s.task_id: s.uid for s in cache.tasks.task_summaries("gold")}
        cache.submissions.submit(rows["r000"], right, alice.signer)  # correct
        engine.sync_now()
        figures = cache.reviews.quality("gold", alice.signer.address)
        assert figures is not None
        assert (figures["gold_accuracy"], figures["gold_answers"]) == (None, 0)  # not yet
        clock.advance(120)
        engine.sync_now()
        figures = cache.reviews.quality("gold", alice.signer.address)
        assert figures is not None
        assert (figures["gold_accuracy"], figures["gold_answers"]) == (1.0, 1)
        cache.submissions.submit(rows["r001"], wrong, alice.signer)  # wrong
        engine.sync_now()
        figures = cache.reviews.quality("gold", alice.signer.address)
        assert figures is not None and figures["gold_accuracy"] == 1.0  # this period: as was
        clock.advance(120)
        engine.sync_now()
        figures = cache.reviews.quality("gold", alice.signer.address)
        assert figures is not None and figures["gold_accuracy"] == pytest.approx(0.5)
        assert figures["held"] is True  # 0.5 < 0.6 after 2 gold answers
    me = user.get("/v1/campaigns/gold/me/quality").json()
    assert (me["gold_accuracy"], me["gold_answers"], me["held"]) == (0.5, 2, True)
    bob_ids = _submitted(hub, bob, "gold", 2, [right, label(1)])
    assert len(bob_ids) == 2
    with hub.hub.engine.begin() as conn:
        held = ledger.held_accounts(conn, "gold")
        totals = ledger.totals(conn, "gold", ledger.last_id(conn, "gold"))
        entries = ledger.entries(conn, "gold")
    assert held == {alice.signer.address}
    assert alice.signer.address not in totals  # held: left out of the totals
    assert totals == {bob.signer.address: 2 * REWARD}  # accepted at once (no review)
    assert len(entries) == 4
    # the campaign report, for reviewers and admins
    grant(hub, "gold", bob.signer.address, "admin")
    report = ApiUser(hub.url, bob.signer).sign_in().get("/v1/campaigns/gold/quality").json()
    stats = report["agreement"]["kinds"]["text_classification"]
    assert stats["tasks"] == 2 and stats["percent_agreement"] == pytest.approx(0.5)
    assert {a["account"]: a["gold_accuracy"] for a in report["annotators"]} == {
        alice.signer.address: 0.5, bob.signer.address: 1.0}


def test_the_ledger_is_append_only(hub: RunningHub) -> None:
    with hub.hub.engine.begin() as conn:
        first = ledger.append(conn, campaign_id="x", account="0x" + "ab" * 20, amount=2**200,
                              kind="submission", digest="0x" + "11" * 32, submission_id="s1",
                              created_at=1)
        ledger.append(conn, campaign_id="x", account="0x" + "ab" * 20, amount=5, kind="review",
                      digest="0x" + "22" * 32, review_id="r1", created_at=2)
        last = ledger.last_id(conn, "x")
        assert last is not None and last > first
        assert ledger.totals(conn, "x", first) == {ledger.entries(conn, "x")[0].account: 2**200}
        assert ledger.totals(conn, "x", last)[ledger.entries(conn, "x")[0].account] == (
            2**200 + 5)
        assert ledger.accepted_digests(conn, "x", last) == ["0x" + "11" * 32]
        assert ledger.last_id(conn, "nothing") is None
        with pytest.raises(ValueError):
            ledger.append(conn, campaign_id="x", account="0x" + "ab" * 20, amount=-1,
                          kind="review", digest="0x" + "22" * 32, review_id="r2", created_at=3)
    for statement in ("UPDATE ledger SET amount = '1'", "DELETE FROM ledger"):
        with pytest.raises(Exception, match="append-only"), hub.hub.engine.begin() as conn:
            conn.execute(text(statement))
    with hub.hub.engine.begin() as conn:
        assert len(ledger.entries(conn, "x")) == 2
