"""The sync entries of the File menu, each with its shortcut (so F1 lists them)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..icons import icon
from ..session import Session
from .controller import SyncController
from .dialogs import open_details_dialog, open_offline_dialog

SYNC_NOW_KEYS = "Ctrl+R"
OFFLINE_KEYS = "Ctrl+Shift+O"
DETAILS_KEYS = "Ctrl+Shift+Y"


class SyncActions:
    """Sync now, Make tasks available offline…, Sync details… for one window."""

    def __init__(self, window: QMainWindow, session: Session, menu: QMenu) -> None:
        self.window = window
        self.session = session
        self.sync_now = self._action("&Sync now", SYNC_NOW_KEYS, "actionSyncNow", "sync",
                                     self.trigger_sync)
        self.offline = self._action("Make tasks available &offline…", OFFLINE_KEYS,
                                    "actionMakeOffline", "cloud-done",
                                    lambda: open_offline_dialog(self.session, self.window))
        self.details = self._action("Sync &details…", DETAILS_KEYS, "actionSyncDetails", "",
                                    lambda: open_details_dialog(self.session, self.window))
        for action in (self.sync_now, self.offline, self.details):
            menu.addAction(action)
        menu.addSeparator()
        sync_changed = getattr(session, "sync_changed", None)
        if sync_changed is not None:
            sync_changed.connect(self.update_enabled)
        self.update_enabled()

    def _action(self, text: str, keys: str, name: str, icon_name: str,
                slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        self.window.addAction(action)  # the shortcut works whichever page is shown
        return action

    @property
    def controller(self) -> SyncController | None:
        return getattr(self.session, "sync", None)

    def update_enabled(self) -> None:
        on = self.controller is not None
        self.sync_now.setEnabled(on)
        self.offline.setEnabled(on)
        tip = "" if on else "No hub for this profile (start with --hub URL)"
        self.sync_now.setStatusTip(tip)
        self.offline.setStatusTip(tip)

    def trigger_sync(self) -> None:
        controller = self.controller
        if controller is None:
            return
        controller.sync_now()
        status = self.window.statusBar()
        if status is not None:
            status.showMessage("Syncing with the hub…", 3000)


def add_sync_actions(window: QMainWindow, session: Session, menu: QMenu) -> SyncActions:
    return SyncActions(window, session, menu)
