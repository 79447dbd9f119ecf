"""Keyboard and mouse input counts as activity for the wallet's idle lock.

The wallet restarts its idle timer when it signs and when :meth:`Wallet.touch`
is called. :class:`IdleWatcher` is an application-wide event filter that calls
``touch()`` on user input, at most once a second, so the wallet locks only
after the user has really been away. It never keeps a locked wallet unlocked:
``touch()`` does nothing once the wallet has locked.

A key that is a shortcut (a label key 1–9, Delete, Ctrl+Z) never arrives as a
KeyPress: Qt offers it as a ShortcutOverride, then delivers a Shortcut event to the
action. Both count, so labeling with the keyboard alone keeps the wallet open. The
main window installs the watcher on the application (every window and dialog).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject

from ..core.wallet import Wallet

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
})
#: Mouse movement counts too (someone reading a long text moves the mouse, not keys).
MOVE_EVENTS = frozenset({QEvent.Type.MouseMove, QEvent.Type.HoverMove})
THROTTLE_S = 1.0


class IdleWatcher(QObject):
    def __init__(
        self,
        wallet: Wallet,
        *,
        count_mouse_moves: bool = True,
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.wallet = wallet
        self.count_mouse_moves = count_mouse_moves
        # the wallet's clock by default: the throttle and the countdown agree
        self._clock = clock if clock is not None else getattr(wallet, "clock", time.monotonic)
        self._last = float("-inf")
        self.touches = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY_EVENTS or (self.count_mouse_moves and kind in MOVE_EVENTS):
            now = self._clock()
            if now - self._last >= THROTTLE_S:
                self._last = now
                self.touches += 1
                self.wallet.touch()
        return False
