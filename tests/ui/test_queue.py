"""The task queue: the model over the cache, the filters with counts, keyboard navigation."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from datafi_desktop.core.cache import Cache
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.queue_model import KIND_ROLE, STATE_ROLE, UID_ROLE, TaskQueueModel
from datafi_desktop.ui.queue_page import QueuePage
from datafi_desktop.ui.session import Session

DEMO = "demo"


def page_of(window: MainWindow) -> QueuePage:
    page = window.pages["tasks"]
    assert isinstance(page, QueuePage)
    return page


def visible(page: QueuePage, role: int) -> list[object]:
    proxy = page.proxy
    return [proxy.index(r, 0).data(role) for r in range(proxy.rowCount())]


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_model_lists_every_demo_task(session: Session, demo_cache: Cache) -> None:
    model = TaskQueueModel(demo_cache)
    model.set_filter(DEMO)
    total = sum(demo_cache.tasks.counts(DEMO).values())
    assert total > 0
    assert model.rowCount() == total
    assert model.columnCount() == 4
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    first = demo_cache.tasks.task_summaries(DEMO, limit=1)[0]
    assert model.index(0, TaskQueueModel.COL_POSITION).data() == first.position
    assert model.index(0, 0).data(UID_ROLE) == first.uid
    assert model.index(0, TaskQueueModel.COL_STATE).data() == "New"
    assert model.index(0, TaskQueueModel.COL_KIND).data(Qt.ItemDataRole.DecorationRole) \
        is not None
    assert model.data(QModelIndex()) is None
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == \
        ["#", "Kind", "State", "Preview"]


def test_queue_shows_demo_count_and_progress(window: MainWindow, demo_cache: Cache) -> None:
    page = page_of(window)
    total = sum(demo_cache.tasks.counts(DEMO).values())
    assert page.proxy.rowCount() == total
    assert page.progress.text() == f"0 of {total} done"
    assert page.count_label.text() == f"{total} of {total} tasks shown"
    assert page.campaign_label.text() == demo_cache.tasks.get_campaign(DEMO).name
    assert page.state_combo.currentText() == f"All states ({total})"
    assert page.kind_combo.currentText() == f"All kinds ({total})"


def test_kind_filter_changes_rows_and_shows_counts(qtbot, window: MainWindow,
                                                   demo_cache: Cache) -> None:
    page = page_of(window)
    kinds = demo_cache.tasks.kind_counts(DEMO)
    assert "Bounding boxes ({})".format(kinds["bounding_boxes"]) in combo_texts(page.kind_combo)
    page.kind_combo.setFocus()
    # choose with the keyboard: the combo box is a normal focusable control
    target = page.kind_combo.findData("polygons")
    while page.kind_combo.currentIndex() != target:
        key = Qt.Key.Key_Down if page.kind_combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(page.kind_combo, key)
    assert page.proxy.rowCount() == kinds["polygons"]
    assert set(visible(page, KIND_ROLE)) == {"polygons"}
    assert page.count_label.text().startswith(f"{kinds['polygons']} of ")
    page.set_kind_filter("all")
    assert page.proxy.rowCount() == sum(kinds.values())


def test_state_filter_follows_cache_changes(qtbot, window: MainWindow, session: Session,
                                            demo_cache: Cache) -> None:
    page = page_of(window)
    total = sum(demo_cache.tasks.counts(DEMO).values())
    uids = [s.uid for s in demo_cache.tasks.task_summaries(DEMO, limit=3)]
    demo_cache.tasks.set_skipped(uids[0])
    demo_cache.tasks.save_draft(uids[1], {"kind": "text_classification", "labels": []})
    session.notify_tasks()
    assert "Skipped (1)" in combo_texts(page.state_combo)
    assert "Draft (1)" in combo_texts(page.state_combo)
    assert f"To do ({total})" in combo_texts(page.state_combo)
    page.set_state_filter("skipped")
    assert visible(page, UID_ROLE) == [uids[0]]
    assert visible(page, STATE_ROLE) == ["skipped"]
    page.set_state_filter("draft")
    assert visible(page, UID_ROLE) == [uids[1]]
    page.set_state_filter("new")
    assert page.proxy.rowCount() == total - 2
    page.set_state_filter("todo")
    assert page.proxy.rowCount() == total
    # combined with a kind filter; each combo counts what its choices would leave
    page.set_state_filter("skipped")
    skipped_kind = demo_cache.tasks.get_task(uids[0]).task.kind.value
    kinds = demo_cache.tasks.kind_counts(DEMO)
    names = {"text_classification": "Text classification", "comparison": "Comparison (A/B)"}
    assert f"{names[skipped_kind]} (1)" in combo_texts(page.kind_combo)
    assert "Comparison (A/B) (0)" in combo_texts(page.kind_combo)
    assert "All kinds (1)" in combo_texts(page.kind_combo)
    page.set_kind_filter("comparison")
    assert page.proxy.rowCount() == 0
    assert f"All states ({kinds['comparison']})" in combo_texts(page.state_combo)
    assert "Skipped (0)" in combo_texts(page.state_combo)
    assert window.editor.row is None  # nothing selected, nothing in the editor
    qtbot.keyClick(window, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.proxy.rowCount() == total


def test_progress_counts_submitted_work(window: MainWindow, session: Session,
                                        demo_cache: Cache, wallet) -> None:
    from .conftest import PASSWORD

    created = wallet.create(PASSWORD)
    wallet.unlock(created.address, PASSWORD)
    task = next(s for s in demo_cache.tasks.task_summaries(DEMO) if s.kind == "text_classification")
    labels = demo_cache.tasks.get_task(task.uid).task.config.label_names
    demo_cache.submissions.submit(task.uid, {"kind": "text_classification", "labels": [labels[0]]},
                                  wallet.signer())
    session.notify_tasks()
    page = page_of(window)
    total = sum(demo_cache.tasks.counts(DEMO).values())
    assert page.progress.text() == f"1 of {total} done"
    assert "Queued (1)" in combo_texts(page.state_combo)
    assert f"To do ({total - 1})" in combo_texts(page.state_combo)


def test_text_filter(qtbot, window: MainWindow, demo_cache: Cache) -> None:
    page = page_of(window)
    needle = "egg"
    expected = [s.uid for s in demo_cache.tasks.task_summaries(DEMO)
                if needle in " ".join(s.preview.split()).lower()]
    assert expected
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, needle)
    assert sorted(visible(page, UID_ROLE)) == sorted(expected)
    assert page.current_uid in expected


def test_keyboard_navigation_drives_the_preview(qtbot, window: MainWindow,
                                                demo_cache: Cache) -> None:
    page = page_of(window)
    summaries = demo_cache.tasks.task_summaries(DEMO)
    assert page.current_uid == summaries[0].uid  # the first task is selected at start
    changes: list[int] = []
    page.current_task_changed.connect(changes.append)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.current_uid == summaries[1].uid
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.current_uid == summaries[2].uid
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.current_uid == summaries[1].uid
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.current_uid == summaries[-1].uid
    assert changes == [summaries[1].uid, summaries[2].uid, summaries[1].uid, summaries[-1].uid]
    assert window.editor.row is not None and window.editor.uid == summaries[-1].uid


def test_selection_survives_refresh(window: MainWindow, session: Session,
                                    demo_cache: Cache) -> None:
    page = page_of(window)
    target = demo_cache.tasks.task_summaries(DEMO)[5].uid
    assert page.select_task(target)
    session.notify_tasks()
    assert page.current_uid == target
    assert page.table.currentIndex().data(UID_ROLE) == target


def test_sorting_by_column(qtbot, window: MainWindow, demo_cache: Cache) -> None:
    page = page_of(window)
    page.table.sortByColumn(TaskQueueModel.COL_POSITION, Qt.SortOrder.DescendingOrder)
    positions = visible(page, Qt.ItemDataRole.DisplayRole)
    assert positions == sorted(positions, reverse=True)


def test_sorting_keeps_the_current_task_selected(qtbot, window: MainWindow,
                                                demo_cache: Cache) -> None:
    """The order comes from SQL; the selected row must still be the task the editor
    shows, not whichever task moved into its old row."""
    page = page_of(window)
    target = demo_cache.tasks.task_summaries(DEMO)[15].uid
    assert page.select_task(target)
    page.table.sortByColumn(TaskQueueModel.COL_STATE, Qt.SortOrder.DescendingOrder)
    assert page.table.currentIndex().data(UID_ROLE) == target
    assert page.current_uid == target
    page.table.sortByColumn(TaskQueueModel.COL_POSITION, Qt.SortOrder.AscendingOrder)
    assert page.table.currentIndex().data(UID_ROLE) == target
