"""What several areas share: patterns, the strict request base, per-item results."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ADDRESS_PATTERN = r"^0x[0-9a-fA-F]{40}$"
SIGNATURE_PATTERN = r"^0x[0-9a-fA-F]{130}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
#: a keccak-256 hash or an EIP-712 digest, 0x hex
HASH_PATTERN = r"^0x[0-9a-fA-F]{64}$"


class StrictIn(BaseModel):
    """A request body: unknown fields are refused (422)."""

    model_config = ConfigDict(extra="forbid")


class ReleaseOut(BaseModel):
    released: bool


class ItemResultOut(BaseModel):
    id: str
    result: Literal["accepted", "rejected", "conflict", "retry"]
    http_status: int = Field(description="200 accepted, 422 rejected, 409 conflict, 424 retry")
    reason: str | None = None
    status: str | None = Field(default=None, description="pending, accepted, rejected or paid")
    seq: int | None = None
    duplicate: bool = False
