"""Throughput and per-route latency of 1, 2 or 3 hub processes behind haproxy on one
PostgreSQL with the assets on an S3 store (issue 15).

    eval "$(scripts/seaweedfs.sh start)"
    python benchmarks/bench_hub_cluster.py --database-url postgresql+psycopg://… \\
        [--hubs 1 2 3] [--annotators 200] [--reviewers 10] [--uploads 40] \\
        [--seconds 60] [--think 1.0] [--pg-dir /tmp/pg-x] [--kill]

Each run: a fresh schema, two campaigns (``load``: 12,000 tasks decided at intake;
``rev``: 6,000 tasks needing one review; overlap 2; a collection task taking photos),
``--hubs`` ``datafi-hub serve`` processes behind ``deploy/haproxy.cfg`` (TLS lines
dropped, as ``tests/hub/test_cluster.py`` runs it), and the asyncio driver of
``tests/hub/test_load.py`` (:mod:`tests.hub.loadgen`): ``--annotators`` simulated
annotators (sign in, lease 5, push them with a duplicate, now and then the previous batch
again, a pause of about ``--think`` seconds), the first ``--uploads`` of them also
uploading a photo every third round, and ``--reviewers`` reviewers. With ``--kill`` a
hub is SIGKILLed and restarted at a third of the run; with ``--pg-dir`` (the
``DATAFI_PG_DIR`` of ``scripts/postgres.sh``) PostgreSQL is restarted at two thirds.
The asset store comes from ``DATAFI_TEST_S3_*`` (scripts/seaweedfs.sh) when set, else
each hub's local folder (then one hub only can serve every photo: use it with --hubs 1).
Afterwards the checks of the load test (:mod:`tests.hub.load_checks`). Loopback only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import machine
from tests.hub.load_cluster import LoadRun, run_load


def fresh_schema(base: str) -> str:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    return make_url(base).update_query_dict(
        {"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


def use_s3(prefix: str) -> bool:
    """Point the hubs at the test SeaweedFS (``DATAFI_TEST_S3_*``) under ``prefix``."""
    endpoint = os.environ.get("DATAFI_TEST_S3_ENDPOINT")
    if not endpoint:
        return False
    os.environ["AWS_ACCESS_KEY_ID"] = os.environ["DATAFI_TEST_S3_ACCESS_KEY"]
    os.environ["AWS_SECRET_ACCESS_KEY"] = os.environ["DATAFI_TEST_S3_SECRET_KEY"]
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    bucket = os.environ.get("DATAFI_TEST_S3_BUCKET", "datafi-test")
    os.environ["DATAFI_HUB_ASSET_STORE"] = f"s3://{bucket}/{prefix}"
    os.environ["DATAFI_HUB_S3_ENDPOINT_URL"] = endpoint
    return True


def show(hubs: int, args: argparse.Namespace, run: LoadRun) -> None:
    accepted = sum(1 for r in run.record.acked.values() if r == "accepted")
    print(f"{hubs} hub(s), {args.annotators} annotators ({args.uploads} with photos), "
          f"{args.reviewers} reviewers, {run.elapsed:.0f} s: {accepted} accepted "
          f"({accepted / run.elapsed:.1f}/s); {run.summary()}")
    print(run.record.report(run.elapsed))
    failed = {what: len(p) for what, p in run.problems.items() if p}
    print(f"  checks: {failed or 'all hold'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--hubs", type=int, nargs="+", default=[1, 3], choices=[1, 2, 3])
    parser.add_argument("--annotators", type=int, default=200)
    parser.add_argument("--reviewers", type=int, default=10)
    parser.add_argument("--uploads", type=int, default=40,
                        help="how many of the annotators also upload photos")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=1.0,
                        help="mean pause in seconds between one person's rounds")
    parser.add_argument("--kill", action="store_true",
                        help="SIGKILL and restart a hub at a third of each run")
    parser.add_argument("--pg-dir", default=None)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    s3 = use_s3(f"bench-{uuid.uuid4().hex[:10]}")
    print(f"assets: {'S3 (' + os.environ['DATAFI_HUB_ASSET_STORE'] + ')' if s3 else 'local'}")
    for hubs in args.hubs:
        with tempfile.TemporaryDirectory(prefix="datafi-cluster-") as name:
            run = run_load(Path(name), fresh_schema(args.database_url), args.pg_dir,
                           hubs=hubs, annotators=args.annotators, reviewers=args.reviewers,
                           uploaders=args.uploads, seconds=args.seconds, think_s=args.think,
                           kill=args.kill)
        show(hubs, args, run)


if __name__ == "__main__":
    main()
