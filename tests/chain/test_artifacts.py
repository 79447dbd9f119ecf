"""The committed contract artifacts: loadable, current with the sources, reproducible."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eth_utils import keccak

from datafi_desktop.core.chain import artifacts as artifacts_module
from datafi_desktop.core.chain.artifacts import (
    Artifact,
    ArtifactError,
    artifacts_dir,
    load_artifact,
    resources_dir,
)

from .conftest import JS_DIR, REPO, run_node

CONTRACTS = ("DataFiToken", "RewardDistributor")


def test_resources_dir_is_the_repositorys() -> None:
    assert resources_dir() == REPO / "resources"
    assert artifacts_dir() == REPO / "resources" / "contracts" / "artifacts"


def test_resources_dir_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "res" / "contracts" / "artifacts"
    folder.mkdir(parents=True)
    source = artifacts_dir() / "DataFiToken.json"
    (folder / "DataFiToken.json").write_bytes(source.read_bytes())
    monkeypatch.setenv("DATAFI_RESOURCES", str(tmp_path / "res"))
    assert resources_dir() == (tmp_path / "res").resolve()
    assert load_artifact("DataFiToken").contract_name == "DataFiToken"
    with pytest.raises(ArtifactError, match="no contract artifact"):
        load_artifact("RewardDistributor")


@pytest.mark.parametrize("name", CONTRACTS)
def test_artifacts_load(name: str) -> None:
    artifact = load_artifact(name)
    assert isinstance(artifact, Artifact)
    assert artifact.contract_name == name
    assert artifact.source_name == f"{name}.sol"
    major, minor, patch = (int(x) for x in artifact.compiler["version"].split("+")[0].split("."))
    # bytecodeHash "none": the CBOR tail holds only {"solc": version}, no metadata hash.
    cbor = "a164736f6c6343" + bytes([major, minor, patch]).hex() + "000a"
    assert artifact.bytecode.endswith(cbor)
    assert artifact.deployed_bytecode.endswith(cbor)
    assert artifact.compiler["settings"] == {
        "evmVersion": "cancun",
        "metadata": {"bytecodeHash": "none"},
        "optimizer": {"enabled": True, "runs": 20000},
    }
    assert artifact.compiler["version"].startswith("0.8.")


def test_distributor_interface() -> None:
    artifact = load_artifact("RewardDistributor")
    functions = {
        e["name"]: [i["type"] for i in e["inputs"]] for e in artifact.abi if e["type"] == "function"
    }
    assert functions["claim"] == ["address", "uint256", "bytes32", "bytes32[]"]
    assert functions["postEpoch"] == [
        "uint64", "bytes32", "bytes32", "uint256", "uint256", "string"]
    for view in ("merkleRoot", "currentEpoch", "claimed", "totalCumulative", "claimedTotal",
                 "surplus", "paused"):
        assert functions[view] == (["address"] if view == "claimed" else [])
    # history lives in the EpochPosted log, not in per-epoch storage
    assert not {"rewardsRoot", "submissionRoot", "verifySubmission", "totalClaimed"} & set(
        functions)
    assert {"InvalidProof", "NothingToClaim", "RootMismatch", "EpochNotIncreasing",
            "ClaimedTotalOutOfRange", "EnforcedPause"} <= set(artifact.error_names())
    assert {"EpochPosted", "Claimed", "Paused", "Unpaused", "RoleGranted"} <= set(
        artifact.event_names()
    )


@pytest.mark.parametrize("name", CONTRACTS)
def test_artifacts_are_built_from_the_current_sources(name: str) -> None:
    """Catches an edited .sol without a rebuild, without needing node."""
    artifact = load_artifact(name)
    contracts = resources_dir() / "contracts"
    ours = {unit: h for unit, h in artifact.source_hashes.items() if not unit.startswith("@")}
    assert f"{name}.sol" in ours
    for unit, recorded in ours.items():
        actual = "0x" + keccak((contracts / unit).read_bytes()).hex()
        assert actual == recorded, f"{unit} changed: rebuild with scripts/build_contracts.sh"


@pytest.mark.parametrize("name", CONTRACTS)
def test_openzeppelin_sources_match_the_installed_package(name: str, node_tools: Path) -> None:
    artifact = load_artifact(name)
    for unit, recorded in artifact.source_hashes.items():
        if unit.startswith("@"):
            actual = "0x" + keccak((node_tools / "node_modules" / unit).read_bytes()).hex()
            assert actual == recorded, f"{unit} differs from the installed package"


def test_malformed_artifacts_are_reported(tmp_path: Path) -> None:
    (tmp_path / "Broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ArtifactError, match="not valid JSON"):
        load_artifact("Broken", tmp_path)
    (tmp_path / "Partial.json").write_text(json.dumps({"contractName": "Partial"}))
    with pytest.raises(ArtifactError, match="missing abi"):
        load_artifact("Partial", tmp_path)
    (tmp_path / "Linked.json").write_text(
        json.dumps(
            {
                "contractName": "Linked",
                "abi": [],
                "bytecode": "0x60__$abc$__",
                "deployedBytecode": "0x",
            }
        )
    )
    with pytest.raises(ArtifactError, match="not hex"):
        load_artifact("Linked", tmp_path)
    for bad in ("", "../DataFiToken", "a/b", ".hidden"):
        with pytest.raises(ArtifactError):
            load_artifact(bad)


def test_artifacts_reload_after_a_change(tmp_path: Path) -> None:
    source = json.loads((artifacts_dir() / "DataFiToken.json").read_text())
    path = tmp_path / "DataFiToken.json"
    path.write_text(json.dumps(source))
    assert load_artifact("DataFiToken", tmp_path).source_name == "DataFiToken.sol"
    source["sourceName"] = "Changed.sol"
    path.write_text(json.dumps(source) + "   ")
    assert load_artifact("DataFiToken", tmp_path).source_name == "Changed.sol"
    assert artifacts_module._load_cached.cache_info().currsize >= 2


@pytest.mark.node
@pytest.mark.slow
def test_rebuild_reproduces_the_committed_artifacts(tmp_path: Path, node_tools: Path) -> None:
    run_node("build-contracts.mjs", "", "--out", str(tmp_path))
    built = sorted(p.name for p in tmp_path.glob("*.json"))
    committed = sorted(p.name for p in artifacts_dir().glob("*.json"))
    assert built == committed == [f"{n}.json" for n in CONTRACTS]
    for name in built:
        assert (tmp_path / name).read_bytes() == (artifacts_dir() / name).read_bytes(), (
            f"{name} differs: rebuild with scripts/build_contracts.sh and commit"
        )
    assert JS_DIR.is_dir()
