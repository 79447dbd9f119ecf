"""Where submissions were settled: inclusion proofs by digest."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .common import HASH_PATTERN

#: the most digests one request may ask about
MAX_INCLUSION_DIGESTS = 1000


class InclusionsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    digests: list[Annotated[str, Field(pattern=HASH_PATTERN)]] = Field(
        max_length=MAX_INCLUSION_DIGESTS,
        description="submission EIP-712 digests (0x hex); an empty list asks only for the "
                    "latest posted epoch")


class InclusionOut(BaseModel):
    digest: str = Field(description="lowercase 0x hex")
    epoch: int = Field(description="the posted epoch that counted the submission")
    root: str = Field(description="that epoch's submissions root (in its EpochPosted log)")
    proof: list[str] = Field(description="leads from the digest's leaf to root; check it "
                                         "against the epoch's EpochPosted log")


class InclusionsOut(BaseModel):
    campaign_id: str
    latest_epoch: int | None = Field(description="the latest posted epoch, null before the "
                                                 "first")
    inclusions: list[InclusionOut]
    missing: list[str] = Field(description="digests no posted epoch counted (yet)")
