"""The wallet's signatures and keystores as the usual JavaScript library (ethers v6) sees them.

Needs node and tools/js (scripts/setup_js.sh); skips with the reason otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datafi_desktop.core.canonical import content_hash_hex
from datafi_desktop.core.protocol import (
    Domain,
    claim_request_message,
    personal_sign,
    review_message,
    sign_typed,
    submission_message,
    typed_data,
)
from datafi_desktop.core.wallet import Wallet
from tests.chain.conftest import node_skip_reason, run_node

pytestmark = pytest.mark.node

DOCS = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"
PASSWORD = "interop password"


@pytest.fixture(autouse=True)
def _node() -> None:
    reason = node_skip_reason()
    if reason is not None:
        pytest.skip(reason)


def _js_safe(value: object) -> object:
    """Integers beyond 2**53 as decimal strings: JSON.parse would round them (ethers
    takes uint256 values as strings)."""
    if isinstance(value, dict):
        return {k: _js_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_js_safe(v) for v in value]
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 2**53:
        return str(value)
    return value


def ethers(payload: dict) -> dict:
    return json.loads(run_node("ethers-check.mjs", json.dumps(_js_safe(payload))))


@pytest.fixture
def wallet(tmp_path: Path) -> Wallet:
    wallet = Wallet(tmp_path / "wallet", scrypt_n=2**12)
    address = wallet.create(PASSWORD).address
    wallet.unlock(address, PASSWORD)
    return wallet


def test_every_struct_signed_by_the_wallet_verifies_in_ethers(wallet: Wallet) -> None:
    signer = wallet.signer()
    domain = Domain(chain_id=131277322940537,
                    verifying_contract="0x2946259E0334f33A064106302415aD3391BeD384")
    annotation = {"kind": "text_spans", "spans": [{"start": 0, "end": 4, "label": "PER"}]}
    submission = typed_data(domain, "Submission", submission_message(
        submission_id="019ab9e4-3c00-7000-8000-000000000001", campaign="demo",
        task="text-spans-002", kind="text_spans", content_hash=content_hash_hex(annotation),
        annotator=signer.address, created_at_ms=1764028800000))
    review = typed_data(domain, "Review", review_message(
        review_id="019ab9e4-3c00-7000-8000-000000000002",
        submission_id="019ab9e4-3c00-7000-8000-000000000001",
        submission_digest="0x" + "ab" * 32, verdict="reject", reason="Wrong label: Zoë ✓",
        correction_hash=None, reviewer=signer.address, created_at_ms=1764028800001))
    claim = typed_data(domain, "ClaimRequest", claim_request_message(
        account=signer.address, cumulative_amount=10**24 + 7,
        expected_root="0x" + "11" * 32, nonce=3, deadline=2_000_000_000))
    items = [{"typed_data": t, "signature": "0x" + sign_typed(t, signer).hex()}
             for t in (submission, review, claim)]
    assert ethers({"typed": items})["typed"] == [signer.address] * 3
    # a changed field recovers someone else in ethers too
    items[0]["typed_data"]["message"]["task"] = "text-spans-003"
    assert ethers({"typed": items[:1]})["typed"] != [signer.address]


def test_the_documented_worked_example_verifies_in_ethers() -> None:
    text = DOCS.read_text(encoding="utf-8")
    payload = json.loads(text.split("```json", 1)[1].split("```", 1)[0])
    sig_line = text.split("signature        ", 1)[1].split("\n")
    signature = sig_line[0].strip() + sig_line[1].strip()
    assert ethers({"typed": [{"typed_data": payload, "signature": signature}]})["typed"] == [
        "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"]


def test_sign_in_messages_and_exported_keystores_open_in_ethers(wallet: Wallet) -> None:
    signer = wallet.signer()
    text = "app.datafi.local wants you to sign in with your Ethereum account:\n" + signer.address
    signature = "0x" + personal_sign(text, signer).hex()
    keystore = wallet.export_keystore(signer.address, PASSWORD)
    got = ethers({"personal": [{"text": text, "signature": signature}],
                  "keystore": keystore, "password": PASSWORD})
    assert got["personal"] == [signer.address]
    assert got["keystore"] == signer.address
