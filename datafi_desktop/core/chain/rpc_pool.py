"""Several JSON-RPC URLs for one chain, tried in turn (failover).

:class:`FailoverProvider` is a web3 provider over a list of HTTP endpoints. A request goes
to the endpoint that answered last; when it fails to *answer* — connection refused, a
timeout, HTTP 429 or 5xx, a body that is not JSON-RPC — the next URL is tried, and after
a whole round without an answer it waits (exponential backoff) and goes round again, up
to ``rounds`` times. A JSON-RPC error (a revert, "nonce too low") is an answer: it is
returned, not retried elsewhere.

>>> pool = FailoverProvider(["http://127.0.0.1:9", "http://127.0.0.1:10"], rounds=1)
>>> pool.urls
('http://127.0.0.1:9', 'http://127.0.0.1:10')
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, Final

import requests
from web3 import Web3
from web3.providers import JSONBaseProvider
from web3.providers.rpc import HTTPProvider
from web3.types import RPCEndpoint, RPCResponse

from ..errors import DataFiError

log = logging.getLogger("datafi_desktop.chain.rpc")

DEFAULT_TIMEOUT: Final = 10.0
DEFAULT_ROUNDS: Final = 3
DEFAULT_BACKOFF: Final = 0.5


class RpcUnavailableError(DataFiError, ConnectionError):
    """No URL of the pool answered (each one's reason is in the message). An ``OSError``,
    like the ``requests`` errors a single HTTP provider raises, so callers that treat a
    node that does not answer as "offline" go on doing so."""


class NotANodeError(RpcUnavailableError):
    """An URL answered, but not as a JSON-RPC node does."""


def _reason(exc: BaseException) -> str:
    if isinstance(exc, requests.HTTPError) and exc.response is not None:
        return f"HTTP {exc.response.status_code}"
    if isinstance(exc, requests.Timeout):
        return "timed out"
    if isinstance(exc, requests.ConnectionError):
        text = str(exc)
        refused = "Connection refused" in text or "Errno 111" in text
        return "connection refused" if refused else "unreachable"
    if isinstance(exc, ValueError | TypeError | KeyError):
        return "answered, but not as a JSON-RPC node"
    return exc.__class__.__name__


def check_urls(urls: Sequence[str]) -> tuple[str, ...]:
    cleaned = tuple(u.strip() for u in urls if u and u.strip())
    if not cleaned:
        raise RpcUnavailableError("no RPC URL given")
    for url in cleaned:
        if not url.startswith(("http://", "https://")):
            raise RpcUnavailableError(f"RPC URL {url!r}: expected http(s)://host[:port]")
    return cleaned


class FailoverProvider(JSONBaseProvider):
    """A web3 provider over several HTTP JSON-RPC URLs of the same chain."""

    def __init__(self, urls: Sequence[str], *, timeout: float = DEFAULT_TIMEOUT,
                 rounds: int = DEFAULT_ROUNDS, backoff: float = DEFAULT_BACKOFF,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        super().__init__()
        self.urls = check_urls(urls)
        self._providers = [HTTPProvider(u, request_kwargs={"timeout": timeout},
                                        exception_retry_configuration=None)
                           for u in self.urls]
        self.rounds = max(1, rounds)
        self.backoff = backoff
        self._sleep = sleep
        self._current = 0
        self._lock = threading.Lock()

    @property
    def current_url(self) -> str:
        return self.urls[self._current]

    def make_request(self, method: RPCEndpoint, params: Any) -> RPCResponse:
        failures: dict[str, str] = {}
        with self._lock:
            start = self._current
        for round_ in range(self.rounds):
            if round_:
                self._sleep(self.backoff * 2 ** (round_ - 1))
            for step in range(len(self._providers)):
                index = (start + step) % len(self._providers)
                provider = self._providers[index]
                try:
                    response = provider.make_request(method, params)
                    if not isinstance(response, dict) or (
                            "result" not in response and "error" not in response):
                        raise ValueError("not a JSON-RPC response")
                except (requests.RequestException, ValueError, TypeError, KeyError) as exc:
                    reason = _reason(exc)
                    failures[self.urls[index]] = reason
                    log.warning("RPC %s: %s (%s)", self.urls[index], reason, method)
                    continue
                with self._lock:
                    if self._current != index:
                        log.info("RPC: now using %s", self.urls[index])
                    self._current = index
                return response
        detail = "; ".join(f"{u}: {r}" for u, r in failures.items())
        if failures and all("JSON-RPC" in r for r in failures.values()):
            raise NotANodeError(f"not a JSON-RPC node: {detail}")
        raise RpcUnavailableError(f"no RPC URL answered {method} ({detail})")

    def is_connected(self, show_traceback: bool = False) -> bool:
        try:
            self.make_request(RPCEndpoint("web3_clientVersion"), [])
        except RpcUnavailableError:
            return False
        return True


def failover_web3(urls: Sequence[str], **kwargs: Any) -> Web3:
    """A :class:`Web3` over :class:`FailoverProvider` (one URL works too)."""
    return Web3(FailoverProvider(urls, **kwargs))
