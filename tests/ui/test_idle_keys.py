"""Label keys, Delete and Ctrl+Z count as activity for the idle lock (issue 12, item
13): the window itself watches every user input, shortcuts included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.profile import Profile
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.worker import background_pool

from .conftest import FAST_SCRYPT_N, PASSWORD
from .editor_support import CTRL, click_row, editor_of, enter_pane, key

TIMEOUT = 60.0


@pytest.fixture
def now() -> list[float]:
    return [0.0]


@pytest.fixture
def timed_window(qtbot, app: QApplication, profile: Profile, demo_cache: Cache,
                 now: list[float]) -> Iterator[MainWindow]:
    """The real window on a wallet whose idle clock the test moves."""
    wallet = Wallet(profile.wallet_dir, scrypt_n=FAST_SCRYPT_N, idle_timeout=TIMEOUT,
                    clock=lambda: now[0])
    info = wallet.import_private_key("0x" + "33" * 32, PASSWORD)
    wallet.unlock(info.address, PASSWORD)
    session = Session(profile, demo_cache, wallet)
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    background_pool().waitForDone(10_000)
    win.close()
    session.stop()
    wallet.lock()


def test_label_keys_delete_and_undo_restart_the_countdown(
        qtbot, timed_window: MainWindow, now: list[float]) -> None:
    window = timed_window
    wallet = window.session.wallet
    editor = editor_of(window)
    click_row(qtbot, window, "text-cls-002")
    enter_pane(qtbot, window)
    for step, (name, mods) in enumerate([("1", Qt.KeyboardModifier.NoModifier),
                                         (Qt.Key.Key_Z, CTRL),
                                         ("3", Qt.KeyboardModifier.NoModifier),
                                         (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)]):
        now[0] += 50.0  # 10 s left on the countdown
        assert wallet.seconds_until_lock() == pytest.approx(10.0), step
        key(qtbot, window, name, mods)
        assert wallet.seconds_until_lock() == pytest.approx(TIMEOUT), f"key {name!r}"
    assert editor.body()["labels"] == ["neutral"]
    assert not wallet.is_locked
    now[0] += TIMEOUT + 1  # away for longer than the timeout: locked, a key does not undo it
    key(qtbot, window, "2")
    assert wallet.is_locked
