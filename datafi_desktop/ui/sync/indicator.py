"""The sync indicator in the status bar, and the popover a click on it opens.

One icon and a few words: "Synced 2 min ago", "Syncing… 120/500",
"Offline — 37 to send", "Unlock to sync". The tooltip, and the popover, give
the full message (the hub's address, what the app does meanwhile, the last
successful sync) and the actions: Sync now, Make tasks available offline,
Details.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..icons import icon
from ..locale_format import native_digits
from ..session import Session
from ..theme import colors, named
from .look import current_look
from .texts import Look

if TYPE_CHECKING:  # the runner and its HTTP client load with the first sync
    from .controller import SyncController

#: how often "2 min ago" is brought up to date
REFRESH_MS = 15_000


class SyncIndicator(QToolButton):
    """Shows the sync state; a click opens :class:`SyncPopover`."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.session = session
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.look: Look = current_look(session)
        self.popover: SyncPopover | None = None
        self._controller: SyncController | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.clicked.connect(self.show_popover)
        session.operation_did_execute.connect(
            lambda changes, _origin: self.refresh() if changes.outbox else None)
        session.stopped.connect(self._timer.stop)
        sync_changed = getattr(session, "sync_changed", None)
        if sync_changed is not None:
            sync_changed.connect(self._attach)
        self._attach()
        self.refresh()

    def _attach(self) -> None:
        controller: SyncController | None = getattr(self.session, "sync", None)
        if controller is self._controller:
            return
        if self._controller is not None:
            self._controller.progress_changed.disconnect(self.refresh)
        self._controller = controller
        if controller is not None:
            controller.progress_changed.connect(self.refresh)
        self.refresh()

    @property
    def state_name(self) -> str:
        """The state shown: a SyncState value, or "off" without a hub."""
        return self._controller.progress.state.value if self._controller else "off"

    def refresh(self) -> None:
        self.look = look = current_look(self.session)
        color = getattr(colors(), look.color, colors().text)
        self.setIcon(icon(look.icon, color))
        self.setText(native_digits(look.text))  # "12 to send" in the locale's digits
        hint = self.tr("Click for details and Sync now ({shortcut})").format(shortcut="Ctrl+R")
        message = _html(look.message).replace("\n", "<br>")
        tip = f"<b>{_html(look.headline)}</b><br>{message}<br><i>{_html(hint)}</i>"
        self.setToolTip(tip)  # markup only: the words are translated above
        self.setAccessibleName(self.tr("Sync: {state}").format(state=look.text))
        if self.popover is not None and self.popover.isVisible():
            self.popover.show_look(look)

    def show_popover(self) -> SyncPopover:
        if self.popover is None:
            self.popover = SyncPopover(self.session, self)
        self.popover.show_look(self.look)
        self.popover.adjustSize()
        self.popover.move(self._popover_position(self.popover))
        self.popover.show()
        return self.popover

    def _popover_position(self, popover: QWidget) -> QPoint:
        """Above the indicator, its right edge on the indicator's, kept on screen."""
        size = popover.sizeHint()
        top_right = self.mapToGlobal(QPoint(self.width(), 0))
        pos = QPoint(top_right.x() - size.width(), top_right.y() - size.height() - 4)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            pos.setX(max(area.left(), min(pos.x(), area.right() - size.width())))
            pos.setY(max(area.top(), pos.y()))
        return pos


class SyncPopover(QFrame):
    """The full message and the sync actions, in a small popup above the indicator."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("syncPopover")
        self.session = session
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "card")
        self.headline = named(QLabel(), "syncHeadline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.message = named(QLabel(), "syncMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        self.sync_button = named(QPushButton(self.tr("Sync now")), "syncNowButton")
        self.offline_button = named(QPushButton(self.tr("Make tasks available offline…")),
                                    "syncOfflineButton")
        self.details_button = named(QPushButton(self.tr("Details…")), "syncDetailsButton")
        self.sync_button.clicked.connect(self._sync_now)
        self.offline_button.clicked.connect(self._offline)
        self.details_button.clicked.connect(self._details)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.offline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.details_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 12)
        lay.setSpacing(8)
        lay.addWidget(self.headline)
        lay.addWidget(self.message)
        lay.addLayout(buttons)

    def show_look(self, look: Look) -> None:
        self.headline.setText(look.headline)
        self.message.setText(look.message)
        has_sync = getattr(self.session, "sync", None) is not None
        for button in (self.sync_button, self.offline_button):
            button.setEnabled(has_sync)

    def _window(self) -> QWidget | None:
        parent = self.parentWidget()
        return parent.window() if parent is not None else None

    def _sync_now(self) -> None:
        controller: SyncController | None = getattr(self.session, "sync", None)
        if controller is not None:
            controller.sync_now()
        self.hide()

    def _offline(self) -> None:
        from .dialogs import open_offline_dialog

        self.hide()
        open_offline_dialog(self.session, self._window())

    def _details(self) -> None:
        from .dialogs import open_details_dialog

        self.hide()
        open_details_dialog(self.session, self._window())


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
