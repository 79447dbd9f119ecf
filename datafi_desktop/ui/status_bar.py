"""The status bar: sync state, the account (copyable), the lock with its countdown,
the outbox.

It refreshes every second (the idle countdown) and whenever the session says
the wallet or the outbox changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QToolButton, QWidget

from ..core.changes import OpChanges
from .icons import icon
from .locale_format import native_digits
from .session import Session
from .sync.indicator import SyncIndicator
from .theme import colors, named

#: the idle-lock countdown's step
COUNTDOWN_MS = 1000


def short_address(address: str) -> str:
    """``0x1234…abcd``: enough to recognise, short enough for a status bar."""
    return f"{address[:6]}…{address[-4:]}" if len(address) > 12 else address


def countdown(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.999))
    if seconds >= 3600:
        return native_digits(QCoreApplication.translate("status_bar", "{hours} h {minutes} min")
                             .format(hours=seconds // 3600,
                                     minutes=f"{seconds % 3600 // 60:02d}"))
    return native_digits(f"{seconds // 60}:{seconds % 60:02d}")


class _IconText(QWidget):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.icon = QLabel()
        self.text = QLabel()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 0, 8, 0)
        lay.setSpacing(5)
        lay.addWidget(self.icon)
        lay.addWidget(self.text)

    def set(self, icon_name: str, text: str, color: str | None = None) -> None:
        size = self.fontMetrics().height()
        self.icon.setPixmap(icon(icon_name, color).pixmap(size, size))
        self.text.setText(text)


class StatusBar(QStatusBar):
    #: the user clicked the lock (wants to unlock or lock) or "No account"
    wallet_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.session = session
        self.account = named(QToolButton(), "statusAccount")
        self.account.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.account.setAutoRaise(True)
        self.account.clicked.connect(self._account_clicked)
        self.lock = _IconText("statusLock")
        self.outbox = _IconText("statusOutbox")
        #: "Synced 2 min ago", "Offline — 3 to send"…; a click shows details and Sync now
        self.sync = SyncIndicator(session)
        self.addPermanentWidget(self.sync)
        self.addPermanentWidget(self.account)
        self.addPermanentWidget(self.lock)
        self.addPermanentWidget(self.outbox)
        self._address: str | None = None
        #: the countdown to the idle lock, while unlocked (a clock, not a poll)
        self._timer = QTimer(self)
        self._timer.setInterval(COUNTDOWN_MS)
        self._timer.timeout.connect(self._show_wallet)
        session.operation_did_execute.connect(self._operation_did_execute)
        session.stopped.connect(self._timer.stop)
        self.refresh()

    @property
    def address(self) -> str | None:
        return self._address

    def refresh(self) -> None:
        """Everything, after the wallet or the outbox changed."""
        self._address = self.session.default_account()  # reads the account index
        self._show_wallet()
        self._show_outbox()

    def _operation_did_execute(self, changes: OpChanges, _origin: object) -> None:
        if changes.wallet:
            self._address = self.session.default_account()
            self._show_wallet()
        if changes.outbox:
            self._show_outbox()

    def _show_wallet(self) -> None:
        """The account and the lock; while unlocked, the countdown every second."""
        wallet = self.session.wallet
        c = colors()
        unlocked = wallet.unlocked_address
        address = unlocked or self._address
        if address:
            self.account.setText(short_address(address))
            self.account.setIcon(icon("copy"))
            self.account.setToolTip(self.tr("{address}\nClick to copy the address")
                                    .format(address=address))
        else:
            self.account.setText(self.tr("No account"))
            self.account.setIcon(icon("wallet"))
            self.account.setToolTip(self.tr("Create or import an account on the Wallet page"))
        self.lock.setVisible(bool(address))
        if unlocked:
            left = wallet.seconds_until_lock()
            self.lock.set("unlock", self.tr("Unlocked · locks in {time}")
                          .format(time=countdown(left)), c.ok)
            self.lock.setToolTip(self.tr("Signing is possible. The wallet locks itself after "
                                         "{time} without activity (Ctrl+L locks now).")
                                 .format(time=countdown(wallet.idle_timeout)))
        else:
            self.lock.set("lock", self.tr("Locked"), c.muted)
            self.lock.setToolTip(self.tr("Unlock (Ctrl+U) to sign submissions"))
        if unlocked and self.session.active and not self._timer.isActive():
            self._timer.start()
        elif not unlocked and self._timer.isActive():
            self._timer.stop()
            self.session.check_wallet_lock()  # the countdown ran out: tell every view

    def _show_outbox(self) -> None:
        c = colors()
        cache = self.session.cache
        pending = cache.outbox.pending_count()
        self.outbox.set("outbox", self.tr("%n to send", "", pending) if pending
                        else self.tr("Nothing to send"),
                        c.accent if pending else c.muted)
        counts = cache.outbox.counts()
        self.outbox.setToolTip(self.tr("Outbox: {counts}").format(
            counts=", ".join(f"{n} {state}" for state, n in sorted(counts.items()) if n))
                               if any(counts.values()) else self.tr("The outbox is empty"))

    def copy_address(self) -> bool:
        if not self._address:
            return False
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self._address)
        self.showMessage(self.tr("Copied {address}").format(address=self._address), 3000)
        return True

    def _account_clicked(self) -> None:
        if not self.copy_address():
            self.wallet_requested.emit()
