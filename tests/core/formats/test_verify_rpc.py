"""``datafi-desktop verify --rpc-url`` against a real JSON-RPC node (Hardhat 2 on 127.0.0.1)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from web3 import Web3

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.chain.embedded import deploy_contracts, send_transaction
from datafi_desktop.core.demo import demo_records as demo_task_records
from datafi_desktop.core.demo import load_demo
from datafi_desktop.core.formats.exporter import export_records
from datafi_desktop.core.formats.records import Inclusion
from datafi_desktop.core.formats.sources import cache_records
from datafi_desktop.core.merkle import submissions_tree
from datafi_desktop.core.models import ChainSettings
from tests.chain.conftest import hardhat_node
from tests.conftest import KeySigner

from .builders import synth_annotation
from .test_cli import run

pytestmark = [pytest.mark.node, pytest.mark.slow]


@pytest.fixture(scope="module")
def node_url() -> Iterator[str]:
    with hardhat_node() as url:
        yield url


def test_cli_verify_against_node(tmp_path: Path, node_url: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    w3 = Web3(Web3.HTTPProvider(node_url, request_kwargs={"timeout": 30}))
    deployer = w3.eth.accounts[0]
    deployment = deploy_contracts(w3, deployer)
    settings = ChainSettings(chain_id=w3.eth.chain_id,
                             distributor=deployment.distributor_address,
                             token=deployment.token_address)
    with Cache(tmp_path / "cache.sqlite3") as cache:
        load_demo(cache, chain=settings)
        gold = {r.task.id: r.gold for r in demo_task_records()}
        for summary in cache.tasks.task_summaries(kinds=["text_spans"]):
            task = cache.tasks.get_task(summary.uid).task
            cache.submissions.submit(summary.uid, synth_annotation(task, gold.get(task.id)),
                                     KeySigner("alice"))
        records = cache_records(cache, status="all")
        tree = submissions_tree([r.digest for r in records])
        send_transaction(w3, deployment.distributor.functions.postEpoch(
            1, b"\x22" * 32, bytes.fromhex(tree.root[2:]), 0, 0, "uri"), deployer)
        proven = [dataclasses.replace(r, inclusion=Inclusion(1, tree.root, tuple(
            tree.get_proof((r.digest,))))) for r in records]
        export_records(proven, "conll", tmp_path / "good", images=cache.assets.path)
        fake = submissions_tree([r.digest for r in records] + ["0x" + "cd" * 32])
        forged = [dataclasses.replace(r, inclusion=Inclusion(1, fake.root, tuple(
            fake.get_proof((r.digest,))))) for r in records]
        export_records(forged, "conll", tmp_path / "forged", images=cache.assets.path)
    address = deployment.distributor_address
    assert run("verify", str(tmp_path / "good"), "--rpc-url", node_url,
               "--distributor", address) == 0
    assert f"{len(records)} proven on-chain" in capsys.readouterr().out
    assert run("verify", str(tmp_path / "forged"), "--rpc-url", node_url,
               "--distributor", address) == 1
    assert "onchain_root" in capsys.readouterr().out
