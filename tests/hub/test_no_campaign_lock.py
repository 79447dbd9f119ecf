"""Issue 15: no hot path takes a lock shared by a whole campaign.

- many threads, each on its own database connection (as several hub processes
  are), lease the same campaign at once: no task ever gets more annotators than
  its overlap, and every place is handed out;
- on PostgreSQL, while another transaction holds a lease on one task (its row
  locked), other annotators lease and push the campaign's other tasks without
  waiting for it (leases skip the locked row);
- the settlement's ledger snapshot waits for the ledger writers in flight (so no
  entry below its cut commits later) but not for intake that starts after it;
- the status feed is ordered per account and starts above the old global counter;
- the relayer and marking an epoch posted do not take the campaign row either: while
  another transaction holds it ``FOR UPDATE``, a claim request is decided and an epoch
  is marked posted (its submissions paid); a second mark is a no-op.
"""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import func, select, text, update

from datafi_desktop.core.chain.claims import Entitlement, claim_request
from datafi_desktop.hub.campaigns import leases
from datafi_desktop.hub.campaigns.catalog import load_campaign
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.db.clock import db_now_ms
from datafi_desktop.hub.db.locks import ledger_snapshot
from datafi_desktop.hub.db.tables import (
    STATUS_COUNTER,
    campaigns,
    counters,
    make_engine,
    submissions,
)
from datafi_desktop.hub.db.tables import leases as leases_table
from datafi_desktop.hub.db.tables import ledger as ledger_table
from datafi_desktop.hub.errors import Unprocessable
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.hub.settlement import ledger as hub_ledger
from datafi_desktop.hub.settlement import settle as settlement
from datafi_desktop.hub.settlement.epochs import POSTED, get_epoch
from datafi_desktop.hub.settlement.relayer import relay_claim
from datafi_desktop.hub.settlement.tables import relayed_claims
from tests.chain.rewards_support import KeyDigestSigner
from tests.conftest import KeySigner

from .helpers import ApiUser, answer, signed_item, text_campaign, wait_until


def _account(i: int) -> str:
    return KeySigner(f"lessee-{i}").address


def test_concurrent_leases_from_many_connections_never_exceed_the_overlap(
        hub: RunningHub, database_url: str) -> None:
    import_campaign(hub.hub, text_campaign("crowd", tasks=20, overlap=2))  # 40 places
    accounts = [_account(i) for i in range(16)]  # asking for 48
    barrier = threading.Barrier(len(accounts))
    granted: dict[str, set[str]] = {a: set() for a in accounts}
    errors: list[BaseException] = []

    def lessee(account: str) -> None:
        engine = make_engine(database_url, pool=False)
        try:
            barrier.wait(30)
            for _round in range(4):
                with engine.begin() as conn:
                    got, _now = leases.lease_tasks(conn, "crowd", account, 3, 600, db_now_ms)
                granted[account].update(lease.task.id for lease in got)
        except BaseException as exc:  # reported below, with the thread's account
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=lessee, args=(a,)) for a in accounts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    # whatever a skipped row left free is handed out by one more, unhurried round
    for account in accounts:
        with hub.hub.engine.begin() as conn:
            got, _now = leases.lease_tasks(conn, "crowd", account, 3, 600, db_now_ms)
        granted[account].update(lease.task.id for lease in got)
    per_task = Counter(task for tasks in granted.values() for task in tasks)
    assert max(per_task.values()) == 2  # never over the overlap
    assert sum(per_task.values()) == 40 and len(per_task) == 20  # and every place is used
    with hub.hub.engine.connect() as conn:
        live = conn.execute(
            select(leases_table.c.task_uid, func.count().label("n"))
            .where(leases_table.c.campaign_id == "crowd",
                   leases_table.c.expires_at > db_now_ms(conn))
            .group_by(leases_table.c.task_uid)
        ).all()
    assert sorted(int(r.n) for r in live) == [2] * 20


