"""Annotators' quality (issue 19 item 4): the reviewer's view of every annotator's figures,
opened from the Review page with Ctrl+Shift+Q, fetched from a real hub over a socket
off the UI thread. A stamper who keeps every suggestion is flagged and held, a careful
annotator is not; the figures are the hub's; a non-reviewer is told why there are none."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.cli.main import main
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.review.quality_dialog import AnnotatorsQualityDialog
from datafi_desktop.ui.review.quality_table import ROW_ROLE
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.sync import SyncSetup, start_sync
from tests.assist.test_quality_rubber_stamp import (
    TASKS,
    _task,
    careful_choice,
    label_all,
    predicted,
)
from tests.conftest import KeySigner
from tests.hub.helpers import CHAIN_ID, DISTRIBUTOR, ApiUser

from .conftest import PASSWORD
from .review_support import CTRL, SHIFT, in_page, review_page
from .sync_support import FAST, WAIT_MS


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    data = tmp_path / "hub"
    path = tmp_path / "campaign.json"
    path.write_text(json.dumps({
        "id": "r", "name": "R", "overlap": 3, "reviews_required": 0,
        "extra": {"rubber_stamp_min_shown": 4, "rubber_stamp_threshold": 0.9},
        "tasks": [_task(i) for i in range(TASKS)]}))
    assert main(["--data-dir", str(data), "init"]) == 0
    assert main(["--data-dir", str(data), "campaign", "create", str(path),
                 "--campaign-chain-id", str(CHAIN_ID), "--distributor", DISTRIBUTOR]) == 0
    running = start_hub(HubSettings(data_dir=data))
    yield running
    running.stop()


@pytest.fixture
def setups() -> Iterator[list[SyncSetup]]:
    started: list[SyncSetup] = []
    yield started
    for setup in started:
        setup.stop()


def grant(hub: RunningHub, account: str) -> None:
    assert main(["--data-dir", str(hub.hub.settings.data_dir), "role", "grant", "r",
                 account, "reviewer"]) == 0


def open_dialog(qtbot: Any, window: MainWindow, session: Session, wallet: Wallet,
                address: str, hub: RunningHub, setups: list[SyncSetup]
                ) -> AnnotatorsQualityDialog:
    """Unlock, sync with the hub, go to the Review page and press Ctrl+Shift+Q."""
    wallet.unlock(address, PASSWORD)
    session.notify_wallet()
    setups.append(start_sync(session, hub_url=hub.url, **FAST))
    assert session.sync is not None
    request = session.sync.sync_now()
    qtbot.waitUntil(lambda: request.done, timeout=WAIT_MS)
    page = review_page(window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: in_page(page), timeout=5000)
    assert page.panel.set_campaign("r")
    qtbot.keyClick(page.panel.table, Qt.Key.Key_Q, CTRL | SHIFT)
    dialog = window.findChild(AnnotatorsQualityDialog)
    assert isinstance(dialog, AnnotatorsQualityDialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.campaign_id == "r"
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    return dialog


def shown(dialog: AnnotatorsQualityDialog) -> dict[str, tuple[Any, list[str]]]:
    """account → (its AnnotatorRow, the row's texts), in the view's order."""
    proxy, out = dialog.proxy, {}
    for r in range(proxy.rowCount()):
        row = proxy.data(proxy.index(r, 0), ROW_ROLE)
        out[row.account] = (row, [proxy.data(proxy.index(r, c))
                                  for c in range(proxy.columnCount())])
    return out


def test_a_reviewer_sees_both_annotators_and_the_stamper_flagged(
        qtbot: Any, window: MainWindow, session: Session, wallet: Wallet, account: Any,
        hub: RunningHub, setups: list[SyncSetup]) -> None:
    stamper, careful = KeySigner("stamper"), KeySigner("careful")
    label_all(hub.url, stamper, predicted)
    me = account()
    grant(hub, me)
    dialog = open_dialog(qtbot, window, session, wallet, me, hub, setups)
    assert set(shown(dialog)) == {stamper.address}, dialog.message.text()

    # Refresh asks again (off the UI thread): the careful annotator appears
    label_all(hub.url, careful, careful_choice)
    dialog.refresh_button.click()
    assert dialog.busy and not dialog.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.refresh_button.isEnabled()
    rows = shown(dialog)
    assert set(rows) == {stamper.address, careful.address}, dialog.message.text()
    # the hub's own report, asked by another reviewer
    other = KeySigner("reviewer")
    grant(hub, other.address)
    report = ApiUser(hub.url, other).sign_in().get("/v1/campaigns/r/quality").json()
    for figures in report["annotators"]:
        row, texts = rows[figures["account"]]
        stamp = figures["rubber_stamp"]
        assert (row.shown, row.kept_rate, row.campaign_rate) == (
            stamp["shown"], stamp["rate"], stamp["campaign_rate"])
        assert (row.agreement, row.gold_accuracy, row.held, row.flagged) == (
            figures["agreement"], figures["gold_accuracy"], figures["held"],
            stamp["flagged"])
        assert row.submissions == sum(figures["submissions"].values()) == TASKS
        assert texts[1] == str(TASKS) and texts[0].startswith(figures["account"][:6])

    s_row, s_texts = rows[stamper.address]
    assert s_row.flagged and s_row.held and s_row.held_for == ("rubber_stamp",)
    assert s_texts[4] == "100 % of 6" and s_texts[6] == "⚑ Flagged"
    assert s_texts[7] == "Held: rubber stamp"  # in words, not by color alone
    c_row, c_texts = rows[careful.address]
    assert not c_row.flagged and not c_row.held
    assert c_texts[4] == "33 % of 6" and c_texts[6] == "" and c_texts[7] == "Not held"
    assert c_texts[5] == s_texts[5] == "67 %"  # the campaign's rate: 8 of 12
    # marked in bold besides the words; the warning color only on what is flagged or held
    model = dialog.model
    s_at = model.rows.index(s_row)
    c_at = model.rows.index(c_row)
    assert model.data(model.index(s_at, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(c_at, 0), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(s_at, 6), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(s_at, 5), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(c_at, 4), Qt.ItemDataRole.ForegroundRole) is None
    # sorted by the kept rate, highest first; a click on Submissions sorts by number
    assert dialog.proxy.data(dialog.proxy.index(0, 0), ROW_ROLE).account == stamper.address
    dialog.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert dialog.proxy.data(dialog.proxy.index(0, 0), ROW_ROLE).account == careful.address
    assert dialog.message.text().startswith(
        "2 annotators; 1 flagged for keeping the model's suggestion; 1 with rewards held.")
    assert dialog.message.property("role") == ""


def test_a_non_reviewer_is_told_the_hub_shows_the_figures_to_reviewers_only(
        qtbot: Any, window: MainWindow, session: Session, wallet: Wallet, account: Any,
        hub: RunningHub, setups: list[SyncSetup]) -> None:
    label_all(hub.url, KeySigner("stamper"), predicted)
    dialog = open_dialog(qtbot, window, session, wallet, account(), hub, setups)
    assert dialog.model.rowCount() == 0
    assert "reviewers and admins only" in dialog.message.text()
    assert "“r”" in dialog.message.text()
    assert dialog.message.property("role") == "error"
    assert dialog.refresh_button.isEnabled()


def test_without_a_hub_the_dialog_says_so(qtbot: Any, window: MainWindow) -> None:
    page = review_page(window)
    dialog = page.show_quality()
    assert not dialog.busy and dialog.model.rowCount() == 0
    assert "No hub is set" in dialog.message.text() or "No campaign" in dialog.message.text()
    assert page.show_quality() is dialog  # one per window


def test_an_unreachable_hub_is_said_in_words(
        qtbot: Any, window: MainWindow, session: Session, wallet: Wallet, account: Any,
        setups: list[SyncSetup]) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    address = account()
    wallet.unlock(address, PASSWORD)
    session.notify_wallet()
    setups.append(start_sync(session, hub_url=url, **FAST))
    page = review_page(window)
    assert page.panel.set_campaign("demo")
    dialog = page.show_quality()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.message.text() == ("The hub cannot be reached. Refresh when it is back "
                                     "online.")
    assert dialog.message.property("role") == "error" and dialog.model.rowCount() == 0
