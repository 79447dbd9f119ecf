"""A whole review round over the real hub (127.0.0.1, SQLite and PostgreSQL) with real
app caches and signers: two annotators label the same tasks (overlap 2), a reviewer
leases, judges offline and syncs, and both annotators get their verdicts back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from datafi_desktop.core.models import parse_campaign
from datafi_desktop.core.review import (
    OwnSubmissionError,
    ReasonRequiredError,
    make_review,
)
from datafi_desktop.core.sync import SyncState
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.hub.accounts import auth
from datafi_desktop.hub.campaigns.importer import LoadedCampaign, import_campaign
from datafi_desktop.hub.db.tables import reviews
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.hub.settlement import ledger
from tests.conftest import KeySigner

from .helpers import CHAIN_ID, DISTRIBUTOR, LABELS, AppProfile

REWARD = 7 * 10**17
REVIEW_REWARD = 10**17


def review_campaign(campaign_id: str = "rv", tasks: int = 4, *, overlap: int = 2,
                    reviews_required: int = 1, gold: dict[int, str] | None = None,
                    extra: dict[str, Any] | None = None) -> LoadedCampaign:
    raw: list[tuple[str, Any]] = []
    for i in range(tasks):
        record: dict[str, Any] = {"id": f"r{i:03d}", "kind": "text_classification",
                                  "data": {"text": f"Review {i}: it was fine."},
                                  "config": {"labels": LABELS}}
        if gold and i in gold:
            record["gold"] = {"kind": "text_classification", "labels": [gold[i]]}
        raw.append((f"t{i}", record))
    campaign = parse_campaign({
        "id": campaign_id, "name": f"Review campaign {campaign_id}", "overlap": overlap,
        "reviews_required": reviews_required,
        "chain": {"chain_id": CHAIN_ID, "distributor": DISTRIBUTOR},
        "rewards": {"text_classification": REWARD, "review": REVIEW_REWARD},
        "extra": extra or {},
    })
    return LoadedCampaign(campaign, parse_records(raw), {}, "test")


@pytest.fixture
def carol(tmp_path: Path) -> AppProfile:
    (tmp_path / "carol").mkdir()
    return AppProfile(tmp_path / "carol", KeySigner("carol"))


def grant(hub: RunningHub, campaign_id: str, account: str, role: str = "reviewer") -> None:
    with hub.hub.engine.begin() as conn:
        auth.grant_role(conn, campaign_id, account, role, hub.hub.now())


def label(n: int) -> dict[str, Any]:
    return {"kind": "text_classification", "labels": [LABELS[n % len(LABELS)]]}


def test_a_full_review_round(hub: RunningHub, alice: AppProfile, bob: AppProfile,
                             carol: AppProfile) -> None:
    import_campaign(hub.hub, review_campaign("rv", tasks=3))
    grant(hub, "rv", carol.signer.address)
    with alice.cache() as a_cache, bob.cache() as b_cache, carol.cache() as c_cache:
        a, b = alice.engine(a_cache, hub.url), bob.engine(b_cache, hub.url)
        c = carol.engine(c_cache, hub.url)
        assert a.sync_now(lease={"rv": 5}).leased == 3
        assert b.sync_now(lease={"rv": 5}).leased == 3  # overlap 2: the same three tasks
        a_ids, b_ids = {}, {}
        for summary in a_cache.tasks.task_summaries("rv"):
            a_ids[summary.task_id] = a_cache.submissions.submit(summary.uid, label(0),
                                                                alice.signer).id
        for n, summary in enumerate(b_cache.tasks.task_summaries("rv")):
            # bob agrees on r000 and r001, disagrees on r002
            b_ids[summary.task_id] = b_cache.submissions.submit(
                summary.uid, label(0 if n < 2 else 1), bob.signer).id
        assert a.sync_now().accepted == 3 and b.sync_now().accepted == 3

        # the reviewer asks for a review queue; the next cycle leases it, with the labels
        c_cache.reviews.request_reviews("rv", 10)
        report = c.sync_now()
        assert report.state is SyncState.IDLE and report.review_items == 6
        items = {i.submission_id: i for i in c_cache.reviews.review_items("rv")}
        assert set(items) == set(a_ids.values()) | set(b_ids.values())
        first = items[a_ids["r002"]]
        assert first.annotator == alice.signer.address and first.annotation == label(0)
        assert [o.annotation for o in first.others] == [label(1)]
        assert [o.annotator for o in first.others] == [bob.signer.address]
        assert first.consensus is not None and first.consensus_annotation is None  # 1 vs 1
        agreed = items[a_ids["r000"]]
        assert agreed.consensus_annotation == label(0)
        assert agreed.reviews_needed == 1 and agreed.leased_until is not None

        # verdicts made offline: accept, correct, reject (with a reason)
        make_review(c_cache, items[a_ids["r000"]], "accept", "", None, carol.signer)
        make_review(c_cache, items[b_ids["r000"]], "accept", "", None, carol.signer)
        with pytest.raises(ReasonRequiredError):
            make_review(c_cache, items[a_ids["r001"]], "reject", "  ", None, carol.signer)
        make_review(c_cache, items[a_ids["r001"]], "reject", "Wrong label: it is neutral",
                    None, carol.signer)
        make_review(c_cache, items[b_ids["r001"]], "correct", "", label(2), carol.signer)
        make_review(c_cache, items[a_ids["r002"]], "accept", "", None, carol.signer)
        make_review(c_cache, items[b_ids["r002"]], "reject", "Wrong label", None,
                    carol.signer)
        assert c_cache.reviews.review_item_count("rv") == 0
        assert c_cache.outbox.counts()["queued"] == 6
        report = c.sync_now()
        assert (report.reviews_sent, report.reviews_refused) == (6, 0)
        assert {r.status for r in c_cache.reviews.all()} == {"sent"}

        # the annotators pull their statuses and verdicts
        a.sync_now()
        b.sync_now()
        assert a_cache.submissions.get(a_ids["r000"]).status == "accepted"
        rejected = a_cache.submissions.get(a_ids["r001"])
        assert (rejected.status, rejected.reason) == ("rejected", "Wrong label: it is neutral")
        assert rejected.verdict is not None and rejected.verdict["verdict"] == "reject"
        assert rejected.verdict["reviewer"] == carol.signer.address
        corrected = b_cache.submissions.get(b_ids["r001"])
        assert corrected.status == "accepted"
        assert corrected.verdict is not None
        assert corrected.verdict["verdict"] == "correct"
        assert corrected.verdict["correction"] == label(2)
        assert corrected.verdict["typed_data"]["primaryType"] == "Review"
        assert corrected.verdict["signature"].startswith("0x")
        assert b_cache.submissions.get(b_ids["r002"]).status == "rejected"

        # running agreement and gold accuracy, kept in each annotator's cache
        figures = a_cache.reviews.quality("rv", alice.signer.address)
        assert figures is not None
        assert figures["agreement"] == pytest.approx(2 / 3)  # agreed on 2 of 3 tasks
        assert figures["agreement_pairs"] == 3 and figures["gold_answers"] == 0
        assert figures["submissions"]["accepted"] == 2
        assert figures["submissions"]["rejected"] == 1

    with hub.hub.engine.begin() as conn:
        entries = ledger.entries(conn, "rv")
        upto = ledger.last_id(conn, "rv")
        totals = ledger.totals(conn, "rv", upto)
        digests = ledger.accepted_digests(conn, "rv", upto)
    kinds = [e.kind for e in entries]
    assert kinds.count("review") == 6 and kinds.count("submission") == 4
    assert totals[carol.signer.address] == 6 * REVIEW_REWARD
    assert totals[alice.signer.address] == 2 * REWARD
    assert totals[bob.signer.address] == 2 * REWARD  # r000 and r001 corrected; r002 rejected
    assert len(digests) == 4


def test_reviewer_refused_on_own_work_and_reject_needs_a_reason(
        hub: RunningHub, alice: AppProfile, bob: AppProfile) -> None:
    """Alice is reviewer and annotator: she never gets her own work, and the hub refuses
    her verdict on it; a reject without a reason is refused too."""
    from datafi_desktop.core.review import sign_review

    from .helpers import ApiUser

    import_campaign(hub.hub, review_campaign("own", tasks=2, overlap=1))
    grant(hub, "own", alice.signer.address)
    grant(hub, "own", bob.signer.address)
    with alice.cache() as a_cache, bob.cache() as b_cache:
        a, b = alice.engine(a_cache, hub.url), bob.engine(b_cache, hub.url)
        a.sync_now(lease={"own": 1})
        b.sync_now(lease={"own": 1})
        (mine,) = alice.submit_all(a_cache, "own")
        (theirs,) = bob.submit_all(b_cache, "own")
        a.sync_now()
        b.sync_now()
        a_cache.reviews.request_reviews("own", 10)
        a.sync_now()
        assert [i.submission_id for i in a_cache.reviews.review_items("own")] == [theirs]
        own = a_cache.submissions.get(mine)
        payload = {"id": own.id, "campaign_id": "own",
                   "task": a_cache.tasks.get_task(own.task_uid).task.model_dump(),
                   "annotation": own.annotation, "digest": own.digest,
                   "typed_data": own.typed_data, "signature": own.signature,
                   "account": own.signer}
        with pytest.raises(OwnSubmissionError):
            make_review(a_cache, payload, "accept", "", None, alice.signer)
    user = ApiUser(hub.url, alice.signer).sign_in()
    domain = parse_campaign(review_campaign("own").campaign.model_dump()).domain
    signed = sign_review(domain, submission_id=own.id, submission_digest=own.digest,
                         verdict="accept", reason="", correction=None, signer=alice.signer)
    wire = {"id": signed.id, "typed_data": signed.typed_data, "signature": signed.signature}
    result = user.post("/v1/reviews", json={"items": [wire]}).json()["results"][0]
    assert result["result"] == "rejected" and result["reason"].startswith("own submission")
    # a reject with an empty reason, signed by hand (the app refuses to make one)
    theirs_row = b_cache_row(hub, theirs)
    empty = sign_review(domain, submission_id=theirs, submission_digest=theirs_row["digest"],
                        verdict="reject", reason=" ", correction=None, signer=alice.signer)
    result = user.post("/v1/reviews", json={"items": [{
        "id": empty.id, "typed_data": empty.typed_data, "signature": empty.signature}]}
    ).json()["results"][0]
    assert result["result"] == "rejected" and result["reason"].startswith("reject needs a reason")
    # both refusals are stored once; the submission still awaits a real review
    with hub.hub.engine.begin() as conn:
        stored = conn.execute(select(reviews.c.intake, func.count())
                              .group_by(reviews.c.intake)).all()
    assert dict(stored) == {"rejected": 2}  # type: ignore[arg-type]
    queue = user.get("/v1/campaigns/own/review/queue").json()["items"]
    assert [i["id"] for i in queue] == [theirs]


def b_cache_row(hub: RunningHub, submission_id: str) -> dict[str, Any]:
    from datafi_desktop.hub.db.tables import submissions

    with hub.hub.engine.begin() as conn:
        row = conn.execute(select(submissions).where(submissions.c.id == submission_id)).one()
    return dict(row._mapping)
