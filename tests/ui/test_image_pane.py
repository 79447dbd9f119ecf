"""The image pane with bounding boxes, driven by mouse and keys: draw, move, resize,
relabel, delete, nudge, select, hide, zoom; each edit one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.cache import AssetStore
from datafi_desktop.ui.panes.image.tools import Tool
from datafi_desktop.ui.panes.image_pane import ImagePane

from .image_support import (
    click,
    drag,
    key,
    make_pane,
    make_task,
    move,
    open_task,
    press,
    release,
    scene_image,
)

SHIFT = Qt.KeyboardModifier.ShiftModifier
BOX = {"label": "car", "x": 100.0, "y": 80.0, "w": 120.0, "h": 90.0}


@pytest.fixture
def store(tmp_path: Path) -> AssetStore:
    return AssetStore(tmp_path / "assets")


@pytest.fixture
def pane(qtbot, app: QApplication, store: AssetStore, tmp_path: Path) -> ImagePane:
    pane = make_pane(qtbot)
    task = make_task(store, scene_image(tmp_path / "street.png"), "bounding_boxes")
    open_task(qtbot, pane, task, store, {"kind": "bounding_boxes", "boxes": [dict(BOX)]})
    return pane


def boxes(pane: ImagePane) -> list[dict]:
    return pane.body()["boxes"]


def test_draw_a_box_with_a_drag_is_one_undo_step(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    assert canvas.zoom_factor() > 1.5, "a 400×300 image is shown enlarged: exact pixels"
    key(qtbot, pane, Qt.Key.Key_B)
    assert canvas.tool is Tool.BOX
    with qtbot.waitSignal(pane.body_changed) as changed:
        drag(qtbot, canvas, (250, 40), (330, 200))
    new = {"label": "car", "x": 250.0, "y": 40.0, "w": 80.0, "h": 160.0}
    assert boxes(pane) == [BOX, new]
    assert changed.args[0]["boxes"][1] == new
    assert pane.undo_stack.count() == 1
    assert pane.undo_stack.undoText() == "Add box"
    assert canvas.selected == 1, "the new box is selected"
    assert canvas.tool is Tool.BOX, "the tool stays for the next box"
    pane.undo_stack.undo()
    assert boxes(pane) == [BOX]
    assert canvas.selected is None
    pane.undo_stack.redo()
    assert boxes(pane) == [BOX, new]


def test_drawing_backwards_and_past_the_edge_is_clamped(qtbot, pane: ImagePane) -> None:
    key(qtbot, pane, Qt.Key.Key_B)
    key(qtbot, pane, Qt.Key.Key_2)  # the active label for new boxes
    drag(qtbot, pane.canvas, (390, 290), (300, 250))
    drag(qtbot, pane.canvas, (350, 20), (420, -30))  # beyond the top-right corner
    assert boxes(pane)[1] == {"label": "person", "x": 300.0, "y": 250.0, "w": 90.0, "h": 40.0}
    assert boxes(pane)[2] == {"label": "person", "x": 350.0, "y": 0.0, "w": 50.0, "h": 20.0}


def test_a_click_in_box_mode_selects_instead_of_drawing(qtbot, pane: ImagePane) -> None:
    key(qtbot, pane, Qt.Key.Key_B)
    click(qtbot, pane.canvas, 150, 120)
    assert boxes(pane) == [BOX]
    assert pane.canvas.selected == 0
    assert pane.undo_stack.count() == 0


def test_move_a_box_previews_live_and_commits_on_release(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    press(qtbot, canvas, 150, 120)
    move(qtbot, canvas, 170, 130)
    move(qtbot, canvas, 190, 150)
    item = canvas.layer.item(0)
    assert item.rect() == QRectF(140, 110, 120, 90), "the item follows the pointer"
    assert boxes(pane) == [BOX], "nothing is committed while dragging"
    release(qtbot, canvas, 190, 150)
    assert boxes(pane) == [{**BOX, "x": 140.0, "y": 110.0}]
    assert pane.undo_stack.count() == 1
    assert pane.undo_stack.undoText() == "Move box"
    pane.undo_stack.undo()
    assert boxes(pane) == [BOX]
    assert canvas.layer.item(0).rect() == QRectF(100, 80, 120, 90)


def test_resize_by_corner_and_edge_handles(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    click(qtbot, canvas, 150, 120)
    assert len(canvas.layer.handles()) == 8
    drag(qtbot, canvas, (220, 170), (260, 200))  # bottom-right corner
    assert boxes(pane) == [{**BOX, "w": 160.0, "h": 120.0}]
    drag(qtbot, canvas, (100, 140), (60, 10))  # left edge: the y of the pointer is ignored
    assert boxes(pane) == [{**BOX, "x": 60.0, "w": 200.0, "h": 120.0}]
    assert pane.undo_stack.count() == 2
    assert pane.undo_stack.undoText() == "Resize box"
    pane.undo_stack.undo()
    assert boxes(pane) == [{**BOX, "w": 160.0, "h": 120.0}]


def test_label_hotkey_relabels_the_selection_and_sets_the_active_label(qtbot, pane: ImagePane
                                                                       ) -> None:
    canvas = pane.canvas
    key(qtbot, pane, Qt.Key.Key_3)
    assert canvas.active_label == "bicycle"
    assert boxes(pane) == [BOX], "with nothing selected a hotkey only picks the label"
    click(qtbot, canvas, 150, 120)
    key(qtbot, pane, Qt.Key.Key_2)
    assert boxes(pane)[0]["label"] == "person"
    pane.setParent(None)  # the fixture closes the pane itself
    assert canvas.active_label == "person"
    assert pane.label_bar.checked() == ["person"]
    assert pane.undo_stack.count() == 1
    pane.undo_stack.undo()
    assert boxes(pane)[0]["label"] == "car"


def test_palette_click_relabels_and_lights_the_label(qtbot, pane: ImagePane) -> None:
    assert pane.label_bar.checked() == ["car"], "the active label is lit"
    qtbot.mouseClick(pane.label_bar.chips["person"], Qt.MouseButton.LeftButton)
    assert pane.canvas.active_label == "person"
    assert pane.label_bar.checked() == ["person"]
    qtbot.mouseClick(pane.label_bar.chips["person"], Qt.MouseButton.LeftButton)
    assert pane.label_bar.checked() == ["person"], "a second click keeps it lit"
    click(qtbot, pane.canvas, 150, 120)
    assert pane.label_bar.checked() == ["car"], "a selected shape shows its own label"
    qtbot.mouseClick(pane.label_bar.chips["bicycle"], Qt.MouseButton.LeftButton)
    assert boxes(pane)[0]["label"] == "bicycle"
    assert pane.label_bar.checked() == ["bicycle"]
    assert not pane.label_bar.chips["bicycle"].hasFocus(), "the keys stay with the canvas"


def test_delete_and_backspace_remove_the_selected_box(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    key(qtbot, pane, Qt.Key.Key_Delete)
    assert boxes(pane) == [BOX], "nothing selected: nothing deleted"
    click(qtbot, canvas, 150, 120)
    key(qtbot, pane, Qt.Key.Key_Delete)
    assert boxes(pane) == []
    assert canvas.selected is None
    pane.undo_stack.undo()
    assert boxes(pane) == [BOX]
    click(qtbot, canvas, 150, 120)
    key(qtbot, pane, Qt.Key.Key_Backspace)
    assert boxes(pane) == []


def test_keyboard_only_select_nudge_and_relabel(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    second = {"label": "person", "x": 300.0, "y": 200.0, "w": 40.0, "h": 60.0}
    pane.canvas.edit_requested.emit({"kind": "bounding_boxes", "boxes": [BOX, second]},
                                    "Add", -1)
    pane.undo_stack.clear()
    key(qtbot, pane, Qt.Key.Key_Tab)
    assert canvas.selected == 0
    key(qtbot, pane, Qt.Key.Key_Tab)
    assert canvas.selected == 1
    key(qtbot, pane, Qt.Key.Key_Tab)
    assert canvas.selected == 0, "Tab wraps around"
    key(qtbot, pane, Qt.Key.Key_Backtab, SHIFT)
    assert canvas.selected == 1
    key(qtbot, pane, Qt.Key.Key_Left)
    key(qtbot, pane, Qt.Key.Key_Left)
    key(qtbot, pane, Qt.Key.Key_Down, SHIFT)
    assert boxes(pane)[1] == {**second, "x": 298.0, "y": 210.0}
    assert pane.undo_stack.count() == 1, "consecutive nudges of one box merge"
    assert pane.undo_stack.undoText() == "Nudge box"
    key(qtbot, pane, Qt.Key.Key_1)
    assert boxes(pane)[1]["label"] == "car"
    key(qtbot, pane, Qt.Key.Key_Right)
    assert pane.undo_stack.count() == 3, "a nudge after another edit is a new step"
    pane.undo_stack.undo()
    pane.undo_stack.undo()
    assert boxes(pane)[1] == {**second, "x": 298.0, "y": 210.0}
    pane.undo_stack.undo()
    assert boxes(pane)[1] == second
    assert canvas.selected == 1, "the selection survives undo"


def test_escape_cancels_then_deselects_then_returns_to_select(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    click(qtbot, canvas, 150, 120)
    key(qtbot, pane, Qt.Key.Key_B)
    assert canvas.tool is Tool.BOX
    key(qtbot, pane, Qt.Key.Key_Escape)
    assert canvas.selected is None and canvas.tool is Tool.BOX
    key(qtbot, pane, Qt.Key.Key_Escape)
    assert canvas.tool is Tool.SELECT
    key(qtbot, pane, Qt.Key.Key_B)
    key(qtbot, pane, Qt.Key.Key_V)
    assert canvas.tool is Tool.SELECT
    key(qtbot, pane, Qt.Key.Key_P)
    assert canvas.tool is Tool.SELECT, "no polygon tool in a boxes task"


def test_hide_and_show_shapes(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    second = {"label": "person", "x": 300.0, "y": 200.0, "w": 40.0, "h": 60.0}
    canvas.edit_requested.emit({"kind": "bounding_boxes", "boxes": [BOX, second]}, "Add", -1)
    key(qtbot, pane, Qt.Key.Key_H)  # nothing selected: all
    assert not canvas.layer.item(0).isVisible() and not canvas.layer.item(1).isVisible()
    click(qtbot, canvas, 150, 120)
    assert canvas.selected is None, "hidden shapes cannot be clicked"
    key(qtbot, pane, Qt.Key.Key_H)
    assert canvas.layer.item(0).isVisible() and canvas.layer.item(1).isVisible()
    key(qtbot, pane, Qt.Key.Key_Tab)
    key(qtbot, pane, Qt.Key.Key_H)  # the selected one only
    assert canvas.is_hidden(0) and not canvas.is_hidden(1)
    assert not canvas.layer.tag(0).isVisible()
    assert canvas.layer.handles() == [], "no handles on a hidden shape"
    # the eye in the list shows it again
    rect = pane.shape_list.visualItemRect(pane.shape_list.item(0))
    eye = QPoint(rect.left() + 14, rect.center().y())  # the eye sits at the left of the row
    qtbot.mouseClick(pane.shape_list.viewport(), Qt.MouseButton.LeftButton, pos=eye)
    assert not canvas.is_hidden(0)
    assert boxes(pane) == [BOX, second], "hiding is view state, never an edit"


def test_shape_list_follows_the_body_and_selects(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    assert pane.shape_list.count() == 1
    key(qtbot, pane, Qt.Key.Key_B)
    drag(qtbot, canvas, (250, 40), (330, 200))
    assert pane.shape_list.count() == 2
    assert pane.shape_list.currentRow() == 1
    rect = pane.shape_list.visualItemRect(pane.shape_list.item(0))
    qtbot.mouseClick(pane.shape_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert canvas.selected == 0
    assert pane.shapes_title.text() == "Boxes (2)"


def test_render_reuses_items(qtbot, pane: ImagePane) -> None:
    item = pane.canvas.layer.item(0)
    click(qtbot, pane.canvas, 150, 120)
    key(qtbot, pane, Qt.Key.Key_Right)
    assert pane.canvas.layer.item(0) is item
    assert item.rect().x() == 101


def test_read_only_shows_shapes_and_refuses_edits(qtbot, app, store: AssetStore,
                                                  tmp_path: Path) -> None:
    pane = make_pane(qtbot)
    task = make_task(store, scene_image(tmp_path / "ro.png"), "bounding_boxes")
    open_task(qtbot, pane, task, store, {"kind": "bounding_boxes", "boxes": [dict(BOX)]},
              read_only=True)
    canvas = pane.canvas
    assert canvas.layer.item(0).isVisible()
    drag(qtbot, canvas, (150, 120), (250, 200))
    key(qtbot, pane, Qt.Key.Key_B)
    drag(qtbot, canvas, (10, 10), (60, 60))
    key(qtbot, pane, Qt.Key.Key_Tab)
    assert canvas.selected == 0, "selecting to look is fine"
    key(qtbot, pane, Qt.Key.Key_Delete)
    key(qtbot, pane, Qt.Key.Key_2)
    assert boxes(pane) == [BOX]
    assert pane.undo_stack.count() == 0
    assert canvas.layer.item(0).rect() == QRectF(100, 80, 120, 90)
    assert "Read-only" in pane.hint.text()


def test_a_prediction_is_an_editable_starting_point(qtbot, app, store: AssetStore,
                                                    tmp_path: Path) -> None:
    from datafi_desktop.core.models import parse_task

    image = scene_image(tmp_path / "pred.png")
    plain = make_task(store, image, "bounding_boxes")
    data = plain.model_dump(mode="json")
    data["predictions"] = [{"model": "detr", "annotation": {
        "kind": "bounding_boxes", "boxes": [dict(BOX)]}}]
    task = parse_task(data)
    pane = make_pane(qtbot)
    open_task(qtbot, pane, task, store)
    assert pane.current is not None and pane.current.source == "prediction"
    assert len(pane.canvas.layer) == 1
    drag(qtbot, pane.canvas, (150, 120), (160, 120))
    assert boxes(pane) == [{**BOX, "x": 110.0}]


def test_the_pane_says_when_it_is_drawn_and_what_blocks_submitting(qtbot, app, store,
                                                                   tmp_path: Path) -> None:
    pane = make_pane(qtbot)
    task = make_task(store, scene_image(tmp_path / "p.png"), "polygons", task_id="t-9")
    assert ImagePane.draws_async
    with qtbot.waitSignal(pane.shown, timeout=20_000):
        open_task(qtbot, pane, task, store, {"kind": "polygons", "polygons": []}, wait=False)
    assert pane.problems(pane.body()) == []
    key(qtbot, pane, Qt.Key.Key_P)
    click(qtbot, pane.canvas, 10, 10)
    assert "Close the polygon" in pane.problems(pane.body())[0]
    key(qtbot, pane, Qt.Key.Key_Escape)
    assert pane.problems(pane.body()) == []


def test_a_sliver_from_a_sloppy_click_is_not_a_box(qtbot, pane: ImagePane) -> None:
    key(qtbot, pane, Qt.Key.Key_B)
    drag(qtbot, pane.canvas, (300, 250), (330, 251))  # 30 px wide, 1 px high
    assert boxes(pane) == [BOX]
    assert pane.undo_stack.count() == 0


def test_the_next_task_keeps_the_tool_and_the_label(qtbot, pane: ImagePane, store: AssetStore,
                                                     tmp_path: Path) -> None:
    key(qtbot, pane, Qt.Key.Key_B)
    key(qtbot, pane, Qt.Key.Key_3)
    task = make_task(store, scene_image(tmp_path / "next.png", (200, 100)), "bounding_boxes",
                     task_id="t-2")
    open_task(qtbot, pane, task, store, {"kind": "bounding_boxes", "boxes": []})
    assert pane.canvas.tool is Tool.BOX and pane.canvas.active_label == "bicycle"
    assert pane.label_bar.checked() == ["bicycle"]
    assert pane.canvas.image_size == (200, 100)
    key(qtbot, pane, Qt.Key.Key_0)
    assert pane.canvas.zoom_factor() == pytest.approx(1.0), "100 % even for a small image"
    drag(qtbot, pane.canvas, (20, 20), (60, 50))
    assert boxes(pane) == [{"label": "bicycle", "x": 20, "y": 20, "w": 40, "h": 30}]


def test_a_malformed_prediction_is_listed_not_drawn_and_can_be_deleted(qtbot, app, store,
                                                                       tmp_path: Path) -> None:
    pane = make_pane(qtbot)
    task = make_task(store, scene_image(tmp_path / "bad.png"), "bounding_boxes", task_id="t-5")
    broken = {"label": "car", "x": "ten", "y": 5, "w": 30, "h": 20}
    body = {"kind": "bounding_boxes", "boxes": [dict(BOX), broken, 7]}
    open_task(qtbot, pane, task, store, body)
    canvas = pane.canvas
    assert canvas.broken == {1, 2}
    assert canvas.layer.item(0).isVisible() and not canvas.layer.item(1).isVisible()
    assert pane.shape_list.count() == 3
    assert pane.problems(pane.body()) == [
        "Malformed box data (#2, #3): select and delete it"]
    key(qtbot, pane, Qt.Key.Key_B)
    drag(qtbot, canvas, (250, 40), (330, 200))  # drawing still works beside them
    assert len(boxes(pane)) == 4
    key(qtbot, pane, Qt.Key.Key_Escape)
    key(qtbot, pane, Qt.Key.Key_Escape)
    key(qtbot, pane, Qt.Key.Key_Tab)
    key(qtbot, pane, Qt.Key.Key_Tab)
    assert canvas.selected == 1
    with qtbot.waitSignal(pane.message) as said:
        key(qtbot, pane, Qt.Key.Key_Right)
    assert "malformed" in said.args[0]
    key(qtbot, pane, Qt.Key.Key_Delete)
    key(qtbot, pane, Qt.Key.Key_Tab)
    key(qtbot, pane, Qt.Key.Key_Tab)
    key(qtbot, pane, Qt.Key.Key_Delete)
    assert boxes(pane) == [BOX, {"label": "car", "x": 250.0, "y": 40.0, "w": 80.0, "h": 160.0}]
    assert canvas.broken == set() and pane.problems(pane.body()) == []
