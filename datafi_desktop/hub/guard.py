"""An ASGI guard in front of the API: JSON bodies are size-limited and their nesting
measured before anything parses them.

py_ecc and py-evm (imported with eth-account) raise Python's recursion limit to
100,000, so the C JSON parser could overflow the C stack on ``"[" * 200000``.
Bodies FastAPI would parse as JSON (a JSON content type, or none) are read
here first: over ``max_bytes`` → 413, nested deeper than ``max_depth`` → 422.
Uploads (``application/octet-stream``) stream through untouched.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ..core.jsonsafe import MAX_DEPTH, nesting_depth

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_JSON_BYTES = 64 * 1024 * 1024


class JSONGuard:
    def __init__(self, app: ASGIApp, max_bytes: int = MAX_JSON_BYTES,
                 max_depth: int = MAX_DEPTH) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        content_type = b""
        for name, value in scope.get("headers", []):
            if name.lower() == b"content-type":
                content_type = value.lower()
        if content_type and b"json" not in content_type:
            await self.app(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                await _answer(send, 413, f"JSON bodies are limited to "
                                         f"{self.max_bytes // (1024 * 1024)} MiB")
                return
            if not message.get("more_body", False):
                break
        if nesting_depth(bytes(body)) > self.max_depth:
            await _answer(send, 422, f"JSON nested deeper than {self.max_depth} levels")
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _answer(send: Send, status: int, detail: str) -> None:
    payload = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})
