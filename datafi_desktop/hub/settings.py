"""What a hub is configured with."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.jsonsafe import MAX_DEPTH
from ..core.models.campaign import EMBEDDED_CHAIN_ID
from .accounts.quotas import UploadQuota
from .db.tables import DEFAULT_SQLITE_NAME


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class HubSettings:
    """Everything a hub needs; the defaults suit a local hub on one machine.

    ``siwe_domain`` / ``public_url``: what sign-in messages must name. When
    unset the hub takes them from the request (the ``Host`` header and the URL
    the client used), which is right for a hub reached at one address.
    """

    data_dir: Path
    database_url: str | None = None
    chain_id: int = EMBEDDED_CHAIN_ID
    siwe_domain: str | None = None
    public_url: str | None = None
    session_ttl_s: int = 3600
    nonce_ttl_s: int = 300
    default_lease_ttl_s: int = 3600
    max_lease_ttl_s: int = 14 * 24 * 3600
    max_lease_count: int = 10_000
    max_batch: int = 1000
    max_upload_bytes: int = 50 * 1024 * 1024
    #: database connections each process keeps, and how many more under load
    db_pool_size: int = 10
    db_max_overflow: int = 20
    #: where assets live: None (``data_dir/assets``), a directory, or s3://BUCKET/PREFIX
    asset_store: str | None = None
    #: the S3 endpoint of a store other than AWS (SeaweedFS, MinIO, …)
    s3_endpoint_url: str | None = None
    #: answer GET /v1/assets/{sha} with a redirect to a presigned URL (S3 stores)
    asset_redirect: bool = False
    presign_ttl_s: int = 300
    #: every JSON body (see http_guard): size, nesting, seconds without a byte → 408
    max_json_bytes: int = 8 * 1024 * 1024
    max_json_depth: int = MAX_DEPTH
    max_json_values: int = 1_000_000
    body_idle_timeout_s: float = 30.0
    #: uploads per window, per account and per campaign (429 with Retry-After past them)
    upload_quota: UploadQuota = field(default_factory=UploadQuota)
    #: POST /v1/auth/nonce per client address and window; unused nonces at most
    nonces_per_client: int = 30
    nonce_window_s: float = 60.0
    max_outstanding_nonces: int = 10_000
    #: slow every push down by this much (tests use it to interrupt a push midway)
    intake_delay_ms: int = 0
    #: milliseconds since the epoch; tests move it forward instead of sleeping
    clock: Callable[[], int] = field(default=wall_clock_ms)

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir)

    def clock_offset_ms(self) -> int:
        """How far ``clock`` runs ahead of real time (0 unless a test moved it).

        Decisions read the database's clock (:mod:`.db.clock`) plus this offset, so a
        test can still jump past an expiry without sleeping."""
        if self.clock is wall_clock_ms:
            return 0
        offset = getattr(self.clock, "offset_ms", None)
        if isinstance(offset, int):
            return offset
        return self.clock() - wall_clock_ms()

    @property
    def url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / DEFAULT_SQLITE_NAME}"

    @property
    def assets_dir(self) -> Path:
        return self.data_dir / "assets"
