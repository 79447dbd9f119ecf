"""What the app starts after its window's first paint (issue 16: the window first).

:class:`AfterPaint` runs once the main window has been painted: the window builds
the rest of itself (the task editor, the other pages, their menus), then syncing
starts. With ``--demo`` the embedded EVM and the in-process hub start on a worker
thread (about two seconds of work) while the demo tasks can already be labeled; the
status bar shows a busy bar with what is starting, Sync now says the hub is on its
way, and once both are up the controller attaches and the demo syncs as before.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressBar

from ..core.changes import CAMPAIGN_CHANGES
from .sync.setup import SyncSetup

if TYPE_CHECKING:
    from ..core.demo_chain import DemoChain
    from ..demo.hub import RunningHub
    from .main_window import MainWindow

log = logging.getLogger(__name__)

MESSAGE_MS = 8000
#: how long closing waits for a demo start still under way
START_WAIT_MS = 60_000


class AfterPaint(QObject):
    """Builds the rest of the window and starts syncing, after the first paint."""

    #: the demo chain and hub are up and the controller attached (demo only)
    demo_ready = Signal()
    #: the demo chain or hub could not start: the demo works offline (the message)
    demo_failed = Signal(str)

    def __init__(self, window: MainWindow, *, demo: bool = False,
                 hub_url: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.demo = demo
        self.hub_url = hub_url
        #: what :meth:`stop` ends: the sync controller and the demo hub
        self.sync = SyncSetup()
        self.demo_chain: DemoChain | None = None
        self.busy: QProgressBar | None = None
        self._ran = False
        self._stopped = False

    @property
    def demo_starting(self) -> bool:
        return self.busy is not None

    def schedule(self) -> None:
        """Run once the event loop has painted the window."""
        QTimer.singleShot(0, self, self.run)

    def run(self) -> None:
        if self._ran or self._stopped:
            return
        self._ran = True
        self.window.finish_startup()
        if self.demo:
            self._start_demo()
        else:
            from .boot import open_sync

            self.sync = open_sync(self.session, hub_url=self.hub_url)

    # --- the demo ----------------------------------------------------------------------

    def _start_demo(self) -> None:
        from .worker import run_in_background

        bar = QProgressBar()
        bar.setObjectName("demoStartProgress")
        bar.setRange(0, 0)  # busy: the EVM and the hub say nothing until they are up
        bar.setMaximumWidth(120)
        bar.setMaximumHeight(self.window.fontMetrics().height())
        bar.setTextVisible(False)
        status = self.window.statusBar()
        status.addWidget(bar)
        status.showMessage(self.tr("Starting the demo chain and hub…"))
        self.busy = bar
        self.window.sync_actions.set_waiting(
            self.tr("The demo hub is starting — it syncs as soon as it is up"))
        session = self.session
        run_in_background(lambda: _start_demo_services(session), self._demo_started,
                          self._demo_error)

    def _demo_started(self, result: tuple[DemoChain | None, RunningHub]) -> None:
        chain, hub = result
        if self._stopped:  # the window closed while they started
            hub.stop()
            if chain is not None:
                chain.stop()
            return
        self.demo_chain = chain
        from .sync.setup import attach_demo_sync

        try:
            self.sync = attach_demo_sync(self.session, hub,
                                         chain.settings if chain is not None else None)
        except Exception as exc:
            self._demo_error(exc)
            return
        self._end_busy()
        # the campaign names its hub and chain now
        self.session.changed(CAMPAIGN_CHANGES, self)
        if self.window.demo_action is None:  # Demo ▸ Review and settle, now that it works
            from .rewards.demo import add_demo_menu

            self.window.demo_action = add_demo_menu(self.window, self.session,
                                                    self.window.help_menu.menuAction())
        self.window.statusBar().showMessage(
            self.tr("Demo chain and hub ready") if chain is not None
            else self.tr("Demo hub ready (the demo chain could not start)"), MESSAGE_MS)
        self.demo_ready.emit()

    def _demo_error(self, exc: BaseException) -> None:
        log.warning("demo hub not started: %s", exc)
        self._end_busy()
        self.window.sync_actions.set_waiting(None)
        message = self.tr("The demo hub could not start ({error}); the demo works offline"
                          ).format(error=type(exc).__name__)
        self.window.statusBar().showMessage(message, MESSAGE_MS)
        self.demo_failed.emit(message)

    def _end_busy(self) -> None:
        if self.busy is not None:
            self.window.statusBar().removeWidget(self.busy)
            self.busy.deleteLater()
            self.busy = None

    def stop(self) -> None:
        """End the sync, then the demo hub and chain (idempotent). A demo start still
        under way is waited for (bounded), and what it started is stopped too."""
        self._stopped = True
        if self.busy is not None:
            from PySide6.QtCore import QCoreApplication

            from .worker import background_pool

            background_pool().waitForDone(START_WAIT_MS)
            QCoreApplication.sendPostedEvents()  # its result: _demo_started stops it all
        self.sync.stop()
        if self.demo_chain is not None:
            self.demo_chain.stop()
            self.demo_chain = None


def _start_demo_services(session: Any) -> tuple[DemoChain | None, RunningHub]:
    """On a worker thread: the embedded EVM (None when it cannot start), then the hub."""
    from .boot import start_embedded_demo_chain
    from .sync.setup import start_demo_hub_for

    chain = start_embedded_demo_chain()
    try:
        return chain, start_demo_hub_for(session, chain.settings if chain is not None else None)
    except BaseException:
        if chain is not None:
            chain.stop()
        raise
