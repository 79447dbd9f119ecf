"""The Rewards page (pytest-qt): figures from the cache and the chain, a claim from the wallet
through the password dialog (wrong password first), a claim through the hub's relayer, and a
claim kept for the next sync when the chain is out of reach."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from datafi_desktop.core.chain.claims import Entitlement
from datafi_desktop.core.demo_chain import DemoChain
from datafi_desktop.core.models import parse_campaign
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.rewards.dialogs import ClaimDialog, HubClaimDialog, KeepClaimDialog
from datafi_desktop.ui.rewards_page import RewardsPage
from datafi_desktop.ui.session import Session
from tests.chain.helpers import post_epoch
from tests.chain.rewards_support import (
    PASSWORD,
    campaign_on,
    demo,
    key_hex,
    start_rewards_hub,
)

__all__ = ["demo"]
DFT = 10**18


def add_account(wallet: Wallet, seed: str) -> str:
    info = wallet.import_private_key(key_hex(seed), PASSWORD)
    wallet.unlock(info.address, PASSWORD)
    return info.address


def settle_for(demo: DemoChain, session: Session, account: str, amount: int,
               hub_url: str | None = None) -> None:
    data = campaign_on(demo.settings).campaign.model_dump()
    session.cache.tasks.upsert_campaign(parse_campaign({**data, "hub_url": hub_url}))
    posted = post_epoch(demo.chain, 1, {account: amount, demo.relayer: 1})
    cumulative, proof = posted.proof(account)
    session.cache.rewards.save_entitlement(Entitlement("c1", account, 1, cumulative,
                                                       posted.rewards.root, tuple(proof)))


@pytest.fixture
def rewards_window(qtbot, window: MainWindow) -> Iterator[tuple[MainWindow, RewardsPage]]:
    page = window.pages["rewards"]
    assert isinstance(page, RewardsPage)
    yield window, page


def text(page: RewardsPage, name: str) -> str:
    label = page.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_claim_from_the_wallet_with_the_password(qtbot, rewards_window, demo: DemoChain
                                                 ) -> None:
    window, page = rewards_window
    session = window.session
    account = add_account(session.wallet, "alice")
    demo.chain.fund(account, 10**17)
    settle_for(demo, session, account, 3 * DFT)
    session.notify_wallet()

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the page
    assert window.current_page is page
    qtbot.waitUntil(lambda: page.summary is not None
                    and page.summary.status.chain_checked_at is not None, timeout=20_000)
    assert text(page, "claimableAmount") == "3 DFT"
    assert text(page, "claimedAmount") == "0 DFT"
    assert "settled in epoch 1" in text(page, "claimableDetail")
    assert "Token balance <b>0 DFT</b>" in text(page, "rewardsBalances")
    assert page.act_claim.isEnabled()

    heard: list[object] = []  # the claim's steps say what they changed (issue 18)
    session.operation_did_execute.connect(
        lambda changes, origin: heard.append(origin) if changes.rewards else None)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # Claim…
    qtbot.waitUntil(lambda: isinstance(page.claim_dialog, ClaimDialog)
                    and page.claim_dialog.isVisible(), timeout=20_000)
    dialog: ClaimDialog = page.claim_dialog
    assert "estimated" in dialog.findChild(QLabel, "claimGas").text()
    assert "at most" in dialog.findChild(QLabel, "claimCost").text()
    assert "gwei" in dialog.findChild(QLabel, "claimFees").text()
    password = dialog.findChild(QLineEdit, "claimPassword")
    qtbot.keyClicks(password, "not my password")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong password" in dialog.note.text(), timeout=20_000)
    assert dialog.isVisible() and dialog.signed is None
    password.clear()
    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert password.text() == ""  # the password does not linger in the field

    qtbot.waitUntil(lambda: page.summary is not None and page.summary.claimed == 3 * DFT
                    and page.summary.status.token_balance == 3 * DFT, timeout=20_000)
    assert text(page, "claimedAmount") == "3 DFT"
    assert text(page, "claimableAmount") == "0 DFT"
    assert "Token balance <b>3 DFT</b>" in text(page, "rewardsBalances")
    row = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert row[1] == "3 DFT" and row[2] == "Wallet" and row[3] == "Confirmed"
    assert row[4].startswith("0x") and row[5] != "—"
    assert not page.act_claim.isEnabled()
    assert demo.token_balance(account) == 3 * DFT
    assert heard and set(heard) == {page}  # recorded, then sent: the page reloaded from it


@pytest.fixture
def hub(tmp_path: Path, demo: DemoChain) -> Iterator[RunningHub]:
    running = start_rewards_hub(tmp_path / "hub", demo.settings)
    yield running
    running.stop()


def test_claim_through_the_hub_when_there_is_no_gas(qtbot, rewards_window, demo: DemoChain,
                                                     hub: RunningHub) -> None:
    from datafi_desktop.hub.settlement import ledger
    from datafi_desktop.hub.settlement.settle import settle

    window, page = rewards_window
    session = window.session
    account = add_account(session.wallet, "bob")
    with hub.hub.engine.begin() as conn:
        ledger.append(conn, campaign_id="c1", account=account, amount=2 * DFT,
                      kind="submission", digest="0x" + "07" * 32, submission_id="s1",
                      created_at=1)
    settle(hub.hub, "c1")
    data = campaign_on(demo.settings).campaign.model_dump()
    session.cache.tasks.upsert_campaign(parse_campaign({**data, "hub_url": hub.url}))
    session.notify_wallet()
    window.show_page("rewards")
    # the page fetches the proof from the hub's public endpoint, and reads the chain
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.claimable == 2 * DFT
                    and page.summary.status.eth_balance == 0, timeout=20_000)

    page.act_claim.trigger()  # from the wallet: the dialog says the gas cannot be paid
    qtbot.waitUntil(lambda: isinstance(page.claim_dialog, ClaimDialog)
                    and page.claim_dialog.isVisible(), timeout=20_000)
    assert "claim through the hub" in page.claim_dialog.note.text()
    assert not page.claim_dialog.ok.isEnabled()
    page.claim_dialog.reject()
    qtbot.waitUntil(lambda: not page.claim_dialog.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(page.claim_dialog, HubClaimDialog)
                    and page.claim_dialog.isVisible(), timeout=10_000)
    dialog: HubClaimDialog = page.claim_dialog
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.claimed == 2 * DFT,
                    timeout=20_000)
    row = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert row[2] == "Hub relayer" and row[3] == "Confirmed"
    assert demo.token_balance(account) == 2 * DFT


def test_a_claim_is_kept_when_the_chain_is_out_of_reach(qtbot, rewards_window,
                                                        demo: DemoChain) -> None:
    window, page = rewards_window
    session = window.session
    account = add_account(session.wallet, "carol")
    settle_for(demo, session, account, DFT)
    page.rewards.set_rpc_url("c1", "http://127.0.0.1:9")
    session.notify_wallet()
    window.show_page("rewards")
    qtbot.waitUntil(lambda: page.summary is not None
                    and bool(page.summary.status.chain_error), timeout=20_000)
    assert "unreachable" in text(page, "rewardsChain")

    page.act_claim.trigger()
    qtbot.waitUntil(lambda: isinstance(page.claim_dialog, KeepClaimDialog)
                    and page.claim_dialog.isVisible(), timeout=20_000)
    dialog: KeepClaimDialog = page.claim_dialog
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    [claim] = session.cache.rewards.claims(account=account)
    assert claim.state == "requested" and claim.via == "wallet"
    assert page.table.item(0, 3).text().startswith("Waiting")
    assert "next sync" in page.message.text()


def test_demo_review_and_settle_now(qtbot, app, profile, wallet, tmp_path: Path,
                                    demo: DemoChain) -> None:
    """The demo as ``--demo`` starts it (an in-process hub, here without a chain): label,
    sync, Demo ▸ Review and settle now, and the Rewards page shows the amount claimable."""
    from datafi_desktop.core.cache import Cache
    from datafi_desktop.core.demo import DEMO_CAMPAIGN_ID, demo_campaign
    from datafi_desktop.core.sync import SyncEngine
    from datafi_desktop.hub.server.inprocess import start_demo_hub
    from datafi_desktop.ui.worker import background_pool

    hub = start_demo_hub(profile.root / "hub")
    cache = Cache.for_profile(profile)
    cache.tasks.upsert_campaign(demo_campaign(None, hub.url))
    session = Session(profile, cache, wallet)
    window = MainWindow(session)
    qtbot.addWidget(window)
    try:
        account = add_account(wallet, "dave")
        with Cache.for_profile(profile) as sync_cache:
            engine = SyncEngine(sync_cache, hub.url, wallet.signer)
            engine.sync_now(lease={DEMO_CAMPAIGN_ID: 100})
            tasks = [s for s in sync_cache.tasks.task_summaries(DEMO_CAMPAIGN_ID, states=("new",))
                     if s.kind == "text_classification"][:2]
            for summary in tasks:
                sync_cache.submissions.submit(summary.uid, {"kind": "text_classification",
                                                            "labels": ["positive"]},
                                              wallet.signer())
            assert engine.sync_now().accepted == 2
        assert window.demo_action is not None
        assert window.demo_action.shortcut().toString() == "Ctrl+Shift+D"
        window.demo_action.trigger()
        qtbot.waitUntil(lambda: window.demo_action.isEnabled(), timeout=60_000)
        campaign = cache.tasks.get_campaign(DEMO_CAMPAIGN_ID)
        assert campaign.chain.distributor == demo.settings.distributor  # now on the chain
        with Cache.for_profile(profile) as sync_cache:  # what the sync runner does next
            SyncEngine(sync_cache, hub.url, wallet.signer).sync_now()
        page = window.show_page("rewards")
        assert isinstance(page, RewardsPage)
        page.reload()
        reward = 2 * campaign.rewards["text_classification"]
        qtbot.waitUntil(lambda: page.summary is not None and page.summary.claimable == reward,
                        timeout=20_000)
        # the demo's gift of gas comes after the epoch is posted, in the same background job
        qtbot.waitUntil(lambda: demo.w3.eth.get_balance(account) > 0, timeout=20_000)
    finally:
        session.stop()
        background_pool().waitForDone(10_000)
        window.close()
        hub.stop()
        cache.close()


class _HeldRelayer:
    """A stand-in hub on 127.0.0.1 whose relayer holds each claim until released, then says
    it cannot send now (503); every other request is a 404."""

    def __init__(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.arrived = threading.Event()
        self.release = threading.Event()
        held = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                pass

            def _answer(self, code: int, body: bytes) -> None:
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                self._answer(404, b'{"detail": "not here"}')

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if not self.path.endswith("/claims/relay"):
                    self._answer(404, b'{"detail": "not here"}')
                    return
                held.arrived.set()
                held.release.wait(30)
                self._answer(503, b'{"detail": "the relayer has no gas"}')

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def test_a_claim_through_the_hub_is_recorded_before_the_hub_answers(
        qtbot, rewards_window, demo: DemoChain) -> None:
    """The page goes through the core's relayed claim: the claim is in the cache as
    ``requested`` while the hub still holds the request, and the relayer's "cannot send now"
    keeps it for the next sync with the reason."""
    window, page = rewards_window
    session = window.session
    account = add_account(session.wallet, "erin")
    relayer = _HeldRelayer()
    try:
        settle_for(demo, session, account, DFT, hub_url=relayer.url)
        session.notify_wallet()
        window.show_page("rewards")
        qtbot.waitUntil(lambda: page.summary is not None and page.summary.claimable == DFT
                        and page.act_claim_hub.isEnabled(), timeout=20_000)
        page.act_claim_hub.trigger()
        qtbot.waitUntil(lambda: isinstance(page.claim_dialog, HubClaimDialog)
                        and page.claim_dialog.isVisible(), timeout=10_000)
        dialog: HubClaimDialog = page.claim_dialog
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(relayer.arrived.is_set, timeout=20_000)
        [claim] = session.cache.rewards.claims(account=account)  # recorded before the hub answers
        assert claim.state == "requested" and claim.via == "relayer"
        assert claim.cumulative_amount == DFT and claim.error is None
        assert not page.act_claim_hub.isEnabled()  # a claim is on its way
        relayer.release.set()
        qtbot.waitUntil(lambda: "next sync" in page.message.text(), timeout=20_000)
        [claim] = session.cache.rewards.claims(account=account)
        assert claim.state == "requested"
        assert claim.error == "waiting for the relayer: the relayer has no gas"
    finally:
        relayer.stop()
