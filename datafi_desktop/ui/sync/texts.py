"""What the sync indicator says, as plain data: no widget, easy to test. The words come
from :class:`SyncWords` (a QObject only so that lupdate extracts its plural forms), in the
UI's language; without a translator installed, as in these examples, the English source.

>>> from datetime import UTC, datetime, timedelta
>>> now = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
>>> ago(now - timedelta(minutes=2), now)
'2 min ago'
>>> describe(SyncProgress(state=SyncState.OFFLINE, hub_url="http://hub"), 37, now).text
'Offline — 37 to send'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject

from ...core.sync import SyncPhase, SyncProgress, SyncState
from ..tr_marks import QT_TRANSLATE_NOOP

#: what each phase is doing, for the tooltip while syncing
PHASE_TEXT: dict[SyncPhase, str] = {
    SyncPhase.IDLE: QT_TRANSLATE_NOOP("SyncWords", "Syncing"),
    SyncPhase.CONNECT: QT_TRANSLATE_NOOP("SyncWords", "Connecting to the hub"),
    SyncPhase.SIGN_IN: QT_TRANSLATE_NOOP("SyncWords", "Signing in with the wallet"),
    SyncPhase.CAMPAIGNS: QT_TRANSLATE_NOOP("SyncWords", "Fetching campaigns"),
    SyncPhase.LEASE: QT_TRANSLATE_NOOP("SyncWords", "Reserving tasks"),
    SyncPhase.DOWNLOAD: QT_TRANSLATE_NOOP("SyncWords", "Downloading files"),
    SyncPhase.UPLOAD: QT_TRANSLATE_NOOP("SyncWords", "Uploading collected files"),
    SyncPhase.PUSH: QT_TRANSLATE_NOOP("SyncWords", "Sending submissions"),
    SyncPhase.STATUSES: QT_TRANSLATE_NOOP("SyncWords", "Fetching review results"),
}


@dataclass(frozen=True)
class Look:
    """One state of the indicator: icon name, colour role, short text, full message."""

    icon: str
    color: str  # a field of theme.Colors: ok, warn, danger, accent, muted
    text: str
    headline: str
    message: str


class SyncWords(QObject):
    """The indicator's words in the UI's language."""

    def ago(self, when: datetime | None, now: datetime | None = None) -> str:
        if when is None:
            return self.tr("never")
        now = now or datetime.now(UTC)
        seconds = max(0, int((now - when).total_seconds()))
        if seconds < 45:
            return self.tr("just now")
        minutes = (seconds + 30) // 60
        if minutes < 60:
            return self.tr("%n min ago", "", minutes)
        hours = (minutes + 30) // 60
        if hours < 24:
            return self.tr("%n h ago", "", hours)
        days = (hours + 12) // 24
        return self.tr("yesterday") if days == 1 else self.tr("%n day(s) ago", "", days)

    def last_sync_line(self, progress: SyncProgress, now: datetime | None = None) -> str:
        if progress.last_success is None:
            return self.tr("Never synced with this hub yet")
        return self.tr("Last successful sync: {ago} ({time})").format(
            ago=self.ago(progress.last_success, now), time=local_time(progress.last_success))

    def to_send(self, pending: int) -> str:
        return self.tr("%n to send", "", pending)

    def with_pending(self, text: str, pending: int) -> str:
        """"Offline — 3 to send": a state and what waits to be sent."""
        return self.tr("{state} — {pending}").format(state=text, pending=self.to_send(pending))

    def offline(self, progress: SyncProgress, pending: int, last: str) -> Look:
        text = self.with_pending(self.tr("Offline"), pending) if pending else self.tr("Offline")
        message = self.tr(
            "Hub unreachable at {hub} — working offline; %n submission(s) will be sent when "
            "it is back.\nYou can keep labeling and submitting; it syncs by itself when the "
            "hub answers.\n{last}", "", pending).format(hub=progress.hub_url, last=last)
        return Look("cloud-off", "warn", text, self.tr("Hub unreachable"), message)

    def locked(self, pending: int, last: str) -> Look:
        unlock = self.tr("Unlock to sync")
        text = self.with_pending(unlock, pending) if pending else unlock
        message = self.tr(
            "Unlock the wallet to sync (Ctrl+U): sending submissions and reserving tasks "
            "need your signature. Campaigns and files still download.\n{last}").format(
                last=last)
        return Look("lock", "warn", text, self.tr("Wallet locked"), message)

    def describe(self, progress: SyncProgress | None, pending: int,
                 now: datetime | None = None) -> Look:
        if progress is None:
            return Look("sync-off", "muted", self.tr("Sync off"), self.tr("Sync is off"),
                        self.tr("No hub is set for this profile: the app works offline "
                                "only.\nStart with --hub URL, or import a campaign that "
                                "names its hub."))
        state, hub = progress.state, progress.hub_url
        last = self.last_sync_line(progress, now)
        if state is SyncState.SYNCING:
            doing = self.tr(PHASE_TEXT.get(progress.phase, PHASE_TEXT[SyncPhase.IDLE]))
            count = f" {progress.done}/{progress.total}" if progress.total else ""
            detail = progress.message or doing
            return Look("sync", "accent", self.tr("Syncing…{count}").format(count=count),
                        f"{doing}{count}", f"{detail}\n{last}")
        if state is SyncState.OFFLINE:
            return self.offline(progress, pending, last)
        if state is SyncState.LOCKED:
            return self.locked(pending, last)
        if state is SyncState.ERROR:
            message = self.tr("{problem}\nIt retries by itself; nothing is lost.\n{last}").format(
                problem=progress.message or self.tr("Sync failed"), last=last)
            return Look("alert", "danger", self.tr("Sync problem — retrying"),
                        self.tr("The hub refused a request"), message)
        if state is SyncState.STOPPED:
            return Look("sync-off", "muted", self.tr("Sync stopped"), self.tr("Sync stopped"),
                        self.tr("Not syncing with {hub}.\n{last}").format(hub=hub, last=last))
        # idle: online, nothing running
        text = (self.tr("Not synced yet") if progress.last_success is None else
                self.tr("Synced {ago}").format(ago=self.ago(progress.last_success, now)))
        if pending:
            text = self.tr("{state} · {pending}").format(state=text,
                                                         pending=self.to_send(pending))
        message = self.tr("{what} with {hub}.\n{last}").format(
            what=progress.message or self.tr("Synced"), hub=hub, last=last)
        return Look("cloud-done", "ok", text, self.tr("Up to date"), message)


def ago(when: datetime | None, now: datetime | None = None) -> str:
    """``just now``, ``5 min ago``, ``3 h ago``, ``yesterday``, ``4 days ago``."""
    return SyncWords().ago(when, now)


def local_time(when: datetime | None) -> str:
    """The local date and time of a UTC moment, to the second; ``never`` for None."""
    if when is None:
        return SyncWords().ago(None)
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def describe(progress: SyncProgress | None, pending: int, now: datetime | None = None
             ) -> Look:
    """How the indicator shows ``progress`` with ``pending`` submissions waiting.

    ``pending`` is read by the UI from its own cache connection, so it counts a
    submission made a moment ago even while the hub is away.
    """
    return SyncWords().describe(progress, pending, now)
