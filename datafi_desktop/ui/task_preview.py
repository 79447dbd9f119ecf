"""The right-hand side of the Tasks page: which task this is, and the task itself.

:class:`TaskPreview` shows a header (kind, id, state, the labels and their
hotkeys) over one :class:`~.preview_views.TaskView` per family of kinds. Views
are created on first use from a registry, so the next issue can register its
editing panes for some kinds and leave the read-only views for the others::

    preview.register_view(MyImagePane)        # a TaskView subclass with ``kinds``
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ..core.cache import TaskRow
from ..core.models.kinds import TaskKind
from .icons import icon
from .session import Session
from .theme import (
    KIND_SHORT,
    STATE_COLORS,
    kind_name,
    kind_short,
    named,
    state_name,
)

if TYPE_CHECKING:  # the views (and the task models) load with the first task shown
    from .preview_views import TaskView

ViewFactory = Callable[[Session], "TaskView"]


class TaskPreview(QWidget):
    #: the task ``uid`` is fully on screen
    shown = Signal(int)
    #: the task ``uid`` could not be shown; the message is on screen too
    failed = Signal(int, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskPreview")
        self.session = session
        self._factories: dict[TaskKind, ViewFactory] = {}
        self._views: dict[ViewFactory, TaskView] = {}
        self.current: TaskView | None = None
        self.row: TaskRow | None = None
        #: the default views register on first use: the queue paints before they load
        self._defaults_loaded = False

        self.kind_icon = QLabel()
        self.title = named(QLabel(), "previewTitle")
        self.title.setProperty("role", "title")
        self.task_id = named(QLabel(), "previewTaskId")
        self.task_id.setProperty("role", "muted")
        self.task_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = named(QLabel(), "previewState")
        self.labels = named(QLabel(), "previewLabels")
        self.labels.setWordWrap(True)
        self.labels.setProperty("role", "muted")
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.kind_icon)
        head.addWidget(self.title)
        head.addWidget(self.state)
        head.addStretch(1)
        head.addWidget(self.task_id)
        self.stack = named(QStackedWidget(), "previewStack")
        self.placeholder = named(QLabel(self.tr("Select a task in the queue to see it here.")),
                                 "previewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setProperty("role", "muted")
        self.stack.addWidget(self.placeholder)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 14, 16, 8)
        lay.setSpacing(6)
        lay.addLayout(head)
        lay.addWidget(self.labels)
        lay.addWidget(self.stack, 1)
        self.clear()

    def register_view(self, factory: type[TaskView] | ViewFactory,
                      kinds: frozenset[TaskKind] | None = None) -> None:
        """Use ``factory(session)`` to show tasks of ``kinds`` (default: the class's kinds)."""
        chosen = kinds if kinds is not None else getattr(factory, "kinds", frozenset())
        if not chosen:
            raise ValueError("register_view needs the kinds the view shows")
        for kind in chosen:
            self._factories[kind] = factory

    def _load_default_views(self) -> None:
        if self._defaults_loaded:
            return
        self._defaults_loaded = True
        from .preview_views import DEFAULT_VIEWS

        for view_type in DEFAULT_VIEWS:  # a view registered earlier keeps its kinds
            for kind in view_type.kinds:
                self._factories.setdefault(kind, view_type)

    def view_for(self, kind: TaskKind) -> TaskView:
        if kind not in self._factories:
            self._load_default_views()
        factory = self._factories[kind]
        view = self._views.get(factory)
        if view is None:
            view = factory(self.session)
            view.shown.connect(self.shown)
            view.failed.connect(self.failed)
            self._views[factory] = view
            self.stack.addWidget(view)
        return view

    def show_task(self, row: TaskRow) -> None:
        task = row.task
        self.row = row
        kind = task.kind.value
        short, icon_name = kind_short(kind), KIND_SHORT.get(kind, ("", "kind-text"))[1]
        self.kind_icon.setPixmap(icon(icon_name).pixmap(22, 22))
        self.kind_icon.setToolTip(short)
        self.title.setText(kind_name(task.kind.value))
        self.task_id.setText(task.id)
        bg, fg = STATE_COLORS.get(row.state, ("#E3E8F0", "#33415C"))
        self.state.setText(state_name(row.state))
        self.state.setStyleSheet(f"background:{bg}; color:{fg}; border-radius:8px;"
                                 "padding:1px 8px; font-weight:600;")
        self.state.show()
        hotkeys = task.config.hotkeys()
        if hotkeys:
            keyed = "   ".join(f"[{key}] {name}" for key, name in hotkeys.items())
            self.labels.setText(self.tr("Labels: {keys}").format(keys=keyed))
        self.labels.setVisible(bool(hotkeys))
        view = self.view_for(task.kind)
        if self.current is not None and self.current is not view:
            self.current.clear()
        self.current = view
        self.stack.setCurrentWidget(view)
        view.show_task(row)

    def clear(self) -> None:
        if self.current is not None:
            self.current.clear()
        self.current = None
        self.row = None
        self.kind_icon.clear()
        self.title.setText(self.tr("No task selected"))
        self.task_id.clear()
        self.state.hide()
        self.labels.hide()
        self.stack.setCurrentWidget(self.placeholder)
