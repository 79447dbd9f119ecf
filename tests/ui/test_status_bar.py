"""The status bar: account (copy), lock state with its countdown, outbox count."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from datafi_desktop.core import operations
from datafi_desktop.core.cache import Cache
from datafi_desktop.core.changes import OpChanges
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.status_bar import countdown, short_address

from .conftest import PASSWORD


def test_helpers() -> None:
    assert short_address("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23") == "0x2c75…5c23"
    assert countdown(599.2) == "10:00"
    assert countdown(61) == "1:01"
    assert countdown(0) == "0:00"
    assert countdown(7260) == "2 h 01 min"


def test_no_account_points_to_the_wallet_page(qtbot, window: MainWindow) -> None:
    bar = window.status
    assert bar.account.text() == "No account"
    assert not bar.lock.isVisible()
    assert bar.outbox.text.text() == "Nothing to send"
    qtbot.mouseClick(bar.account, Qt.MouseButton.LeftButton)
    assert window.current_page is window.pages["wallet"]


def test_account_lock_and_copy(qtbot, window: MainWindow, wallet: Wallet,
                               account: Callable[[], str]) -> None:
    address = account()
    bar = window.status
    assert bar.account.text() == short_address(address)
    assert address in bar.account.toolTip()
    assert bar.lock.text.text() == "Locked"
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(bar.account, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == address
    assert bar.currentMessage() == f"Copied {address}"

    wallet.unlock(address, PASSWORD)
    window.session.notify_wallet()
    text = bar.lock.text.text()
    assert text.startswith("Unlocked · locks in ")
    assert text.endswith(countdown(wallet.seconds_until_lock()))


def test_countdown_ticks_and_idle_lock_shows(qtbot, window: MainWindow, session: Session,
                                             profile) -> None:
    now = [1000.0]
    wallet = Wallet(profile.wallet_dir, scrypt_n=2**12, idle_timeout=120, clock=lambda: now[0])
    info = wallet.import_private_key("0x" + "11" * 32, PASSWORD)
    wallet.unlock(info.address, PASSWORD)
    session.wallet = wallet
    session.notify_wallet()
    bar = window.status
    assert bar.lock.text.text() == "Unlocked · locks in 2:00"
    now[0] += 30
    qtbot.waitUntil(lambda: bar.lock.text.text() == "Unlocked · locks in 1:30", timeout=3000)
    changes: list[OpChanges] = []
    session.operation_did_execute.connect(lambda c, _origin: changes.append(c))
    now[0] += 100
    qtbot.waitUntil(lambda: bar.lock.text.text() == "Locked", timeout=3000)
    assert wallet.is_locked
    assert [c.wallet for c in changes] == [True]  # the session told everyone, once
    assert window.pages["wallet"].state_label.text() == "Locked"


def test_outbox_count(qtbot, window: MainWindow, session: Session, demo_cache: Cache,
                      wallet: Wallet) -> None:
    created = wallet.create(PASSWORD)
    wallet.unlock(created.address, PASSWORD)
    tasks = [s for s in demo_cache.tasks.task_summaries("demo") if s.kind == "text_classification"]
    for summary in tasks[:2]:
        labels = demo_cache.tasks.get_task(summary.uid).task.config.label_names
        session.run(lambda uid=summary.uid, labels=labels: operations.submit(
            demo_cache, uid, {"kind": "text_classification", "labels": [labels[0]]},
            wallet.signer()))
    # the operation said the outbox changed: the count follows at once, no poll
    assert window.status.outbox.text.text() == "2 to send"
    assert "2 queued" in window.status.outbox.toolTip()
