"""Signing in with Ethereum: the nonce, the login, the session, who the caller is."""

from __future__ import annotations

from pydantic import BaseModel, Field

from .common import SIGNATURE_PATTERN, StrictIn


class NonceOut(BaseModel):
    """What to put in the EIP-4361 message the wallet signs."""

    nonce: str
    issued_at: int
    expires_at: int
    domain: str
    uri: str
    chain_id: int
    statement: str


class LoginIn(StrictIn):
    message: str = Field(max_length=8_000, description="the EIP-4361 message text")
    signature: str = Field(pattern=SIGNATURE_PATTERN, description="personal_sign of message")


class SessionOut(BaseModel):
    token: str = Field(description="bearer token; send as `Authorization: Bearer <token>`")
    address: str
    expires_at: int


class MeOut(BaseModel):
    address: str
    expires_at: int
    roles: dict[str, list[str]]
