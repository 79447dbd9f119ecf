"""Limits on connections, so idle or slow sockets cannot starve everyone else
(``datafi-hub serve``, every worker, and the in-process hub).

- **Header deadline**: a connection must finish its request headers within
  ``header_timeout_s`` of being opened (or of its previous answer); else it is
  closed. uvicorn alone waits forever for a request that never comes (its
  keep-alive timer stops at the first byte), which let ~20,000 idle sockets
  exhaust the file handles.
- **Connection cap**: at most ``max_connections`` (by default a margin below the
  process's open-file limit). A new connection over the cap closes the oldest
  one still waiting for headers; when every connection is busy, uvicorn answers
  503 (``limit_concurrency``).
- **Body deadline**: no body bytes for ``body_idle_timeout_s`` → 408 (enforced in
  :mod:`..api.http_guard`, which also caps every body).
- Headers over ``h11_max_incomplete_event_size`` → 400.
- Log records are rate-limited (:mod:`.loglimit`), so a flood of bad requests
  cannot fill the disk with log.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
from dataclasses import dataclass
from typing import Any, ClassVar

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

#: file handles kept for the database, assets and logs when deriving max_connections
FD_RESERVE = 64
DEFAULT_MAX_CONNECTIONS = 1000


@dataclass
class ServeLimits:
    header_timeout_s: float = 10.0
    keep_alive_s: float = 5.0
    max_connections: int | None = None  # None: from the open-file limit
    max_header_bytes: int = 16 * 1024
    backlog: int = 2048

    def connections(self) -> int:
        """``max_connections``, or what the process's open-file limit allows."""
        if self.max_connections is not None:
            return max(1, self.max_connections)
        soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft == resource.RLIM_INFINITY:
            return DEFAULT_MAX_CONNECTIONS
        return max(8, min(DEFAULT_MAX_CONNECTIONS, soft - FD_RESERVE))


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header deadline and eviction of idle connections."""

    header_timeout_s: ClassVar[float] = 10.0
    max_connections: ClassVar[int] = DEFAULT_MAX_CONNECTIONS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None

    # a connection is "idle" from its opening (or previous answer) to its next headers
    def _idle(self) -> dict[GuardedH11Protocol, None]:
        idle: dict[GuardedH11Protocol, None] | None = getattr(self.server_state,
                                                               "datafi_idle", None)
        if idle is None:
            idle = {}
            # silenced below: uvicorn's ServerState has no slot for our idle set; we add one
            self.server_state.datafi_idle = idle  # type: ignore[attr-defined]
        return idle

    # silenced below: uvicorn's protocol declares BaseTransport; it is called with a Transport
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._wait_for_headers()
        idle = self._idle()
        while len(self.connections) >= self.max_connections:
            oldest = next((c for c in idle if c is not self), None)
            if oldest is None:
                break  # every other connection is busy: uvicorn answers 503
            oldest._drop()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_waiting()
        super().connection_lost(exc)

    def handle_events(self) -> None:
        super().handle_events()
        if self._deadline is not None and self.conn.their_state is not h11.IDLE:
            self._stop_waiting()  # the request line and headers are in

    def on_response_complete(self) -> None:
        answered = self.cycle
        super().on_response_complete()
        if not self.transport.is_closing() and self.cycle is answered:
            self._wait_for_headers()  # no pipelined request: wait for the next one

    def _wait_for_headers(self) -> None:
        self._stop_waiting()
        self._deadline = self.loop.call_later(self.header_timeout_s, self._drop)
        self._idle()[self] = None

    def _stop_waiting(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self._idle().pop(self, None)

    def _drop(self) -> None:
        self._stop_waiting()
        if not self.transport.is_closing():
            self.transport.close()


PROTOCOL_PATH = "datafi_desktop.hub.server.connlimits:GuardedH11Protocol"


def configure(limits: ServeLimits) -> None:
    """Set the limits :class:`GuardedH11Protocol` applies in this process (each
    ``--workers`` process calls it while building its app)."""
    GuardedH11Protocol.header_timeout_s = limits.header_timeout_s
    GuardedH11Protocol.max_connections = limits.connections()


def uvicorn_options(limits: ServeLimits) -> dict[str, Any]:
    """uvicorn settings for these limits (plain values: they reach worker processes)."""
    return {"http": PROTOCOL_PATH, "timeout_keep_alive": int(max(1, limits.keep_alive_s)),
            "limit_concurrency": limits.connections(), "backlog": limits.backlog,
            "h11_max_incomplete_event_size": limits.max_header_bytes}


def protocol_class(limits: ServeLimits) -> type[GuardedH11Protocol]:
    """A protocol class carrying these limits, for a server in this process (the in-process
    hub: several may run side by side with their own limits)."""
    return type("DataFiH11Protocol", (GuardedH11Protocol,), {
        "header_timeout_s": limits.header_timeout_s,
        "max_connections": limits.connections(),
    })


def make_config(app: Any, limits: ServeLimits, **options: Any) -> uvicorn.Config:
    """A uvicorn config serving ``app`` in this process with ``limits``."""
    settings = {**uvicorn_options(limits), "http": protocol_class(limits)}
    return uvicorn.Config(app, **settings, **options)


def add_limit_options(parser: argparse.ArgumentParser) -> None:
    """``datafi-hub serve`` options for the limits above."""
    group = parser.add_argument_group("connection limits")
    group.add_argument("--header-timeout", type=float, default=10.0, metavar="SECONDS",
                       help="close a connection that has not sent its request headers "
                            "within this time (default 10)")
    group.add_argument("--keep-alive-timeout", type=float, default=5.0, metavar="SECONDS",
                       help="close an idle keep-alive connection after this time (default 5)")
    group.add_argument("--body-timeout", type=float, default=30.0, metavar="SECONDS",
                       help="answer 408 when a request body stalls this long (default 30)")
    group.add_argument("--max-connections", type=int, default=None, metavar="N",
                       help="open connections at most; the oldest idle one is closed for "
                            "a new one (default: the open-file limit minus 64, at most 1000)")


def limits_from(args: argparse.Namespace) -> ServeLimits:
    return ServeLimits(header_timeout_s=args.header_timeout,
                       keep_alive_s=args.keep_alive_timeout,
                       max_connections=args.max_connections)
