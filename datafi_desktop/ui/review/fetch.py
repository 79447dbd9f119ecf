"""Get N to review: ask the next sync to lease submissions for review, then sync now.

``cache.reviews.request_reviews(campaign, n, ttl)`` is remembered in the cache: every
later cycle keeps ``n`` submissions leased (verdicts given are replaced by new
ones) until it is set to 0. The sync runs on the runner's thread; its progress
and its report come back as signals, and nothing here waits on the network.
Without a hub, or offline, the page goes on with what is already leased.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ...core.sync import SyncProgress, SyncReport, SyncState
from ...core.sync.progress import SyncPhase
from ..session import Session

#: how long leased submissions stay ours to review offline (the hub caps it at 14 days)
REVIEW_TTL_S = 7 * 24 * 3600


class ReviewFetcher(QObject):
    #: a message for the page ("Fetching 50 submissions to review…", "Offline: …")
    message = Signal(str)
    #: a fetch started (True) or ended (False)
    busy_changed = Signal(bool)
    #: a fetch ended and the cache may hold new items (the report, or the error)
    finished = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.campaign_id: str | None = None
        self._request: Any = None
        self._watched: Any = None
        #: campaigns the hub refused to lease reviews of (no reviewer role)
        self.refused: set[str] = set()
        session.sync_changed.connect(self._watch)
        self._watch()

    @property
    def available(self) -> bool:
        return self.session.sync is not None

    def fetch(self, campaign_id: str, count: int) -> bool:
        """Lease up to ``count`` submissions of the campaign for review; False when no
        sync can run (no hub: the message says so)."""
        self.session.cache.reviews.request_reviews(campaign_id, count, ttl_s=REVIEW_TTL_S)
        sync = self.session.sync
        if sync is None:
            self.message.emit(self.tr(
                "Sync is off (no hub), so no new submissions can be fetched. "
                "Start with --hub URL; what is already here can be reviewed."))
            return False
        if self.busy:
            return True
        self.campaign_id = campaign_id
        self.busy = True
        self.busy_changed.emit(True)
        self.message.emit(self.tr("Fetching up to %n submission(s) to review…", "", count))
        self._request = sync.sync_now()
        self._request.finished.connect(self._done)
        return True

    def _watch(self) -> None:
        sync = self.session.sync
        if sync is self._watched:
            return
        self._watched = sync
        if sync is not None:
            sync.progress_changed.connect(self._progress)

    def _progress(self, progress: SyncProgress) -> None:
        if self.busy and progress.state is SyncState.SYNCING and progress.phase in (
                SyncPhase.LEASE, SyncPhase.DOWNLOAD, SyncPhase.CONNECT, SyncPhase.SIGN_IN):
            counted = f" ({progress.done}/{progress.total})" if progress.total else ""
            self.message.emit(f"{progress.message}{counted}")

    def _done(self, result: SyncReport | BaseException) -> None:
        self.busy = False
        self._request = None
        self.busy_changed.emit(False)
        self.message.emit(self.outcome(result))
        self.finished.emit(result)

    def outcome(self, result: SyncReport | BaseException) -> str:
        """The report in words, for the page."""
        if isinstance(result, BaseException):
            return self.tr("Could not fetch submissions to review: {error}").format(error=result)
        campaign = self.campaign_id
        if result.state is SyncState.OFFLINE:
            return self.tr("Offline: the hub cannot be reached. Review what is already here; "
                           "the verdicts are sent and more submissions fetched when it answers.")
        if result.state is SyncState.LOCKED:
            return self.tr("Unlock the wallet to sync: the hub needs your signature to sign in.")
        if result.state is SyncState.ERROR:
            return self.tr("Sync problem: {message}").format(message=result.message)
        asked = self.session.cache.reviews.review_requests().get(campaign or "", (0, None))[0]
        if campaign and asked == 0:
            self.refused.add(campaign)
            return self.tr("The hub does not let this account review campaign “{campaign}”: "
                           "a reviewer role is needed.").format(campaign=campaign)
        if campaign:
            self.refused.discard(campaign)
        held = result.review_items
        return (self.tr("%n submission(s) leased to review", "", held)
                if held else self.tr("Nothing waits for review right now."))
