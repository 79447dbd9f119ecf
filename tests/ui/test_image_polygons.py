"""Polygons in the image pane: trace by clicks, close, cancel, drag and insert and delete
vertices, move a whole polygon; each edit one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.cache import AssetStore
from datafi_desktop.ui.panes.image.tools import Tool
from datafi_desktop.ui.panes.image_pane import ImagePane

from .image_support import (
    click,
    double_click,
    drag,
    key,
    make_pane,
    make_task,
    move,
    open_task,
    scene_image,
)

SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
SQUARE = {"label": "car", "points": [[100.0, 100.0], [200.0, 100.0], [200.0, 200.0],
                                     [100.0, 200.0]]}


@pytest.fixture
def store(tmp_path: Path) -> AssetStore:
    return AssetStore(tmp_path / "assets")


@pytest.fixture
def pane(qtbot, app: QApplication, store: AssetStore, tmp_path: Path) -> ImagePane:
    pane = make_pane(qtbot)
    task = make_task(store, scene_image(tmp_path / "fruit.png"), "polygons")
    open_task(qtbot, pane, task, store, {"kind": "polygons", "polygons": [SQUARE]})
    return pane


def polygons(pane: ImagePane) -> list[dict]:
    return pane.body()["polygons"]


def points(pane: ImagePane, index: int = 0) -> list[list[float]]:
    return polygons(pane)[index]["points"]


def test_trace_a_polygon_and_close_it_on_the_first_point(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    key(qtbot, pane, Qt.Key.Key_P)
    key(qtbot, pane, Qt.Key.Key_2)
    assert canvas.tool is Tool.POLYGON
    for x, y in ((250, 50), (350, 60), (330, 150)):
        click(qtbot, canvas, x, y)
        move(qtbot, canvas, x + 5, y + 5)
    assert canvas.draft is not None and len(canvas.draft.points) == 3
    assert len(polygons(pane)) == 1, "nothing is committed while tracing"
    click(qtbot, canvas, 251, 51)  # on the first point
    assert canvas.draft is None
    assert polygons(pane)[1] == {"label": "person",
                                 "points": [[250.0, 50.0], [350.0, 60.0], [330.0, 150.0]]}
    assert pane.undo_stack.count() == 1 and pane.undo_stack.undoText() == "Add polygon"
    assert canvas.selected == 1
    pane.undo_stack.undo()
    assert len(polygons(pane)) == 1


def test_enter_and_double_click_close_escape_cancels(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    key(qtbot, pane, Qt.Key.Key_P)
    for x, y in ((250, 50), (350, 60), (330, 150), (260, 140)):
        click(qtbot, canvas, x, y)
    key(qtbot, pane, Qt.Key.Key_Return)
    assert points(pane, 1) == [[250, 50], [350, 60], [330, 150], [260, 140]]
    for x, y in ((20, 220), (80, 220)):
        click(qtbot, canvas, x, y)
    key(qtbot, pane, Qt.Key.Key_Escape)
    assert canvas.draft is None and len(polygons(pane)) == 2
    assert canvas.tool is Tool.POLYGON, "the first Escape only drops the tracing"
    click(qtbot, canvas, 20, 220)
    click(qtbot, canvas, 80, 220)
    double_click(qtbot, canvas, 50, 280)
    assert points(pane, 2) == [[20, 220], [80, 220], [50, 280]]
    assert pane.undo_stack.count() == 2


def test_backspace_removes_the_last_traced_point(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    key(qtbot, pane, Qt.Key.Key_P)
    for x, y in ((250, 50), (350, 60), (390, 290)):
        click(qtbot, canvas, x, y)
    key(qtbot, pane, Qt.Key.Key_Backspace)
    assert canvas.draft is not None and len(canvas.draft.points) == 2
    assert len(polygons(pane)) == 1, "Backspace while tracing never deletes a shape"
    click(qtbot, canvas, 330, 150)
    key(qtbot, pane, Qt.Key.Key_Enter)
    assert points(pane, 1) == [[250, 50], [350, 60], [330, 150]]


def test_too_few_points_say_so(qtbot, pane: ImagePane) -> None:
    key(qtbot, pane, Qt.Key.Key_P)
    click(qtbot, pane.canvas, 250, 50)
    click(qtbot, pane.canvas, 350, 60)
    with qtbot.waitSignal(pane.message) as said:
        key(qtbot, pane, Qt.Key.Key_Return)
    assert "three" in said.args[0]
    assert len(polygons(pane)) == 1


def test_drag_a_vertex_is_one_step(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    click(qtbot, canvas, 150, 150)
    assert len(canvas.layer.handles()) == 4
    drag(qtbot, canvas, (200, 200), (240, 260))
    assert points(pane) == [[100, 100], [200, 100], [240, 260], [100, 200]]
    assert canvas.vertex == 2
    assert pane.undo_stack.count() == 1 and pane.undo_stack.undoText() == "Move vertex"
    pane.undo_stack.undo()
    assert points(pane) == SQUARE["points"]


def test_insert_a_vertex_by_alt_click_and_double_click(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    click(qtbot, canvas, 150, 150)
    click(qtbot, canvas, 150, 100, ALT)  # on the top edge
    assert points(pane) == [[100, 100], [150, 100], [200, 100], [200, 200], [100, 200]]
    assert pane.undo_stack.undoText() == "Insert vertex"
    double_click(qtbot, canvas, 200, 160)  # on the right edge
    assert len(points(pane)) == 6
    assert [200, 160] in points(pane)
    assert pane.undo_stack.count() == 2
    # Alt + drag inserts and drags in one step
    drag(qtbot, canvas, (100, 150), (60, 150), ALT)
    assert [60, 150] in points(pane) and len(points(pane)) == 7
    assert pane.undo_stack.count() == 3


def test_delete_a_vertex_by_shift_click_and_by_delete(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    five = {"label": "car", "points": [[100, 100], [200, 100], [250, 150], [200, 200],
                                       [100, 200]]}
    canvas.edit_requested.emit({"kind": "polygons", "polygons": [five]}, "Set", -1)
    pane.undo_stack.clear()
    click(qtbot, canvas, 150, 150)
    click(qtbot, canvas, 250, 150, SHIFT)
    assert points(pane) == [[100, 100], [200, 100], [200, 200], [100, 200]]
    click(qtbot, canvas, 200, 200)  # select the vertex
    assert canvas.vertex == 2
    key(qtbot, pane, Qt.Key.Key_Delete)
    assert points(pane) == [[100, 100], [200, 100], [100, 200]]
    assert pane.undo_stack.count() == 2
    click(qtbot, canvas, 100, 200)
    with qtbot.waitSignal(pane.message) as said:
        key(qtbot, pane, Qt.Key.Key_Delete)
    assert "three vertices" in said.args[0]
    assert len(points(pane)) == 3
    key(qtbot, pane, Qt.Key.Key_Escape)  # drop the vertex: Delete removes the polygon
    assert canvas.vertex is None and canvas.selected == 0
    key(qtbot, pane, Qt.Key.Key_Delete)
    assert polygons(pane) == []


def test_move_a_whole_polygon_and_nudge_a_vertex(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    drag(qtbot, canvas, (150, 150), (170, 130))
    assert points(pane) == [[120, 80], [220, 80], [220, 180], [120, 180]]
    assert pane.undo_stack.undoText() == "Move polygon"
    key(qtbot, pane, Qt.Key.Key_Up, SHIFT)
    assert points(pane)[0] == [120, 70]
    click(qtbot, canvas, 220, 170)
    assert canvas.vertex == 2
    key(qtbot, pane, Qt.Key.Key_Right)
    key(qtbot, pane, Qt.Key.Key_Right)
    assert points(pane) == [[120, 70], [220, 70], [222, 170], [120, 170]]
    assert pane.undo_stack.count() == 3
    assert pane.undo_stack.undoText() == "Nudge vertex"


def test_a_polygon_cannot_leave_the_image(qtbot, pane: ImagePane) -> None:
    drag(qtbot, pane.canvas, (150, 150), (600, 150))
    assert max(p[0] for p in points(pane)) == 400, "stopped at the right edge, not deformed"
    assert points(pane)[0] == [300, 100]


def test_a_label_key_while_tracing_recolours_the_polygon(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    key(qtbot, pane, Qt.Key.Key_P)
    click(qtbot, canvas, 250, 50)
    click(qtbot, canvas, 350, 60)
    key(qtbot, pane, Qt.Key.Key_3)
    assert canvas.draft is not None
    assert canvas.draft.color.name().upper() == "#76B7B2"
    click(qtbot, canvas, 330, 150)
    key(qtbot, pane, Qt.Key.Key_Return)
    assert polygons(pane)[1]["label"] == "bicycle"
