"""Liveness: ``GET /v1/health``."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class HealthOut(BaseModel):
    status: Literal["ok"] = "ok"
    version: str
    now: int = Field(description="the hub's clock, ms since the epoch")
    chain_id: int = Field(description="the chain id sign-in messages must name")
