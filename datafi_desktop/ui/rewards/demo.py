"""Demo ▸ Review and settle now: the demo's reviewer and operator, one keystroke away.

In a demo profile (the demo campaign served by the in-process hub whose data lives in
``<profile>/hub``), the action runs on the thread pool: it makes sure the demo chain runs
and that the demo campaign settles there (naming its distributor in the hub and the cache
if the demo was started without a chain), lets the demo reviewer accept everything waiting
(signed Review verdicts through the hub's API), settles an epoch, gives annotators without
ETH a little gas, and asks the sync to fetch the new proof. The Rewards page then shows the
amount as claimable.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ...core.changes import CAMPAIGN_CHANGES
from ...core.demo import DEMO_CAMPAIGN_ID, demo_campaign
from ...core.errors import CacheError
from ...core.models import ChainSettings
from ..session import Session
from ..worker import run_in_background

if TYPE_CHECKING:
    from ...core.demo_chain import DemoSettlement

log = logging.getLogger(__name__)

SHORTCUT = "Ctrl+Shift+D"


def demo_hub_dir(session: Session) -> Path:
    """Where the demo's in-process hub keeps its database (see ``ui.sync.setup``)."""
    return session.profile.root / "hub"


def is_demo_session(session: Session) -> bool:
    try:
        campaign = session.cache.tasks.get_campaign(DEMO_CAMPAIGN_ID)
    except CacheError:
        return False
    return bool(campaign.hub_url) and (demo_hub_dir(session) / "hub.sqlite3").is_file()


def review_and_settle(hub_url: str, data_dir: Path) -> tuple[DemoSettlement, ChainSettings]:
    """The work (a worker thread): :func:`datafi_desktop.demo.settle.review_and_settle`,
    loaded only when asked for (it brings the hub's stack)."""
    from ...demo.settle import review_and_settle as work

    return work(hub_url, data_dir)


def add_demo_menu(window: QMainWindow, session: Session, before: QAction) -> QAction | None:
    """A "Demo" menu with "Review and settle now" (only in a demo profile)."""
    if not is_demo_session(session):
        return None
    menu = DemoMenu(window, session)
    window.addAction(menu.action)
    window.menuBar().insertMenu(before, menu)
    return menu.action


class DemoMenu(QMenu):
    """Demo ▸ Review and settle now; the outcome goes to the window's status bar."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window_, self.session = window, session
        self.setTitle(self.tr("&Demo"))
        self.setObjectName("menuDemo")
        self.action = act = QAction(self.tr("&Review and settle now"), window)
        act.setObjectName("actionDemoSettle")
        act.setShortcut(QKeySequence(SHORTCUT))
        act.setToolTip(self.tr(
            "A demo reviewer accepts what waits for review; the hub posts an epoch on the "
            "demo chain, and your rewards become claimable."))
        self.addAction(act)
        act.triggered.connect(self.run)

    def status(self, text: str) -> None:
        bar = self.window_.statusBar()
        if bar is not None:
            bar.showMessage(text, 8000)

    def run(self) -> None:
        campaign = self.session.cache.tasks.get_campaign(DEMO_CAMPAIGN_ID)
        url, data_dir = str(campaign.hub_url), demo_hub_dir(self.session)
        self.action.setEnabled(False)
        self.status(self.tr("The demo reviewer is accepting submissions, then the hub settles…"))
        run_in_background(lambda: review_and_settle(url, data_dir), self.done, self.failed)

    def done(self, result: tuple[DemoSettlement, ChainSettings]) -> None:
        self.action.setEnabled(True)
        settlement, settings = result
        campaign = self.session.cache.tasks.get_campaign(DEMO_CAMPAIGN_ID)
        if campaign.chain.distributor != settings.distributor:
            self.session.cache.tasks.upsert_campaign(demo_campaign(settings, campaign.hub_url))
            self.session.changed(CAMPAIGN_CHANGES, self)
        self.status(self.settled_text(settlement))
        sync: Any = getattr(self.session, "sync", None)
        if sync is not None:
            sync.sync_now()  # fetch the new proof (the Rewards page reloads after it)

    def failed(self, exc: BaseException) -> None:
        self.action.setEnabled(True)
        log.warning("demo review and settle failed: %s", exc)
        self.status(self.tr("Review and settle failed: {error}").format(error=exc))

    def settled_text(self, settlement: DemoSettlement) -> str:
        """The status line after a run, in the UI's language."""
        reviewed = self.tr("Reviewed %n submission(s) ({accepted} accepted)", "",
                           settlement.reviewed).format(accepted=settlement.accepted)
        if settlement.epoch is None:
            return self.tr("{reviewed}; nothing to settle.").format(reviewed=reviewed)
        posted = self.tr("epoch {epoch} posted for %n account(s).", "",
                         settlement.accounts).format(epoch=settlement.epoch)
        return self.tr("{reviewed}; {posted}", "the two parts of the demo's status line").format(
            reviewed=reviewed, posted=posted)
