"""Campaigns: a set of tasks, who may work on them, and where rewards settle."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import TaskFormatError
from ..protocol import Domain
from ..visible import check_visible
from .tasks import check_id
from .validation import first_error

#: Chain id of the embedded EVM (what eth-tester's py-evm backend reports).
EMBEDDED_CHAIN_ID = 131277322940537
ZERO_ADDRESS = "0x" + "00" * 20


def check_backend_url(url: str) -> str:
    """An ML backend URL as a campaign may name it: http or https with a host, no
    user name or password in it (a backend is asked with task data only)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"ml_backends: {url!r} is not an http(s) URL")
    if parts.username or parts.password:
        raise ValueError("ml_backends: a backend URL must not carry a user name or password")
    if parts.query or parts.fragment:
        raise ValueError(f"ml_backends: {url!r}: no query or fragment (the paths are "
                         "/health, /setup, /predict under it)")
    return url


class ChainSettings(BaseModel):
    """Where a campaign's rewards settle. Each value can be overridden per profile."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    chain_id: int = Field(default=EMBEDDED_CHAIN_ID, gt=0)
    rpc_url: str = "embedded"
    #: more public JSON-RPC URLs of the same chain, tried in turn after ``rpc_url``
    rpc_urls: tuple[str, ...] = ()
    #: blocks (the transaction's own included) before an epoch or a claim counts as final
    #: (1: mined is final; ``campaign create --deployment`` sets 2 on dev chains, else 5)
    confirmations: int = Field(default=1, ge=1, le=1000)
    distributor: str = ZERO_ADDRESS
    token: str = ZERO_ADDRESS
    token_symbol: str = "DFT"  # noqa: S105 (a ticker, not a secret)
    token_decimals: int = Field(default=18, ge=0, le=36)

    @field_validator("distributor", "token")
    @classmethod
    def _address(cls, value: str) -> str:
        from eth_utils import is_hex_address, to_checksum_address

        if not is_hex_address(value):
            raise ValueError("must be a 20-byte hex address")
        return str(to_checksum_address(value))

    @property
    def all_rpc_urls(self) -> tuple[str, ...]:
        """``rpc_url`` then the fallbacks, without repeats."""
        return tuple(dict.fromkeys((self.rpc_url, *self.rpc_urls)))


class Campaign(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str = Field(min_length=1, max_length=200)
    description: str = ""
    hub_url: str | None = None
    chain: ChainSettings = ChainSettings()
    #: how many annotators label each task (1 = no overlap)
    overlap: int = Field(default=1, ge=1, le=50)
    #: how many reviews a submission needs
    reviews_required: int = Field(default=1, ge=0, le=10)
    #: reject reasons reviewers pick from (free text can be added)
    reject_reasons: tuple[str, ...] = (
        "Wrong label",
        "Missing labels",
        "Imprecise boundaries",
        "Does not follow the guidelines",
        "Spam or low effort",
    )
    #: reward per accepted submission, in the token's smallest unit, by task kind
    rewards: dict[str, int] = Field(default_factory=dict)
    #: Label Studio ML backends the app may ask for a prediction of the open task
    #: (Ctrl+P) and for interactive help (docs/models.md); http(s), no credentials
    ml_backends: tuple[str, ...] = Field(default=(), max_length=10)
    #: offline models: sha-256 of each model's manifest asset (core.assist.onnx_manifest),
    #: run by the app when no backend answers
    offline_models: tuple[Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")], ...] = Field(
        default=(), max_length=10)
    extra: dict[str, Any] = Field(default_factory=dict)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        return check_id(value)

    @field_validator("reject_reasons")
    @classmethod
    def _reasons(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for reason in value:
            check_visible(reason)
        return value

    @field_validator("ml_backends")
    @classmethod
    def _backends(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for url in value:
            check_backend_url(url)
        return tuple(dict.fromkeys(u.rstrip("/") for u in value))

    @property
    def domain(self) -> Domain:
        """The EIP-712 domain submissions to this campaign are signed for."""
        return Domain(chain_id=self.chain.chain_id, verifying_contract=self.chain.distributor)


def parse_campaign(data: Any) -> Campaign:
    if not isinstance(data, dict):
        raise TaskFormatError("a campaign must be a JSON object", field="campaign")
    try:
        return Campaign.model_validate(data)
    except ValidationError as exc:
        field, message = first_error(exc)
        raise TaskFormatError(message, field=field, context="campaign") from None


@lru_cache(maxsize=256)
def campaign_from_json(text: str) -> Campaign:
    """:func:`parse_campaign` of a stored campaign's JSON, parsed once per process per
    version of it (the hub reads its campaigns' rows on every push and lease; the
    model is frozen)."""
    return parse_campaign(json.loads(text))
