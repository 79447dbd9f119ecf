"""Issue 12 item 14: the demo's user may review the demo campaign (the README's
reviewer path) and G leases other demo annotators' work — on tasks of their own, so the
user's queue stays whole — and a role error never comes with an instruction that cannot
work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.db.tables import roles
from datafi_desktop.hub.review.demo_peers import peer_signer, peer_work
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.sync import start_demo_sync, start_sync
from datafi_desktop.ui.sync.setup import demo_lease_count

from .editor_support import CTRL
from .review_support import in_page, press, review_page
from .sync_support import FAST, WAIT_MS, leased_demo_tasks
from .test_review_page_hub import CAMPAIGN, hub, setups, sync_and_wait, unlocked_gui

__all__ = ["hub", "setups"]  # fixtures


def test_the_demo_user_is_a_reviewer_with_other_annotators_work_to_review(
        qtbot, window: MainWindow, session: Session, wallet: Wallet, account: Any,
        setups: list) -> None:
    address = unlocked_gui(wallet, session, account)
    setup = start_demo_sync(session, **FAST)
    setups.append(setup)
    assert setup.hub is not None
    with setup.hub.hub.engine.connect() as conn:
        granted = conn.execute(select(roles.c.role, roles.c.account).where(
            roles.c.campaign_id == "demo")).all()
    assert [(r.role, r.account.lower()) for r in granted] == [("reviewer", address.lower())]
    sync_and_wait(qtbot, session)
    # the user's own queue is whole: every demo task leased, none of the peers' tasks
    expected = demo_lease_count(session.cache)
    qtbot.waitUntil(lambda: len(leased_demo_tasks(session)) == expected, timeout=WAIT_MS)
    assert not [s for s in session.cache.tasks.task_summaries("demo")
                if s.task_id.startswith("peer-")]
    page = review_page(window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: in_page(page), timeout=5000)
    assert "Press G" in page.view.placeholder.text()
    press(qtbot, Qt.Key.Key_G)  # leases the demo annotators' work through the sync
    peers = {w.record.task.id for w in peer_work()}
    qtbot.waitUntil(lambda: page.model.rowCount() == len(peers) and not page.fetcher.busy,
                    timeout=WAIT_MS)
    assert page.panel.fetch_message.text() == f"{len(peers)} submissions leased to review"
    assert {item.task.id for item in page.model.items} == peers
    assert {item.annotator for item in page.model.items} == {
        peer_signer(1).address, peer_signer(2).address}
    assert "reviewer role" not in page.panel.fetch_message.text()


def test_no_press_g_beside_the_role_error(qtbot, tmp_path: Path, window: MainWindow,
                                          session: Session, wallet: Wallet, account: Any,
                                          hub: Any, setups: list) -> None:
    unlocked_gui(wallet, session, account)  # no role on the hub's campaign
    setups.append(start_sync(session, hub_url=hub.url, **FAST))
    sync_and_wait(qtbot, session)
    page = review_page(window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: in_page(page), timeout=5000)
    assert page.panel.set_campaign(CAMPAIGN)
    press(qtbot, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: "reviewer role" in page.panel.fetch_message.text(),
                    timeout=WAIT_MS)
    placeholder = page.view.placeholder.text()
    assert "not a reviewer" in placeholder and "Press G to lease" not in placeholder
