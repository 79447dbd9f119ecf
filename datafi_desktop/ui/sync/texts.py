"""What the sync indicator says, as plain data: no widget, no Qt, easy to test.

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

from ...core.sync import LOCKED_MESSAGE, SyncPhase, SyncProgress, SyncState, offline_message

#: what each phase is doing, for the tooltip while syncing
PHASE_TEXT: dict[SyncPhase, str] = {
    SyncPhase.IDLE: "Syncing",
    SyncPhase.CONNECT: "Connecting to the hub",
    SyncPhase.SIGN_IN: "Signing in with the wallet",
    SyncPhase.CAMPAIGNS: "Fetching campaigns",
    SyncPhase.LEASE: "Reserving tasks",
    SyncPhase.DOWNLOAD: "Downloading files",
    SyncPhase.UPLOAD: "Uploading collected files",
    SyncPhase.PUSH: "Sending submissions",
    SyncPhase.STATUSES: "Fetching review results",
}

NO_HUB_TEXT = "Sync off"
NO_HUB_TIP = ("No hub is set for this profile: the app works offline only.\n"
              "Start with --hub URL, or import a campaign that names its hub.")


@dataclass(frozen=True)
class Look:
    """One state of the indicator: icon name, colour role, short text, full message."""

    icon: str
    color: str  # a field of theme.Colors: ok, warn, danger, accent, muted
    text: str
    headline: str
    message: str


def ago(when: datetime | None, now: datetime | None = None) -> str:
    """``just now``, ``5 min ago``, ``3 h ago``, ``yesterday``, ``4 days ago``."""
    if when is None:
        return "never"
    now = now or datetime.now(UTC)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 45:
        return "just now"
    minutes = (seconds + 30) // 60
    if minutes < 60:
        return f"{minutes} min ago"
    hours = (minutes + 30) // 60
    if hours < 24:
        return f"{hours} h ago"
    days = (hours + 12) // 24
    return "yesterday" if days == 1 else f"{days} days ago"


def local_time(when: datetime | None) -> str:
    """The local date and time of a UTC moment, to the second; ``never`` for None."""
    if when is None:
        return "never"
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def last_sync_line(progress: SyncProgress, now: datetime | None = None) -> str:
    if progress.last_success is None:
        return "Never synced with this hub yet"
    return (f"Last successful sync: {ago(progress.last_success, now)} "
            f"({local_time(progress.last_success)})")


def to_send(pending: int) -> str:
    return f"{pending} to send"


def describe(progress: SyncProgress | None, pending: int, now: datetime | None = None
             ) -> Look:
    """How the indicator shows ``progress`` with ``pending`` submissions waiting.

    ``pending`` is read by the UI from its own cache connection, so it counts a
    submission made a moment ago even while the hub is away.
    """
    if progress is None:
        return Look("sync-off", "muted", NO_HUB_TEXT, "Sync is off", NO_HUB_TIP)
    state = progress.state
    last = last_sync_line(progress, now)
    hub = progress.hub_url
    if state is SyncState.SYNCING:
        doing = PHASE_TEXT.get(progress.phase, "Syncing")
        count = f" {progress.done}/{progress.total}" if progress.total else ""
        detail = progress.message or doing
        return Look("sync", "accent", f"Syncing…{count}", f"{doing}{count}",
                    f"{detail}\n{last}")
    if state is SyncState.OFFLINE:
        text = f"Offline — {to_send(pending)}" if pending else "Offline"
        message = (f"{offline_message(hub, pending)}.\nYou can keep labeling and "
                   f"submitting; it syncs by itself when the hub answers.\n{last}")
        return Look("cloud-off", "warn", text, "Hub unreachable", message)
    if state is SyncState.LOCKED:
        text = f"Unlock to sync — {to_send(pending)}" if pending else "Unlock to sync"
        message = (f"{LOCKED_MESSAGE} (Ctrl+U): sending submissions and reserving tasks "
                   f"need your signature. Campaigns and files still download.\n{last}")
        return Look("lock", "warn", text, "Wallet locked", message)
    if state is SyncState.ERROR:
        message = (f"{progress.message or 'Sync failed'}\nIt retries by itself; "
                   f"nothing is lost.\n{last}")
        return Look("alert", "danger", "Sync problem — retrying", "The hub refused a request",
                    message)
    if state is SyncState.STOPPED:
        return Look("sync-off", "muted", "Sync stopped", "Sync stopped",
                    f"Not syncing with {hub}.\n{last}")
    # idle: online, nothing running
    if progress.last_success is None:
        text = "Not synced yet"
    else:
        text = f"Synced {ago(progress.last_success, now)}"
    if pending:
        text += f" · {to_send(pending)}"
    message = f"{progress.message or 'Synced'} with {hub}.\n{last}"
    return Look("cloud-done", "ok", text, "Up to date", message)
