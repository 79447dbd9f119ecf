"""The operator's path on a real Hardhat 2 node, with the documented CLI only:

``keys create`` → ``chain deploy`` → ``campaign create --deployment`` → ``serve`` → an app
profile (core API) labels and syncs → ``role grant`` and a reviewer accepts → ``settle`` →
a claim from the wallet and one through the relayer → ``export`` → ``verify --rpc-url``.
The campaign's public RPC URLs list a dead one first: the app and the hub fall over to the
node. The only things not done through the CLI are the test's faucet (the node's unlocked
account 0 sends ETH) and the annotators' and reviewer's work (the app's core API).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from web3 import Web3

from datafi_desktop.cli import main as desktop_main
from datafi_desktop.core.rewards import Rewards, RewardsHub
from datafi_desktop.hub.settlement.demo import DemoReviewer
from tests.chain.operator_support import (
    PASSWORD,
    campaign_file,
    cli,
    fund,
    hub_process,
    label_and_sync,
    make_keys,
    mine,
    refused_url,
    review_all,
    serve,
)
from tests.chain.rewards_support import PASSWORD as WALLET_PASSWORD
from tests.chain.rewards_support import REWARD, make_app

pytestmark = [pytest.mark.node, pytest.mark.slow]


def test_operator_path_from_keys_to_verified_export(node: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    w3 = Web3(Web3.HTTPProvider(node, request_kwargs={"timeout": 30}))
    data = tmp_path / "hub"
    pw = tmp_path / "password"
    pw.write_text(PASSWORD + "\n")
    keys = make_keys(data, pw, "deployer", "settler", "relayer")
    for who in keys.values():
        fund(w3, who, 10**18)
    dead = refused_url()

    # deploy (the apps' public RPC URLs: a dead one first, then the node)
    capsys.readouterr()
    assert cli(data, "chain", "deploy", "--rpc-url", node, "--expect-chain-id", "31337",
               "--password-file", str(pw), "--name", "main", "--public-rpc-url", dead,
               "--public-rpc-url", node) == 0
    deployment = json.loads(capsys.readouterr().out)

    # a campaign naming an unknown deployment: refused, nothing created
    tasks = campaign_file(tmp_path / "campaign.json", 6)
    assert cli(data, "campaign", "create", str(tasks), "--deployment", "nope") == 2
    assert "no deployment named 'nope'" in capsys.readouterr().err
    assert cli(data, "campaign", "list") == 0
    assert capsys.readouterr().out == ""
    assert cli(data, "campaign", "create", str(tasks), "--deployment", "main") == 0
    capsys.readouterr()

    with serve(data, 31337, "--password-file", str(pw)) as hub_url:
        alice = make_app(tmp_path / "alice", "alice")
        bob = make_app(tmp_path / "bob", "bob")
        fund(w3, alice.address, 10**17)
        campaign = label_and_sync(alice, hub_url, 3)
        # the app learned the chain from the campaign it synced
        assert campaign.chain.chain_id == 31337
        assert campaign.chain.distributor == deployment["distributor"]
        assert campaign.chain.token == deployment["token"]
        assert campaign.chain.all_rpc_urls == (dead, node)
        label_and_sync(bob, hub_url, 2)

        reviewer = DemoReviewer("operator e2e reviewer")
        assert cli(data, "role", "grant", "c1", reviewer.address, "reviewer") == 0
        assert review_all(hub_url, campaign, reviewer) == 5

        settled = hub_process(data, "settle", "c1", "--password-file", str(pw))
        assert settled.returncode == 0, settled.stderr
        assert "epoch 1 of c1 posted: 2 accounts, 5 new submissions" in settled.stdout
        assert PASSWORD not in settled.stdout + settled.stderr
        listed = hub_process(data, "epochs", "c1")
        assert "1\tposted, pending (1/2 confirmations)\t" in listed.stdout, listed.stderr
        mine(w3)
        assert "1\tposted, final (2 confirmations)\t" in hub_process(data, "epochs", "c1").stdout

        # alice claims from her wallet (the dead URL first: the app falls over)
        with alice.cache() as cache:
            alice.engine(cache, hub_url).sync_now()
            rewards = Rewards(cache)
            assert rewards.summary("c1", alice.address).claimable == 3 * REWARD
            record = rewards.send_claim(rewards.prepare("c1", alice.address),
                                        WALLET_PASSWORD, alice.wallet)
            # mined, not final: the campaign asks 2 confirmations on a dev chain
            assert record.state == "pending" and record.block_number is not None
            assert rewards.summary("c1", alice.address).claimed == 0
            mine(w3)
            record = rewards.track(record)
            assert record.state == "confirmed" and record.amount == 3 * REWARD
            assert rewards.summary("c1", alice.address).claimed == 3 * REWARD
        # bob has no ETH: the hub's relayer key sends his claim
        with bob.cache() as cache:
            bob.engine(cache, hub_url).sync_now()
            api = RewardsHub.for_url(hub_url)
            try:
                relayed = Rewards(cache).claim_via_hub("c1", bob.wallet.signer(), api)
                assert relayed.state == "pending" and relayed.sender == keys["relayer"]
                mine(w3)
                relayed = Rewards(cache).track(relayed, api)
            finally:
                api.close()
            assert relayed.state == "confirmed" and relayed.amount == 2 * REWARD

    token = w3.eth.contract(address=deployment["token"], abi=_token_abi())
    assert token.functions.balanceOf(alice.address).call() == 3 * REWARD
    assert token.functions.balanceOf(bob.address).call() == 2 * REWARD

    out = tmp_path / "export"
    assert cli(data, "export", "c1", "--format", "jsonl", "--out", str(out)) == 0
    capsys.readouterr()
    assert desktop_main(["verify", str(out), "--rpc-url", node, "--distributor",
                         deployment["distributor"]]) == 0
    report = capsys.readouterr().out
    assert "5 submissions, 5 verified" in report and "5 proven on-chain, 0 not settled" in report


def _token_abi() -> list[dict[str, object]]:
    from datafi_desktop.core.chain.artifacts import load_artifact

    return load_artifact("DataFiToken").abi
