"""The Tasks page: the campaign's queue on the left, the selected task on the right.

The queue is a :class:`~.queue_model.TaskQueueModel` (state and kind filtered in
SQL, with the counts in the combo boxes) behind a proxy for the text filter and
sorting. The current row drives the detail widget: today the read-only
:class:`~.task_preview.TaskPreview`; the annotation panes replace it through
:meth:`QueuePage.set_detail_widget` or by registering views on the preview host.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QIdentityProxyModel,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.cache import OPEN_STATES, TASK_STATES
from ..core.changes import OpChanges
from ..core.errors import TaskNotFoundError
from . import locale_format as lf
from .accessibility import accessible
from .get_tasks import GetTasksBox
from .icons import icon
from .pages import Page
from .queue_model import (
    UID_ROLE,
    PreviewDelegate,
    StatePillDelegate,
    TaskQueueModel,
)
from .session import Session
from .task_preview import TaskPreview
from .theme import KIND_NAMES, KIND_SHORT, kind_name, named, state_name
from .tr_marks import QT_TRANSLATE_NOOP

ALL = "all"
TODO = "todo"


class QueueTable(QTableView):
    """The queue's table, without type-ahead: a letter or digit typed while it has the
    focus is a label key for the task on screen (the editor adds the pane's label keys
    to the page), never a jump to another row. The text filter has Ctrl+F."""

    def keyboardSearch(self, search: str) -> None:
        return


class QueuePage(Page):
    page_id = "tasks"
    title = QT_TRANSLATE_NOOP("Page", "Tasks")
    icon_name = "tasks"
    order = 10
    shortcut = "Ctrl+1"
    menu_title = QT_TRANSLATE_NOOP("Page", "&Tasks")

    #: the task shown in the detail pane changed (its cache uid, -1 for none)
    current_task_changed = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._current_uid = -1
        self._detail_later: int | None = None
        self._matrix: Counter[tuple[str, str]] = Counter()
        self.model = TaskQueueModel(session.cache, self)
        # filtering and sorting happen in SQL (the model); the view sorts through this
        # pass-through proxy, which hands sort() on to the model
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.campaign_label = named(QLabel(), "campaignTitle")
        self.campaign_label.setProperty("role", "title")
        self.campaign_label.setWordWrap(True)
        self.progress = named(QProgressBar(), "queueProgress")
        self.progress.setTextVisible(True)
        self.state_combo = named(QComboBox(), "stateFilter")
        self.state_combo.setToolTip(self.tr("Show tasks in this state"))
        self.kind_combo = named(QComboBox(), "kindFilter")
        self.kind_combo.setToolTip(self.tr("Show tasks of this kind"))
        em = self.fontMetrics().horizontalAdvance("M")
        for combo in (self.state_combo, self.kind_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(em * 6)  # a narrow queue cuts the counts, not the task
        self.search = named(QLineEdit(), "queueSearch")
        self.search.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        self.search.setToolTip(
            self.tr("Show the tasks whose text, task id or #number contains this"))
        self.search.setClearButtonEnabled(True)
        self.count_label = named(QLabel(), "queueCount")
        self.count_label.setProperty("role", "muted")

        self.table = named(QueueTable(), "queueTable")
        accessible(self.table, self.tr("Tasks"),
                   self.tr("The tasks of the campaign; Return opens the selected one"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (keyboard users)
        self.table.setItemDelegateForColumn(TaskQueueModel.COL_STATE, StatePillDelegate(self))
        self.table.setItemDelegateForColumn(TaskQueueModel.COL_PREVIEW, PreviewDelegate(self))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TaskQueueModel.COL_POSITION, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # fit the columns to the first rows, not to the first thousand (each a
        # query and a dozen roles): a big queue opens at the speed of a small one
        header.setResizeContentsPrecision(60)
        header.setSectionResizeMode(TaskQueueModel.COL_PREVIEW, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        self.preview = TaskPreview(session)
        self._detail: QWidget = self.preview

        filters = QHBoxLayout()
        filters.addWidget(self.state_combo, 1)
        filters.addWidget(self.kind_combo, 1)
        left = named(QWidget(), "queuePanel")
        lay = QVBoxLayout(left)
        lay.setContentsMargins(16, 14, 8, 8)
        lay.setSpacing(8)
        lay.addWidget(self.campaign_label)
        lay.addWidget(self.progress)
        lay.addLayout(filters)
        lay.addWidget(self.search)  # its own line: a narrow queue still shows the field
        lay.addWidget(self.table, 1)
        self.get_tasks = GetTasksBox(session)  # a hub and nothing to label: "Get tasks"
        lay.addWidget(self.get_tasks)
        lay.addWidget(self.count_label)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "queueSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        self.state_combo.currentIndexChanged.connect(self._filters_changed)
        self.kind_combo.currentIndexChanged.connect(self._filters_changed)
        self.search.textChanged.connect(self._search_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.current_task_changed.connect(self._show_detail)
        session.operation_did_execute.connect(self._operation_did_execute)
        session.sync_changed.connect(self.get_tasks.refresh)
        self._build_actions()
        self.refresh()

    # --- public -------------------------------------------------------------------

    @property
    def current_uid(self) -> int:
        return self._current_uid

    def refresh(self) -> None:
        """Reload counts and rows from the cache, keeping the filters and the selection."""
        self._refresh_counts()
        self._reload_rows(keep_current=True)
        self.get_tasks.refresh()

    def refresh_tasks(self, uids: Iterable[int]) -> None:
        """These tasks changed: the counts again, and only their rows when they stay
        where they are (a submit with "All states" shown); else the rows from SQL."""
        self._refresh_counts()
        self.model.update_tasks(uids)
        self._after_rows_changed(keep_current=True)
        self.get_tasks.refresh()

    def _operation_did_execute(self, changes: OpChanges, _origin: object) -> None:
        if changes.all_tasks or changes.campaigns:
            self.refresh()
        elif changes.task_ids:
            self.refresh_tasks(changes.task_ids)

    def _refresh_counts(self) -> None:
        """The heading, the progress and the counts in the filters (one query)."""
        campaign_id = self.session.campaign_id
        # the stored name, not the parsed campaign: the queue paints without pydantic
        heading = (None if campaign_id is None
                   else self.session.cache.tasks.campaign_heading(campaign_id))
        if campaign_id is None or heading is None:
            self.campaign_label.setText(self.tr("No campaign yet"))
            self._matrix = Counter()
        else:
            self.campaign_label.setText(heading[0])
            self.campaign_label.setToolTip(heading[1])
            # one pass gives the counts of every (state, kind) pair: the combo boxes
            # show how many tasks each choice leaves, given the other filter
            self._matrix = Counter(self.session.cache.queue.state_kind_counts(campaign_id))
        total = sum(self._matrix.values())
        done = total - sum(n for (state, _k), n in self._matrix.items() if state in OPEN_STATES)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} of {total} done").format(
            done=lf.integer(done), total=lf.integer(total)))
        self._fill_combos()

    def select_task(self, uid: int) -> bool:
        """Make task ``uid`` the current row (if it passes the filters)."""
        row = self.model.row_of(uid)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        if not self.table.viewport().rect().contains(self.table.visualRect(index)):
            # a jump from elsewhere: show the task with its neighbours around it
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def set_current_task(self, uid: int) -> None:
        """Make ``uid`` the current task (the editor's next/previous/skip). Its row is
        selected when the filters show it; otherwise it is current with no row
        selected, until the user picks one."""
        if self.select_task(uid):
            return
        self._deselect_quietly()
        self._set_current(uid)

    def move_current(self, step: int) -> None:
        """Select the next (step 1) or previous (-1) visible task."""
        rows = self.proxy.rowCount()
        if rows == 0:
            return
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else (0 if step > 0 else rows - 1)
        row = max(0, min(rows - 1, row))
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def set_state_filter(self, key: str) -> None:
        """``"all"``, ``"todo"`` or a task state."""
        index = self.state_combo.findData(key)
        if index >= 0:
            self.state_combo.setCurrentIndex(index)

    def set_kind_filter(self, kind: str) -> None:
        """``"all"`` or a task kind."""
        index = self.kind_combo.findData(kind)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def set_detail_widget(self, widget: QWidget) -> None:
        """Show ``widget`` right of the queue instead of the read-only preview."""
        self.splitter.replaceWidget(1, widget)
        self._detail = widget
        row = self.preview.row
        if widget is self.preview and self._current_uid >= 0 \
                and (row is None or row.uid != self._current_uid):
            self._show_detail(self._current_uid)  # back: it shows the current task

    def page_actions(self) -> list[QAction | None]:
        return [self.act_next, self.act_prev, None, self.act_find, self.act_clear,
                self.act_todo, None, self.act_refresh]

    def activated(self) -> None:
        if self.table.isVisibleTo(self):
            self.table.setFocus()
        else:  # the queue is hidden (Ctrl+B): the keys go to the task
            self._detail.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._detail_later is not None:
            QTimer.singleShot(0, self, self._show_detail_later)

    def _show_detail_later(self) -> None:
        uid, self._detail_later = self._detail_later, None
        if uid is not None and uid == self._current_uid:
            self._show_detail(uid)

    # --- internals -------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str | QKeySequence.StandardKey, slot: object,
                   name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        self.act_next = action(self.tr("&Next task"), "Alt+Down", lambda: self.move_current(1),
                               "actionNextTask")
        self.act_prev = action(self.tr("&Previous task"), "Alt+Up", lambda: self.move_current(-1),
                               "actionPreviousTask")
        self.act_find = action(self.tr("&Filter text…"), "Ctrl+F", self._focus_search,
                               "actionFilterText")
        self.act_clear = action(self.tr("Show &all tasks"), "Ctrl+Shift+A", self._clear_filters,
                                "actionShowAll")
        self.act_todo = action(self.tr("Show tasks &to do"), "Ctrl+Shift+T",
                               lambda: self.set_state_filter(TODO), "actionShowTodo")
        self.act_refresh = action(self.tr("&Refresh"), "F5", self.refresh, "actionRefresh")

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _clear_filters(self) -> None:
        self.search.clear()
        self.set_kind_filter(ALL)
        self.set_state_filter(ALL)

    def _states(self) -> tuple[str, ...]:
        state = self.state_combo.currentData() or ALL
        return () if state == ALL else OPEN_STATES if state == TODO else (state,)

    def _kinds(self) -> tuple[str, ...]:
        kind = self.kind_combo.currentData() or ALL
        return () if kind == ALL else (kind,)

    def _fill_combos(self) -> None:
        """Rebuild the choices (after the cache changed), keeping the current ones."""
        present = {kind for _state, kind in self._matrix}
        order = list(KIND_NAMES)
        kinds = sorted(present, key=lambda k: order.index(k) if k in order else len(order))
        current_kind = self.kind_combo.currentData() or ALL
        if current_kind != ALL and current_kind not in kinds:
            kinds.append(current_kind)  # keep a filter the user chose, showing (0)
        self._refill(self.state_combo, [(ALL, None), (TODO, None)]
                     + [(s, None) for s in TASK_STATES])
        self._refill(self.kind_combo, [(ALL, None)] + [
            (k, KIND_SHORT.get(k, ("", "kind-text"))[1]) for k in kinds])
        self._relabel()

    def _refill(self, combo: QComboBox, items: Sequence[tuple[str, str | None]]) -> None:
        current = combo.currentData() or ALL
        combo.blockSignals(True)
        combo.clear()
        for key, icon_name in items:
            if icon_name:
                combo.addItem(icon(icon_name), key, key)
            else:
                combo.addItem(key, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _relabel(self) -> None:
        """Counts in the choices: each state's count among the chosen kind, and back."""
        kinds, states = self._kinds(), self._states()

        def count(in_states: tuple[str, ...], in_kinds: tuple[str, ...]) -> int:
            return sum(n for (s, k), n in self._matrix.items()
                       if (not in_states or s in in_states) and (not in_kinds or k in in_kinds))

        for i in range(self.state_combo.count()):
            key = str(self.state_combo.itemData(i))
            name = ({ALL: self.tr("All states"), TODO: self.tr("To do")}.get(key)
                    or state_name(key))
            chosen = () if key == ALL else OPEN_STATES if key == TODO else (key,)
            self.state_combo.setItemText(i, f"{name} ({count(chosen, kinds)})")
        for i in range(self.kind_combo.count()):
            key = str(self.kind_combo.itemData(i))
            name = self.tr("All kinds") if key == ALL else kind_name(key)
            chosen_kind = () if key == ALL else (key,)
            self.kind_combo.setItemText(i, f"{name} ({count(states, chosen_kind)})")

    def _filters_changed(self) -> None:
        self._relabel()
        self._reload_rows()

    def _search_changed(self, text: str) -> None:
        self.model.set_text(text)
        self._after_rows_changed()

    def _reload_rows(self, keep_current: bool = False) -> None:
        self.model.set_filter(self.session.campaign_id, self._states(), self._kinds())
        self._after_rows_changed(keep_current)

    def _after_rows_changed(self, keep_current: bool = False) -> None:
        """Select the current task again. When the cache changed (``keep_current``) and
        the current task no longer passes the filters (it was just submitted), it
        stays current instead of the selection jumping to the first row."""
        shown, total = self.proxy.rowCount(), sum(self._matrix.values())
        self.count_label.setText(self.tr("{shown} of %Ln task(s) shown", "", total)
                                 .format(shown=lf.integer(shown)))
        if self._current_uid >= 0 and self.select_task(self._current_uid):
            return
        if keep_current and self._in_campaign(self._current_uid):
            self._deselect_quietly()
        elif shown:
            self.move_current(1)
        else:
            self._set_current(-1)

    def _in_campaign(self, uid: int) -> bool:
        if uid < 0:
            return False
        try:
            return self.session.cache.tasks.get_task(uid).campaign_id == self.session.campaign_id
        except TaskNotFoundError:
            return False

    def _deselect_quietly(self) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.clearCurrentIndex()
        selection.clearSelection()
        selection.blockSignals(False)
        self.table.viewport().update()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uid = current.data(UID_ROLE) if current.isValid() else None
        self._set_current(int(uid) if uid is not None else -1)

    def _set_current(self, uid: int) -> None:
        if uid != self._current_uid:
            self._current_uid = uid
            self.current_task_changed.emit(uid)

    def _show_detail(self, uid: int) -> None:
        if self._detail is not self.preview:
            return
        if not self.isVisible():
            # not on screen yet: the task (its models, its image) loads after the first
            # paint, so the queue paints first (issue 16)
            self._detail_later = uid
            return
        if uid < 0:
            self.preview.clear()
            return
        try:
            self.preview.show_task(self.session.cache.tasks.get_task(uid))
        except TaskNotFoundError:
            self.preview.clear()