def _postgres_only(database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time: nothing runs beside a write")


def test_a_lease_in_progress_does_not_hold_up_the_rest_of_the_campaign(
        hub: RunningHub, database_url: str) -> None:
    _postgres_only(database_url)
    import_campaign(hub.hub, text_campaign("busy", tasks=3))  # overlap 1
    bob = ApiUser(hub.url, KeySigner("bob")).sign_in()
    other = make_engine(database_url, pool=False)
    try:
        with other.connect() as conn:
            txn = conn.begin()
            got, _now = leases.lease_tasks(conn, "busy", _account(99), 1, 600, db_now_ms)
            assert [lease.task.id for lease in got] == ["t00000"]  # not committed yet
            answers: dict[str, object] = {}

            def bob_works() -> None:
                answers["leased"] = bob.lease("busy", count=1)
                answers["pushed"] = bob.push(
                    signed_item(bob.signer, "busy", "t00001", answer(1)))

            worker = threading.Thread(target=bob_works)
            worker.start()
            worker.join(30)
            # bob was served while the other transaction still holds t00000's row
            assert not worker.is_alive()
            assert answers["leased"] == ["t00001"]
            (result,) = answers["pushed"]  # type: ignore[misc]
            assert result["result"] == "accepted"
            txn.commit()
    finally:
        other.dispose()
    assert bob.lease("busy", count=3) == ["t00002"]  # t00000 taken, t00001 done


def test_the_ledger_snapshot_waits_for_writers_in_flight_only(
        hub: RunningHub, database_url: str) -> None:
    _postgres_only(database_url)
    import_campaign(hub.hub, text_campaign("cut", tasks=2))
    account = _account(1)
    writer = make_engine(database_url, pool=False)
    seen: dict[str, int | None] = {}
    try:
        with writer.connect() as wconn:
            wtxn = wconn.begin()
            hub_ledger.append(wconn, campaign_id="cut", account=account, amount=5,
                              kind="submission", digest="0x" + "11" * 32,
                              submission_id="s-in-flight", created_at=1)

            def build() -> None:
                with ledger_snapshot(hub.hub.engine, "cut") as conn:
                    seen["upto"] = hub_ledger.last_id(conn, "cut")
                    seen["entries"] = len(hub_ledger.entries(conn, "cut"))
                    snapshot_taken.set()
                    release.wait(30)
                    # an entry committed after the cut is not in this snapshot
                    seen["after"] = len(hub_ledger.entries(conn, "cut"))

            snapshot_taken, release = threading.Event(), threading.Event()
            builder = threading.Thread(target=build)
            builder.start()
            wait_until(lambda: _advisory_waiters(database_url) > 0, timeout=30,
                       what="the snapshot waiting for the writer in flight")
            assert "upto" not in seen
            wtxn.commit()  # the writer ends: the cut is taken after it, with its entry
            assert snapshot_taken.wait(30)
            # while the snapshot is open, a new writer appends without waiting for it
            with writer.begin() as conn2:
                hub_ledger.append(conn2, campaign_id="cut", account=account, amount=7,
                                  kind="submission", digest="0x" + "22" * 32,
                                  submission_id="s-after", created_at=2)
            release.set()
            builder.join(30)
    finally:
        writer.dispose()
    assert seen["entries"] == 1 and seen["upto"] is not None
    assert seen["after"] == 1
    with hub.hub.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ledger_table)
                            .where(ledger_table.c.campaign_id == "cut")).scalar_one() == 2


def _advisory_waiters(database_url: str) -> int:
    engine = make_engine(database_url, pool=False)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            )).scalar_one())
    finally:
        engine.dispose()


def test_the_status_feed_is_per_account_and_starts_above_the_old_counter(
        hub: RunningHub) -> None:
    with hub.hub.engine.begin() as conn:
        conn.execute(update(counters).where(counters.c.name == STATUS_COUNTER)
                     .values(value=1000))
    import_campaign(hub.hub, text_campaign("feed", tasks=4))
    alice = ApiUser(hub.url, KeySigner("alice")).sign_in()
    bob = ApiUser(hub.url, KeySigner("bob")).sign_in()
    assert alice.lease("feed", count=2) == ["t00000", "t00001"]
    assert bob.lease("feed", count=1) == ["t00002"]
    pushed = alice.push(signed_item(alice.signer, "feed", "t00000", answer(0)),
                        signed_item(alice.signer, "feed", "t00001", answer(1)))
    (bobs,) = bob.push(signed_item(bob.signer, "feed", "t00002", answer(2)))
    assert [r["seq"] for r in pushed] == [1001, 1002]
    assert bobs["seq"] == 1001  # bob's own feed: not queued behind alice's
    feed = alice.get("/v1/submissions/status", params={"since": 1000}).json()
    assert [c["seq"] for c in feed["items"]] == [1001, 1002]
    assert feed["cursor"] == 1002


