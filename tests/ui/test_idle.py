"""Keyboard and mouse input keep the wallet unlocked; being away locks it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.idle import IdleWatcher
from datafi_desktop.ui.main_window import MainWindow

from .conftest import PASSWORD


def make_wallet(profile, now: list[float]) -> Wallet:
    wallet = Wallet(profile.wallet_dir, scrypt_n=2**12, idle_timeout=60, clock=lambda: now[0])
    info = wallet.import_private_key("0x" + "22" * 32, PASSWORD)
    wallet.unlock(info.address, PASSWORD)
    return wallet


def test_typing_restarts_the_idle_timer(qtbot, app: QApplication, window: MainWindow,
                                        profile) -> None:
    now = [0.0]
    wallet = make_wallet(profile, now)
    watcher = IdleWatcher(wallet, clock=lambda: now[0])
    app.installEventFilter(watcher)
    try:
        now[0] = 50.0
        assert wallet.seconds_until_lock() == 10.0
        page = window.pages["tasks"]
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
        assert watcher.touches >= 1
        assert wallet.seconds_until_lock() == 60.0
        # a burst of input within one second touches the wallet once
        before = watcher.touches
        for _ in range(20):
            qtbot.keyClick(page.table, Qt.Key.Key_Down)
        assert watcher.touches == before
        now[0] = 200.0  # away for longer than the timeout: locked, and input does not undo it
        assert wallet.is_locked
        qtbot.keyClick(page.table, Qt.Key.Key_Up)
        assert wallet.is_locked
    finally:
        app.removeEventFilter(watcher)


def test_which_events_count(qtbot, profile) -> None:
    now = [0.0]
    wallet = make_wallet(profile, now)
    watcher = IdleWatcher(wallet, count_mouse_moves=False, clock=lambda: now[0])
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(1, 1), QPointF(1, 1),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    now[0] = 30.0
    assert watcher.eventFilter(watcher, move) is False  # never swallows the event
    assert wallet.seconds_until_lock() == 30.0  # moves do not count when switched off
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    watcher.eventFilter(watcher, press)
    assert wallet.seconds_until_lock() == 60.0
    paint = QEvent(QEvent.Type.Paint)
    now[0] = 45.0
    watcher.eventFilter(watcher, paint)
    assert wallet.seconds_until_lock() == 45.0  # a repaint is not activity
