"""Provenance check of an export folder.

For every submission in ``submissions.jsonl`` it recomputes the content hash
(keccak-256 of the RFC 8785 JSON of the annotation), the EIP-712 digest, and the
signer recovered from the signature, and compares each with what the record and
its typed data claim; a correction must carry a reviewer's signed Review whose
``correctionHash`` matches. It checks the sha-256 of every file the manifest
lists (a file changed, removed or added), that every manifest item still has
its record, and it rebuilds the label files from the signed records and compares
bytes, so a label changed in ``annotations.json`` is caught even when the
manifest was rewritten to match. Given a web3 and the distributor's address, each
settled submission's Merkle proof is checked against the submissions root of
its epoch's ``EpochPosted`` log (chain data: the contract stores only the latest
rewards root, so the proof is checked here, against the logged root).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eth_utils import to_checksum_address

from .. import jsonsafe
from ..canonical import content_hash_hex
from ..chain.distributor_log import posted_epoch
from ..errors import DataFiError
from ..merkle import SUBMISSIONS_LEAF_ENCODING, process_proof, standard_leaf_hash
from ..models import parse_annotation
from ..protocol import digest, recover_typed, uuid_to_bytes16
from .exporter import build_plan
from .manifest import MANIFEST_FILE, ManifestError, load_manifest
from .plan import PROVENANCE_FILE
from .records import ExportRecord, sorted_records


@dataclass(frozen=True)
class Problem:
    """One failed check. ``item`` is a submission id, or a file path for file checks."""

    item: str
    check: str
    detail: str

    def __str__(self) -> str:
        return f"{self.item}: {self.check}: {self.detail}"


@dataclass
class VerifyReport:
    folder: Path
    format: str = ""
    submissions: int = 0
    signatures_ok: int = 0
    files_checked: int = 0
    onchain_ok: int = 0
    unsettled: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def fail(self, item: str, check: str, detail: str) -> None:
        self.problems.append(Problem(item, check, detail))

    def to_json(self) -> dict[str, Any]:
        return {"folder": str(self.folder), "format": self.format, "ok": self.ok,
                "submissions": self.submissions, "signatures_ok": self.signatures_ok,
                "files_checked": self.files_checked, "onchain_ok": self.onchain_ok,
                "unsettled": self.unsettled, "notes": self.notes,
                "problems": [{"item": p.item, "check": p.check, "detail": p.detail}
                             for p in self.problems]}


def verify_export(folder: Path, *, w3: Any = None, distributor: str | None = None
                  ) -> VerifyReport:
    """Check an export folder; never raises for a bad export, reports it."""
    folder = Path(folder)
    report = VerifyReport(folder)
    try:
        manifest = load_manifest(folder)
    except ManifestError as exc:
        report.fail(MANIFEST_FILE, "manifest", str(exc))
        return report
    report.format = str(manifest["format"])
    _check_files(folder, manifest, report)
    records = _read_records(folder, report)
    report.submissions = len(records)
    for record in records:
        _check_record(record, report, distributor)
    _check_items(manifest, records, report)
    _check_rebuild(folder, manifest, records, report)
    _check_proofs(records, report, w3, distributor)
    return report


def _owners(manifest: dict[str, Any], path: str) -> list[str]:
    return [str(i.get("submission")) for i in manifest["items"]
            if isinstance(i, dict) and path in (i.get("files") or [])]


def _check_files(folder: Path, manifest: dict[str, Any], report: VerifyReport) -> None:
    listed: dict[str, str] = manifest["files"]
    for rel, expected in sorted(listed.items()):
        path = folder / rel
        owners = ", ".join(_owners(manifest, rel)[:5])
        suffix = f" (items {owners})" if owners else ""
        if not path.is_file():
            report.fail(rel, "file_missing", f"listed in the manifest but removed{suffix}")
            continue
        report.files_checked += 1
        if _sha256(path) != expected:
            report.fail(rel, "file_changed", f"content differs from the manifest{suffix}")
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and rel != MANIFEST_FILE and rel not in listed:
            report.fail(rel, "file_unlisted", "not in the manifest (added after export)")


def _read_records(folder: Path, report: VerifyReport) -> list[ExportRecord]:
    path = folder / PROVENANCE_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        report.fail(PROVENANCE_FILE, "records", f"unreadable ({exc.__class__.__name__})")
        return []
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(ExportRecord.from_json(jsonsafe.loads(line)))
        except (ValueError, KeyError, TypeError, DataFiError) as exc:
            report.fail(f"{PROVENANCE_FILE}:{number}", "record_malformed",
                        f"{exc.__class__.__name__}: {str(exc)[:200]}")
    return records


def _check_record(record: ExportRecord, report: VerifyReport, distributor: str | None) -> None:
    sid = record.submission_id
    message = record.typed_data.get("message") if isinstance(record.typed_data, dict) else None
    if not isinstance(message, dict):
        report.fail(sid, "typed_data", "no EIP-712 message")
        return
    before = len(report.problems)
    try:
        recomputed = content_hash_hex(record.annotation)
    except DataFiError as exc:
        report.fail(sid, "content_hash", str(exc))
        return
    if recomputed != record.content_hash:
        report.fail(sid, "content_hash", f"annotation hashes to {recomputed}, the record "
                    f"says {record.content_hash}")
    if str(message.get("contentHash", "")).lower() != recomputed:
        report.fail(sid, "content_hash", "annotation does not match the signed contentHash")
    expected = {"task": record.task.id, "campaign": record.campaign_id, "kind": record.kind}
    for key, value in expected.items():
        if message.get(key) != value:
            report.fail(sid, "typed_data", f"signed {key} is {message.get(key)!r}, the record "
                        f"says {value!r}")
    try:
        if str(message.get("id", "")).lower() != uuid_to_bytes16(sid):
            report.fail(sid, "typed_data", "signed id differs from the submission id")
    except ValueError:
        report.fail(sid, "typed_data", "submission id is not a UUID")
    try:
        if "0x" + digest(record.typed_data).hex() != record.digest.lower():
            report.fail(sid, "digest", "typed data does not hash to the recorded digest")
        signer = recover_typed(record.typed_data, record.signature)
    except DataFiError as exc:
        report.fail(sid, "signature", str(exc))
    else:
        if signer.lower() != record.signer.lower():
            report.fail(sid, "signer", f"signature recovers {signer}, the record says "
                        f"{record.signer}")
        if str(message.get("annotator", "")).lower() != signer.lower():
            report.fail(sid, "signer", "signed annotator is not the account that signed")
    domain = record.typed_data.get("domain") or {}
    if distributor and str(domain.get("verifyingContract", "")).lower() != distributor.lower():
        report.fail(sid, "domain", f"signed for contract {domain.get('verifyingContract')}, "
                    f"not {distributor}")
    try:
        parse_annotation(record.annotation, record.task)
    except DataFiError as exc:
        report.fail(sid, "annotation", f"does not fit its task: {exc}")
    _check_correction(record, report)
    if len(report.problems) == before:
        report.signatures_ok += 1


def _check_correction(record: ExportRecord, report: VerifyReport) -> None:
    sid = record.submission_id
    if record.correction is None:
        return
    if record.review is None:
        report.notes.append(f"{sid}: correction carries no signed review")
        return
    review = record.review
    message = review.typed_data.get("message") or {}
    if str(message.get("correctionHash", "")).lower() != content_hash_hex(record.correction):
        report.fail(sid, "correction", "correction does not match the review's correctionHash")
    if str(message.get("submissionDigest", "")).lower() != record.digest.lower():
        report.fail(sid, "correction", "the review is of another submission")
    try:
        reviewer = recover_typed(review.typed_data, review.signature)
    except DataFiError as exc:
        report.fail(sid, "review_signature", str(exc))
        return
    if reviewer.lower() != review.reviewer.lower():
        report.fail(sid, "review_signature", f"review recovers {reviewer}, the record says "
                    f"{review.reviewer}")


def _check_items(manifest: dict[str, Any], records: Sequence[ExportRecord],
                 report: VerifyReport) -> None:
    have = {r.submission_id for r in records}
    listed = {str(i.get("submission")) for i in manifest["items"] if isinstance(i, dict)}
    for sid in sorted(listed - have):
        report.fail(sid, "item_removed", "in the manifest but not in submissions.jsonl")
    for sid in sorted(have - listed):
        report.fail(sid, "item_added", "in submissions.jsonl but not in the manifest")


def _check_rebuild(folder: Path, manifest: dict[str, Any], records: Sequence[ExportRecord],
                   report: VerifyReport) -> None:
    image_paths = {f"{i['campaign']}/{i['task']}": str(i["image"]) for i in manifest["items"]
                   if isinstance(i, dict) and i.get("image")}
    try:
        plan = build_plan(report.format, sorted_records(records), image_paths,
                          manifest.get("options") or {})
    except (DataFiError, KeyError, ValueError) as exc:
        report.fail(report.format, "rebuild", f"the label files cannot be rebuilt: {exc}")
        return
    for rel, data in plan.files.items():
        path = folder / rel
        if rel == PROVENANCE_FILE or not path.is_file():
            continue
        if _sha256(path) != hashlib.sha256(data).hexdigest():
            owners = ", ".join(_owners(manifest, rel)[:5])
            report.fail(rel, "label_mismatch", "differs from what the signed records produce"
                        + (f" (items {owners})" if owners else ""))
    for rel, sha in plan.images.items():
        path = folder / rel
        if path.is_file() and _sha256(path) != sha:
            report.fail(rel, "image_mismatch", "is not the image the task names")


def _logged_root(contract: Any, epoch: int) -> str | None:
    """Epoch ``epoch``'s submissions root from its ``EpochPosted`` log (None: no such log);
    raises when the address holds no contract at all (a wrong distributor address)."""
    posted = posted_epoch(contract, epoch)
    if posted is None and not contract.w3.eth.get_code(contract.address):
        raise LookupError(f"no contract at {contract.address}")
    return posted.submissions_root if posted is not None else None


def _check_proofs(records: Sequence[ExportRecord], report: VerifyReport, w3: Any,
                  distributor: str | None) -> None:
    contract = None
    if w3 is not None and distributor:
        from ..chain.artifacts import load_artifact

        contract = w3.eth.contract(address=to_checksum_address(distributor),
                                   abi=load_artifact("RewardDistributor").abi)
    roots: dict[int, str | None] = {}
    for record in records:
        inclusion = record.inclusion
        if inclusion is None:
            report.unsettled += 1
            continue
        sid = record.submission_id
        try:
            leaf = standard_leaf_hash(SUBMISSIONS_LEAF_ENCODING, (record.digest,))
            computed = "0x" + process_proof(leaf, inclusion.proof).hex()
        except DataFiError as exc:
            report.fail(sid, "merkle_proof", str(exc))
            continue
        if computed != inclusion.root.lower():
            report.fail(sid, "merkle_proof", "the proof does not lead to the recorded root")
            continue
        if contract is None:
            continue
        try:
            if inclusion.epoch not in roots:
                roots[inclusion.epoch] = _logged_root(contract, inclusion.epoch)
        except Exception as exc:  # any RPC or decoding failure is reported, not raised
            report.fail(sid, "onchain", f"cannot read the distributor: "
                        f"{exc.__class__.__name__}: {str(exc)[:200]}")
            continue
        on_chain = roots[inclusion.epoch]
        if on_chain is None:
            report.fail(sid, "onchain_root", f"epoch {inclusion.epoch} has no EpochPosted "
                        "log on this chain (never posted, or dropped by a reorg)")
        elif on_chain != computed:
            report.fail(sid, "onchain_root", f"epoch {inclusion.epoch} root on-chain is "
                        f"{on_chain}, the proof leads to {computed}")
        else:
            report.onchain_ok += 1
    if records and report.unsettled and contract is not None:
        report.notes.append(f"{report.unsettled} submissions are not settled in an epoch yet")


def _sha256(path: Path) -> str:
    digest_ = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest_.update(chunk)
    return digest_.hexdigest()


def format_report(report: VerifyReport) -> str:
    lines = [f"Export {report.folder} ({report.format or 'unknown format'}): "
             f"{report.submissions} submissions, {report.signatures_ok} verified, "
             f"{report.files_checked} files checked, {report.onchain_ok} proven on-chain, "
             f"{report.unsettled} not settled"]
    lines += [f"  note: {note}" for note in report.notes]
    lines += [f"  FAIL {problem}" for problem in report.problems]
    lines.append("OK" if report.ok else f"FAILED: {len(report.problems)} problems")
    return "\n".join(lines)
