"""The sync entries of the File menu, each with its shortcut (so F1 lists them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..icons import icon
from ..session import Session

if TYPE_CHECKING:  # loaded with the first sync or dialog, not with the window
    from .controller import SyncController

SYNC_NOW_KEYS = "Ctrl+R"
OFFLINE_KEYS = "Ctrl+Shift+O"
DETAILS_KEYS = "Ctrl+Shift+Y"


class SyncActions:
    """Sync now, Make tasks available offline…, Sync details… for one window."""

    def __init__(self, window: QMainWindow, session: Session, menu: QMenu) -> None:
        self.window = window
        self.session = session
        #: why there is no hub *yet* (the demo's starts after the first paint): Sync now
        #: stays enabled, says so, and syncs once the hub is up
        self.waiting: str | None = None
        self._sync_when_ready = False
        self.sync_now = self._action(QCoreApplication.translate("SyncActions", "&Sync now"),
                                     SYNC_NOW_KEYS,
                                     "actionSyncNow", "sync",
                                     self.trigger_sync)
        self.offline = self._action(QCoreApplication.translate(
                                        "SyncActions", "Make tasks available &offline…"),
                                    OFFLINE_KEYS,
                                    "actionMakeOffline", "cloud-done",
                                    self._open_offline)
        self.details = self._action(QCoreApplication.translate("SyncActions", "Sync &details…"),
                                    DETAILS_KEYS, "actionSyncDetails", "",
                                    self._open_details)
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

    def _open_offline(self) -> None:
        from .dialogs import open_offline_dialog

        open_offline_dialog(self.session, self.window)

    def _open_details(self) -> None:
        from .dialogs import open_details_dialog

        open_details_dialog(self.session, self.window)

    @property
    def controller(self) -> SyncController | None:
        return getattr(self.session, "sync", None)

    def set_waiting(self, reason: str | None) -> None:
        """The hub is on its way (``reason`` says so) or no longer (None)."""
        self.waiting = reason
        if reason is None:
            self._sync_when_ready = False
        self.update_enabled()

    def update_enabled(self) -> None:
        on = self.controller is not None
        if on:
            self.waiting = None
        self.sync_now.setEnabled(on or self.waiting is not None)
        self.offline.setEnabled(on)
        tip = "" if on else (self.waiting or QCoreApplication.translate(
            "SyncActions", "No hub for this profile (start with --hub URL)"))
        self.sync_now.setStatusTip(tip)
        self.offline.setStatusTip(tip)
        if on and self._sync_when_ready:
            self._sync_when_ready = False
            self.trigger_sync()

    def trigger_sync(self) -> None:
        controller = self.controller
        if controller is None:
            if self.waiting is not None:  # asked while the hub starts: sync once it is up
                self._sync_when_ready = True
                status = self.window.statusBar()
                if status is not None:
                    status.showMessage(self.waiting, 5000)
            return
        controller.sync_now()
        status = self.window.statusBar()
        if status is not None:
            status.showMessage(
                QCoreApplication.translate("SyncActions", "Syncing with the hub…"), 3000)


def add_sync_actions(window: QMainWindow, session: Session, menu: QMenu) -> SyncActions:
    return SyncActions(window, session, menu)
