"""The status feed of one's own submissions (``GET /v1/submissions/status``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from .quality import QualityOut


class StatusOut(BaseModel):
    id: str
    campaign_id: str
    task_id: str
    status: str
    reason: str | None
    verdict: dict[str, Any] | None
    seq: int


class StatusFeedOut(BaseModel):
    items: list[StatusOut]
    cursor: int = Field(description="pass as `since` next time")
    more: bool
    quality: list[QualityOut] = Field(
        default_factory=list, description="the caller's figures in the campaigns of these items")
