"""The window frame: navigation, pages, menus with shortcuts, the CLI entry, --smoke."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget

from datafi_desktop.core import profile as profile_module
from datafi_desktop.ui import app as app_module
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.pages import Page
from datafi_desktop.ui.queue_page import QueuePage
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.wallet_page import WalletPage


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_window_shows_tasks_review_rewards_and_wallet(window: MainWindow) -> None:
    assert nav_titles(window) == ["Tasks", "Review", "Rewards", "Wallet"]
    assert isinstance(window.current_page, QueuePage)
    assert window.windowTitle() == "DataFi Desktop"
    assert not window.windowIcon().isNull()


def test_page_shortcuts_switch_pages(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_page, WalletPage)
    assert window.nav.currentItem().text() == "Wallet"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_page, QueuePage)


def test_clicking_navigation_shows_page(qtbot, window: MainWindow) -> None:
    seen: list[str] = []
    window.page_changed.connect(seen.append)
    item = window.nav.item(3)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.nav.visualItemRect(item).center())
    assert seen == ["wallet"]
    assert window.stack.currentWidget() is window.pages["wallet"]


class _StatsStub(Page):
    page_id = "stats"
    title = "Stats"
    icon_name = "review"
    order = 35
    shortcut = "Ctrl+5"
    menu_title = "&Stats"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.act = QAction("&Chart…", self)
        self.act.setShortcut("Ctrl+Alt+S")

    def page_actions(self) -> list[QAction | None]:
        return [self.act]


def test_a_later_page_registers_in_order_with_menu(qtbot, window: MainWindow) -> None:
    window.add_page(_StatsStub(window.session))
    assert nav_titles(window) == ["Tasks", "Review", "Rewards", "Stats", "Wallet"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Tasks", "&Label", "Re&view", "&Rewards",
                     "&Wallet", "&Stats", "Se&ttings", "&Help"]
    view_items = [a.text() for a in window.view_menu.actions() if not a.isSeparator()]
    assert view_items[:5] == ["Tasks", "Review", "Rewards", "Stats", "Wallet"]
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page.page_id == "stats"
    with pytest.raises(ValueError):
        window.add_page(_StatsStub(window.session))


def test_every_menu_action_lists_a_shortcut(window: MainWindow) -> None:
    table = window.shortcut_table()
    missing = [(menu, action) for menu, action, keys in table
               if not keys and action != "About DataFi Desktop"]
    assert missing == []
    as_dict = {action: keys for _menu, action, keys in table}
    assert as_dict["Lock now"] == "Ctrl+L"
    assert as_dict["Unlock…"] == "Ctrl+U"
    assert as_dict["Next task"] == "Alt+Down"
    assert as_dict["Tasks"] == "Ctrl+1"
    # keys are unique within a scope: the window's menus, and the Review page's own keys
    # (scoped to that page, so its Ctrl+Enter for a correction is not the editor's Submit)
    for scope in (lambda menu: menu != "Review", lambda menu: menu == "Review"):
        keys = [k for menu, _a, k in table if k and scope(menu)]
        assert len(set(keys)) == len(keys)


def test_f1_lists_shortcuts(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget)
    assert table.rowCount() == len(window.shortcut_table())
    texts = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert texts["Create account…"] == "Ctrl+Shift+N"
    dialog.close()


def test_run_gui_smoke_with_demo(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    made: list[Path] = []
    real = profile_module.temporary_profile

    def spy(prefix: str = "datafi-demo-") -> profile_module.Profile:
        prof = real(prefix)
        made.append(prof.root)
        return prof

    monkeypatch.setattr(app_module, "temporary_profile", spy)
    assert app_module.run_gui(profile=None, demo=True, smoke=True) == 0
    out = capsys.readouterr().out
    for kind in ("text_classification", "text_spans", "comparison", "image_classification",
                 "bounding_boxes", "polygons", "collection"):
        assert f"smoke: {kind} " in out
    assert ": ok" in out and "timed out" not in out
    assert len(made) == 1 and not made[0].exists()  # the demo profile is removed on exit


def test_run_gui_smoke_on_empty_profile_fails(qapp: QApplication, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert app_module.run_gui(profile=str(tmp_path / "p"), demo=False, smoke=True) == 1
    assert "no tasks" in capsys.readouterr().err
    assert (tmp_path / "p" / "cache.sqlite3").is_file()


def test_newer_database_is_refused_with_a_message(qapp: QApplication, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    root = tmp_path / "p"
    app_module.run_gui(profile=str(root), demo=False, smoke=True)
    with sqlite3.connect(root / "cache.sqlite3") as db:
        db.execute("PRAGMA user_version = 999")
    assert app_module.run_gui(profile=str(root), demo=False, smoke=True) == 1
    assert "datafi-desktop:" in capsys.readouterr().err
