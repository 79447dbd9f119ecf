"""View ▸ High contrast: black and white with a yellow accent and a cyan focus ring
(``theme.HIGH_CONTRAST``), for low vision and bright rooms. The choice is remembered
in the profile's preferences (``view.high_contrast``) and applied before the window
builds its widgets (:func:`apply_saved_theme`), so icons and every surface start in it.
Switching while the app runs restyles the palette and style sheets at once; icons and
the few surfaces that colour themselves when built follow at the next start (the
status bar says so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from ..core.preferences import Preferences
from .theme import apply_style, colors

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .session import Session

HIGH_CONTRAST = "view.high_contrast"


def apply_saved_theme(session: Session) -> bool:
    """Apply the profile's remembered high-contrast choice; returns it."""
    on = Preferences(session.cache).boolean(HIGH_CONTRAST, False)
    if on != (colors().name == "high_contrast"):
        Appearance.apply(on)
    return on


class Appearance(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.preferences = Preferences(window.session.cache)
        self.action = QAction(self.tr("&High contrast"), window)
        self.action.setObjectName("actionHighContrast")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Alt+H"))
        self.action.setStatusTip(self.tr("Black and white with a strong focus ring"))
        window.addAction(self.action)
        window.view_menu.addAction(self.action)
        on = self.preferences.boolean(HIGH_CONTRAST, False)
        self.action.setChecked(on)
        if on != (colors().name == "high_contrast"):
            self.apply(on)
        self.action.toggled.connect(self.set_high_contrast)

    def set_high_contrast(self, on: bool) -> None:
        """Switch the theme and remember the choice."""
        self.apply(on)
        self.preferences.set(HIGH_CONTRAST, bool(on))
        self.window.statusBar().showMessage(
            self.tr("High contrast on: icons follow when the app starts again") if on else
            self.tr("High contrast off: icons follow when the app starts again"), 8000)
        if self.action.isChecked() != on:
            self.action.setChecked(on)

    @staticmethod
    def apply(on: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_style(app, high_contrast=on)


def install_appearance(window: MainWindow) -> Appearance:
    return Appearance(window)
