"""``datafi-desktop verify EXPORT --rpc-url URL --distributor ADDR`` on a real export against
a real JSON-RPC node (Hardhat 2 on 127.0.0.1): the hub settles on the node with its settler
key, the app syncs the proofs, ``datafi-desktop export`` writes them, and the command proves
every item on-chain; a forged root is refused. Skipped without tools/js/node_modules
(``bash scripts/setup_js.sh``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from web3 import Web3

from datafi_desktop.cli import main as app_main
from datafi_desktop.core.chain.embedded import deploy_contracts
from datafi_desktop.core.merkle import submissions_tree
from datafi_desktop.core.models import ChainSettings
from datafi_desktop.hub.settlement.settle import settle
from tests.chain.rewards_support import start_rewards_hub

from .test_inclusion_support import (
    CAMPAIGN,
    Profile,
    accept_everything,
    mixed_campaign,
    rewrite_records,
)
from .test_verify_rpc import node_url

__all__ = ["node_url"]

pytestmark = [pytest.mark.node, pytest.mark.slow]

#: Hardhat's well-known development key of account 0 (public: never fund it elsewhere)
SETTLER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"


def test_verify_command_proves_a_real_export_on_a_node(
        node_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w3 = Web3(Web3.HTTPProvider(node_url, request_kwargs={"timeout": 30}))
    deployment = deploy_contracts(w3, w3.eth.accounts[0])
    settings = ChainSettings(chain_id=w3.eth.chain_id, rpc_url=node_url,
                             distributor=deployment.distributor_address,
                             token=deployment.token_address)
    data_dir = tmp_path / "hub"
    data_dir.mkdir()
    key = data_dir / "settler.key"
    key.write_text(SETTLER_KEY + "\n")
    key.chmod(0o600)
    hub = start_rewards_hub(data_dir, settings,
                            campaigns=[mixed_campaign(settings, tmp_path / "images")])
    try:
        alice = Profile.make(tmp_path / "alice", "alice")
        ids = alice.label(hub, 5)
        assert accept_everything(hub) == 5
        info = settle(hub.hub, CAMPAIGN).epoch  # postEpoch over HTTP, signed with the key
        assert (info.epoch, info.submissions) == (1, 5)
        assert alice.sync(hub).inclusions == 5
    finally:
        hub.stop()

    out = tmp_path / "export"
    assert app_main(["--profile", str(alice.root), "export", "--format", "coco",
                     "--out", str(out)]) == 0
    capsys.readouterr()
    address = deployment.distributor_address
    verify = ["verify", str(out), "--rpc-url", node_url, "--distributor", address]
    assert app_main(verify) == 0
    said = capsys.readouterr().out
    assert "5 submissions, 5 verified" in said and "5 proven on-chain, 0 not settled" in said
    assert said.strip().endswith("OK")

    def forge(records: list[dict[str, Any]]) -> None:
        tree = submissions_tree([r["digest"] for r in records] + ["0x" + "cd" * 32])
        for record in records:
            record["inclusion"] = {"epoch": 1, "root": tree.root,
                                   "proof": tree.get_proof((record["digest"],))}

    rewrite_records(out, forge)
    assert app_main(["verify", str(out)]) == 0  # offline the forgery holds together
    capsys.readouterr()
    assert app_main(verify) == 1
    said = capsys.readouterr().out
    assert said.count("onchain_root") == len(ids) and "FAILED" in said
