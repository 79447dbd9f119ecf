"""The signing protocol: the documented worked example, tampering, replay, malleability."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data
from hypothesis import given, settings
from hypothesis import strategies as st

from datafi_desktop.core.canonical import canonical_json, content_hash_hex
from datafi_desktop.core.errors import CanonicalizationError, SignatureError
from datafi_desktop.core.protocol import (
    SECP256K1_N,
    Domain,
    claim_request_message,
    digest,
    personal_sign,
    recover_personal,
    recover_typed,
    review_message,
    sign_typed,
    submission_message,
    typed_data,
    verify_typed,
)
from tests.conftest import KeySigner

DOCS = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"
# Hardhat's public TEST account #0; documented in docs/protocol.md. Never fund it.
EXAMPLE_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
DOMAIN = Domain(chain_id=131277, verifying_contract="0x5FbDB2315678afecb367f032d93F642f64180aa3")


class AccountSigner:
    def __init__(self, key: str) -> None:
        self._account = Account.from_key(key)

    @property
    def address(self) -> str:
        return str(self._account.address)

    def sign_digest(self, msg_digest: bytes) -> bytes:
        return bytes(self._account.unsafe_sign_hash(msg_digest).signature)


def example_payload() -> dict:
    annotation = {"kind": "text_classification", "labels": ["positive"]}
    message = submission_message(
        submission_id="019ab9e4-3c00-7000-8000-000000000001",
        campaign="demo",
        task="text-cls-001",
        kind="text_classification",
        content_hash=content_hash_hex(annotation),
        annotator="0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
        created_at_ms=1764028800000,
    )
    return typed_data(DOMAIN, "Submission", message)


def _doc_value(name: str) -> str:
    text = DOCS.read_text(encoding="utf-8")
    match = re.search(rf"^{name}\s+(0x[0-9a-f]+)(?:\n\s+([0-9a-f]+))?", text, re.M)
    assert match, f"{name} not found in docs/protocol.md"
    return match.group(1) + (match.group(2) or "")


def test_worked_example_matches_the_docs() -> None:
    full = example_payload()
    assert canonical_json({"labels": ["positive"], "kind": "text_classification"}) == (
        b'{"kind":"text_classification","labels":["positive"]}'
    )
    assert "0x" + digest(full).hex() == _doc_value("digest")
    signature = sign_typed(full, AccountSigner(EXAMPLE_KEY))
    assert "0x" + signature.hex() == _doc_value("signature")
    # the JSON payload printed in the docs is exactly what we sign
    block = DOCS.read_text(encoding="utf-8").split("```json", 1)[1].split("```", 1)[0]
    assert json.loads(block) == full


def test_content_hash_in_docs() -> None:
    text = DOCS.read_text(encoding="utf-8")
    expected = content_hash_hex({"kind": "text_classification", "labels": ["positive"]})
    assert f"contentHash = {expected}" in text


def test_signature_equals_eth_sign_typed_data_v4() -> None:
    full = example_payload()
    reference = Account.sign_message(encode_typed_data(full_message=full), EXAMPLE_KEY)
    assert sign_typed(full, AccountSigner(EXAMPLE_KEY)) == bytes(reference.signature)
    assert recover_typed(full, bytes(reference.signature)) == Account.from_key(EXAMPLE_KEY).address


def test_tampered_message_recovers_someone_else(signer: KeySigner) -> None:
    full = example_payload()
    full["message"]["annotator"] = signer.address
    signature = sign_typed(full, signer)
    verify_typed(full, signature, signer.address, DOMAIN)
    tampered = json.loads(json.dumps(full))
    tampered["message"]["contentHash"] = "0x" + "00" * 32
    with pytest.raises(SignatureError, match="not the expected account"):
        verify_typed(tampered, signature, signer.address, DOMAIN)


@pytest.mark.parametrize(
    "other",
    [
        Domain(chain_id=1, verifying_contract="0x5FbDB2315678afecb367f032d93F642f64180aa3"),
        Domain(chain_id=131277, verifying_contract="0x" + "22" * 20),
        Domain(chain_id=131277, verifying_contract="0x5FbDB2315678afecb367f032d93F642f64180aa3",
               version="2"),
    ],
)
def test_signature_for_another_chain_or_contract_is_rejected(
    signer: KeySigner, other: Domain
) -> None:
    full = example_payload()
    full["message"]["annotator"] = signer.address
    signature = sign_typed(full, signer)
    # checked against the expected domain: refused outright
    with pytest.raises(SignatureError, match="another chain"):
        verify_typed(full, signature, signer.address, other)
    # re-labelled as the other domain: the signature no longer recovers the signer
    moved = dict(full, domain=other.as_dict())
    with pytest.raises(SignatureError, match="not the expected account"):
        verify_typed(moved, signature, signer.address)


def test_signature_cannot_be_replayed_as_another_kind(signer: KeySigner) -> None:
    claim = typed_data(DOMAIN, "ClaimRequest", claim_request_message(
        account=signer.address, cumulative_amount=10, expected_root="0x" + "11" * 32,
        nonce=0, deadline=2_000_000_000))
    signature = sign_typed(claim, signer)
    assert recover_typed(claim, signature) == signer.address
    review = typed_data(DOMAIN, "Review", review_message(
        review_id="019ab9e4-3c00-7000-8000-000000000002",
        submission_id="019ab9e4-3c00-7000-8000-000000000001",
        submission_digest="0x" + "11" * 32, verdict="accept", reason="", correction_hash=None,
        reviewer=signer.address, created_at_ms=1))
    assert digest(review) != digest(claim)
    assert recover_typed(review, signature) != signer.address


def test_high_s_signature_is_rejected(signer: KeySigner) -> None:
    full = example_payload()
    signature = bytearray(sign_typed(full, signer))
    s = int.from_bytes(signature[32:64], "big")
    signature[32:64] = (SECP256K1_N - s).to_bytes(32, "big")
    signature[64] = 55 - signature[64]  # flip v (27 <-> 28): the malleable twin
    with pytest.raises(SignatureError, match="high-s"):
        recover_typed(full, bytes(signature))


@pytest.mark.parametrize(
    "bad, message",
    [
        (b"\x00" * 64, "expected 65 bytes"),
        ("0xzz", "not hex"),
        (b"\x01" * 64 + b"\x05", "v must be"),
        (b"\x00" * 64 + b"\x1b", "out of range"),
    ],
)
def test_malformed_signatures(bad: bytes | str, message: str) -> None:
    with pytest.raises(SignatureError, match=message):
        recover_typed(example_payload(), bad)


def test_message_fields_are_checked() -> None:
    with pytest.raises(SignatureError, match="missing"):
        typed_data(DOMAIN, "Submission", {"id": "0x" + "00" * 16})
    with pytest.raises(SignatureError, match="unknown struct"):
        typed_data(DOMAIN, "Payment", {})
    with pytest.raises(SignatureError, match="verdict"):
        review_message(review_id="019ab9e4-3c00-7000-8000-000000000002",
                       submission_id="019ab9e4-3c00-7000-8000-000000000001",
                       submission_digest="0x" + "11" * 32, verdict="maybe", reason="",
                       correction_hash=None, reviewer="0x" + "11" * 20, created_at_ms=1)
    with pytest.raises(SignatureError, match="verifyingContract"):
        Domain(chain_id=1, verifying_contract="not an address")


def test_personal_sign_round_trip(signer: KeySigner) -> None:
    text = "app.datafi.local wants you to sign in\n\nnonce: abc"
    signature = personal_sign(text, signer)
    assert recover_personal(text, signature) == signer.address
    assert recover_personal(text + " ", signature) != signer.address


def test_canonical_json_refuses_what_json_cannot_carry() -> None:
    for bad in ({"x": float("nan")}, {"x": float("inf")}, {"x": 2**60}):
        with pytest.raises(CanonicalizationError):
            canonical_json(bad)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1)
    | st.floats(-(2.0**53) + 1, 2.0**53 - 1) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@given(json_values)
@settings(max_examples=200, deadline=None)
def test_canonical_json_round_trips_and_is_stable(value: object) -> None:
    encoded = canonical_json(value)
    decoded = json.loads(encoded)
    assert canonical_json(decoded) == encoded


@given(
    labels=st.lists(st.sampled_from(["a", "b", "c", "ü", "🙂"]), min_size=1, max_size=3,
                    unique=True),
    created=st.integers(0, 2**63 - 1),
    task=st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,20}", fullmatch=True),
)
@settings(max_examples=50, deadline=None)
def test_sign_verify_round_trip(labels: list[str], created: int, task: str) -> None:
    signer = KeySigner("hypothesis")
    annotation = {"kind": "text_classification", "labels": sorted(labels)}
    message = submission_message(
        submission_id="019ab9e4-3c00-7000-8000-000000000003", campaign="demo", task=task,
        kind="text_classification", content_hash=content_hash_hex(annotation),
        annotator=signer.address, created_at_ms=created)
    full = typed_data(DOMAIN, "Submission", message)
    signature = sign_typed(full, signer)
    assert int.from_bytes(signature[32:64], "big") <= SECP256K1_N // 2
    verify_typed(full, signature, signer.address, DOMAIN)
    # key order does not change the content hash
    assert content_hash_hex(dict(reversed(list(annotation.items())))) == message["contentHash"]
