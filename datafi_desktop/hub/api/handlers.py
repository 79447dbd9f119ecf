"""How errors are answered: JSON ``{"detail": "..."}`` with the status code of their
:class:`~..errors.HubError` class, and a database that does not answer as 503."""

from __future__ import annotations

import logging
from typing import cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as SATimeoutError

from ..errors import DatabaseUnavailable, HubError
from .http_guard import validation_error

log = logging.getLogger("datafi_desktop.hub")


async def database_down(request: Request, exc: Exception) -> JSONResponse:
    # a restart or failover of the database (or a full pool) is answered 503 with
    # Retry-After, not 500: the transaction was rolled back, the client retries
    log.warning("database unavailable during %s %s: %s", request.method,
                request.url.path, str(exc).splitlines()[0][:200])
    return await hub_error(request, DatabaseUnavailable())


async def hub_error(_request: Request, error: Exception) -> JSONResponse:
    exc = cast(HubError, error)  # registered for HubError only
    headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else {}
    retry_after = getattr(exc, "retry_after", None)
    if retry_after is not None:  # 503 of an unreachable store, 429 of a rate limit
        headers["Retry-After"] = str(retry_after)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                        headers=headers)


def add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(OperationalError, database_down)
    app.add_exception_handler(SATimeoutError, database_down)
    app.add_exception_handler(HubError, hub_error)
