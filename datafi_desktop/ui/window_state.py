"""What the main window remembers of itself, per profile (``core.preferences``).

- its place and size: the first window fits the available area of the screen
  (``core.window_place``); later ones open where the user left them, moved onto a
  screen if that one is gone, maximized again if they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication

from ..core.preferences import Preferences
from ..core.window_place import Rect, first_window, restore

if TYPE_CHECKING:
    from .main_window import MainWindow

GEOMETRY = "window.geometry"
MAXIMIZED = "window.maximized"
SPLITTER = "tasks.splitter"
QUEUE_SHOWN = "tasks.queue_shown"
PLACE = "tasks.place"  # {campaign id: task id}

IMAGE_KINDS = frozenset({"image_classification", "bounding_boxes", "polygons"})
#: the queue's default share of the Tasks page, and its bounds in pixels
QUEUE_SHARE = {"image": 0.24, "other": 0.34}
QUEUE_WIDTH = (280, 480)


def rect_of(qrect: QRect) -> Rect:
    return Rect(qrect.x(), qrect.y(), qrect.width(), qrect.height())


def available_screens() -> list[Rect]:
    """The available areas of the screens, the primary one first."""
    primary = QGuiApplication.primaryScreen()
    screens = [primary] if primary is not None else []
    screens += [s for s in QGuiApplication.screens() if s is not primary]
    return [rect_of(s.availableGeometry()) for s in screens]


class WindowState(QObject):
    def __init__(self, window: MainWindow, preferences: Preferences) -> None:
        super().__init__(window)
        self.window = window
        self.preferences = preferences
        self._restoring = False

    # --- the window -------------------------------------------------------------------

    def place(self, screens: Sequence[Rect] | None = None) -> Rect:
        """Size and move the window (before it is shown): where it was, else fitted to
        the first of ``screens`` (the real ones by default). Returns the target."""
        screens = list(screens) if screens is not None else available_screens()
        if not screens:
            screens = [Rect(0, 0, 1280, 800)]
        saved = Rect.from_value(self.preferences.get(GEOMETRY))
        target = restore(saved, screens) if saved is not None else None
        if target is None:
            hint = self.window.minimumSizeHint()
            target = first_window(screens[0], (hint.width(), hint.height()))
        self.window.resize(target.w, target.h)
        self.window.move(target.x, target.y)
        if self.preferences.boolean(MAXIMIZED, False):
            self.window.setWindowState(self.window.windowState()
                                       | Qt.WindowState.WindowMaximized)
        return target

    def save(self) -> None:
        """Remember the window's place and the Tasks page's layout (on close)."""
        window = self.window
        maximized = window.isMaximized() or window.isFullScreen()
        self.preferences.set(MAXIMIZED, bool(window.isMaximized()))
        if not maximized:
            self.preferences.set(GEOMETRY, Rect(window.x(), window.y(), window.width(),
                                                window.height()).as_dict())


def install_window_state(window: MainWindow) -> WindowState:
    state = WindowState(window, Preferences.for_profile(window.session.profile))
    state.place()
    return state
