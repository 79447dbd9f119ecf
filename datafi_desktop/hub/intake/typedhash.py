"""A fast EIP-712 digest of DataFi ``Submission`` records for the hub's intake.

``core.protocol.digest`` goes through eth-account's general typed-data encoder,
which is most of the cost of verifying a submission. This computes the same
32 bytes for the one struct intake needs (the domain separator cached per
domain), and refuses any value the general encoder would encode differently.
``tests/hub/test_typedhash.py`` checks it against ``core.protocol.digest``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from eth_utils import is_address, keccak

from ...core.errors import SignatureError
from ...core.keccak import keccak256
from ...core.protocol import SUBMISSION_TYPE, Domain

SUBMISSION_TYPEHASH = keccak(
    text="Submission(" + ",".join(f"{f['type']} {f['name']}" for f in SUBMISSION_TYPE) + ")"
)
DOMAIN_TYPEHASH = keccak(
    text="EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)
_BYTES16 = re.compile(r"^0x[0-9a-fA-F]{32}$")
_BYTES32 = re.compile(r"^0x[0-9a-fA-F]{64}$")
_FIELDS = frozenset(f["name"] for f in SUBMISSION_TYPE)


def fast_keccak(data: bytes) -> bytes:
    """keccak-256 without eth-utils' wrapper (:mod:`...core.keccak`)."""
    return keccak256(data)


@lru_cache(maxsize=4096)
def _string_hash(value: str) -> bytes:
    """keccak of a string field; campaign ids and kinds repeat in every push."""
    return keccak(text=value)


@lru_cache(maxsize=4096)
def _is_address(value: str) -> bool:
    """eth-utils' check (hex, and a valid EIP-55 checksum when mixed case), cached: one
    annotator pushes many items."""
    return bool(is_address(value))


@lru_cache(maxsize=256)
def domain_separator(domain: Domain) -> bytes:
    return keccak(
        DOMAIN_TYPEHASH
        + keccak(text=domain.name)
        + keccak(text=domain.version)
        + domain.chain_id.to_bytes(32, "big")
        + bytes(12) + bytes.fromhex(domain.verifying_contract[2:])
    )


def submission_digest(domain: Domain, message: dict[str, Any]) -> bytes:
    """``keccak(0x1901 ‖ domainSeparator ‖ hashStruct(Submission))``."""
    if set(message) != _FIELDS:
        raise SignatureError("Submission: fields do not match the protocol")
    sid, content, annotator, created = (message["id"], message["contentHash"],
                                        message["annotator"], message["createdAt"])
    if not isinstance(sid, str) or not _BYTES16.match(sid):
        raise SignatureError("Submission.id: not 16 bytes of hex")
    if not isinstance(content, str) or not _BYTES32.match(content):
        raise SignatureError("Submission.contentHash: not 32 bytes of hex")
    if not isinstance(annotator, str) or not _is_address(annotator):
        raise SignatureError("Submission.annotator: not an address")
    if isinstance(created, bool) or not isinstance(created, int) or not 0 <= created < 2**64:
        raise SignatureError("Submission.createdAt: not a uint64")
    strings = []
    for name in ("campaign", "task", "kind"):
        value = message[name]
        if not isinstance(value, str):
            raise SignatureError(f"Submission.{name}: not a string")
        strings.append(fast_keccak(value.encode("utf-8")) if name == "task"
                       else _string_hash(value))
    struct = fast_keccak(
        SUBMISSION_TYPEHASH
        + bytes.fromhex(sid[2:]) + bytes(16)
        + strings[0] + strings[1] + strings[2]
        + bytes.fromhex(content[2:])
        + bytes(12) + bytes.fromhex(annotator[2:])
        + created.to_bytes(32, "big")
    )
    return fast_keccak(b"\x19\x01" + domain_separator(domain) + struct)
