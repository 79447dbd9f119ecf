"""The review page shows what the hub's deduplication found (threat-model row
T-econ-near-duplicate-flagged, the reviewer's side): a near-copy of another account's
collection item arrives flagged, and the reviewer reads the flag above the item.

A real hub over a real socket, real signatures, the app's real cache file and wallet; the
reviewer leases with G and steps through the items by key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.sync import SyncSetup, start_sync
from tests.conftest import KeySigner
from tests.hub.helpers import ApiUser, signed_item
from tests.security.economics_support import collection_item, grant, paying_campaign

from .conftest import PASSWORD
from .review_support import CTRL, in_page, press, review_page
from .sync_support import FAST, WAIT_MS

PLACE = "A red door on Main Street, next to the bakery with the green awning."


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    settings = HubSettings(data_dir=tmp_path / "hub",
                           database_url=f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    running = start_hub(settings, campaigns=[paying_campaign("rv", reviews_required=1)])
    yield running
    running.stop()


@pytest.fixture
def setups() -> Iterator[list[SyncSetup]]:
    started: list[SyncSetup] = []
    yield started
    for setup in started:
        setup.stop()


def test_a_flagged_near_copy_shows_its_flag(qtbot: Any, window: MainWindow, session: Session,
                                            wallet: Wallet, account: Any, hub: RunningHub,
                                            setups: list[SyncSetup]) -> None:
    alice = ApiUser(hub.url, KeySigner("alice")).sign_in()
    bob = ApiUser(hub.url, KeySigner("bob")).sign_in()
    (first,) = alice.push(signed_item(alice.signer, "rv", "collect",
                                      collection_item(PLACE)))
    (copy,) = bob.push(signed_item(bob.signer, "rv", "collect", collection_item(
        "a red door on MAIN street: next to the bakery, with the green awning")))
    assert first["result"] == copy["result"] == "accepted"
    reviewer = account()
    wallet.unlock(reviewer, PASSWORD)
    session.notify_wallet()
    grant(hub, "rv", reviewer)
    setups.append(start_sync(session, hub_url=hub.url, **FAST))
    assert session.sync is not None
    request = session.sync.sync_now()
    qtbot.waitUntil(lambda: request.done, timeout=WAIT_MS)
    page = review_page(window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: in_page(page), timeout=5000)
    assert page.panel.set_campaign("rv")
    press(qtbot, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)
    seen: dict[str, tuple[bool, str]] = {}
    for _ in range(2):
        item = page.item
        assert item is not None
        note = page.view.flags_note
        seen[item.submission_id] = (note.isVisible(), note.text())
        page.step_item(1)
    assert seen[first["id"]] == (False, "")
    visible, text = seen[copy["id"]]
    assert visible
    assert text == (f"Possible copy: the same text after normalization as submission "
                    f"{first['id']} (another account)")
