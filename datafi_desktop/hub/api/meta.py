"""Liveness and readiness for a load balancer: ``GET /v1/health``, ``GET /v1/ready``.

``/v1/health`` is liveness (the process answers). ``/v1/ready`` answers 200 only
when the database answers, its schema is at the head migration and the asset store
answers; otherwise 503 with ``Retry-After`` and the reason of each failed check,
so a proxy takes the process out of rotation until it can serve."""

from __future__ import annotations

import logging
from functools import lru_cache

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ... import __version__
from ...core.wire.meta import HealthOut
from ..db import migrate
from ..service import Hub
from ..storage import StoreUnavailable

log = logging.getLogger("datafi_desktop.hub")


@lru_cache(maxsize=1)
def _head() -> str:
    return migrate.head_revision()


def readiness(hub: Hub) -> dict[str, str]:
    """``{check: "ok" | reason}`` for the database, the migrations and the asset store."""
    checks: dict[str, str] = {}
    try:
        with hub.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        checks["database"] = "ok"
        current = migrate.current_revision(hub.engine)
        checks["migrations"] = "ok" if current == _head() else (
            f"schema at {current}, the code needs {_head()}: run datafi-hub init")
    except SQLAlchemyError as exc:
        checks["database"] = f"unreachable: {type(getattr(exc, 'orig', None) or exc).__name__}"
        checks["migrations"] = "unknown (no database)"
    try:
        hub.assets.ping()
        checks["assets"] = "ok"
    except StoreUnavailable as exc:
        checks["assets"] = exc.detail
    return checks


def add_routes(router: APIRouter, hub: Hub) -> None:

    @router.get("/v1/health", response_model=HealthOut, tags=["meta"])
    def health() -> HealthOut:
        return HealthOut(version=__version__, now=hub.now(), chain_id=hub.settings.chain_id)

    @router.get("/v1/ready", tags=["meta"],
                   responses={503: {"description": "not ready: a check failed"}})
    def ready() -> JSONResponse:
        """200 when the database answers at the head migration and the asset store
        answers; 503 (with ``Retry-After``) naming what does not."""
        checks = readiness(hub)
        ok = all(v == "ok" for v in checks.values())
        if not ok:
            log.warning("not ready: %s", "; ".join(f"{k}: {v}" for k, v in checks.items()
                                                   if v != "ok"))
        return JSONResponse({"ready": ok, "checks": checks}, status_code=200 if ok else 503,
                            headers=None if ok else {"Retry-After": "5"})

