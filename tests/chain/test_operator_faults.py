"""The operator's path when the chain misbehaves (Hardhat 2 node, documented CLI):

a wrong settler password and an unfunded settler (clear errors, nothing sent); the node
going down right before and right after ``settle`` broadcasts (nothing half-posted, the
re-run posts exactly once); a reorg dropping a posted epoch (``settle`` posts the same
epoch again; until then the epoch is ``built`` and its submissions ``accepted``, not
``paid``, on the hub and on the app) and one dropping the app's claim (pending again,
never shown as paid).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from web3 import Web3

from datafi_desktop.core.rewards import Rewards
from datafi_desktop.hub.settlement_demo import DemoReviewer
from tests.chain.conftest import hardhat_node
from tests.chain.operator_support import (
    PASSWORD,
    RpcProxy,
    cli,
    fund,
    hub_process,
    make_keys,
    serve,
)
from tests.chain.rewards_support import PASSWORD as WALLET_PASSWORD
from tests.chain.rewards_support import REWARD, make_app
from tests.chain.test_operator_e2e import campaign_file, label_and_sync, mine, review_all

pytestmark = [pytest.mark.node, pytest.mark.slow]


@pytest.fixture(scope="module")
def node() -> Iterator[str]:
    with hardhat_node() as url:
        yield url


def posted_logs(w3: Web3, distributor: str, epoch: int) -> int:
    from datafi_desktop.core.chain.artifacts import load_artifact

    contract = w3.eth.contract(address=distributor, abi=load_artifact("RewardDistributor").abi)
    return len(contract.events.EpochPosted().get_logs(from_block=0,
                                                       argument_filters={"epoch": epoch}))


def current_epoch(w3: Web3, distributor: str) -> int:
    from datafi_desktop.core.chain.artifacts import load_artifact

    contract = w3.eth.contract(address=distributor, abi=load_artifact("RewardDistributor").abi)
    return int(contract.functions.currentEpoch().call())


def hub_statuses(data: Path) -> dict[str, int]:
    """How many of the hub's submissions hold each status."""
    from sqlalchemy import func, select

    from datafi_desktop.hub.db import submissions
    from datafi_desktop.hub.service import Hub
    from datafi_desktop.hub.settings import HubSettings

    hub = Hub.open(HubSettings(data_dir=data))
    try:
        with hub.engine.begin() as conn:
            rows = conn.execute(select(submissions.c.status, func.count())
                                .group_by(submissions.c.status))
            return {str(status): int(count) for status, count in rows}
    finally:
        hub.close()


def test_settle_through_node_failures_and_reorgs(node: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    w3 = Web3(Web3.HTTPProvider(node, request_kwargs={"timeout": 30}))
    data = tmp_path / "hub"
    pw = tmp_path / "password"
    pw.write_text(PASSWORD + "\n")
    keys = make_keys(data, pw, "deployer", "settler", "relayer")
    fund(w3, keys["deployer"], 10**18)
    capsys.readouterr()
    assert cli(data, "chain", "deploy", "--rpc-url", node, "--password-file", str(pw),
               "--name", "main") == 0
    distributor = json.loads(capsys.readouterr().out)["distributor"]
    assert cli(data, "campaign", "create", str(campaign_file(tmp_path / "c.json", 12)),
               "--deployment", "main") == 0
    reviewer = DemoReviewer("faults reviewer")
    assert cli(data, "role", "grant", "c1", reviewer.address, "reviewer") == 0
    proxy = RpcProxy(node)
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
                assert cache.submission_count("paid") == 6
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
                assert cache.submission_count("paid") == 4
                assert cache.submission_count("accepted") == 2
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
