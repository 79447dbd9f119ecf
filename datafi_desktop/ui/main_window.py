"""The main window: navigation on the left, pages in the middle, menus and a status bar.

Pages register through :mod:`.pages`; each page's actions get a menu named by
the page, so the menu bar lists every action with its shortcut. Help ▸
Keyboard shortcuts (F1) shows the same list in one table.

A ``lazy`` window (the app's) builds only the first page before it is shown; the
task editor, the other pages and their menus follow right after the first paint
(:meth:`MainWindow.finish_startup`), or as soon as a page is asked for (issue 16).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from .accessibility import plain_label
from .appearance import apply_saved_theme, install_appearance
from .icons import app_icon, icon
from .idle import IdleWatcher
from .language_menu import LanguageMenu
from .pages import PAGE_SPECS, Page, PageSpec, default_page_types, page_text
from .session import Session
from .status_bar import StatusBar
from .sync.actions import add_sync_actions
from .theme import named
from .window_state import install_window_state

if TYPE_CHECKING:
    from .editor.task_editor import TaskEditor
    from .verdicts.quality import QualityStrip

PAGE_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class MainWindow(QMainWindow):
    #: the visible page changed (its page_id)
    page_changed = Signal(str)
    #: every page, the editor and the menus are built (at once unless the window is lazy)
    startup_finished = Signal()

    def __init__(self, session: Session, pages: list[type[Page]] | None = None, *,
                 lazy: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        apply_saved_theme(session)  # View ▸ High contrast, before any widget is built
        self.setWindowTitle(self.tr("DataFi Desktop"))
        self.setWindowIcon(app_icon())
        self.pages: dict[str, Page] = {}
        self.nav, self.stack = self._build_frame()
        self.status = StatusBar(session, self)
        self.setStatusBar(self.status)
        self._build_menus()
        #: pages in the navigation that are not built yet (a lazy window), by page_id
        self._pending: dict[str, PageSpec] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._page_menus: dict[str, QMenu] = {}
        self._finished = False
        self.demo_action: QAction | None = None
        #: the task editor in the Tasks page (None without a Tasks page, or until a lazy
        #: window finished starting)
        self.editor: TaskEditor | None = None
        #: "My quality" on the Tasks page; verdicts in the editor and queue (ui/verdicts)
        self.quality: QualityStrip | None = None
        if lazy and pages is None:
            first, *rest = sorted(PAGE_SPECS, key=lambda spec: spec.order)
            self.add_page(first.load()(session))
            for spec in rest:
                self._add_placeholder(spec)
        else:
            for page_type in pages if pages is not None else default_page_types():
                self.add_page(page_type(session))
        self.status.wallet_requested.connect(lambda: self.show_page("wallet"))
        if not lazy:
            self._install_extras()
        #: any key (shortcuts included), click or wheel in the app restarts the idle lock
        self.idle = IdleWatcher(session.wallet, parent=self)
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self.idle)
        if self.pages:
            self.nav.setCurrentRow(0)
        #: fitted to the screen or where it was; the Tasks page's splitter and the task
        #: the annotator was on, remembered per profile (ui/window_state.py)
        self.window_state = install_window_state(self, restore_task=not lazy)
        #: View ▸ High contrast, remembered per profile (ui/appearance.py)
        self.appearance = install_appearance(self)
        if not lazy:
            self._finished = True

    def _build_frame(self) -> tuple[QListWidget, QStackedWidget]:
        """The navigation list on the left and the stack of pages beside it."""
        nav = named(QListWidget(), "navigation")
        nav.setIconSize(QSize(20, 20))
        nav.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 12 + 24)
        nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        nav.currentRowChanged.connect(self._nav_changed)
        stack = named(QStackedWidget(), "pages")
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(nav)
        lay.addWidget(stack, 1)
        self.setCentralWidget(central)
        return nav, stack

    def _install_extras(self) -> None:
        """The demo menu, the task editor and the verdict views."""
        from .editor.install import install_editor
        from .rewards.demo import add_demo_menu
        from .verdicts.install import install_verdicts

        self.demo_action = add_demo_menu(self, self.session,
                                         self.settings_menu.menuAction())  # demo only
        self.editor = install_editor(self)
        self.quality = install_verdicts(self)

    @property
    def finished_starting(self) -> bool:
        """Every page, the editor and the menus are built."""
        return self._finished and not self._pending

    def finish_startup(self) -> None:
        """Build what a lazy window left for after its first paint: the editor (which
        opens the task the annotator was on), then the other pages, one per turn of
        the event loop so that the window stays responsive. Emits
        :attr:`startup_finished` at the end; nothing happens a second time."""
        if self._finished:
            return
        self._finished = True
        if not self.session.active:  # closed before it finished starting
            return
        self._install_extras()
        self.window_state.finish_tasks()
        self._build_next_pending()

    def _build_next_pending(self) -> None:
        if not self.session.active:
            return
        if self._pending:
            first = min(self._pending.values(), key=lambda spec: spec.order)
            self.ensure_page(first.page_id)
        if self._pending:
            QTimer.singleShot(0, self, self._build_next_pending)
        else:
            self.startup_finished.emit()

    def ensure_page(self, page_id: str) -> Page:
        """The page ``page_id``, built now if it was not yet."""
        spec = self._pending.get(page_id)
        if spec is not None:
            self.add_page(spec.load()(self.session))
            if self._finished and not self._pending:
                self.startup_finished.emit()
        return self.pages[page_id]

    def _add_placeholder(self, spec: PageSpec) -> None:
        """List a page not built yet: its navigation entry and View action."""
        placeholder = QWidget()
        placeholder.setObjectName(f"pending-{spec.page_id}")
        self._pending[spec.page_id] = spec
        self._placeholders[spec.page_id] = placeholder
        self._insert_entry(spec.page_id, spec.title, spec.icon_name, spec.shortcut,
                           placeholder)

    # --- pages --------------------------------------------------------------------------

    def add_page(self, page: Page) -> None:
        """Put ``page`` in the navigation (by its ``order``), the stack and the menus."""
        if page.page_id in self.pages:
            raise ValueError(f"a page {page.page_id!r} is already in the window")
        self._pending.pop(page.page_id, None)
        placeholder = self._placeholders.pop(page.page_id, None)
        self.pages[page.page_id] = page
        if placeholder is None:
            self._insert_entry(page.page_id, page.title, page.icon_name, page.shortcut, page)
        else:  # listed before it was built: the page takes its placeholder's place
            row = self.stack.indexOf(placeholder)
            shown = self.stack.currentWidget() is placeholder
            self.stack.insertWidget(row, page)
            if shown:
                self.stack.setCurrentWidget(page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            item = self.nav.item(row)
            if item is not None:
                item.setText(page_text(page.title))
            self._page_view_actions[page.page_id].setText(page_text(page.title))
        actions = page.page_actions()
        if page.menu_title and actions:
            menu = QMenu(page_text(page.menu_title), self)
            menu.setObjectName(f"menu{page.page_id.title()}")
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
                    if action.shortcutContext() not in (
                            Qt.ShortcutContext.WidgetShortcut,
                            Qt.ShortcutContext.WidgetWithChildrenShortcut):
                        # shortcuts work whichever page is shown; a page's scoped keys
                        # (the Review page's single letters) stay on that page
                        self.addAction(action)
            before = (self.settings_menu.menuAction() if placeholder is None
                      else self._menu_before(page))
            self.menuBar().insertMenu(before, menu)
            self._page_menus[page.page_id] = menu

    def _menu_before(self, page: Page) -> QAction:
        """Where the menu of a page built late goes: before the menu of the next page
        with one (the navigation's order, whichever page was built first), else
        before Demo and Help, as when the window builds every page at once."""
        later = sorted((p for p in self.pages.values()
                        if p.order > page.order and p.page_id in self._page_menus),
                       key=lambda p: p.order)
        if later:
            return self._page_menus[later[0].page_id].menuAction()
        demo = self.findChild(QMenu, "menuDemo", Qt.FindChildOption.FindDirectChildrenOnly)
        return demo.menuAction() if demo is not None else self.settings_menu.menuAction()

    def _order_of(self, page_id: str) -> int:
        page = self.pages.get(page_id)
        return page.order if page is not None else self._pending[page_id].order

    def _insert_entry(self, page_id: str, title: str, icon_name: str, shortcut: str,
                      widget: QWidget) -> None:
        """The navigation item, the stack's widget and the View action of a page."""
        ids = sorted([*self.pages, *self._pending], key=self._order_of)
        row = ids.index(page_id)
        item = QListWidgetItem(icon(icon_name), page_text(title))
        item.setData(PAGE_ROLE, page_id)
        item.setSizeHint(QSize(0, self.fontMetrics().height() + 22))
        self.nav.insertItem(row, item)
        self.stack.insertWidget(row, widget)
        view = QAction(icon(icon_name), page_text(title), self)
        view.setObjectName(f"actionShow{page_id.title()}")
        if shortcut:
            view.setShortcut(QKeySequence(shortcut))
        view.triggered.connect(lambda _checked=False, pid=page_id: self.show_page(pid))
        before = self._view_separator
        following = [pid for pid in ids[row + 1:] if pid in self._page_view_actions]
        if following:
            before = self._page_view_actions[following[0]]
        self.view_menu.insertAction(before, view)
        self._page_view_actions[page_id] = view

    def show_page(self, page_id: str) -> Page:
        page = self.ensure_page(page_id)
        if page is self.current_page:
            page.activated()  # shown already: its shortcut still brings the focus back to it
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    @property
    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def _nav_changed(self, row: int) -> None:
        previous = self.current_page
        item = self.nav.item(row)
        page_id = item.data(PAGE_ROLE) if item is not None else None
        if isinstance(page_id, str) and page_id in self._pending:
            self.ensure_page(page_id)  # first shown: built now
        page = self.stack.widget(row)
        if not isinstance(page, Page) or page is previous:
            return
        if previous is not None:
            previous.deactivated()
        self.stack.setCurrentWidget(page)
        page.activated()
        self.page_changed.emit(page.page_id)

    # --- menus --------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str, slot: object,
                name: str) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        #: Sync now (Ctrl+R), Make tasks available offline…, Sync details…
        self.sync_actions = add_sync_actions(self, self.session, file_menu)
        self.act_quit = self._action(self.tr("&Quit"), "Ctrl+Q", self.close, "actionQuit")
        file_menu.addAction(self.act_quit)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self._page_view_actions: dict[str, QAction] = {}
        separator = self.view_menu.addSeparator()
        assert separator is not None
        self._view_separator: QAction = separator
        self.act_fullscreen = self._action(self.tr("&Full screen"), "F11", self._toggle_full_screen,
                                           "actionFullScreen")
        self.view_menu.addAction(self.act_fullscreen)
        #: Settings ▸ Language… (ui/language_menu.py)
        self.settings_menu = LanguageMenu(self)
        bar.addMenu(self.settings_menu)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.act_shortcuts = self._action(self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts,
                                          "actionShortcuts")
        self.act_shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        self.act_shortcuts.setIcon(icon("keyboard"))
        self.act_about = self._action(self.tr("&About DataFi Desktop"), "", self.show_about,
                                      "actionAbout")
        self.help_menu.addAction(self.act_shortcuts)
        self.help_menu.addAction(self.act_about)

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def shortcut_table(self) -> list[tuple[str, str, str]]:
        """(menu, action, shortcuts) for every menu action, in menu order; an action
        with several shortcuts lists them all ("Alt+Right, ]")."""
        rows: list[tuple[str, str, str]] = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                if action.isSeparator():
                    continue
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                 for k in action.shortcuts() if not k.isEmpty())
                rows.append((plain_label(menu.title()), plain_label(action.text()), keys))
        return rows

    def show_shortcuts(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = self.shortcut_table()
        table = QTableWidget(len(rows), 3, dialog)
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setAlternatingRowColors(True)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        QVBoxLayout(dialog).addWidget(table)
        # readable without scrolling where the screen allows: every column and row
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        width = sum(header.sectionSize(c) for c in range(3)) + 2 * table.frameWidth() + 48
        height = (header.height() + table.verticalHeader().length()
                  + 2 * table.frameWidth() + 40)
        screen = (self.screen() or dialog.screen()).availableGeometry()
        dialog.resize(min(max(width, 520), int(screen.width() * 0.9)),
                      min(max(height, 560), int(screen.height() * 0.9)))
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About DataFi Desktop"),
            self.tr("<b>DataFi Desktop {version}</b><br>Label data offline, sign every "
                    "submission, claim rewards on-chain.<br><br>Profile: {profile}")
            .format(version=__version__, profile=self.session.profile.root))

    def closeEvent(self, event: QCloseEvent) -> None:
        application = QApplication.instance()
        if application is not None:
            application.removeEventFilter(self.idle)
        self.window_state.save()
        self.session.stop()
        super().closeEvent(event)
