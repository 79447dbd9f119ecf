"""Observability of a serving hub: a request id on every request and log line, one
log line per request (``--log-format json`` for one JSON object per line), request
metrics and ``GET /metrics``."""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import uuid
from typing import Any

from fastapi import FastAPI, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import metrics
from ..service import Hub

REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
_ID_OK = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
access = logging.getLogger("datafi_desktop.hub.access")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id, extras."""

    FIELDS = ("method", "route", "path", "status", "duration_ms", "client")

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(), "logger": record.name,
            "msg": record.getMessage(), "request_id": getattr(record, "request_id", "-"),
        }
        for name in self.FIELDS:
            if hasattr(record, name):
                out[name] = getattr(record, name)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, separators=(",", ":"))


def configure_logging(log_format: str, verbose: int = 0) -> None:
    handler = logging.StreamHandler()
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
        # silenced below: Handler.formatter is Optional; it was set on the line above
        handler.formatter.converter = time.gmtime  # type: ignore[union-attr]
    else:
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"))
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING - 10 * min(verbose, 2))
    access.setLevel(logging.INFO)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True


class RequestContext:
    """ASGI middleware: request id (the client's ``X-Request-ID`` when sane, else a new
    one; echoed in the response), one access log line, request metrics."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        rid = given if _ID_OK.match(given) else uuid.uuid4().hex
        token = REQUEST_ID.set(rid)
        start = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            elapsed = time.perf_counter() - start
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            method = scope.get("method", "")
            metrics.REQUESTS.labels(route, method, str(status)).inc()
            metrics.LATENCY.labels(route, method).observe(elapsed)
            client = scope.get("client")
            access.info("%s %s %d %.1f ms", method, scope.get("path", ""), status,
                        elapsed * 1000, extra={
                            "method": method, "route": route, "path": scope.get("path", ""),
                            "status": status, "duration_ms": round(elapsed * 1000, 2),
                            "client": client[0] if client else None})
            REQUEST_ID.reset(token)


def install(app: FastAPI, hub: Hub, *, log_format: str = "text", verbose: int = 0) -> None:
    """Request ids, access logs and metrics on ``app``; ``GET /metrics``."""
    configure_logging(log_format, verbose)
    app.add_middleware(RequestContext)
    pool = hub.engine.pool

    @app.get("/metrics", include_in_schema=False)
    def prometheus() -> Response:
        size = getattr(pool, "size", None)
        checked = getattr(pool, "checkedout", None)
        if callable(size) and callable(checked):
            metrics.POOL_SIZE.set(size())
            metrics.POOL_IN_USE.set(checked())
        body, content_type = metrics.exposition()
        return Response(body, media_type=content_type)
