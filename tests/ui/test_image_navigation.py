"""Zoom, pan and the keyboard in the image pane: keys, wheel, middle and Space drags,
fit and 100 %, and shortcuts that stay inside the pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from datafi_desktop.core.cache import AssetStore
from datafi_desktop.ui.panes.image.tools import Tool
from datafi_desktop.ui.panes.image_pane import ImagePane

from .image_support import click, key, make_pane, make_task, open_task, press, scene_image, vp

BOX = {"label": "car", "x": 100.0, "y": 80.0, "w": 120.0, "h": 90.0}


@pytest.fixture
def pane(qtbot, app: QApplication, tmp_path: Path) -> ImagePane:
    store = AssetStore(tmp_path / "assets")
    pane = make_pane(qtbot)
    task = make_task(store, scene_image(tmp_path / "street.png"), "bounding_boxes")
    open_task(qtbot, pane, task, store, {"kind": "bounding_boxes", "boxes": [dict(BOX)]})
    return pane


def boxes(pane: ImagePane) -> list[dict]:
    return pane.body()["boxes"]



def test_arrows_scroll_when_nothing_is_selected(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    canvas.set_zoom(6.0)
    before = canvas.horizontalScrollBar().value()
    key(qtbot, pane, Qt.Key.Key_Right)
    assert canvas.horizontalScrollBar().value() > before
    assert boxes(pane) == [BOX]
    assert pane.undo_stack.count() == 0


def test_zoom_keys_fit_and_actual_size(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    fit = canvas.zoom_factor()
    port = canvas.viewport().rect()
    shown = canvas.mapFromScene(canvas.sceneRect()).boundingRect()
    assert port.contains(shown)
    assert shown.width() >= port.width() - 4 or shown.height() >= port.height() - 4
    key(qtbot, pane, Qt.Key.Key_Equal)
    assert canvas.zoom_factor() == pytest.approx(fit * 1.25)
    key(qtbot, pane, Qt.Key.Key_Minus)
    key(qtbot, pane, Qt.Key.Key_Minus)
    assert canvas.zoom_factor() == pytest.approx(fit / 1.25)
    key(qtbot, pane, Qt.Key.Key_0)
    assert canvas.zoom_factor() == pytest.approx(1.0)
    assert pane.zoom_label.text() == "100 %"
    key(qtbot, pane, Qt.Key.Key_F)
    assert canvas.zoom_factor() == pytest.approx(fit)
    assert canvas.fit_mode


def test_wheel_zooms_under_the_pointer(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    canvas.set_zoom(4.0)
    at = vp(canvas, 150, 120)
    before = canvas.mapToScene(at)
    event = QWheelEvent(QPointF(at), QPointF(canvas.viewport().mapToGlobal(at)), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas.viewport(), event)
    assert canvas.zoom_factor() > 4.0
    after = canvas.mapToScene(at)
    assert abs(after.x() - before.x()) < 1 and abs(after.y() - before.y()) < 1


def test_middle_drag_pans(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    canvas.set_zoom(6.0)
    h = canvas.horizontalScrollBar().value()
    press(qtbot, canvas, 200, 150, button=Qt.MouseButton.MiddleButton)
    start = vp(canvas, 200, 150)
    qtbot.mouseMove(canvas.viewport(), start - QPoint(120, 0))
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.MiddleButton, pos=start - QPoint(120, 0))
    assert canvas.horizontalScrollBar().value() != h
    assert boxes(pane) == [BOX] and pane.undo_stack.count() == 0


def test_actions_carry_shortcuts_for_the_menus(pane: ImagePane) -> None:
    shortcuts = {a.text(): [s.toString() for s in a.shortcuts()] for a in pane.actions()}
    assert shortcuts["Draw boxes"] == ["B"]
    assert shortcuts["Zoom in"][0] == "="
    assert shortcuts["Fit the image in the view"] == ["F"]
    assert shortcuts["Label: car"] == ["1"]
    assert "Draw polygons" not in shortcuts
    assert all(a.shortcuts() for a in pane.actions())
    assert all(a.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
               for a in pane.actions())


def test_space_drag_pans_but_ctrl_space_stays_a_window_shortcut(qtbot, pane: ImagePane) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    canvas = pane.canvas
    canvas.set_zoom(6.0)
    skip = QAction("Skip", pane.window())
    skip.setShortcut(QKeySequence("Ctrl+Space"))
    pane.window().addAction(skip)
    with qtbot.waitSignal(skip.triggered):
        qtbot.keyClick(canvas, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    h = canvas.horizontalScrollBar().value()
    qtbot.keyPress(canvas, Qt.Key.Key_Space)
    start = vp(canvas, 200, 150)
    press(qtbot, canvas, 200, 150)
    qtbot.mouseMove(canvas.viewport(), start + QPoint(80, 0))
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(80, 0))
    qtbot.keyRelease(canvas, Qt.Key.Key_Space)
    assert canvas.horizontalScrollBar().value() < h, "dragging right shows what is left"
    assert boxes(pane) == [BOX] and pane.undo_stack.count() == 0


def test_label_keys_stay_in_the_pane(qtbot, pane: ImagePane) -> None:
    """Typing a digit elsewhere in the window (a reason field, a search box) edits nothing,
    even when the editor lists the pane's actions in a menu."""
    from PySide6.QtWidgets import QLineEdit, QMenu, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    field = QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(pane)
    menu = QMenu(window)
    menu.addActions(pane.actions())
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    click(qtbot, pane.canvas, 150, 120)
    assert pane.canvas.selected == 0
    field.setFocus()
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, "2b")
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "2b"
    assert boxes(pane) == [BOX] and pane.canvas.tool is Tool.SELECT
    pane.focus_default()
    assert QApplication.focusWidget() is pane.canvas
    key(qtbot, pane, Qt.Key.Key_2)
    assert boxes(pane)[0]["label"] == "person"
    pane.setParent(None)  # the fixture closes the pane itself


def test_holding_a_key_repeats_moves_but_never_deletes(pane: ImagePane) -> None:
    acts = pane.canvas_actions
    assert acts.nudges[0].autoRepeat() and acts.zoom_in.autoRepeat()
    assert acts.next_shape.autoRepeat()
    assert not acts.delete.autoRepeat() and not acts.box_tool.autoRepeat()
    assert not any(a.autoRepeat() for a in pane.label_actions)
    names = {a.objectName() for a in pane.actions()}
    assert {"actionImageDrawBoxes", "actionImageNudgeLeft10Px", "actionImageLabel:car"} <= names


def test_label_actions_follow_the_task(qtbot, pane: ImagePane, tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "assets2")
    old = {a.text() for a in pane.label_actions}
    assert old == {"Label: car", "Label: person", "Label: bicycle"}
    task = make_task(store, scene_image(tmp_path / "fruit.png"), "polygons", task_id="t-7",
                     labels=["apple", "pear"])
    open_task(qtbot, pane, task, store, {"kind": "polygons", "polygons": []})
    texts = [a.text() for a in pane.actions()]
    assert "Label: apple" in texts and "Label: car" not in texts
    assert "Draw polygons" in texts and "Draw boxes" not in texts
    assert not old & set(texts)
    on_widget = {a.text() for a in QWidget.actions(pane)}  # what can fire a shortcut
    assert "Label: apple" in on_widget and not old & on_widget, "the old label keys are gone"
    key(qtbot, pane, Qt.Key.Key_2)
    assert pane.canvas.active_label == "pear"
