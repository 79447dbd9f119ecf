"""The operator's path when the chain misbehaves (Hardhat 2 node, documented CLI):

a wrong settler password and an unfunded settler (clear errors, nothing sent); the node
going down right before and right after ``settle`` broadcasts (nothing half-posted, the
re-run posts exactly once); a reorg dropping a posted epoch (``settle`` posts the same
epoch again; until then the epoch is ``built`` and its submissions ``accepted``, not
``paid``, on the hub and on the app) and one dropping the app's claim (pending again,
never shown as paid).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from datafi_desktop.core.rewards import Rewards
from tests.chain.operator_support import (
    Operator,
    RpcProxy,
    current_epoch,
    fund,
    hub_process,
    hub_statuses,
    label_and_sync,
    mine,
    posted_logs,
    review_all,
    serve,
)
from tests.chain.rewards_support import PASSWORD as WALLET_PASSWORD
from tests.chain.rewards_support import REWARD, make_app

pytestmark = [pytest.mark.node, pytest.mark.slow]


def test_settle_through_node_failures_and_reorgs(operator: Operator, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    w3, data, pw = operator.w3, operator.data, operator.password_file
    keys = operator.make_keys("deployer", "settler", "relayer")
    fund(w3, keys["deployer"], 10**18)
    distributor = operator.deploy(capsys)["distributor"]
    reviewer = operator.campaign(12, reviewer="faults reviewer")
    proxy = RpcProxy(operator.node)
    alice = make_app(tmp_path / "alice", "alice")
    fund(w3, alice.address, 10**17)
    try:
        with serve(data, 31337, "--password-file", str(pw)) as hub_url:
            campaign = label_and_sync(alice, hub_url, 2)
            assert review_all(hub_url, campaign, reviewer) == 2

            # a wrong password for the settler's keystore: refused, nothing built or sent
            wrong = tmp_path / "wrong"
            wrong.write_text("not the password\n")
            bad = hub_process(data, "settle", "c1", "--password-file", str(wrong))
            assert bad.returncode == 2
            assert "settler key cannot be opened" in bad.stderr and "wrong password" in bad.stderr
            assert "not the password" not in bad.stderr + bad.stdout
            # the settler holds no ETH: says which key, how much; nothing sent
            poor = hub_process(data, "settle", "c1", "--password-file", str(pw))
            assert poor.returncode == 2
            assert f"the settler key {keys['settler']}" in poor.stderr
            assert "holds 0 ETH on chain 31337" in poor.stderr and "send at least" in poor.stderr
            assert w3.eth.get_transaction_count(keys["settler"]) == 0
            fund(w3, keys["settler"], 10**18)

            # the node goes down right before the broadcast: nothing posted; re-run posts once
            proxy.fail_on = ("eth_sendRawTransaction", "before")
            down = hub_process(data, "settle", "c1", "--rpc-url", proxy.url,
                               "--password-file", str(pw))
            assert down.returncode == 2 and "error:" in down.stderr
            assert current_epoch(w3, distributor) == 0
            assert "1\tbuilt\t" in hub_process(data, "epochs", "c1").stdout
            proxy.up()
            again = hub_process(data, "settle", "c1", "--rpc-url", proxy.url,
                                "--password-file", str(pw))
            assert again.returncode == 0, again.stderr
            assert "epoch 1 of c1 resumed and posted" in again.stdout
            assert posted_logs(w3, distributor, 1) == 1

            # down right after the node took the transaction: the re-run finds it, once
            label_and_sync(alice, hub_url, 2)
            assert review_all(hub_url, campaign, reviewer) == 2
            proxy.fail_on = ("eth_sendRawTransaction", "after")
            down = hub_process(data, "settle", "c1", "--rpc-url", proxy.url,
                               "--password-file", str(pw))
            assert down.returncode == 2
            assert current_epoch(w3, distributor) == 2  # on-chain, not marked
            proxy.up()
            again = hub_process(data, "settle", "c1", "--rpc-url", proxy.url,
                                "--password-file", str(pw))
            assert again.returncode == 0, again.stderr
            assert "epoch 2 of c1 resumed and posted" in again.stdout
            assert posted_logs(w3, distributor, 2) == 1
            mine(w3)

            # a reorg drops epoch 3's postEpoch: settle notices and posts epoch 3 again
            label_and_sync(alice, hub_url, 2)
            assert review_all(hub_url, campaign, reviewer) == 2
            snapshot = w3.provider.make_request("evm_snapshot", [])["result"]  # type: ignore[arg-type]
            assert hub_process(data, "settle", "c1", "--password-file", str(pw)).returncode == 0
            assert current_epoch(w3, distributor) == 3
            assert hub_statuses(data) == {"paid": 6}
            with alice.cache() as cache:
                alice.engine(cache, hub_url).sync_now()
                assert cache.submissions.count("paid") == 6
            assert w3.provider.make_request("evm_revert", [snapshot])["result"] is True  # type: ignore[arg-type]
            assert current_epoch(w3, distributor) == 2
            # the hub notices (here through `epochs`): epoch 3 built again, and the two
            # submissions it had paid are accepted again — on the app too
            listing = hub_process(data, "epochs", "c1")
            assert "3\tbuilt\t" in listing.stdout
            assert "no longer on the chain (reorg)" in listing.stderr
            assert "back to accepted" in listing.stderr
            assert hub_statuses(data) == {"paid": 4, "accepted": 2}
            with alice.cache() as cache:
                alice.engine(cache, hub_url).sync_now()
                assert cache.submissions.count("paid") == 4
                assert cache.submissions.count("accepted") == 2
            reposted = hub_process(data, "settle", "c1", "--password-file", str(pw))
            assert reposted.returncode == 0, reposted.stderr
            assert "epoch 3 of c1 resumed and posted" in reposted.stdout
            assert hub_statuses(data) == {"paid": 6}
            assert current_epoch(w3, distributor) == 3
            assert posted_logs(w3, distributor, 3) == 1
            mine(w3)

            # a reorg drops alice's claim: pending again (never shown as paid), then final
            with alice.cache() as cache:
                alice.engine(cache, hub_url).sync_now()
                rewards = Rewards(cache)
                assert rewards.summary("c1", alice.address).claimable == 6 * REWARD
                snapshot = w3.provider.make_request("evm_snapshot", [])["result"]  # type: ignore[arg-type]
                record = rewards.send_claim(rewards.prepare("c1", alice.address),
                                            WALLET_PASSWORD, alice.wallet)
                assert record.state == "pending" and record.block_number is not None
                w3.provider.make_request("evm_revert", [snapshot])  # type: ignore[arg-type]
                w3.provider.make_request("evm_setAutomine", [False])  # type: ignore[arg-type]
                try:
                    record = rewards.track(record)  # gone: rebroadcast, in the mempool
                    assert record.state == "pending"
                    summary = rewards.summary("c1", alice.address)
                    assert summary.claimed == 0 and summary.in_flight == 6 * REWARD
                finally:
                    w3.provider.make_request("evm_setAutomine", [True])  # type: ignore[arg-type]
                mine(w3)
                mine(w3)
                record = rewards.track(record)
                assert record.state == "confirmed" and record.amount == 6 * REWARD
                assert rewards.summary("c1", alice.address).claimed == 6 * REWARD
    finally:
        proxy.close()