class _CampaignRowHeld:
    """Another transaction (its own connection, as another hub process) holding the
    campaign row ``FOR UPDATE`` for the length of a ``with`` block."""

    def __init__(self, database_url: str, campaign_id: str) -> None:
        self.engine = make_engine(database_url, pool=False)
        self.campaign_id = campaign_id

    def __enter__(self) -> None:
        self.conn = self.engine.connect()
        self.txn = self.conn.begin()
        self.conn.execute(select(campaigns.c.id).where(campaigns.c.id == self.campaign_id)
                          .with_for_update()).one()

    def __exit__(self, *exc: object) -> None:
        self.txn.rollback()
        self.conn.close()
        self.engine.dispose()


def _in_thread(work: object) -> dict[str, object]:
    """Run ``work()`` in a thread; what it returned or raised (the thread must be done
    within 30 s: a blocked one is a failure, not a hang)."""
    out: dict[str, object] = {}

    def run() -> None:
        try:
            out["value"] = work()  # type: ignore[operator]
        except BaseException as exc:  # handed to the test
            out["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "blocked behind the campaign row"
    return out


def test_a_claim_request_is_decided_while_the_campaign_row_is_held(
        hub: RunningHub, database_url: str) -> None:
    _postgres_only(database_url)
    signer = KeyDigestSigner("claimer")
    with hub.hub.engine.connect() as conn:
        campaign, _closed = load_campaign(conn, "c1")
    never_posted = Entitlement("c1", signer.address, 1, 5, "0x" + "ab" * 32, ())
    body = claim_request(never_posted, campaign.domain, signer, nonce=7, deadline=2**40)
    with _CampaignRowHeld(database_url, "c1"):
        out = _in_thread(lambda: relay_claim(hub.hub, "c1", body["request"],
                                             body["signature"]))
    # it went through the locked checks to the entitlement (none: nothing was posted)
    error = out.get("error")
    assert isinstance(error, Unprocessable) and "no such entitlement" in str(error)
    with hub.hub.engine.connect() as conn:
        rows = conn.execute(select(relayed_claims.c.state, relayed_claims.c.nonce).where(
            relayed_claims.c.account == signer.address)).all()
    assert [(r.state, r.nonce) for r in rows] == [("failed", "7")]
    # the same nonce again is still refused: the per-account decision holds
    again = claim_request(never_posted, campaign.domain, signer, nonce=7, deadline=2**41)
    with pytest.raises(Exception, match="nonce was used"):
        relay_claim(hub.hub, "c1", again["request"], again["signature"])


def test_an_epoch_is_marked_posted_while_the_campaign_row_is_held(
        hub: RunningHub, database_url: str) -> None:
    _postgres_only(database_url)
    import_campaign(hub.hub, text_campaign("pay", tasks=2, reviews_required=0))
    bob = ApiUser(hub.url, KeySigner("bob")).sign_in()
    assert bob.lease("pay", count=1) == ["t00000"]
    (pushed,) = bob.push(signed_item(bob.signer, "pay", "t00000", answer(0)))
    assert pushed["status"] == "accepted"  # no review: accepted and on the ledger
    with hub.hub.engine.connect() as conn:
        campaign, _closed = load_campaign(conn, "pay")
    with ledger_snapshot(hub.hub.engine, "pay") as conn:
        info = settlement.build_epoch(conn, campaign, chain_epoch=0, now=hub.hub.now())
    tx_hash = "0x" + "cd" * 32
    with _CampaignRowHeld(database_url, "pay"):
        out = _in_thread(lambda: settlement._mark_posted(hub.hub, info, tx_hash, 12))
    assert "error" not in out
    posted = out["value"]
    assert posted.state == POSTED and posted.block_number == 12  # type: ignore[attr-defined]
    with hub.hub.engine.connect() as conn:
        status, seq = conn.execute(select(submissions.c.status, submissions.c.seq).where(
            submissions.c.task_id == "t00000")).one()
    assert status == "paid" and seq == pushed["seq"] + 1
    # a second mark (another settle run, a retry) changes nothing: no double post
    again = settlement._mark_posted(hub.hub, info, "0x" + "ef" * 32, 13)
    assert (again.tx_hash, again.block_number) == (tx_hash, 12)
    with hub.hub.engine.connect() as conn:
        current = get_epoch(conn, "pay", info.epoch)
        seq_after = conn.execute(select(submissions.c.seq).where(
            submissions.c.task_id == "t00000")).scalar_one()
    assert current is not None and current.tx_hash == tx_hash and seq_after == seq
