"""Syncing the local cache with a hub: client, engine, background runner.

The GUI uses :class:`SyncRunner` (thread-safe; progress through listeners);
tests and scripts can drive :class:`SyncEngine` directly on their own thread.
"""

from .client import HubClient
from .engine import LOCKED_MESSAGE, SyncEngine, SyncReport, offline_message
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
from .progress import SyncListener, SyncPhase, SyncProgress, SyncState
from .runner import SyncRunner

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
