"""Fee cap and stuck-transaction replacement of ``datafi-hub settle`` on a Hardhat node."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from datafi_desktop.core.rewards import Rewards, RewardsHub
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.hub.settlement.epochs import latest_epoch
from datafi_desktop.hub.settlement.fee_policy import tx_replacements
from tests.chain.operator_support import (
    REPO,
    Operator,
    current_epoch,
    hub_process,
    label_and_sync,
    posted_logs,
    review_all,
    serve,
)
from tests.chain.rewards_support import REWARD, make_app

pytestmark = [pytest.mark.node, pytest.mark.slow]


def replacements(data: Path) -> list[dict[str, object]]:
    hub = Hub.open(HubSettings(data_dir=data))
    try:
        with hub.engine.begin() as conn:
            return [dict(r._mapping) for r in conn.execute(select(tx_replacements))]
    finally:
        hub.close()


def test_fee_cap_and_stuck_transaction_replacement(operator: Operator, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    w3, data, pw = operator.w3, operator.data, operator.password_file
    keys = operator.make_keys("deployer", "settler", fund_wei=10**18)
    distributor = operator.deploy(capsys)["distributor"]
    reviewer = operator.campaign(4, "--confirmations", "1", reviewer="fees reviewer")
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


def test_stuck_relayed_claim_is_replaced(operator: Operator, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """The relayer's claim gets settle's policy: still in the mempool after
    ``--replace-after`` it is sent again (same nonce, higher fee, within the cap), the pair
    is in ``tx_replacements``, and the app — asking with the first hash — ends with the
    replacement that was mined."""
    w3, data, pw = operator.w3, operator.data, operator.password_file
    keys = operator.make_keys("deployer", "settler", "relayer", fund_wei=10**18)
    operator.deploy(capsys)
    reviewer = operator.campaign(2, "--confirmations", "1", reviewer="relay fees reviewer")
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
