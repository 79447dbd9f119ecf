"""The whole loop against a real JSON-RPC node (Hardhat 2 on 127.0.0.1) over HTTP.

The contracts are deployed by the node's account 0; the hub's settler and relayer keys are
files in its data directory; ``datafi-hub settle`` runs as a child process — once killed
(SIGKILL) right after broadcasting, then again to finish; the app claims from its wallet
and through the relayer, and follows a claim across a restart while the node holds it
unmined.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from web3 import Web3

from datafi_desktop.core.chain.embedded import deploy_contracts, send_transaction
from datafi_desktop.core.models import ChainSettings
from datafi_desktop.core.rewards import Rewards, RewardsHub
from datafi_desktop.hub.campaigns.catalog import load_campaign
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.hub.settlement.demo import DemoReviewer, accept_all
from tests.chain.conftest import hardhat_node
from tests.chain.rewards_support import (
    PASSWORD,
    REWARD,
    App,
    campaign_on,
    make_app,
    start_rewards_hub,
)

pytestmark = [pytest.mark.node, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
#: Hardhat's well-known development keys (accounts 0 and 1): public, never fund them elsewhere
HARDHAT_KEYS = ("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
                "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")


@pytest.fixture(scope="module")
def node() -> Iterator[str]:
    """``hardhat node`` on a free port; yields its URL."""
    with hardhat_node() as url:
        yield url


def settle_cli(data_dir: Path, *, kill_after: str | None = None
               ) -> subprocess.CompletedProcess[str]:
    """``datafi-hub settle c1`` in a child process (SIGKILLed at ``kill_after``)."""
    code = (
        "import functools, os, signal, sys\n"
        "from datafi_desktop.hub.cli import main as cli\n"
        "from datafi_desktop.hub.settlement import settle as settlement\n"
        f"step = {kill_after!r}\n"
        "def fault(at):\n"
        "    if at == step:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "settlement.settle = functools.partial(settlement.settle, fault=fault)\n"
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data_dir), "settle", "c1"],
        env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True,
        timeout=180, check=False)


def label_and_sync(app: App, hub: RunningHub, count: int) -> None:
    with app.cache() as cache:
        engine = app.engine(cache, hub.url)
        engine.sync_now(lease={"c1": count})
        app.label_all(cache)
        assert engine.sync_now().accepted == count


def sync(app: App, hub: RunningHub) -> None:
    with app.cache() as cache:
        report = app.engine(cache, hub.url).sync_now()
        assert report.state.value == "idle", report.message


def test_whole_loop_over_json_rpc(node: str, tmp_path: Path) -> None:
    w3 = Web3(Web3.HTTPProvider(node, request_kwargs={"timeout": 30}))
    deployer = w3.eth.accounts[0]
    deployment = deploy_contracts(w3, deployer)
    settings = ChainSettings(chain_id=31337, rpc_url=node,
                             distributor=deployment.distributor_address,
                             token=deployment.token_address)
    data_dir = tmp_path / "hub"
    data_dir.mkdir()
    for role, key in zip(("settler", "relayer"), HARDHAT_KEYS, strict=True):
        path = data_dir / f"{role}.key"
        path.write_text(key + "\n")
        path.chmod(0o600)
    hub = start_rewards_hub(data_dir, settings, campaigns=[campaign_on(settings)])
    try:
        alice, bob = make_app(tmp_path / "alice", "alice"), make_app(tmp_path / "bob", "bob")
        send_transaction(w3, {"to": alice.address, "value": 10**17}, deployer)  # gas money
        label_and_sync(alice, hub, 3)
        label_and_sync(bob, hub, 2)
        with hub.hub.engine.begin() as conn:
            campaign = load_campaign(conn, "c1")[0]
        assert accept_all(hub.url, hub.hub, campaign, DemoReviewer("hardhat reviewer"))[1] == 5

        killed = settle_cli(data_dir, kill_after="sent")
        assert killed.returncode == -9, killed.stderr
        distributor = deployment.distributor
        assert distributor.functions.currentEpoch().call() == 1  # on-chain, not marked
        done = settle_cli(data_dir)
        assert done.returncode == 0, done.stderr
        assert "epoch 1 of c1 resumed and posted: 2 accounts, 5 new submissions" in done.stdout
        assert len(distributor.events.EpochPosted().get_logs(from_block=0)) == 1
        assert "nothing new since epoch 1" in settle_cli(data_dir).stdout

        # alice pulls her proof at the next sync and claims from her wallet
        sync(alice, hub)
        with alice.cache() as cache:
            rewards = Rewards(cache)
            summary = rewards.summary("c1", alice.address)
            assert summary.claimable == 3 * REWARD and summary.root_current
            prepared = rewards.prepare("c1", alice.address)
            assert prepared.chain_id == 31337 and prepared.can_pay_gas
            record = rewards.send_claim(prepared, PASSWORD, alice.wallet)
            assert record.state == "confirmed" and record.amount == 3 * REWARD
        token = deployment.token.functions
        assert token.balanceOf(alice.address).call() == 3 * REWARD

        # bob holds no ETH: the hub's relayer (account 1, from relayer.key) sends his claim
        assert w3.eth.get_balance(bob.address) == 0
        sync(bob, hub)
        with bob.cache() as cache:
            api = RewardsHub.for_url(hub.url)
            record = Rewards(cache).claim_via_hub("c1", bob.wallet.signer(), api)
            api.close()
            assert record.state == "confirmed" and record.sender == w3.eth.accounts[1]
        assert token.balanceOf(bob.address).call() == 2 * REWARD
        claimed = distributor.events.Claimed().get_logs(from_block=0)
        assert {(e["args"]["account"], e["args"]["sender"]) for e in claimed} == {
            (alice.address, alice.address), (bob.address, w3.eth.accounts[1])}

        # a second epoch; the node holds alice's claim unmined across an app restart
        label_and_sync(alice, hub, 1)
        accept_all(hub.url, hub.hub, campaign, DemoReviewer("hardhat reviewer"))
        assert settle_cli(data_dir).returncode == 0
        sync(alice, hub)
        w3.provider.make_request("evm_setAutomine", [False])  # type: ignore[arg-type]
        try:
            with alice.cache() as cache:
                rewards = Rewards(cache)
                record = rewards.send_claim(rewards.prepare("c1", alice.address), PASSWORD,
                                            alice.wallet)
                assert record.state == "pending"
            sync(alice, hub)  # restarted: still pending, followed
            w3.provider.make_request("evm_mine", [])  # type: ignore[arg-type]
        finally:
            w3.provider.make_request("evm_setAutomine", [True])  # type: ignore[arg-type]
        sync(alice, hub)
        with alice.cache() as cache:
            done_claim = cache.rewards.get_claim(record.id)
            assert done_claim.state == "confirmed" and done_claim.amount == REWARD
        assert token.balanceOf(alice.address).call() == 4 * REWARD
    finally:
        hub.stop()
