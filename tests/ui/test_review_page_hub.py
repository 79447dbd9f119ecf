"""The review page and the annotator's view against a real hub on 127.0.0.1 (in-process,
real socket, SQLite), the app's real cache file and wallet: G leases other annotators'
submissions through the sync, the verdicts are judged by key and pushed; an annotator gets
the reviewer's reason and correction and the quality figures back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.models import parse_campaign
from datafi_desktop.core.review import make_review
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.accounts import auth
from datafi_desktop.hub.campaigns.importer import LoadedCampaign
from datafi_desktop.hub.db.tables import reviews
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.sync import SyncSetup, start_sync
from tests.conftest import KeySigner
from tests.hub.helpers import CHAIN_ID, DISTRIBUTOR, LABELS, AppProfile

from .conftest import PASSWORD
from .editor_support import editor_of, page_of
from .review_support import (
    CTRL,
    active_dialog,
    check_review,
    in_page,
    press,
    review_page,
)
from .sync_support import FAST, WAIT_MS

CAMPAIGN = "rv"


def review_campaign(tasks: int = 3) -> LoadedCampaign:
    raw = [(f"t{i}", {"id": f"r{i:03d}", "kind": "text_classification",
                      "data": {"text": f"Review {i}: it was fine."},
                      "config": {"labels": LABELS}}) for i in range(tasks)]
    campaign = parse_campaign({
        "id": CAMPAIGN, "name": "Review campaign", "overlap": 2, "reviews_required": 1,
        "chain": {"chain_id": CHAIN_ID, "distributor": DISTRIBUTOR},
        "reject_reasons": ["Wrong label", "Not the guidelines"]})
    return LoadedCampaign(campaign, parse_records(raw), {}, "test")


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    settings = HubSettings(data_dir=tmp_path / "hub",
                           database_url=f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    running = start_hub(settings, campaigns=[review_campaign()])
    yield running
    running.stop()


@pytest.fixture
def setups() -> Iterator[list[SyncSetup]]:
    started: list[SyncSetup] = []
    yield started
    for setup in started:
        setup.stop()


def grant(hub: RunningHub, account: str) -> None:
    with hub.hub.engine.begin() as conn:
        auth.grant_role(conn, CAMPAIGN, account, "reviewer", hub.hub.now())


def label(n: int) -> dict[str, Any]:
    return {"kind": "text_classification", "labels": [LABELS[n % len(LABELS)]]}


def annotate(profile: AppProfile, hub: RunningHub, pick: Any) -> dict[str, str]:
    """Lease the campaign's tasks, label each (``pick(index)``), push; task → submission."""
    with profile.cache() as cache:
        engine = profile.engine(cache, hub.url)
        engine.sync_now(lease={CAMPAIGN: 10})
        ids = {s.task_id: cache.submissions.submit(s.uid, pick(n), profile.signer).id
               for n, s in enumerate(cache.tasks.task_summaries(CAMPAIGN))}
        assert engine.sync_now().accepted == len(ids)
    return ids


def unlocked_gui(wallet: Wallet, session: Session, account: Any) -> str:
    address = account()
    wallet.unlock(address, PASSWORD)
    session.notify_wallet()
    return address


def sync_and_wait(qtbot: Any, session: Session) -> Any:
    assert session.sync is not None
    request = session.sync.sync_now()
    qtbot.waitUntil(lambda: request.done, timeout=WAIT_MS)
    return request.result


