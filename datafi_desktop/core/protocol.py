"""The signing protocol: EIP-712 typed structs for Submission, Review and ClaimRequest.

Each record kind has its own struct type, and every signature is bound to a
domain {name, version, chainId, verifyingContract}, so no signature can be
replayed as another kind, on another chain or against another contract.

Signatures are exactly what ``eth_signTypedData_v4`` returns: 65 bytes
``r || s || v`` with ``v`` in {27, 28}. High-s (malleable) signatures are
rejected on verification. See ``docs/protocol.md`` for a worked example.

>>> domain = Domain(chain_id=1, verifying_contract="0x" + "11" * 20)
>>> typed = typed_data(domain, "ClaimRequest", {
...     "account": "0x" + "22" * 20, "cumulativeAmount": 5, "expectedRoot": "0x" + "00" * 32,
...     "nonce": 0, "deadline": 1})
>>> typed["primaryType"]
'ClaimRequest'
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Protocol

from coincurve import PublicKey
from eth_utils import is_hex_address, to_checksum_address

from .errors import SignatureError
from .keccak import keccak256

DOMAIN_NAME = "DataFi"
DOMAIN_VERSION = "1"

#: secp256k1 group order; a valid non-malleable signature has s <= N // 2.
SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
SECP256K1_HALF_N = SECP256K1_N // 2

EIP712_DOMAIN_TYPE: list[dict[str, str]] = [
    {"name": "name", "type": "string"},
    {"name": "version", "type": "string"},
    {"name": "chainId", "type": "uint256"},
    {"name": "verifyingContract", "type": "address"},
]

SUBMISSION_TYPE: list[dict[str, str]] = [
    {"name": "id", "type": "bytes16"},
    {"name": "campaign", "type": "string"},
    {"name": "task", "type": "string"},
    {"name": "kind", "type": "string"},
    {"name": "contentHash", "type": "bytes32"},
    {"name": "annotator", "type": "address"},
    {"name": "createdAt", "type": "uint64"},
]

REVIEW_TYPE: list[dict[str, str]] = [
    {"name": "id", "type": "bytes16"},
    {"name": "submission", "type": "bytes16"},
    {"name": "submissionDigest", "type": "bytes32"},
    {"name": "verdict", "type": "string"},
    {"name": "reason", "type": "string"},
    {"name": "correctionHash", "type": "bytes32"},
    {"name": "reviewer", "type": "address"},
    {"name": "createdAt", "type": "uint64"},
]

CLAIM_REQUEST_TYPE: list[dict[str, str]] = [
    {"name": "account", "type": "address"},
    {"name": "cumulativeAmount", "type": "uint256"},
    {"name": "expectedRoot", "type": "bytes32"},
    {"name": "nonce", "type": "uint256"},
    {"name": "deadline", "type": "uint64"},
]

STRUCT_TYPES: dict[str, list[dict[str, str]]] = {
    "Submission": SUBMISSION_TYPE,
    "Review": REVIEW_TYPE,
    "ClaimRequest": CLAIM_REQUEST_TYPE,
}

VERDICTS = ("accept", "reject", "correct")
ZERO_HASH = "0x" + "00" * 32


class DigestSigner(Protocol):
    """Anything that can sign a 32-byte digest: an unlocked software key today,
    a hardware signer later (the keystore/signing seam Electrum keeps)."""

    @property
    def address(self) -> str: ...

    def sign_digest(self, digest: bytes) -> bytes:
        """Return a 65-byte ``r || s || v`` signature (v in {27, 28}, low s)."""
        ...


@dataclass(frozen=True)
class Domain:
    """The EIP-712 domain every DataFi signature is bound to."""

    chain_id: int
    verifying_contract: str
    name: str = DOMAIN_NAME
    version: str = DOMAIN_VERSION

    def __post_init__(self) -> None:
        if not is_hex_address(self.verifying_contract):
            raise SignatureError("domain.verifyingContract: not an address")
        object.__setattr__(
            self, "verifying_contract", to_checksum_address(self.verifying_contract)
        )
        if self.chain_id <= 0:
            raise SignatureError("domain.chainId: must be positive")

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "chainId": self.chain_id,
            "verifyingContract": self.verifying_contract,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Domain:
        try:
            return cls(
                chain_id=int(data["chainId"]),
                verifying_contract=str(data["verifyingContract"]),
                name=str(data.get("name", DOMAIN_NAME)),
                version=str(data.get("version", DOMAIN_VERSION)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SignatureError(f"domain: malformed ({exc.__class__.__name__})") from None


def typed_data(domain: Domain, primary_type: str, message: dict[str, Any]) -> dict[str, Any]:
    """The full ``eth_signTypedData_v4`` payload for one record."""
    if primary_type not in STRUCT_TYPES:
        raise SignatureError(f"primaryType: unknown struct {primary_type!r}")
    fields = {f["name"] for f in STRUCT_TYPES[primary_type]}
    if set(message) != fields:
        missing = sorted(fields - set(message))
        extra = sorted(set(message) - fields)
        raise SignatureError(f"{primary_type}: missing {missing}, unexpected {extra}")
    return {
        "types": {"EIP712Domain": EIP712_DOMAIN_TYPE, primary_type: STRUCT_TYPES[primary_type]},
        "primaryType": primary_type,
        "domain": domain.as_dict(),
        "message": dict(message),
    }


def digest(full_message: dict[str, Any]) -> bytes:
    """The 32-byte EIP-712 digest ``keccak(0x1901 || domainSeparator || hashStruct)``."""
    try:
        from eth_account.messages import _hash_eip191_message, encode_typed_data

        return bytes(_hash_eip191_message(encode_typed_data(full_message=full_message)))
    except SignatureError:
        raise
    except Exception as exc:  # eth-account raises a variety of ValueError/TypeError kinds
        raise SignatureError(f"typed data does not encode: {exc}") from None


def sign_typed(full_message: dict[str, Any], signer: DigestSigner) -> bytes:
    """Sign typed data; the result equals ``eth_signTypedData_v4`` for the same key."""
    return _checked(signer.sign_digest(digest(full_message)))


def personal_sign(text: str, signer: DigestSigner) -> bytes:
    """EIP-191 ``personal_sign`` of a text message (used for Sign-In with Ethereum)."""
    from eth_account.messages import _hash_eip191_message, encode_defunct

    return _checked(signer.sign_digest(bytes(_hash_eip191_message(encode_defunct(text=text)))))


def recover_digest(msg_digest: bytes, signature: bytes | str) -> str:
    """Recover the checksummed signer of ``msg_digest``; rejects malformed and high-s."""
    return str(to_checksum_address(recover_digest_lower(msg_digest, signature)))


def recover_digest_lower(msg_digest: bytes, signature: bytes | str) -> str:
    """:func:`recover_digest` as a lowercase ``0x`` address: the same checks, one keccak
    fewer (the hub's intake compares addresses case-insensitively, thousands a second)."""
    sig = _signature_bytes(signature)
    r = int.from_bytes(sig[0:32], "big")
    s = int.from_bytes(sig[32:64], "big")
    v = sig[64]
    if v in (0, 1):
        v += 27
    if v not in (27, 28):
        raise SignatureError("signature: v must be 27 or 28")
    if not (0 < r < SECP256K1_N) or not (0 < s < SECP256K1_N):
        raise SignatureError("signature: r or s out of range")
    if s > SECP256K1_HALF_N:
        raise SignatureError("signature: high-s (malleable) signature rejected")
    if len(msg_digest) != 32:
        raise SignatureError("signature: the digest must be 32 bytes")
    try:  # libsecp256k1 through coincurve (what eth-keys' backend calls), without wrappers
        point = PublicKey.from_signature_and_message(
            sig[:64] + bytes([v - 27]), msg_digest, hasher=None).format(compressed=False)
    except (ValueError, TypeError) as exc:
        raise SignatureError(f"signature: does not recover ({exc.__class__.__name__})") from None
    return "0x" + keccak256(point[1:])[12:].hex()


def recover_typed(full_message: dict[str, Any], signature: bytes | str) -> str:
    """Recover the signer of typed data."""
    return recover_digest(digest(full_message), signature)


def recover_personal(text: str, signature: bytes | str) -> str:
    """Recover the signer of an EIP-191 personal message."""
    from eth_account.messages import _hash_eip191_message, encode_defunct

    return recover_digest(bytes(_hash_eip191_message(encode_defunct(text=text))), signature)


def verify_typed(
    full_message: dict[str, Any],
    signature: bytes | str,
    expected_signer: str,
    expected_domain: Domain | None = None,
) -> None:
    """Raise :class:`SignatureError` unless ``expected_signer`` signed this typed data.

    With ``expected_domain`` the domain of the message must equal it, which is
    how a verifier rejects a signature made for another chain or contract.
    """
    if expected_domain is not None:
        if Domain.from_dict(full_message.get("domain", {})) != expected_domain:
            raise SignatureError("domain: signed for another chain, contract or version")
    signer = recover_typed(full_message, signature)
    if signer.lower() != expected_signer.lower():
        raise SignatureError("signature: signer is not the expected account")


# --- record builders -----------------------------------------------------------------


def uuid_to_bytes16(value: str | uuid.UUID) -> str:
    """A UUID as the 0x-prefixed hex of its 16 bytes (the ``bytes16`` field value)."""
    return "0x" + (value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))).hex


