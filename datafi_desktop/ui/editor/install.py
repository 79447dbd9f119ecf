"""Putting the editor in the main window: the Tasks page's detail area, the Edit
menu (undo, redo), the Label menu (the flow and the current pane's actions), the
status bar messages and the keyboard focus between queue and task."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..queue_page import QueuePage
from .page_keys import PageKeys
from .task_editor import TaskEditor

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from ..panes.base import AnnotationPane

STATUS_MS = 6000


class LabelMenu(QMenu):
    """The flow's actions, then those of the pane on screen (rebuilt when it changes)."""

    def __init__(self, editor: TaskEditor, parent: MainWindow) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Label"))
        self.setObjectName("menuLabel")
        acts = editor.editor_actions
        for action in acts.flow():
            self.addAction(action)
        self.addSeparator()
        self.addAction(acts.focus)
        self.addAction(acts.show_queue)
        self._pane_actions: list[QAction] = []
        self._pane_separator = self.addSeparator()
        editor.pane_changed.connect(self.set_pane)

    def set_pane(self, pane: AnnotationPane | None) -> None:
        for action in self._pane_actions:
            self.removeAction(action)
        self._pane_actions = list(pane.actions()) if pane is not None else []
        for action in self._pane_actions:
            self.addAction(action)
        self._pane_separator.setVisible(bool(self._pane_actions))


def install_editor(window: MainWindow) -> TaskEditor | None:
    """Replace the Tasks page's read-only preview with a :class:`TaskEditor`."""
    page = window.pages.get("tasks")
    if not isinstance(page, QueuePage):
        return None
    editor = TaskEditor(window.session)
    page.set_detail_widget(editor)
    page.current_task_changed.connect(editor.open_task)
    editor.navigator = page.set_current_task
    editor.status_message.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))

    def drop_stale() -> None:
        # "Signed and queued" is no longer true once the outbox moved (the work was sent)
        bar = window.statusBar()
        if bar.currentMessage().startswith(QCoreApplication.translate("TaskEditor",
                                                                      "Signed and queued")):
            bar.clearMessage()

    window.session.operation_did_execute.connect(
        lambda changes, _origin: drop_stale() if changes.outbox else None)
    editor.wallet_page_requested.connect(lambda: window.show_page("wallet"))
    editor.focus_queue_requested.connect(page.table.setFocus)
    page.table.activated.connect(lambda _index: editor.focus_pane())
    acts = editor.editor_actions
    queue = page.splitter.widget(0)
    if queue is not None:
        acts.show_queue.toggled.connect(queue.setVisible)

    edit_menu = QMenu(QCoreApplication.translate("install_editor", "&Edit"), window)
    edit_menu.setObjectName("menuEdit")
    edit_menu.addAction(acts.undo)
    edit_menu.addAction(acts.redo)
    bar = window.menuBar()
    bar.insertMenu(window.view_menu.menuAction(), edit_menu)
    # the Label menu follows the Tasks menu (the queue's own navigation and filters)
    menus = bar.actions()
    tasks = next((i for i, a in enumerate(menus) if a.menu() is not None
                  and a.menu().objectName() == "menuTasks"), len(menus) - 2)
    bar.insertMenu(menus[tasks + 1], LabelMenu(editor, window))
    for action in acts.all():
        # anywhere on the Tasks page (queue or task), and nowhere else: Ctrl+Return on
        # the Review or Rewards page must not submit the hidden editor's draft
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(action)
    # the pane's label keys work wherever the focus is on the Tasks page (issue 12)
    editor.pane_changed.connect(PageKeys(page).set_pane)
    editor.open_task(page.current_uid)
    return editor
