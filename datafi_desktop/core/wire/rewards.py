"""Rewards: epochs, an account's leaf and proof, relayed claims."""

from __future__ import annotations

from pydantic import BaseModel, Field

from .common import ADDRESS_PATTERN, HASH_PATTERN


class EpochOut(BaseModel):
    campaign_id: str
    epoch: int
    state: str = Field(description="built (not on-chain yet) or posted")
    chain_id: int
    distributor: str
    rewards_root: str
    submissions_root: str = Field(description="0x00…00 when the epoch counted no new "
                                              "submission")
    total_cumulative: str = Field(description="uint256, decimal")
    accounts: int
    submissions: int = Field(description="submissions this epoch counted (first time)")
    uri: str
    tx_hash: str | None
    block_number: int | None
    created_at: int
    posted_at: int | None


class SubmissionProofOut(BaseModel):
    digest: str
    included: bool = Field(description="counted in this epoch")
    epoch: int | None = Field(description="the epoch that counted it (maybe another)")
    proof: list[str]


class EpochDetailOut(EpochOut):
    submission: SubmissionProofOut | None = None


class EpochListOut(BaseModel):
    epochs: list[EpochOut]


class RewardsOut(BaseModel):
    campaign_id: str
    account: str
    epoch: int | None = Field(description="the latest posted epoch with a leaf for the account")
    cumulative_amount: str | None = Field(description="uint256, decimal: the leaf's amount")
    root: str | None
    proof: list[str]
    pending_amount: str | None = Field(
        default=None, description="accepted but not settled yet (only to the account itself)")
    claimed_onchain: str | None = Field(
        default=None, description="claimed(account) on the distributor; null when the hub "
                                  "cannot read the chain")
    current_root: str | None = Field(default=None, description="merkleRoot() on-chain")
    chain_id: int
    distributor: str
    token: str
    token_symbol: str
    token_decimals: int


class ClaimRequestIn(BaseModel):
    account: str = Field(pattern=ADDRESS_PATTERN)
    cumulative_amount: str = Field(max_length=80, description="uint256, decimal")
    expected_root: str = Field(pattern=HASH_PATTERN)
    nonce: str = Field(max_length=80, description="uint256, decimal")
    deadline: int = Field(ge=0, le=2**64 - 1, description="unix seconds")


class RelayIn(BaseModel):
    request: ClaimRequestIn
    signature: str = Field(max_length=200, description="EIP-712 signature, 0x hex")


class RelayOut(BaseModel):
    id: str
    campaign_id: str
    account: str
    cumulative_amount: str
    expected_root: str
    epoch: int
    relayer: str
    state: str = Field(description="pending, confirmed, failed or dropped")
    tx_hash: str | None
    block_number: int | None
    amount: str | None
    error: str | None
    error_name: str | None
    created_at: int
