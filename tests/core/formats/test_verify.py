"""``verify`` passes an untampered export and catches a changed label, a changed
signer and a removed item; settled submissions are proven against the on-chain
submissions root of the distributor (posted on the embedded EVM here)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.chain.embedded import EmbeddedChain, send_transaction
from datafi_desktop.core.demo import demo_records as demo_task_records
from datafi_desktop.core.demo import load_demo
from datafi_desktop.core.formats.exporter import export_records
from datafi_desktop.core.formats.records import ExportRecord, Inclusion
from datafi_desktop.core.formats.sources import cache_records
from datafi_desktop.core.formats.verify import VerifyReport, verify_export
from datafi_desktop.core.merkle import submissions_tree
from datafi_desktop.core.models import ChainSettings
from tests.conftest import KeySigner

from .builders import synth_annotation


def checks(report: VerifyReport) -> set[tuple[str, str]]:
    return {(p.item, p.check) for p in report.problems}


def rehash_manifest(folder: Path, *paths: str) -> None:
    """What a careful forger does: rewrite the manifest's hashes to match."""
    manifest = json.loads((folder / "manifest.json").read_text())
    for rel in paths:
        manifest["files"][rel] = hashlib.sha256((folder / rel).read_bytes()).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2))


@pytest.fixture(scope="module")
def coco_export(tmp_path_factory: pytest.TempPathFactory, built_cache: Cache,
                demo_records: list[ExportRecord]) -> Path:
    out = tmp_path_factory.mktemp("verify") / "coco"
    export_records(demo_records, "coco", out, images=built_cache.assets.path)
    return out


@pytest.fixture
def copy(tmp_path: Path, coco_export: Path) -> Path:
    target = tmp_path / "copy"
    shutil.copytree(coco_export, target)
    return target


@pytest.mark.parametrize("fmt", ["label-studio", "coco", "yolo", "voc", "labelme", "jsonl",
                                 "conll"])
def test_untampered_exports_pass(tmp_path: Path, all_records: list[ExportRecord], images: Any,
                                 fmt: str) -> None:
    out = tmp_path / fmt
    export_records(all_records, fmt, out, images=images)
    report = verify_export(out)
    assert report.ok, report.problems[:5]
    assert report.submissions == report.signatures_ok == len(all_records)
    assert report.unsettled == len(all_records)


def test_changed_label_in_label_file(copy: Path) -> None:
    data = json.loads((copy / "annotations.json").read_text())
    data["annotations"][0]["category_id"] = data["annotations"][0]["category_id"] % 5 + 1
    (copy / "annotations.json").write_text(json.dumps(data, indent=2))
    assert ("annotations.json", "file_changed") in checks(verify_export(copy))
    rehash_manifest(copy, "annotations.json")
    report = verify_export(copy)
    assert checks(report) == {("annotations.json", "label_mismatch")}
    assert "differs from what the signed records produce" in report.problems[0].detail


def test_changed_label_in_signed_record(copy: Path) -> None:
    lines = (copy / "submissions.jsonl").read_text().splitlines()
    n = next(i for i, line in enumerate(lines) if json.loads(line)["kind"] == "bounding_boxes")
    record = json.loads(lines[n])
    record["annotation"]["boxes"][0]["label"] = "bus" if record["annotation"][
        "boxes"][0]["label"] != "bus" else "car"
    lines[n] = json.dumps(record)
    (copy / "submissions.jsonl").write_text("\n".join(lines) + "\n")
    rehash_manifest(copy, "submissions.jsonl")
    report = verify_export(copy)
    sid = record["submission_id"]
    assert (sid, "content_hash") in checks(report)
    assert not report.ok


def test_changed_signer(copy: Path) -> None:
    lines = (copy / "submissions.jsonl").read_text().splitlines()
    record = json.loads(lines[0])
    record["signer"] = KeySigner("mallory").address
    lines[0] = json.dumps(record)
    (copy / "submissions.jsonl").write_text("\n".join(lines) + "\n")
    rehash_manifest(copy, "submissions.jsonl")
    report = verify_export(copy)
    assert checks(report) == {(record["submission_id"], "signer")}
    assert "recovers" in report.problems[0].detail


def test_signature_by_someone_else(copy: Path) -> None:
    from datafi_desktop.core.protocol import sign_typed

    lines = (copy / "submissions.jsonl").read_text().splitlines()
    record = json.loads(lines[0])
    record["signature"] = "0x" + sign_typed(record["typed_data"], KeySigner("mallory")).hex()
    lines[0] = json.dumps(record)
    (copy / "submissions.jsonl").write_text("\n".join(lines) + "\n")
    report = verify_export(copy)
    assert (record["submission_id"], "signer") in checks(report)


def test_removed_item(copy: Path) -> None:
    lines = (copy / "submissions.jsonl").read_text().splitlines()
    removed = next(json.loads(line) for line in lines
                   if json.loads(line)["task_id"] == "img-boxes-003")
    kept = [line for line in lines if json.loads(line)["submission_id"] !=
            removed["submission_id"]]
    (copy / "submissions.jsonl").write_text("\n".join(kept) + "\n")
    (copy / "images" / "img-boxes-003.jpg").unlink()
    report = verify_export(copy)
    found = checks(report)
    assert (removed["submission_id"], "item_removed") in found
    assert ("images/img-boxes-003.jpg", "file_missing") in found
    assert ("submissions.jsonl", "file_changed") in found


def test_added_file_and_broken_manifest(copy: Path) -> None:
    (copy / "images" / "extra.jpg").write_bytes(b"not listed")
    assert ("images/extra.jpg", "file_unlisted") in checks(verify_export(copy))
    (copy / "manifest.json").write_text("{")
    assert checks(verify_export(copy)) == {("manifest.json", "manifest")}


