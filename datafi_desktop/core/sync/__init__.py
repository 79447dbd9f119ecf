"""Syncing the local cache with a hub: client, engine, background runner.

The GUI uses :class:`SyncRunner` (thread-safe; progress through listeners);
tests and scripts can drive :class:`SyncEngine` directly on their own thread.

The names load on first use (PEP 562): the status bar's ``SyncState`` does not
load httpx, the engine or the task models before the window is up (issue 16).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import HubClient
    from .engine import SyncEngine
    from .errors import (
        HubAuthError,
        HubForbiddenError,
        HubRequestError,
        HubResponseError,
        HubServerError,
        HubUnreachableError,
        SyncError,
        WalletLockedForSync,
    )
    from .progress import (
        LOCKED_MESSAGE,
        SyncListener,
        SyncPhase,
        SyncProgress,
        SyncState,
        offline_message,
    )
    from .report import SyncReport
    from .runner import SyncRunner

_HOMES = {
    "HubClient": "client",
    "SyncEngine": "engine",
    "SyncReport": "report",
    **dict.fromkeys(("HubAuthError", "HubForbiddenError", "HubRequestError",
                     "HubResponseError", "HubServerError", "HubUnreachableError",
                     "SyncError", "WalletLockedForSync"), "errors"),
    **dict.fromkeys(("LOCKED_MESSAGE", "SyncListener", "SyncPhase", "SyncProgress",
                     "SyncState", "offline_message"), "progress"),
    "SyncRunner": "runner",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


__all__ = [
    "LOCKED_MESSAGE",
    "HubAuthError",
    "HubClient",
    "HubForbiddenError",
    "HubRequestError",
    "HubResponseError",
    "HubServerError",
    "HubUnreachableError",
    "SyncEngine",
    "SyncError",
    "SyncListener",
    "SyncPhase",
    "SyncProgress",
    "SyncReport",
    "SyncRunner",
    "SyncState",
    "WalletLockedForSync",
    "offline_message",
]
