"""Syncing in the GUI: the controller over the core's runner, the status-bar
indicator, the dialogs, the File menu entries and the demo hub start.

    core SyncRunner (thread) ──listener──→ SyncController (Qt signals, UI thread)
        ├─→ SyncIndicator (status bar) ──click──→ SyncPopover ──→ dialogs
        └─report─→ Session.sync_applied(report.changes) ──operation_did_execute──→
                   queue (the rows of the tasks named), status bar, review and rewards pages

The names load on first use (PEP 562): the status bar's indicator is on the first
screen, the runner and its HTTP client are not (issue 16).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .controller import HistoryEntry, SyncController, SyncRequest
    from .setup import SyncSetup, resolve_hub_url, start_demo_sync, start_sync

_HOMES = {
    **dict.fromkeys(("HistoryEntry", "SyncController", "SyncRequest"), "controller"),
    **dict.fromkeys(("SyncSetup", "resolve_hub_url", "start_demo_sync", "start_sync"),
                    "setup"),
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "HistoryEntry",
    "SyncController",
    "SyncRequest",
    "SyncSetup",
    "resolve_hub_url",
    "start_demo_sync",
    "start_sync",
]
