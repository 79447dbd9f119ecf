"""The bounded load test of issue 15: 200 simulated annotators and 10 reviewers (one
asyncio event loop, :mod:`tests.hub.loadgen`) for ``DATAFI_LOAD_SECONDS`` (default 120)
through haproxy in front of three ``datafi-hub serve`` processes on PostgreSQL, with the
assets on SeaweedFS (S3). They sign in, lease, push signed items and duplicates, upload
photos and push collection items naming them, lease the review queue and push signed
verdicts; a third of the way in one hub is SIGKILLed and started again, at two thirds
PostgreSQL is restarted. Afterwards (:mod:`tests.hub.load_checks`): every acknowledged
submission stored exactly once, no task held by more annotators than its overlap at any
moment, no acknowledged verdict lost, the ledger paying exactly the accepted work, every
asset readable from the store and through the proxy with its hash. Prints throughput and
p50/p99 latency per route. Loopback only; it stops by itself.

PostgreSQL is restarted, so the test runs its own cluster (``scripts/postgres.sh`` in a
directory of its own) rather than the shared ``DATAFI_TEST_DATABASE_URL`` server other
tests are using at the same time; it runs where that server's leg runs."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from .conftest import PG_ENV
from .load_checks import Stored, most_at_once, over_overlap, review_problems
from .load_cluster import haproxy_bin, pg_bin, private_postgres, run_load
from .loadgen import PLAIN, Grant, Record, seconds_from_env

ANNOTATORS = 200
REVIEWERS = 10
UPLOADERS = 40


@pytest.mark.slow
@pytest.mark.postgres
def test_two_hundred_annotators_and_ten_reviewers_through_a_killed_hub_and_a_restarted_database(
        tmp_path: Path, s3: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    if not os.environ.get(PG_ENV):
        pytest.skip(f"PostgreSQL leg: set {PG_ENV} (scripts/postgres.sh start prints it)")
    if pg_bin() is None:
        pytest.skip("the load test restarts a PostgreSQL of its own: no pg_ctl here")
    if haproxy_bin() is None:
        pytest.skip("haproxy is not installed (scripts/system_deps.sh)")
    monkeypatch.setenv("DATAFI_HUB_ASSET_STORE", s3["url"])
    monkeypatch.setenv("DATAFI_HUB_S3_ENDPOINT_URL", s3["endpoint"])
    seconds = seconds_from_env()
    with private_postgres() as (database_url, pg_dir):
        run = run_load(tmp_path, database_url, pg_dir, hubs=3, annotators=ANNOTATORS,
                       reviewers=REVIEWERS, uploaders=UPLOADERS, seconds=seconds)
    print(f"\nload: {ANNOTATORS} annotators ({UPLOADERS} with photos), {REVIEWERS} "
          f"reviewers, 3 hubs, {run.elapsed:.0f} s; {run.summary()}")
    print(run.record.report(run.elapsed))
    record = run.record
    assert len(run.events) == 2  # the hub was killed and restarted, PostgreSQL restarted
    assert sum(1 for r in record.acked.values() if r == "accepted") > 0
    assert record.verdicts and record.uploads and record.resends
    for what, problems in run.problems.items():
        assert problems == [], f"{what}: {problems[:5]}"


def test_the_checks_see_a_task_held_beyond_its_overlap_and_a_lost_verdict() -> None:
    """The checks themselves, on made-up rows: leases that never overlap pass; a third
    annotator granted a place while two hold it, or a verdict acknowledged but not
    stored, is reported."""
    task = SimpleNamespace(uid=1, campaign_id=PLAIN, task_id="t00000", kind="text_classification",
                           submitted=2)
    subs = [SimpleNamespace(id=f"s{n}", campaign_id=PLAIN, task_uid=1, account=who,
                            kind="text_classification", intake="accepted", status="accepted",
                            received_at=at, annotation="{}")
            for n, (who, at) in enumerate([("a", 150), ("b", 300)])]
    leases = [SimpleNamespace(task_uid=1, account="a", created_at=100, expires_at=150),
              SimpleNamespace(task_uid=1, account="b", created_at=200, expires_at=300)]
    stored = Stored([task], subs, leases, [], [], [], [])
    record = Record()
    assert over_overlap(record, stored) == []
    # "c" was granted [120, 400): a, c, and then b at 200 hold places at once
    record.grants.append(Grant(PLAIN, "t00000", "c", 120, 400))
    assert over_overlap(record, stored) == ["task 1: 3 holders at 200"]
    assert most_at_once({"x": [(0, 10), (10, 20)], "y": [(20, 30)]}) == (1, 0)
    record.verdicts["r1"] = "accepted"
    assert review_problems(record, stored) == ["review r1: acknowledged accepted, stored None"]
