"""Routes that read or write a chain run in their own few threads.

A JSON-RPC node that hangs holds every request that asks it (up to the provider's
timeout, ``settlement_chain.chain_for``: 10 s per URL). Run in the shared thread
pool, forty such requests starve every other route (``GET /v1/campaigns`` went
from 0.11 s to 10–18 s). :func:`chain_bound` runs a sync endpoint in a separate
limiter of :data:`CHAIN_THREADS` threads: chain requests wait for each other,
nothing else waits for them.
"""

from __future__ import annotations

import asyncio
import functools
import weakref
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

import anyio
import anyio.to_thread

CHAIN_THREADS = 8
P = ParamSpec("P")
R = TypeVar("R")
_limiters: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = (
    weakref.WeakKeyDictionary())


def chain_limiter() -> anyio.CapacityLimiter:
    """This event loop's limiter for chain calls (each in-process hub has its own loop)."""
    loop = asyncio.get_running_loop()
    found = _limiters.get(loop)
    if found is None:
        found = _limiters[loop] = anyio.CapacityLimiter(CHAIN_THREADS)
    return found


def chain_bound(endpoint: Callable[P, R]) -> Callable[P, Awaitable[R]]:
    """An async endpoint that runs the sync ``endpoint`` in the chain threads (FastAPI
    reads the parameters through ``__wrapped__``)."""

    @functools.wraps(endpoint)
    async def run(*args: P.args, **kwargs: P.kwargs) -> R:
        call = functools.partial(endpoint, *args, **kwargs)
        return await anyio.to_thread.run_sync(call, limiter=chain_limiter())

    return run