# --- on-chain ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def chain() -> EmbeddedChain:
    return EmbeddedChain()


@pytest.fixture(scope="module")
def settled(tmp_path_factory: pytest.TempPathFactory, chain: EmbeddedChain
            ) -> Iterator[tuple[Cache, list[ExportRecord]]]:
    """Submissions signed for the embedded distributor, in a submissions root posted
    as epoch 1 (what the hub's settlement will do)."""
    folder = tmp_path_factory.mktemp("settled")
    cache = Cache(folder / "cache.sqlite3")
    settings = ChainSettings(chain_id=chain.chain_id, distributor=chain.distributor_address,
                             token=chain.token_address)
    load_demo(cache, chain=settings)
    demo = cache.tasks.get_campaign("demo")
    assert demo.domain.verifying_contract == chain.distributor_address
    gold = {r.task.id: r.gold for r in demo_task_records()}
    signer = KeySigner("alice")
    for summary in cache.tasks.task_summaries(kinds=["bounding_boxes", "polygons"]):
        task = cache.tasks.get_task(summary.uid).task
        cache.submissions.submit(summary.uid, synth_annotation(task, gold.get(task.id)), signer)
    records = cache_records(cache, status="all")
    tree = submissions_tree([r.digest for r in records])
    send_transaction(chain.w3, chain.distributor.functions.postEpoch(
        1, b"\x11" * 32, bytes.fromhex(tree.root[2:]), 0, 0, "ipfs://epoch-1"), chain.deployer)
    proven = [dataclasses.replace(r, inclusion=Inclusion(1, tree.root, tuple(
        tree.get_proof((r.digest,))))) for r in records]
    yield cache, proven
    cache.close()


def test_onchain_roots(tmp_path: Path, chain: EmbeddedChain,
                       settled: tuple[Cache, list[ExportRecord]]) -> None:
    cache, records = settled
    out = tmp_path / "yolo"
    manifest = export_records(records, "yolo", out, images=cache.assets.path).manifest
    assert list(manifest["epochs"].items()) == [("1", records[0].inclusion.root)]  # type: ignore[union-attr]
    report = verify_export(out, w3=chain.w3, distributor=chain.distributor_address)
    assert report.ok, report.problems[:3]
    assert report.onchain_ok == len(records) == 22 and report.unsettled == 0

    other = KeySigner("other").address
    report = verify_export(out, w3=chain.w3, distributor=other)
    assert {p.check for p in report.problems} >= {"domain", "onchain"}


def test_onchain_root_mismatch(tmp_path: Path, chain: EmbeddedChain,
                               settled: tuple[Cache, list[ExportRecord]]) -> None:
    cache, records = settled
    fake = submissions_tree([r.digest for r in records[:-1]] + ["0x" + "ab" * 32])
    forged = [dataclasses.replace(r, inclusion=Inclusion(1, fake.root, tuple(
        fake.get_proof((r.digest,))))) for r in records[:-1]]
    out = tmp_path / "forged"
    export_records(forged, "jsonl", out, images=cache.assets.path)
    offline = verify_export(out)
    assert offline.ok  # proofs agree with the root the file claims...
    report = verify_export(out, w3=chain.w3, distributor=chain.distributor_address)
    assert {p.check for p in report.problems} == {"onchain_root"}  # ...not with the chain
    assert len(report.problems) == len(forged)


# --- reviewers' corrections ---------------------------------------------------------

def corrected(record: ExportRecord) -> ExportRecord:
    from uuid6 import uuid7

    from datafi_desktop.core.canonical import content_hash_hex
    from datafi_desktop.core.formats.records import ReviewProof
    from datafi_desktop.core.protocol import Domain, review_message, sign_typed, typed_data

    boxes = [dict(b) for b in record.annotation["boxes"]]
    boxes[0]["w"] = round(boxes[0]["w"] - 1, 2)
    correction = {"kind": "bounding_boxes", "boxes": boxes}
    reviewer = KeySigner("bob")
    message = review_message(review_id=str(uuid7()), submission_id=record.submission_id,
                             submission_digest=record.digest, verdict="correct", reason="",
                             correction_hash=content_hash_hex(correction),
                             reviewer=reviewer.address, created_at_ms=1)
    typed = typed_data(Domain.from_dict(record.typed_data["domain"]), "Review", message)
    proof = ReviewProof(typed, "0x" + sign_typed(typed, reviewer).hex(), reviewer.address)
    return dataclasses.replace(record, correction=correction, review=proof,
                               verdict={"verdict": "correct"})


def test_corrections_are_exported_and_verified(tmp_path: Path, images: Any,
                                               demo_records: list[ExportRecord]) -> None:
    from datafi_desktop.core.formats.importers import read_import

    records = [corrected(r) if r.task.id == "img-boxes-002" else r for r in demo_records]
    out = tmp_path / "coco"
    export_records(records, "coco", out, images=images)
    report = verify_export(out)
    assert report.ok, report.problems
    back = {t.id: t for t in read_import("coco", out / "annotations.json").tasks}
    fixed = next(r for r in records if r.task.id == "img-boxes-002")
    assert back["img-boxes-002"].predictions[0].annotation == fixed.correction

    lines = (out / "submissions.jsonl").read_text().splitlines()
    n = next(i for i, line in enumerate(lines) if json.loads(line)["task_id"] == "img-boxes-002")
    record = json.loads(lines[n])
    record["correction"]["boxes"][0]["label"] = "bus"
    lines[n] = json.dumps(record)
    (out / "submissions.jsonl").write_text("\n".join(lines) + "\n")
    assert (fixed.submission_id, "correction") in checks(verify_export(out))