def test_a_reviewer_leases_with_g_judges_by_key_and_the_hub_takes_the_verdicts(
        qtbot, tmp_path: Path, window: MainWindow, session: Session, wallet: Wallet,
        account: Any, hub: RunningHub, setups: list[SyncSetup]) -> None:
    alice = AppProfile(tmp_path / "alice", KeySigner("alice"))
    bob = AppProfile(tmp_path / "bob", KeySigner("bob"))
    for who in (alice, bob):
        who.root.mkdir()
    a_ids = annotate(alice, hub, lambda n: label(0))
    annotate(bob, hub, lambda n: label(0 if n < 2 else 1))  # disagrees on the third task
    reviewer = unlocked_gui(wallet, session, account)
    grant(hub, reviewer)
    setups.append(start_sync(session, hub_url=hub.url, **FAST))
    sync_and_wait(qtbot, session)  # signs in, pulls the campaign
    page = review_page(window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: in_page(page), timeout=5000)
    assert page.panel.set_campaign(CAMPAIGN)
    assert page.model.rowCount() == 0 and "Press G" in page.view.placeholder.text()
    press(qtbot, Qt.Key.Key_G)  # leases through the sync, with a message
    # rows show as the cache fills; the fetch ends when its sync does
    qtbot.waitUntil(lambda: page.model.rowCount() == 6 and not page.fetcher.busy,
                    timeout=WAIT_MS)
    assert page.panel.fetch_message.text() == "6 submissions leased to review"
    disputed = next(i for i in page.model.items if i.submission_id == a_ids["r002"])
    assert [o.annotation for o in disputed.others] == [label(1)]
    assert disputed.consensus is not None and disputed.consensus_annotation is None
    for n in range(6):
        qtbot.waitUntil(lambda: in_page(page), timeout=5000)
        if n % 3 == 0:
            press(qtbot, Qt.Key.Key_A)
        elif n % 3 == 1:
            press(qtbot, Qt.Key.Key_R)
            active_dialog(qtbot, window, "rejectDialog")
            press(qtbot, Qt.Key.Key_1)
            press(qtbot, Qt.Key.Key_Return)
        else:
            item = page.item
            assert item is not None
            press(qtbot, Qt.Key.Key_C)
            qtbot.waitUntil(lambda: in_page(page), timeout=2000)
            other = (LABELS.index(item.annotation["labels"][0]) + 1) % len(LABELS)
            press(qtbot, str(other + 1))
            press(qtbot, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda n=n: len(session.cache.reviews.all()) == n + 1, timeout=10_000)
    campaign = session.cache.tasks.get_campaign(CAMPAIGN)
    for review in session.cache.reviews.all():
        check_review(session.cache, review, campaign, reviewer)
    # the controller pushes new work by itself a moment later
    qtbot.waitUntil(lambda: {r.status for r in session.cache.reviews.all()} == {"sent"},
                    timeout=WAIT_MS)
    with hub.hub.engine.begin() as conn:
        stored = conn.execute(select(reviews.c.intake, reviews.c.reviewer)).all()
    assert len(stored) == 6 and {row[0] for row in stored} == {"accepted"}
    assert {row[1].lower() for row in stored} == {reviewer.lower()}
    with alice.cache() as a_cache:
        alice.engine(a_cache, hub.url).sync_now()
        verdicts = [a_cache.submissions.get(sid).verdict for sid in a_ids.values()]
    assert all(v is not None and v["reviewer"].lower() == reviewer.lower() for v in verdicts)


def test_the_annotator_sees_the_reason_the_correction_and_the_figures(
        qtbot, tmp_path: Path, window: MainWindow, session: Session, wallet: Wallet,
        account: Any, hub: RunningHub, setups: list[SyncSetup]) -> None:
    me = unlocked_gui(wallet, session, account)
    setups.append(start_sync(session, hub_url=hub.url, **FAST))
    assert session.sync is not None
    request = session.sync.make_available_offline(CAMPAIGN, 10)
    qtbot.waitUntil(lambda: request.done, timeout=WAIT_MS)
    session.set_campaign(CAMPAIGN)
    cache: Cache = session.cache
    mine = {s.task_id: cache.submissions.submit(s.uid, label(0), wallet.signer()).id
            for s in cache.tasks.task_summaries(CAMPAIGN)}
    session.notify_outbox()
    sync_and_wait(qtbot, session)
    bob = AppProfile(tmp_path / "bob", KeySigner("bob"))
    bob.root.mkdir()
    annotate(bob, hub, lambda n: label(0 if n == 0 else 1))  # agrees on r000 only
    carol = AppProfile(tmp_path / "carol", KeySigner("carol"))
    carol.root.mkdir()
    grant(hub, carol.signer.address)
    with carol.cache() as c_cache:
        engine = carol.engine(c_cache, hub.url)
        c_cache.reviews.request_reviews(CAMPAIGN, 10)
        engine.sync_now()
        items = {i.submission_id: i for i in c_cache.reviews.review_items(CAMPAIGN)}
        make_review(c_cache, items[mine["r000"]], "accept", "", None, carol.signer)
        make_review(c_cache, items[mine["r001"]], "reject", "Wrong label: it is neutral",
                    None, carol.signer)
        make_review(c_cache, items[mine["r002"]], "correct", "", label(2), carol.signer)
        assert engine.sync_now().reviews_sent == 3
    sync_and_wait(qtbot, session)  # statuses, verdicts and figures come back
    editor = editor_of(window)
    queue = page_of(window)
    uids = {s.task_id: s.uid for s in cache.tasks.task_summaries(CAMPAIGN)}
    queue.set_current_task(uids["r001"])
    bar = editor.submission_bar
    assert "Rejected by a reviewer: Wrong label: it is neutral." in bar.text.text()
    assert f"{carol.signer.address[:6]}…" in bar.detail.text()
    queue.set_current_task(uids["r002"])
    assert "Accepted with a correction." in bar.text.text()
    assert "corrected it to: neutral" in bar.detail.text()
    assert list(editor.body()["labels"]) == ["positive"]
    bar.correction_button.click()
    assert list(editor.body()["labels"]) == ["neutral"]
    strip = window.quality
    assert strip is not None and strip.isVisible() and strip.figures is not None
    assert strip.figures["account"].lower() == me.lower()
    assert "Agreement 33 % (3 comparisons)" in strip.figures_label.text()
    assert strip.counts.text() == "2 accepted (1 corrected) · 1 rejected"
