"""What the sync indicator says in each state (plain functions, no widgets)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from datafi_desktop.core.sync import SyncPhase, SyncProgress, SyncState
from datafi_desktop.ui.sync.texts import ago, describe

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
HUB = "http://127.0.0.1:8700"

#: the English translator (plural forms: "4 days ago", not "4 day(s) ago")
pytestmark = pytest.mark.usefixtures("app")


@pytest.mark.parametrize(("delta", "text"), [
    (timedelta(seconds=10), "just now"),
    (timedelta(seconds=50), "1 min ago"),
    (timedelta(minutes=2, seconds=10), "2 min ago"),
    (timedelta(minutes=59), "59 min ago"),
    (timedelta(hours=3, minutes=5), "3 h ago"),
    (timedelta(hours=30), "yesterday"),
    (timedelta(days=4), "4 days ago"),
    (timedelta(seconds=-5), "just now"),  # a clock a little ahead
])
def test_ago(delta: timedelta, text: str) -> None:
    assert ago(NOW - delta, NOW) == text


def test_each_state_reads_clearly() -> None:
    last = NOW - timedelta(minutes=2)
    base = SyncProgress(hub_url=HUB, last_success=last)
    idle = describe(base.with_(state=SyncState.IDLE, message="Synced: 3 sent"), 0, NOW)
    assert (idle.text, idle.icon, idle.color) == ("Synced 2 min ago", "cloud-done", "ok")
    assert idle.message.startswith(f"Synced: 3 sent with {HUB}.")
    assert "Last successful sync: 2 min ago" in idle.message

    syncing = describe(base.with_(state=SyncState.SYNCING, phase=SyncPhase.PUSH, done=120,
                                  total=500, message="Sending 500 submissions"), 500, NOW)
    assert syncing.text == "Syncing… 120/500"
    assert syncing.headline == "Sending submissions 120/500"

    offline = describe(base.with_(state=SyncState.OFFLINE), 37, NOW)
    assert offline.text == "Offline — 37 to send"
    assert offline.message.startswith(
        f"Hub unreachable at {HUB} — working offline; 37 submissions will be sent when "
        "it is back.")
    assert describe(base.with_(state=SyncState.OFFLINE), 0, NOW).text == "Offline"

    locked = describe(base.with_(state=SyncState.LOCKED), 2, NOW)
    assert locked.text == "Unlock to sync — 2 to send"
    assert describe(base.with_(state=SyncState.LOCKED), 0, NOW).text == "Unlock to sync"

    error = describe(base.with_(state=SyncState.ERROR, message="Sync failed: 403 closed"), 1,
                     NOW)
    assert error.text == "Sync problem — retrying" and "403 closed" in error.message

    never = describe(SyncProgress(state=SyncState.IDLE, hub_url=HUB), 1, NOW)
    assert never.text == "Not synced yet · 1 to send"
    assert describe(None, 5, NOW).text == "Sync off"
