"""What the main window remembers of itself, per profile (``core.preferences``, in
the profile's cache like its other settings).

- its place and size: the first window fits the available area of the screen
  (``core.window_place``); later ones open where the user left them, moved onto a
  screen if that one is gone, maximized again if they were;
- the Tasks page's splitter between queue and task, and whether the queue is shown
  (Ctrl+B hides it); by default the queue takes a compact share, less on an image
  campaign, and keeps its width when the window grows: the task gets the space;
- the task the annotator was on, per campaign: the app reopens there, or on the first
  task to do when there is none (never on a submitted task 1 shown read-only).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter

from ..core.errors import TaskNotFoundError
from ..core.preferences import Preferences
from ..core.window_place import Rect, first_window, restore

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .queue_page import QueuePage

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
        # once the session has stopped its cache may be closed: nothing is written then
        self._stopped = False
        window.session.stopped.connect(self._session_stopped)

    def _session_stopped(self) -> None:
        self._stopped = True

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
        if self._stopped:
            return
        window = self.window
        maximized = window.isMaximized() or window.isFullScreen()
        self.preferences.set(MAXIMIZED, bool(window.isMaximized()))
        if not maximized:
            self.preferences.set(GEOMETRY, Rect(window.x(), window.y(), window.width(),
                                                window.height()).as_dict())
        self._save_splitter()

    # --- the Tasks page -----------------------------------------------------------------

    def install_tasks(self, page: QueuePage, *, restore_task: bool = True) -> None:
        """Restore the splitter, the queue's visibility and the task the annotator was
        on; remember them as they change. Without ``restore_task`` (a lazy window) the
        task and the queue's visibility wait for :meth:`finish_tasks`, after the first
        paint: opening a task loads the task models and the editor."""
        self.page = page
        splitter = page.splitter
        splitter.setStretchFactor(0, 0)  # a wider window widens the task, not the queue
        splitter.setStretchFactor(1, 1)
        if restore_task:
            self.restore_place()
        sizes = self.preferences.int_list(SPLITTER, length=2)
        if sizes is not None and sum(sizes) > 0:
            splitter.setSizes(sizes)
        else:
            splitter.setSizes(self.default_sizes(page))
        splitter.splitterMoved.connect(lambda _pos, _index: self._save_splitter())
        if restore_task:
            self._install_queue_toggle()
            page.current_task_changed.connect(self._remember_place)

    def finish_tasks(self) -> None:
        """What :meth:`install_tasks` left for after the first paint: the task the
        annotator was on, and the queue shown or hidden as it was."""
        page = getattr(self, "page", None)
        if page is None:
            return
        self.restore_place()
        self._install_queue_toggle()
        page.current_task_changed.connect(self._remember_place)

    def _install_queue_toggle(self) -> None:
        editor = self.window.editor
        if editor is None:
            return
        show_queue = editor.editor_actions.show_queue
        show_queue.setChecked(self.preferences.boolean(QUEUE_SHOWN, True))
        show_queue.toggled.connect(lambda on: self.preferences.set(QUEUE_SHOWN, bool(on)))
        queue = self.page.splitter.widget(0)
        if queue is not None and not show_queue.isChecked():
            queue.hide()
            editor.focus_pane()  # the queue had the keys: the task takes them

    def default_sizes(self, page: QueuePage) -> list[int]:
        """The queue's compact default width: less when the task on screen is an
        image (or, before any, when most of the campaign's tasks are)."""
        nav = self.window.nav.width()
        width = max(600, self.window.width() - nav)
        session = page.session
        # counted in SQL: no task is parsed and no row read (the first paint needs this)
        kinds: dict[str, int] = {}
        if page.current_uid >= 0:
            summary = session.cache.queue.task_summary(page.current_uid)
            kinds = {summary.kind: 1} if summary is not None else {}
        if not kinds and session.campaign_id is not None:
            kinds = session.cache.tasks.kind_counts(session.campaign_id)
        total = sum(kinds.values())
        images = sum(n for k, n in kinds.items() if k in IMAGE_KINDS)
        share = QUEUE_SHARE["image" if total and images * 2 >= total else "other"]
        queue = max(QUEUE_WIDTH[0], min(QUEUE_WIDTH[1], int(width * share)))
        return [queue, width - queue]

    def restore_place(self) -> int | None:
        """Open the task the annotator was on in this campaign, else the first to do."""
        page = self.page
        session = page.session
        campaign = session.campaign_id
        if campaign is None:
            return None
        uid = None
        places = self.preferences.get(PLACE)
        task_id = places.get(campaign) if isinstance(places, dict) else None
        if isinstance(task_id, str):
            row = session.cache.tasks.find_task(campaign, task_id)
            uid = row.uid if row is not None else None
        if uid is None:
            from ..core.flow import next_task

            uid = next_task(session.cache, None, campaign_id=campaign)
        if uid is None or uid == page.current_uid:
            return uid
        self._restoring = True
        try:
            page.set_current_task(uid)
        finally:
            self._restoring = False
        return uid

    def _remember_place(self, uid: int) -> None:
        if self._restoring or self._stopped or uid < 0:
            return
        try:
            row = self.page.session.cache.tasks.get_task(uid)
        except TaskNotFoundError:
            return
        places: Any = self.preferences.get(PLACE)
        places = dict(places) if isinstance(places, dict) else {}
        places[row.campaign_id] = row.task.id
        self.preferences.set(PLACE, places)

    def _save_splitter(self) -> None:
        page = getattr(self, "page", None)
        if page is None or self._stopped:
            return
        splitter: QSplitter = page.splitter
        queue = splitter.widget(0)
        if queue is not None and not queue.isVisible() and self.window.isVisible():
            return  # hidden with Ctrl+B: its width is the one to come back to
        sizes = splitter.sizes()
        if len(sizes) == 2 and sum(sizes) > 0:
            self.preferences.set(SPLITTER, [int(s) for s in sizes])


def install_window_state(window: MainWindow, *, restore_task: bool = True) -> WindowState:
    state = WindowState(window, Preferences(window.session.cache))
    state.place()
    page = window.pages.get("tasks")
    from .queue_page import QueuePage

    if isinstance(page, QueuePage):
        state.install_tasks(page, restore_task=restore_task)
    return state
