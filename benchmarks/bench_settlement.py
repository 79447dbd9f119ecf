"""Settlement time for a large epoch: ledger → totals → both trees → database → on-chain.

    python benchmarks/bench_settlement.py [--accounts 100000] [--entries 2] [--database-url URL]

Fills a hub's ledger (SQLite in a temporary directory unless ``--database-url`` is given)
with ``entries`` entries per account, then times ``datafi-hub settle``'s two steps as the
hub runs them on the in-process EVM: *build* (the ledger's cumulative totals, the rewards
tree over every account, the submissions tree over every digest, the epoch, leaves and
trees written in one transaction) and *post* (``postEpoch`` mined, the epoch marked posted,
the paid statuses). Then the proof look-up rate (what ``GET …/rewards/{account}`` does) and
a second epoch after one more entry per account (the cumulative case).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eth_utils import to_checksum_address
from sqlalchemy import insert

from benchmarks._common import machine, rate
from datafi_desktop.core.demo_chain import start_demo_chain
from datafi_desktop.core.merkle import REWARDS_LEAF_ENCODING, verify_proof
from datafi_desktop.core.models import parse_campaign
from datafi_desktop.hub.campaigns.catalog import create_campaign
from datafi_desktop.hub.db.locking import lock_campaigns
from datafi_desktop.hub.db.tables import ledger
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.hub.settlement.chain import chain_for, config_of, role_sender
from datafi_desktop.hub.settlement.settle import (
    account_proof,
    build_epoch,
    latest_epoch,
    post_epoch,
)


def fill(hub: Hub, accounts: list[str], entries: int, start: int, rnd: random.Random) -> int:
    rows = []
    n = start
    for _ in range(entries):
        for account in accounts:
            n += 1
            rows.append({"campaign_id": "c1", "account": account,
                         "amount": str(rnd.randrange(10**15, 10**19)), "kind": "submission",
                         "submission_id": f"s{n}", "review_id": None,
                         "digest": "0x" + n.to_bytes(32, "big").hex(), "created_at": n})
    with hub.engine.begin() as conn:
        for i in range(0, len(rows), 10_000):
            conn.execute(insert(ledger), rows[i:i + 10_000])
    return n


def settle_timed(hub: Hub, campaign, chain, sender) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    with hub.engine.begin() as conn:
        lock_campaigns(conn, ["c1"])
        info = build_epoch(conn, campaign, chain_epoch=chain.client.current_epoch(),
                           now=hub.now())
    built = time.perf_counter()
    posted = post_epoch(hub, info, chain, sender)
    done = time.perf_counter()
    return built - started, done - built, posted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=2, help="ledger entries per account")
    parser.add_argument("--database-url")
    args = parser.parse_args()
    rnd = random.Random(1)
    demo = start_demo_chain()
    with tempfile.TemporaryDirectory() as tmp:
        hub = Hub.open(HubSettings(data_dir=Path(tmp), database_url=args.database_url,
                                   chain_id=demo.chain_id))
        campaign = parse_campaign({"id": "c1", "name": "Bench",
                                   "chain": demo.settings.model_dump()})
        with hub.engine.begin() as conn:
            create_campaign(conn, campaign, [], hub.now())
        accounts = [to_checksum_address(rnd.randbytes(20)) for _ in range(args.accounts)]
        t = time.perf_counter()
        last = fill(hub, accounts, args.entries, 0, rnd)
        print(f"machine: {machine()}")
        print(f"database: {hub.engine.dialect.name}; ledger filled with {last:,} entries "
              f"in {time.perf_counter() - t:.1f} s")
        chain = chain_for(campaign.chain, config_of(hub))
        sender = role_sender(chain, config_of(hub), "settler")

        build_s, post_s, info = settle_timed(hub, campaign, chain, sender)
        print(f"epoch 1: {info.accounts:,} accounts, {info.submissions:,} submissions")  # type: ignore[attr-defined]
        print(f"  build (totals, two trees, {info.accounts:,} leaves written): "  # type: ignore[attr-defined]
              f"{build_s:.2f} s")
        print(f"  post (postEpoch mined, marked posted): {post_s:.2f} s")
        print(f"  settlement total: {build_s + post_s:.2f} s")

        def lookup() -> None:
            with hub.engine.begin() as conn:
                found = account_proof(conn, "c1", rnd.choice(accounts))
            assert found is not None
        with hub.engine.begin() as conn:
            sample = account_proof(conn, "c1", accounts[0])
            assert sample is not None and verify_proof(
                sample.epoch.rewards_root, REWARDS_LEAF_ENCODING,
                (sample.account, sample.cumulative_amount), sample.proof)
        print(f"  proof look-ups: {rate(lookup, seconds=1.0):,.0f} per second "
              f"({len(sample.proof)} nodes each)")

        fill(hub, accounts, 1, last, rnd)
        build_s, post_s, info = settle_timed(hub, campaign, chain, sender)
        print(f"epoch 2 (one more entry each): build {build_s:.2f} s, post {post_s:.2f} s, "
              f"total {build_s + post_s:.2f} s")
        with hub.engine.begin() as conn:
            assert latest_epoch(conn, "c1").state == "posted"  # type: ignore[union-attr]
        hub.close()
    demo.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
