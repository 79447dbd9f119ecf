"""Fee cap and stuck-transaction replacement of ``datafi-hub settle`` on a Hardhat node."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from web3 import Web3

from datafi_desktop.core.rewards import Rewards, RewardsHub
from datafi_desktop.hub.fee_policy import tx_replacements
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.hub.settlement import latest_epoch
from datafi_desktop.hub.settlement_demo import DemoReviewer
from tests.chain.conftest import hardhat_node
from tests.chain.operator_support import (
    PASSWORD,
    REPO,
    cli,
    fund,
    hub_process,
    make_keys,
    serve,
)
from tests.chain.rewards_support import REWARD, make_app
from tests.chain.test_operator_e2e import campaign_file, label_and_sync, review_all
from tests.chain.test_operator_faults import current_epoch, posted_logs

pytestmark = [pytest.mark.node, pytest.mark.slow]


@pytest.fixture(scope="module")
def node() -> Iterator[str]:
    with hardhat_node() as url:
        yield url


def replacements(data: Path) -> list[dict[str, object]]:
    hub = Hub.open(HubSettings(data_dir=data))
    try:
        with hub.engine.begin() as conn:
            return [dict(r._mapping) for r in conn.execute(select(tx_replacements))]
    finally:
        hub.close()


def test_fee_cap_and_stuck_transaction_replacement(node: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    w3 = Web3(Web3.HTTPProvider(node, request_kwargs={"timeout": 30}))
    data = tmp_path / "hub"
    pw = tmp_path / "password"
    pw.write_text(PASSWORD + "\n")
    keys = make_keys(data, pw, "deployer", "settler")
    fund(w3, keys["deployer"], 10**18)
    fund(w3, keys["settler"], 10**18)
    capsys.readouterr()
    assert cli(data, "chain", "deploy", "--rpc-url", node, "--password-file", str(pw),
               "--name", "main") == 0
    distributor = json.loads(capsys.readouterr().out)["distributor"]
    assert cli(data, "campaign", "create", str(campaign_file(tmp_path / "c.json", 4)),
               "--deployment", "main", "--confirmations", "1") == 0
    reviewer = DemoReviewer("fees reviewer")
    assert cli(data, "role", "grant", "c1", reviewer.address, "reviewer") == 0
    alice = make_app(tmp_path / "alice", "alice")
    with serve(data, 31337, "--password-file", str(pw)) as hub_url:
        campaign = label_and_sync(alice, hub_url, 2)
        assert review_all(hub_url, campaign, reviewer) == 2

    # a cap below the base fee: nothing sent, the epoch stays built for the next run
    capped = hub_process(data, "settle", "c1", "--password-file", str(pw),
                         "--max-fee-gwei", "0.000001")
    assert capped.returncode == 2
    assert "fees are above the cap" in capped.stderr and "nothing was sent" in capped.stderr
    assert w3.eth.get_transaction_count(keys["settler"], "pending") == 0

    # the node stops mining: the postEpoch waits in the mempool and is replaced
    w3.provider.make_request("evm_setAutomine", [False])  # type: ignore[arg-type]
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "datafi_desktop.hub", "--data-dir", str(data), "settle",
             "c1", "--password-file", str(pw), "--replace-after", "1",
             "--max-fee-gwei", "100"],
            env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while not replacements(data):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "no replacement within 120 s"
            time.sleep(0.3)
        w3.provider.make_request("evm_mine", [])  # type: ignore[arg-type]
        out, err = process.communicate(timeout=120)
    finally:
        w3.provider.make_request("evm_setAutomine", [True])  # type: ignore[arg-type]
    assert process.returncode == 0, err
    assert "epoch 1 of c1 resumed and posted" in out
    rows = replacements(data)
    assert rows and all(int(str(r["new_max_fee"])) > int(str(r["old_max_fee"])) for r in rows)
    assert all(int(str(r["new_max_fee"])) <= 100 * 10**9 for r in rows)
    assert {r["nonce"] for r in rows} == {0}
    hub = Hub.open(HubSettings(data_dir=data))
    try:
        with hub.engine.begin() as conn:
            epoch = latest_epoch(conn, "c1")
    finally:
        hub.close()
    assert epoch is not None and epoch.state == "posted"
    assert epoch.tx_hash == rows[-1]["replacement"]  # the replacement is what was mined
    assert posted_logs(w3, distributor, 1) == 1 and current_epoch(w3, distributor) == 1
    assert w3.eth.get_transaction_count(keys["settler"]) == 1


def test_stuck_relayed_claim_is_replaced(node: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """The relayer's claim gets settle's policy: still in the mempool after
    ``--replace-after`` it is sent again (same nonce, higher fee, within the cap), the pair
    is in ``tx_replacements``, and the app — asking with the first hash — ends with the
    replacement that was mined."""
    w3 = Web3(Web3.HTTPProvider(node, request_kwargs={"timeout": 30}))
    data = tmp_path / "hub"
    pw = tmp_path / "password"
    pw.write_text(PASSWORD + "\n")
    keys = make_keys(data, pw, "deployer", "settler", "relayer")
    for who in keys.values():
        fund(w3, who, 10**18)
    capsys.readouterr()
    assert cli(data, "chain", "deploy", "--rpc-url", node, "--password-file", str(pw),
               "--name", "main") == 0
    assert cli(data, "campaign", "create", str(campaign_file(tmp_path / "c.json", 2)),
               "--deployment", "main", "--confirmations", "1") == 0
    reviewer = DemoReviewer("relay fees reviewer")
    assert cli(data, "role", "grant", "c1", reviewer.address, "reviewer") == 0
    bob = make_app(tmp_path / "bob", "bob")  # no ETH: the relayer sends his claim
    with serve(data, 31337, "--password-file", str(pw), "--replace-after", "1",
               "--max-fee-gwei", "100") as hub_url:
        campaign = label_and_sync(bob, hub_url, 2)
        assert review_all(hub_url, campaign, reviewer) == 2
        assert hub_process(data, "settle", "c1", "--password-file", str(pw)).returncode == 0
        with bob.cache() as cache:
            bob.engine(cache, hub_url).sync_now()
            api = RewardsHub.for_url(hub_url)
            rewards = Rewards(cache)
            w3.provider.make_request("evm_setAutomine", [False])  # type: ignore[arg-type]
            try:
                relayed = rewards.claim_via_hub("c1", bob.wallet.signer(), api)
                first = relayed.tx_hash
                assert relayed.state == "pending" and first is not None
                deadline = time.monotonic() + 120
                while not [r for r in replacements(data)
                           if str(r["purpose"]).startswith("relayed claim")]:
                    assert time.monotonic() < deadline, "no replacement within 120 s"
                    time.sleep(0.5)
                    relayed = rewards.track(relayed, api)  # asks the hub: it replaces
                    assert relayed.state == "pending"
                w3.provider.make_request("evm_mine", [])  # type: ignore[arg-type]
            finally:
                w3.provider.make_request("evm_setAutomine", [True])  # type: ignore[arg-type]
                api.close()
            api = RewardsHub.for_url(hub_url)
            try:
                relayed = rewards.track(relayed, api)
            finally:
                api.close()
    rows = [r for r in replacements(data) if str(r["purpose"]).startswith("relayed claim")]
    assert rows[0]["replaced"] == first and rows[0]["sender"] == keys["relayer"]
    assert all(int(str(r["new_max_fee"])) > int(str(r["old_max_fee"])) for r in rows)
    assert all(int(str(r["new_max_fee"])) <= 100 * 10**9 for r in rows)
    assert relayed.state == "confirmed" and relayed.amount == 2 * REWARD
    assert relayed.tx_hash == rows[-1]["replacement"] != first  # the replacement was mined
    receipt = w3.eth.get_transaction_receipt(str(relayed.tx_hash))  # type: ignore[arg-type]
    assert receipt["status"] == 1
    assert w3.eth.get_transaction_count(keys["relayer"]) == 1  # one nonce, sent once