def bytes16_to_uuid(value: str) -> str:
    """Inverse of :func:`uuid_to_bytes16`."""
    return str(uuid.UUID(hex=value.removeprefix("0x")))


def submission_message(
    *,
    submission_id: str,
    campaign: str,
    task: str,
    kind: str,
    content_hash: str,
    annotator: str,
    created_at_ms: int,
) -> dict[str, Any]:
    return {
        "id": uuid_to_bytes16(submission_id),
        "campaign": campaign,
        "task": task,
        "kind": kind,
        "contentHash": content_hash,
        "annotator": to_checksum_address(annotator),
        "createdAt": int(created_at_ms),
    }


def review_message(
    *,
    review_id: str,
    submission_id: str,
    submission_digest: str,
    verdict: str,
    reason: str,
    correction_hash: str | None,
    reviewer: str,
    created_at_ms: int,
) -> dict[str, Any]:
    if verdict not in VERDICTS:
        raise SignatureError(f"verdict: must be one of {', '.join(VERDICTS)}")
    return {
        "id": uuid_to_bytes16(review_id),
        "submission": uuid_to_bytes16(submission_id),
        "submissionDigest": submission_digest,
        "verdict": verdict,
        "reason": reason,
        "correctionHash": correction_hash or ZERO_HASH,
        "reviewer": to_checksum_address(reviewer),
        "createdAt": int(created_at_ms),
    }


def claim_request_message(
    *, account: str, cumulative_amount: int, expected_root: str, nonce: int, deadline: int
) -> dict[str, Any]:
    return {
        "account": to_checksum_address(account),
        "cumulativeAmount": int(cumulative_amount),
        "expectedRoot": expected_root,
        "nonce": int(nonce),
        "deadline": int(deadline),
    }


def _signature_bytes(signature: bytes | str) -> bytes:
    if isinstance(signature, str):
        try:
            sig = bytes.fromhex(signature.removeprefix("0x"))
        except ValueError:
            raise SignatureError("signature: not hex") from None
    else:
        sig = bytes(signature)
    if len(sig) != 65:
        raise SignatureError(f"signature: expected 65 bytes, got {len(sig)}")
    return sig


def _checked(sig: bytes) -> bytes:
    sig = _signature_bytes(sig)
    if int.from_bytes(sig[32:64], "big") > SECP256K1_HALF_N:
        raise SignatureError("signer produced a high-s signature")
    return sig
