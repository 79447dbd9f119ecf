"""One decision about every request's body, before any of it is buffered.

:class:`RequestGuard` sits in front of the API and, for each request, finds the
route it will reach and what that route takes:

- more than one ``Content-Type`` or ``Content-Length`` header → 400 (a proxy
  and the app must never read the same request two ways);
- a route without a body: a declared body over 64 KiB → 413, the rest is
  never read;
- a JSON route: ``Content-Type`` must be ``application/json`` (charset
  UTF-8 at most) → else 415; a declared or counted size over
  ``max_json_bytes`` → 413 as soon as it is known; the body is then parsed
  in a worker thread, two at a time (:func:`.json_body.parse_json_body`:
  bounded depth and value count, no NaN/Infinity, no lone surrogates) and
  the handler gets the parsed value
  (:class:`GuardedRoute`), so the event loop never parses;
- an upload route: bytes are counted while the handler streams them (413
  past ``max_upload_bytes``);
- a route that needs a session: the bearer token is checked before a byte of
  the body is read (401), so nobody unauthenticated makes the hub buffer;
- a body that stalls (no bytes for ``body_idle_timeout_s``) → 408.

Errors never quote the body: :func:`validation_error` drops pydantic's
``input`` and ``ctx`` from 422 answers.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Coroutine, MutableMapping
from dataclasses import dataclass
from typing import Any, Literal

import anyio
import anyio.to_thread
from fastapi import Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.routing import BaseRoute, Match, Router

from ..errors import HubError, PayloadTooLarge, RequestTimeout
from .json_body import BodyRefused, parse_json_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: where the guard leaves the parsed JSON body for :class:`GuardedRoute`
PARSED_KEY = "datafi.parsed_json"
NO_BODY_LIMIT = 64 * 1024
#: JSON bodies parsed at once (in worker threads; the rest wait without holding a thread)
PARALLEL_PARSES = 2
_BODYLESS_METHODS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS", "TRACE"})
_JSON_TYPES = frozenset({b"application/json"})


@dataclass(frozen=True)
class GuardLimits:
    max_json_bytes: int
    max_upload_bytes: int
    max_depth: int
    max_json_values: int
    body_idle_timeout_s: float


@dataclass(frozen=True)
class RoutePolicy:
    body: Literal["json", "upload", "none"]
    signed: bool


class RequestGuard:
    """ASGI middleware: see the module docstring."""

    def __init__(self, app: ASGIApp, *, router: Router, session_dependency: Callable[..., Any],
                 check_token: Callable[[str], object], limits: Callable[[], GuardLimits]
                 ) -> None:
        self.app = app
        self.router = router
        self.session_dependency = session_dependency
        self.check_token = check_token
        self.limits = limits
        self._policies: dict[int, RoutePolicy] = {}
        self._parsers: anyio.CapacityLimiter | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            call = await self._admit(scope, receive)
        except BodyRefused as exc:
            await answer(send, exc.status, exc.detail, exc.headers)
            return
        if call is not None:
            await self.app(scope, call, send)

    async def _admit(self, scope: Scope, receive: Receive) -> Receive | None:
        """The receive the app gets, or None when the client went away."""
        headers = scope.get("headers", [])
        types = [v for n, v in headers if n.lower() == b"content-type"]
        lengths = [v for n, v in headers if n.lower() == b"content-length"]
        chunked = any(n.lower() == b"transfer-encoding" for n, _ in headers)
        if len(types) > 1:
            raise BodyRefused(400, "more than one Content-Type header")
        if len(lengths) > 1:
            raise BodyRefused(400, "more than one Content-Length header")
        declared = int(lengths[0]) if lengths and lengths[0].isdigit() else None
        has_body = chunked or bool(declared)
        policy = self._policy(scope)
        limits = self.limits()
        if policy.body == "none" or scope["method"] in _BODYLESS_METHODS:
            if declared is not None and declared > NO_BODY_LIMIT:
                raise BodyRefused(413, "this request takes no body")
            return receive
        if policy.body == "json":
            if has_body and (not types or _media_type(types[0]) not in _JSON_TYPES):
                raise BodyRefused(415, "send the body as Content-Type: application/json")
            limit = limits.max_json_bytes
        else:
            limit = limits.max_upload_bytes
        if declared is not None and declared > limit:
            raise BodyRefused(413, _too_large(policy, limit))
        if policy.signed:
            await self._check_session(scope)
        if policy.body == "upload":
            return _counting(receive, limit, limits.body_idle_timeout_s,
                             _too_large(policy, limit))
        raw = await read_body(receive, limit, limits.body_idle_timeout_s,
                              _too_large(policy, limit))
        if raw is None:
            return None
        if raw:
            if self._parsers is None:  # created on the loop that uses it
                self._parsers = anyio.CapacityLimiter(PARALLEL_PARSES)
            scope[PARSED_KEY] = await anyio.to_thread.run_sync(
                parse_json_body, raw, limits.max_depth, limits.max_json_values,
                limiter=self._parsers)
        return _replay(raw, receive)

    def _policy(self, scope: Scope) -> RoutePolicy:
        for route in self.router.routes:
            match, _child = route.matches(scope)
            if match == Match.FULL:
                found = self._policies.get(id(route))
                if found is None:
                    found = self._policies[id(route)] = _policy_of(route,
                                                                   self.session_dependency)
                return found
        return RoutePolicy("none", False)

    async def _check_session(self, scope: Scope) -> None:
        auth = b""
        for name, value in scope.get("headers", []):
            if name.lower() == b"authorization":
                auth = value
        scheme, _, token = auth.decode("latin-1").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise BodyRefused(401, "not signed in: send Authorization: Bearer <token>",
                              {"WWW-Authenticate": "Bearer"})
        try:
            await run_in_threadpool(self.check_token, token.strip())
        except HubError as exc:
            retry_after = getattr(exc, "retry_after", None)  # 503: the database is away
            raise BodyRefused(exc.status_code, exc.detail,
                              {"WWW-Authenticate": "Bearer"} if exc.status_code == 401
                              else {"Retry-After": str(retry_after or 1)}) from None


def _policy_of(route: BaseRoute, session_dependency: Callable[..., Any]) -> RoutePolicy:
    if not isinstance(route, APIRoute):
        return RoutePolicy("none", False)
    signed = False
    stack = list(route.dependant.dependencies)
    while stack:
        dep = stack.pop()
        if dep.call is session_dependency:
            signed = True
        stack.extend(dep.dependencies)
    extra = json.dumps(route.openapi_extra or {})
    if "application/octet-stream" in extra:
        return RoutePolicy("upload", signed)
    return RoutePolicy("json" if route.body_field is not None else "none", signed)


def _media_type(value: bytes) -> bytes:
    """``application/json`` from ``application/json; charset=utf-8``; b"" when the
    parameters name another charset or the value is not one media type."""
    main, _, params = value.partition(b";")
    media = main.strip().lower()
    for param in params.split(b";"):
        key, _, val = param.strip().partition(b"=")
        if key.strip().lower() == b"charset" and val.strip(b' "').lower() not in (b"utf-8",
                                                                                 b"utf8"):
            return b""
    return media


def _too_large(policy: RoutePolicy, limit: int) -> str:
    what = "files" if policy.body == "upload" else "JSON bodies"
    size = f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit} bytes"
    return f"{what} are limited to {size}"


async def _next_chunk(receive: Receive, idle_timeout_s: float) -> Message:
    try:
        return await asyncio.wait_for(receive(), idle_timeout_s)
    except TimeoutError:
        raise BodyRefused(408, f"no body bytes for {idle_timeout_s:g} s") from None


async def read_body(receive: Receive, limit: int, idle_timeout_s: float, too_large: str
                    ) -> bytes | None:
    """The whole body, counted as it arrives (413 past ``limit``); None on disconnect."""
    body = bytearray()
    while True:
        message = await _next_chunk(receive, idle_timeout_s)
        if message["type"] == "http.disconnect":
            return None
        body += message.get("body", b"")
        if len(body) > limit:
            raise BodyRefused(413, too_large)
        if not message.get("more_body", False):
            return bytes(body)


def _counting(receive: Receive, limit: int, idle_timeout_s: float, too_large: str) -> Receive:
    seen = 0

    async def counted() -> Message:
        nonlocal seen
        try:
            message = await _next_chunk(receive, idle_timeout_s)
        except BodyRefused as exc:
            raise RequestTimeout(exc.detail) from None
        seen += len(message.get("body", b""))
        if seen > limit:
            raise PayloadTooLarge(too_large)
        return message

    return counted


def _replay(raw: bytes, receive: Receive) -> Receive:
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": raw, "more_body": False}
        return await receive()

    return replay


async def answer(send: Send, status: int, detail: str,
                 headers: dict[str, str] | None = None) -> None:
    payload = json.dumps({"detail": detail}).encode()
    raw = [(b"content-type", b"application/json"),
           (b"content-length", str(len(payload)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": payload})


class GuardedRoute(APIRoute):
    """An APIRoute whose handler takes the body :class:`RequestGuard` already parsed
    (off the event loop) instead of parsing it again."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            if PARSED_KEY in request.scope:
                request._json = request.scope.pop(PARSED_KEY)
            return await handler(request)

        return guarded


async def validation_error(_request: Request, exc: Exception) -> JSONResponse:
    """422 with where and why, never the input (a 150 MB body is not echoed back)."""
    assert isinstance(exc, RequestValidationError)
    detail = [
        {"type": str(e.get("type", "")),
         "loc": [p if isinstance(p, int) else str(p)[:64] for p in e.get("loc", ())][:8],
         "msg": str(e.get("msg", ""))[:300]}
        for e in list(exc.errors())[:20]
    ]
    return JSONResponse({"detail": detail}, status_code=422)
