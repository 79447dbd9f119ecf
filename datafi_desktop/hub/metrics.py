"""The hub's Prometheus metrics (``datafi_hub_*``), served at ``/metrics``.

With ``serve --workers N`` the workers write to ``PROMETHEUS_MULTIPROC_DIR`` (set by
``serve`` before they start) and ``/metrics`` sums them, whichever worker answers."""

from __future__ import annotations

import os
import re

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

REQUESTS = Counter("datafi_hub_requests_total", "HTTP requests by route, method and status",
                   ["route", "method", "status"])
LATENCY = Histogram("datafi_hub_request_seconds", "HTTP request latency by route",
                    ["route", "method"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
SUBMISSIONS = Counter("datafi_hub_submissions_total",
                      "pushed submissions by result and reason", ["result", "reason"])
REVIEWS = Counter("datafi_hub_reviews_total", "pushed reviews by result", ["result"])
LEASES = Counter("datafi_hub_leases_total", "tasks leased (new or renewed)", ["kind"])
SETTLEMENTS = Counter("datafi_hub_settlement_runs_total", "settle runs by outcome",
                      ["outcome"])
SETTLE_SECONDS = Histogram("datafi_hub_settlement_seconds", "settle run duration",
                           buckets=(0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600))
RELAYED = Counter("datafi_hub_relayed_claims_total", "claims relayed on-chain by the hub")
ASSET_BYTES = Counter("datafi_hub_asset_bytes_stored_total", "bytes of new assets stored")
POOL_IN_USE = Gauge("datafi_hub_db_pool_in_use", "database connections checked out",
                    multiprocess_mode="livesum")
POOL_SIZE = Gauge("datafi_hub_db_pool_size", "database pool size", multiprocess_mode="livesum")

_REASONS = ("no lease", "task closed", "task already submitted", "campaign closed",
            "signature invalid", "signer mismatch", "domain mismatch", "content hash mismatch",
            "kind mismatch", "annotation invalid", "annotation", "unknown task",
            "unknown campaign", "id", "typed data", "asset", "duplicate", "stored concurrently")


def reason_label(reason: str | None) -> str:
    """A bounded label for a refusal reason (the text holds ids and details)."""
    if not reason:
        return ""
    for known in _REASONS:
        if reason.startswith(known):
            return known
    return re.sub(r"[^a-z ]", "", reason.split(":")[0].lower())[:24] or "other"


def exposition() -> tuple[bytes, str]:
    """The metrics text (all workers' summed in multi-process mode) and its type."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(), CONTENT_TYPE_LATEST
