"""Syncing in the GUI: the controller over the core's runner, the status-bar
indicator, the dialogs, the File menu entries and the demo hub start.

    core SyncRunner (thread) ──listener──→ SyncController (Qt signals, UI thread)
        ├─→ SyncIndicator (status bar) ──click──→ SyncPopover ──→ dialogs
        └─→ Session.notify_tasks / notify_outbox ──→ queue, status bar
"""

from .controller import HistoryEntry, SyncController, SyncRequest
from .setup import SyncSetup, resolve_hub_url, start_demo_sync, start_sync

__all__ = [
    "HistoryEntry",
    "SyncController",
    "SyncRequest",
    "SyncSetup",
    "resolve_hub_url",
    "start_demo_sync",
    "start_sync",
]
