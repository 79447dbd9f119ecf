"""``datafi-hub chain deploy`` on a Hardhat node: roles, checks, record, resume, refusals."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from eth_utils import keccak
from web3 import Web3

from datafi_desktop.core.chain.artifacts import load_artifact
from datafi_desktop.core.models import ChainSettings
from datafi_desktop.hub.chain.keys import open_key
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.hub.settlement.chain import RewardsConfig, chain_for, sign_or_send
from datafi_desktop.hub.settlement.gas_money import NotEnoughGas
from tests.chain.conftest import hardhat_node
from tests.chain.operator_support import (
    PASSWORD,
    cli,
    cli_process,
    fund,
    make_keys,
    not_a_node,
    refused_url,
)

pytestmark = [pytest.mark.node, pytest.mark.slow]


@pytest.fixture(scope="module")
def node() -> Iterator[str]:
    with hardhat_node() as url:
        yield url


@pytest.fixture
def w3(node: str) -> Web3:
    return Web3(Web3.HTTPProvider(node, request_kwargs={"timeout": 30}))


@pytest.fixture
def pw(tmp_path: Path) -> Path:
    path = tmp_path / "password"
    path.write_text(PASSWORD + "\n")
    return path


def record_of(data_dir: Path, name: str) -> dict[str, object] | None:
    hub = Hub.open(HubSettings(data_dir=data_dir))
    try:
        with hub.engine.begin() as conn:
            from datafi_desktop.hub.chain.deploy import load_record

            return load_record(conn, name)
    finally:
        hub.close()


def test_deploy_grants_roles_checks_code_and_records(
        node: str, w3: Web3, tmp_path: Path, pw: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "hub"
    keys = make_keys(data, pw, "deployer", "settler", "relayer")
    admin, pauser = w3.eth.accounts[7], w3.eth.accounts[8]
    capsys.readouterr()
    args = ["chain", "deploy", "--rpc-url", node, "--expect-chain-id", "31337",
            "--password-file", str(pw), "--name", "main", "--admin", admin, "--pauser", pauser,
            "--token-name", "Reward", "--token-symbol", "RWD", "--supply", "5000",
            "--out", str(tmp_path / "deployment.json")]

    # unfunded: says who, where, how much; nothing recorded or sent
    assert cli(data, *args) == 2
    err = capsys.readouterr().err
    assert f"the deployer {keys['deployer']} holds 0 ETH on chain 31337" in err
    assert "send at least" in err and "nothing was sent" in err
    assert record_of(data, "main") is None
    assert w3.eth.get_transaction_count(keys["deployer"]) == 0

    fund(w3, keys["deployer"], 10**18)
    assert cli(data, *args) == 0
    out = capsys.readouterr()
    record = json.loads(out.out)
    assert record == json.loads((tmp_path / "deployment.json").read_text())
    assert PASSWORD not in out.out + out.err
    assert record["state"] == "deployed" and record["chain_id"] == 31337
    assert record["roles"]["distributor"] == {"admin": admin, "settler": keys["settler"],
                                              "pauser": pauser}
    assert record["roles"]["relayer"] == keys["relayer"]
    assert all("raw_tx" not in s for s in record["steps"].values())
    assert set(record["artifacts"]) == {"DataFiToken", "RewardDistributor"}
    stored = record_of(data, "main")
    assert stored is not None and stored["distributor"] == record["distributor"]

    dist = w3.eth.contract(address=record["distributor"],
                           abi=load_artifact("RewardDistributor").abi)
    token = w3.eth.contract(address=record["token"], abi=load_artifact("DataFiToken").abi)
    settler_role = dist.functions.SETTLER_ROLE().call()
    zero, minter = b"\0" * 32, keccak(text="MINTER_ROLE")
    assert dist.functions.hasRole(settler_role, keys["settler"]).call()
    assert dist.functions.hasRole(zero, admin).call()
    assert not dist.functions.hasRole(zero, keys["deployer"]).call()
    assert token.functions.hasRole(zero, admin).call()
    assert token.functions.hasRole(minter, admin).call()
    assert not token.functions.hasRole(minter, keys["deployer"]).call()
    assert token.functions.symbol().call() == "RWD"
    assert token.functions.balanceOf(record["distributor"]).call() == 5000 * 10**18
    assert record["steps"]["distributor"]["immutable_slots_filled"] > 0

    # the same command again: nothing sent, the same record
    nonce = w3.eth.get_transaction_count(keys["deployer"])
    assert cli(data, *args) == 0
    out = capsys.readouterr()
    assert "already complete" in out.err
    assert json.loads(out.out)["distributor"] == record["distributor"]
    assert w3.eth.get_transaction_count(keys["deployer"]) == nonce

    # the same name with other settings: refused
    assert cli(data, *args[:-2], "--supply", "1") == 2
    assert "exists with other settings (supply differ)" in capsys.readouterr().err

    # keys list --rpc-url shows the balances on that chain
    assert cli(data, "keys", "list", "--rpc-url", node) == 0
    listed = capsys.readouterr().out
    assert f"settler\t{keys['settler']}\t0 ETH on chain 31337" in listed
    assert f"deployer\t{keys['deployer']}\t0.9" in listed


def test_deploy_killed_between_the_contracts_finishes_on_rerun(
        node: str, w3: Web3, tmp_path: Path, pw: Path) -> None:
    data = tmp_path / "hub"
    keys = make_keys(data, pw, "deployer")
    fund(w3, keys["deployer"], 10**18)
    args = ["chain", "deploy", "--rpc-url", node, "--password-file", str(pw), "--name", "k"]
    killed = cli_process(data, *args, kill_at="token:mined")
    assert killed.returncode == -9, killed.stderr
    partial = record_of(data, "k")
    assert partial is not None and partial["state"] == "deploying"
    token = partial["token"]
    assert token is not None and partial["distributor"] is None
    assert w3.eth.get_transaction_count(keys["deployer"]) == 1

    # killed again right after the distributor's transaction was signed and stored
    killed = cli_process(data, *args, kill_at="distributor:signed")
    assert killed.returncode == -9, killed.stderr
    assert w3.eth.get_transaction_count(keys["deployer"]) == 1  # never broadcast

    done = cli_process(data, *args)
    assert done.returncode == 0, done.stderr
    assert "resuming deployment 'k'" in done.stderr
    record = json.loads(done.stdout)
    assert record["state"] == "deployed" and record["token"] == token
    # one token, one distributor, one mint: three transactions in all
    assert w3.eth.get_transaction_count(keys["deployer"]) == 3
    assert record["steps"]["distributor"]["nonce"] == 1


def test_deploy_bad_input_changes_nothing(node: str, w3: Web3, tmp_path: Path, pw: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "hub"
    keys = make_keys(data, pw, "deployer")
    fund(w3, keys["deployer"], 10**18)
    base = ["chain", "deploy", "--password-file", str(pw), "--name", "bad"]

    assert cli(data, *base, "--rpc-url", node, "--expect-chain-id", "1") == 2
    assert "is chain 31337, not 1" in capsys.readouterr().err

    wrong = tmp_path / "wrong"
    wrong.write_text("not it at all\n")
    assert cli(data, "chain", "deploy", "--rpc-url", node, "--password-file", str(wrong)) == 2
    err = capsys.readouterr().err
    assert "wrong password" in err and "not it at all" not in err

    with not_a_node() as html:
        assert cli(data, *base, "--rpc-url", html) == 2
        assert "not a JSON-RPC node" in capsys.readouterr().err

    assert cli(data, *base, "--rpc-url", node, "--admin", "0x1234") == 2
    assert "not an Ethereum address" in capsys.readouterr().err

    assert record_of(data, "bad") is None
    assert w3.eth.get_transaction_count(keys["deployer"]) == 0

    # a dead first URL: the second one deploys
    assert cli(data, *base, "--rpc-url", refused_url(), "--rpc-url", node) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "deployed"

    # an unknown deployment name
    assert cli(data, "chain", "deployments", "nope") == 2
    assert "no deployment named 'nope'" in capsys.readouterr().err


def test_an_unfunded_settler_is_told_how_much_to_get(node: str, w3: Web3, tmp_path: Path,
                                                     pw: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "hub"
    keys = make_keys(data, pw, "deployer", "settler")
    fund(w3, keys["deployer"], 10**18)
    capsys.readouterr()
    assert cli(data, "chain", "deploy", "--rpc-url", node, "--password-file", str(pw),
               "--name", "s") == 0
    record = json.loads(capsys.readouterr().out)
    settings = ChainSettings(chain_id=31337, rpc_url=node, distributor=record["distributor"],
                             token=record["token"])
    chain = chain_for(settings, RewardsConfig())
    settler = open_key(data, "settler", PASSWORD)
    fn = chain.client.distributor.functions.postEpoch(1, b"\1" * 32, b"\0" * 32, 0, 0, "u")
    stored: list[object] = []
    with pytest.raises(NotEnoughGas) as caught:
        sign_or_send(chain, fn, settler, role="settler", source="keys/settler.json",
                     record=stored.append)
    message = str(caught.value)
    assert f"the settler key {keys['settler']} (keys/settler.json) holds 0 ETH on chain 31337"\
        in message
    assert "send at least" in message and caught.value.missing_wei > 0
    assert stored == [] and w3.eth.get_transaction_count(keys["settler"]) == 0


def test_a_stuck_deploy_transaction_is_replaced_and_tracked(
        node: str, w3: Web3, tmp_path: Path, pw: Path) -> None:
    """The node stops mining while the token's transaction waits: after --replace-after it
    is sent again with the same nonce and higher fees, the record lists both, and the one
    mined counts (the contract's address is the nonce's either way)."""
    import os
    import subprocess
    import sys
    import time

    from tests.chain.operator_support import REPO

    data = tmp_path / "hub"
    keys = make_keys(data, pw, "deployer")
    fund(w3, keys["deployer"], 10**18)
    w3.provider.make_request("evm_setAutomine", [False])  # type: ignore[arg-type]
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "datafi_desktop.hub", "--data-dir", str(data), "chain",
             "deploy", "--rpc-url", node, "--password-file", str(pw), "--name", "stuck",
             "--replace-after", "1", "--max-fee-gwei", "100"],
            env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)

        def token_sent() -> list[str]:
            record = record_of(data, "stuck") if (data / "hub.sqlite3").exists() else None
            steps = (record or {}).get("steps") or {}
            return list(steps.get("token", {}).get("sent") or [])  # type: ignore[union-attr]

        deadline = time.monotonic() + 120
        while len(token_sent()) < 2:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "no replacement within 120 s"
            time.sleep(0.3)
    finally:
        w3.provider.make_request("evm_setAutomine", [True])  # type: ignore[arg-type]
    w3.provider.make_request("evm_mine", [])  # type: ignore[arg-type]
    out, err = process.communicate(timeout=180)
    assert process.returncode == 0, err
    assert "token: replaced a stuck transaction (nonce 0)" in err
    record = json.loads(out)
    token = record["steps"]["token"]
    first, *later = token["sent"]
    assert later and token["tx_hash"] == later[-1] != first, token
    mined = w3.eth.get_transaction_receipt(token["tx_hash"])
    assert mined["status"] == 1 and mined["contractAddress"] == record["token"]
    replaced = w3.eth.get_transaction(later[-1])
    assert replaced["nonce"] == 0 and replaced["maxFeePerGas"] > 0
    # the replaced one is gone: one transaction per step in all
    assert w3.eth.get_transaction_count(keys["deployer"]) == len(record["steps"])
