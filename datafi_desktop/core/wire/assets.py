"""Assets: what an upload answers."""

from __future__ import annotations

from pydantic import BaseModel


class AssetOut(BaseModel):
    sha256: str
    size: int
    mime: str
    created: bool
