"""The overlap race of issue 15: a renewal that waited for the lock past its lease's
expiry must not take back a place another annotator got meanwhile, and intake must
not accept more submissions than the task's overlap.

Two processes: ``datafi-hub serve`` in a child process serves alice; this test's own
connection plays the other hub, holding the locks a lease takes while alice's
renewal waits, and leasing the freed place to bob with the hub's own function."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import func, select, text

from datafi_desktop.hub.campaigns import leases
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.db.clock import db_now_ms
from datafi_desktop.hub.db.locking import lock_campaigns
from datafi_desktop.hub.db.tables import make_engine, submissions, tasks
from datafi_desktop.hub.server.inprocess import RunningHub, free_port

from .helpers import (
    ApiUser,
    AppProfile,
    answer,
    signed_item,
    subprocess_hub,
    text_campaign,
    wait_until,
)


def _waiting_on_a_lock(conn_url: str) -> bool:
    engine = make_engine(conn_url, pool=False)
    try:
        with engine.connect() as conn:
            return bool(conn.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            )).scalar_one())
    finally:
        engine.dispose()


def test_a_renewal_delayed_past_expiry_does_not_overfill_the_task(
        hub: RunningHub, database_url: str, alice: AppProfile, bob: AppProfile,
        tmp_path: Path) -> None:
    import_campaign(hub.hub, text_campaign("solo", tasks=1))  # overlap 1
    port = free_port()
    with subprocess_hub(tmp_path / "hub2", database_url, port):
        a = ApiUser(f"http://127.0.0.1:{port}", alice.signer).sign_in()
        assert a.lease("solo", count=1, ttl=1) == ["t00000"]
        other = make_engine(database_url, pool=False)
        renewal: dict[str, list[str]] = {}
        with other.connect() as conn:
            txn = conn.begin()
            # the other hub holds what a lease on this task locks
            lock_campaigns(conn, ["solo"])
            conn.execute(select(tasks.c.uid).where(tasks.c.campaign_id == "solo")
                         .with_for_update())
            thread = threading.Thread(
                target=lambda: renewal.setdefault("got", a.lease("solo", count=1, ttl=600)))
            thread.start()
            if conn.dialect.name == "postgresql":
                wait_until(lambda: _waiting_on_a_lock(database_url), timeout=30,
                           what="alice's renewal waiting for the lock")
            else:
                time.sleep(0.5)  # SQLite: the renewal waits in BEGIN IMMEDIATE
            lease_end = int(conn.execute(text(
                "SELECT max(expires_at) FROM leases")).scalar_one())
            while db_now_ms(conn) <= lease_end + 50:
                time.sleep(0.05)
            # alice's lease has lapsed: the other hub gives the place to bob
            got, _now = leases.lease_tasks(conn, "solo", bob.signer.address, 1, 600,
                                           hub.hub.time)
            assert [lease.task.id for lease in got] == ["t00000"]
            txn.commit()
        other.dispose()
        thread.join(60)
        assert renewal["got"] == []  # the lapsed lease is not renewed over bob's
        b = ApiUser(hub.url, bob.signer).sign_in()
        (alices,) = a.push(signed_item(alice.signer, "solo", "t00000", answer(0)))
        (bobs,) = b.push(signed_item(bob.signer, "solo", "t00000", answer(1)))
        assert (alices["result"], alices["reason"]) == ("rejected", "task closed")
        assert bobs["result"] == "accepted"
    with hub.hub.engine.connect() as conn:
        stored = conn.execute(
            select(func.count()).select_from(submissions)
            .where(submissions.c.campaign_id == "solo", submissions.c.intake == "accepted")
        ).scalar_one()
    assert stored == 1
