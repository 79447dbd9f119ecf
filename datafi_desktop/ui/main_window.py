"""The main window: navigation on the left, pages in the middle, menus and a status bar.

Pages register through :mod:`.pages`; each page's actions get a menu named by
the page, so the menu bar lists every action with its shortcut. Help ▸
Keyboard shortcuts (F1) shows the same list in one table.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
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
from .appearance import apply_saved_theme, install_appearance
from .editor.install import install_editor
from .icons import app_icon, icon
from .idle import IdleWatcher
from .pages import Page, default_page_types
from .rewards.demo import add_demo_menu
from .session import Session
from .status_bar import StatusBar
from .sync.actions import add_sync_actions
from .theme import named
from .verdicts.install import install_verdicts
from .window_state import install_window_state

PAGE_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class MainWindow(QMainWindow):
    #: the visible page changed (its page_id)
    page_changed = Signal(str)

    def __init__(self, session: Session, pages: list[type[Page]] | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        apply_saved_theme(session)  # View ▸ High contrast, before any widget is built
        self.setWindowTitle("DataFi Desktop")
        self.setWindowIcon(app_icon())
        self.pages: dict[str, Page] = {}
        self.nav = named(QListWidget(), "navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 12 + 24)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.stack = named(QStackedWidget(), "pages")
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(session, self)
        self.setStatusBar(self.status)
        self._build_menus()
        for page_type in pages if pages is not None else default_page_types():
            self.add_page(page_type(session))
        self.status.wallet_requested.connect(lambda: self.show_page("wallet"))
        self.demo_action = add_demo_menu(self, session, self.help_menu.menuAction())  # demo only
        #: the task editor in the Tasks page (None without a Tasks page)
        self.editor = install_editor(self)
        #: "My quality" on the Tasks page; verdicts in the editor and queue (ui/verdicts)
        self.quality = install_verdicts(self)
        #: any key (shortcuts included), click or wheel in the app restarts the idle lock
        self.idle = IdleWatcher(session.wallet, parent=self)
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self.idle)
        if self.pages:
            self.nav.setCurrentRow(0)
        #: fitted to the screen or where it was; the Tasks page's splitter and the task
        #: the annotator was on, remembered per profile (ui/window_state.py)
        self.window_state = install_window_state(self)
        #: View ▸ High contrast, remembered per profile (ui/appearance.py)
        self.appearance = install_appearance(self)

    # --- pages --------------------------------------------------------------------------

    def add_page(self, page: Page) -> None:
        """Put ``page`` in the navigation (by its ``order``), the stack and the menus."""
        if page.page_id in self.pages:
            raise ValueError(f"a page {page.page_id!r} is already in the window")
        self.pages[page.page_id] = page
        ordered = sorted(self.pages.values(), key=lambda p: p.order)
        row = ordered.index(page)
        item = QListWidgetItem(icon(page.icon_name), page.title)
        item.setData(PAGE_ROLE, page.page_id)
        item.setSizeHint(QSize(0, self.fontMetrics().height() + 22))
        self.nav.insertItem(row, item)
        self.stack.insertWidget(row, page)
        view = QAction(icon(page.icon_name), page.title, self)
        view.setObjectName(f"actionShow{page.page_id.title()}")
        if page.shortcut:
            view.setShortcut(QKeySequence(page.shortcut))
        view.triggered.connect(lambda _checked=False, pid=page.page_id: self.show_page(pid))
        before = self._view_separator
        if row + 1 < len(ordered):
            before = self._page_view_actions[ordered[row + 1].page_id]
        self.view_menu.insertAction(before, view)
        self._page_view_actions[page.page_id] = view
        actions = page.page_actions()
        if page.menu_title and actions:
            menu = QMenu(page.menu_title, self)
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
            self.menuBar().insertMenu(self.help_menu.menuAction(), menu)

    def show_page(self, page_id: str) -> Page:
        page = self.pages[page_id]
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
        file_menu = bar.addMenu("&File")
        #: Sync now (Ctrl+R), Make tasks available offline…, Sync details…
        self.sync_actions = add_sync_actions(self, self.session, file_menu)
        self.act_quit = self._action("&Quit", "Ctrl+Q", self.close, "actionQuit")
        file_menu.addAction(self.act_quit)
        self.view_menu = bar.addMenu("&View")
        self._page_view_actions: dict[str, QAction] = {}
        separator = self.view_menu.addSeparator()
        assert separator is not None
        self._view_separator: QAction = separator
        self.act_fullscreen = self._action("&Full screen", "F11", self._toggle_full_screen,
                                           "actionFullScreen")
        self.view_menu.addAction(self.act_fullscreen)
        self.help_menu = bar.addMenu("&Help")
        self.act_shortcuts = self._action("&Keyboard shortcuts", "F1", self.show_shortcuts,
                                          "actionShortcuts")
        self.act_shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        self.act_shortcuts.setIcon(icon("keyboard"))
        self.act_about = self._action("&About DataFi Desktop", "", self.show_about,
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
                rows.append((menu.title().replace("&", ""), action.text().replace("&", ""),
                             keys))
        return rows

    def show_shortcuts(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle("Keyboard shortcuts")
        rows = self.shortcut_table()
        table = QTableWidget(len(rows), 3, dialog)
        table.setHorizontalHeaderLabels(["Menu", "Action", "Shortcut"])
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
            self, "About DataFi Desktop",
            f"<b>DataFi Desktop {__version__}</b><br>Label data offline, sign every "
            f"submission, claim rewards on-chain.<br><br>Profile: {self.session.profile.root}")

    def closeEvent(self, event: QCloseEvent) -> None:
        application = QApplication.instance()
        if application is not None:
            application.removeEventFilter(self.idle)
        self.window_state.save()
        self.session.stop()
        super().closeEvent(event)
