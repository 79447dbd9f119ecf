"""Pushing signed submissions (``POST /v1/submissions``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from .common import ItemResultOut, StrictIn


class SubmissionIn(BaseModel):
    """One signed submission as the app's outbox holds it (``SubmissionRow.to_wire``)."""

    id: str = Field(max_length=64, description="the client's UUIDv7 (idempotency key)")
    annotation: Any = Field(description="the annotation JSON that was hashed")
    typed_data: dict[str, Any] = Field(description="the eth_signTypedData_v4 payload")
    signature: str = Field(max_length=200, description="65-byte signature, 0x hex")


class SubmissionBatchIn(StrictIn):
    items: list[SubmissionIn] = Field(min_length=1, max_length=1000)


class SubmissionBatchOut(BaseModel):
    results: list[ItemResultOut]
    accepted: int
    rejected: int
    conflicts: int
    retry: int
