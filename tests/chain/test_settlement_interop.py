"""The trees settlement posts are @openzeppelin/merkle-tree's StandardMerkleTree (node).

An epoch is built and posted by the hub from ledger entries; its rewards root and every
proof the hub serves, and its submissions root and proofs, are compared with what the npm
package computes for the same values."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from eth_utils import to_checksum_address

from datafi_desktop.core.chain.distributor_log import posted_epoch
from datafi_desktop.core.demo_chain import DemoChain
from datafi_desktop.core.merkle import SUBMISSIONS_LEAF_ENCODING, process_proof, standard_leaf_hash
from datafi_desktop.hub.settlement import ledger
from datafi_desktop.hub.settlement.epochs import account_proof, submission_proof
from datafi_desktop.hub.settlement.settle import settle
from tests.chain.rewards_support import demo, start_rewards_hub

from .conftest import run_node

pytestmark = pytest.mark.node
__all__ = ["demo"]


def test_settled_trees_match_openzeppelin(node_tools: Path, demo: DemoChain,
                                          tmp_path: Path) -> None:
    rnd = random.Random(7)
    hub = start_rewards_hub(tmp_path / "hub", demo.settings)
    try:
        accounts = [to_checksum_address(rnd.randbytes(20)) for _ in range(300)]
        totals: dict[str, int] = {}
        digests: list[str] = []
        with hub.hub.engine.begin() as conn:
            for n in range(900):  # several entries per account, summed by the ledger
                account = rnd.choice(accounts)
                amount = rnd.choice([1, 10**18, rnd.getrandbits(80)])
                digest = "0x" + rnd.randbytes(32).hex()
                digests.append(digest)
                totals[account] = totals.get(account, 0) + amount
                ledger.append(conn, campaign_id="c1", account=account, amount=amount,
                              kind="submission", digest=digest, submission_id=f"s{n}",
                              created_at=n)
        info = settle(hub.hub, "c1").epoch
        assert info.accounts == len(totals) and info.total_cumulative == sum(totals.values())

        values = [[a, str(v)] for a, v in totals.items()]
        js = json.loads(run_node("merkle.mjs", json.dumps(
            {"encoding": ["address", "uint256"], "values": values})))
        assert info.rewards_root == js["root"]
        with hub.hub.engine.begin() as conn:
            for (account, amount), proof in zip(values, js["proofs"], strict=True):
                served = account_proof(conn, "c1", account)
                assert served is not None and served.cumulative_amount == int(amount)
                assert served.proof == proof

            js_subs = json.loads(run_node("merkle.mjs", json.dumps(
                {"encoding": ["bytes32"], "values": [[d] for d in digests]})))
            assert info.submissions_root == js_subs["root"]
            for digest, proof in zip(digests, js_subs["proofs"], strict=True):
                found = submission_proof(conn, "c1", digest)
                assert found is not None and found.proof == proof
        logged = posted_epoch(demo.chain.distributor, info.epoch)
        assert logged is not None
        assert (logged.rewards_root, logged.submissions_root) == (js["root"], js_subs["root"])
        leaf = standard_leaf_hash(SUBMISSIONS_LEAF_ENCODING, (digests[0],))
        assert "0x" + process_proof(leaf, js_subs["proofs"][0]).hex() == logged.submissions_root
    finally:
        hub.stop()
