"""The app's window builds only its first page before the first paint; the editor,
the other pages and their menus follow, or come when asked for (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.pages import PAGE_SPECS, default_page_types
from datafi_desktop.ui.queue_page import QueuePage
from datafi_desktop.ui.rewards_page import RewardsPage
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.worker import background_pool


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def view_actions(window: MainWindow) -> list[str]:
    return [a.text() for a in window.view_menu.actions() if not a.isSeparator()]


@pytest.fixture
def lazy(qtbot, session: Session) -> Iterator[MainWindow]:
    win = MainWindow(session, lazy=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    background_pool().waitForDone(10_000)
    win.close()


def test_the_page_specs_match_the_page_classes() -> None:
    classes = default_page_types()
    assert [spec.page_id for spec in PAGE_SPECS] == [c.page_id for c in classes]
    for spec, page_type in zip(PAGE_SPECS, classes, strict=True):
        assert (spec.title, spec.icon_name, spec.order, spec.shortcut) == (
            page_type.title, page_type.icon_name, page_type.order, page_type.shortcut)
        assert spec.load() is page_type


def test_before_it_finishes_only_the_queue_is_built(lazy: MainWindow) -> None:
    assert list(lazy.pages) == ["tasks"]
    assert isinstance(lazy.current_page, QueuePage)
    # every page is listed, in order, in the navigation and the View menu
    assert nav_titles(lazy) == ["Tasks", "Review", "Rewards", "Wallet"]
    assert view_actions(lazy)[:4] == ["Tasks", "Review", "Rewards", "Wallet"]
    assert lazy.editor is None and not lazy.finished_starting
    queue = lazy.pages["tasks"]
    assert isinstance(queue, QueuePage) and queue.model.rowCount() > 0  # the queue is there


def test_finishing_builds_the_same_window_as_at_once(qtbot, lazy: MainWindow,
                                                     window: MainWindow) -> None:
    with qtbot.waitSignal(lazy.startup_finished, timeout=20_000):
        lazy.finish_startup()
    assert lazy.finished_starting
    assert set(lazy.pages) == set(window.pages)
    assert nav_titles(lazy) == nav_titles(window)
    assert menu_titles(lazy) == menu_titles(window)
    assert view_actions(lazy) == view_actions(window)
    assert lazy.editor is not None and lazy.quality is not None
    assert sorted(lazy.shortcut_table()) == sorted(window.shortcut_table())
    # the editor opened a task (the first to do: this profile remembers no place)
    qtbot.waitUntil(lambda: lazy.editor.uid is not None and lazy.editor.uid >= 0,
                    timeout=5000)
    lazy.finish_startup()  # a second call changes nothing
    assert menu_titles(lazy) == menu_titles(window)


def test_a_page_asked_for_first_is_built_then(qtbot, lazy: MainWindow) -> None:
    lazy.show_page("rewards")  # Ctrl+3 before the rest was built
    assert isinstance(lazy.current_page, RewardsPage)
    assert set(lazy.pages) == {"tasks", "rewards"}
    assert lazy.findChild(type(lazy.menuBar().actions()[0].menu()), "menuRewards") is not None
    # clicking a page in the navigation builds it too
    lazy.nav.setCurrentRow(3)
    assert lazy.current_page is lazy.pages["wallet"]
    with qtbot.waitSignal(lazy.startup_finished, timeout=20_000):
        lazy.finish_startup()
    # the menus still follow the navigation's order although Rewards was built first
    menus = [m for m in menu_titles(lazy) if m in ("Re&view", "&Rewards", "&Wallet")]
    assert menus == ["Re&view", "&Rewards", "&Wallet"]


def test_the_place_is_restored_after_the_paint(qtbot, lazy: MainWindow) -> None:
    with qtbot.waitSignal(lazy.startup_finished, timeout=20_000):
        lazy.finish_startup()
    session = lazy.session
    uid = session.cache.tasks.find_task(session.campaign_id, "text-spans-003").uid
    lazy.pages["tasks"].set_current_task(uid)
    background_pool().waitForDone(10_000)
    lazy.close()  # remembers the place; the session ends with the window
    again = MainWindow(Session(session.profile, session.cache, session.wallet), lazy=True)
    qtbot.addWidget(again)
    try:
        assert again.pages["tasks"].current_uid != uid  # not yet: after the paint
        again.finish_startup()
        assert again.pages["tasks"].current_uid == uid
        qtbot.waitUntil(lambda: again.editor.header.task_id.text() == "text-spans-003",
                        timeout=5000)
    finally:
        background_pool().waitForDone(10_000)
        again.close()


def test_a_window_closed_before_it_finished_builds_nothing_more(qtbot, lazy: MainWindow
                                                              ) -> None:
    lazy.close()  # the session stops with it
    lazy.finish_startup()
    assert list(lazy.pages) == ["tasks"] and lazy.editor is None
