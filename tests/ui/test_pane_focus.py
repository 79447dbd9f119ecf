"""Tool keys work right after a click on a tool-bar button (issue 12, item 7): the
focus goes back to the canvas, and the pane's shortcuts work whichever of its children
has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QToolButton

from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.panes.image.tools import Tool
from datafi_desktop.ui.panes.image_pane import ImagePane

from .editor_support import click_row, editor_of, key


def button_for(pane: ImagePane, action: QAction) -> QToolButton:
    for button in pane.findChildren(QToolButton):
        if button.defaultAction() is action:
            return button
    raise AssertionError(f"no tool button for {action.objectName()}")


def image_pane(window: MainWindow) -> ImagePane:
    pane = editor_of(window).pane
    assert isinstance(pane, ImagePane)
    return pane


def test_zoom_buttons_give_the_keys_back_to_the_canvas(qtbot, window: MainWindow) -> None:
    click_row(qtbot, window, "img-boxes-002")  # the click leaves the focus in the queue
    pane = image_pane(window)
    acts = pane.canvas_actions
    for action in (acts.actual, acts.zoom_out, acts.fit, acts.zoom_in):
        qtbot.mouseClick(button_for(pane, action), Qt.MouseButton.LeftButton)
        assert QApplication.focusWidget() is pane.canvas, action.objectName()
    key(qtbot, window, Qt.Key.Key_B)
    assert pane.canvas.tool is Tool.BOX
    qtbot.mouseClick(button_for(pane, acts.actual), Qt.MouseButton.LeftButton)
    key(qtbot, window, Qt.Key.Key_V)
    assert pane.canvas.tool is Tool.SELECT


def test_polygon_key_after_a_zoom_button_adds_no_point(qtbot, window: MainWindow) -> None:
    editor = editor_of(window)
    click_row(qtbot, window, "img-poly-001")
    pane = image_pane(window)
    before = editor.body()
    qtbot.mouseClick(button_for(pane, pane.canvas_actions.fit), Qt.MouseButton.LeftButton)
    key(qtbot, window, Qt.Key.Key_P)
    assert pane.canvas.tool is Tool.POLYGON
    assert pane.canvas.draft is None and editor.body() == before


def test_pane_keys_work_from_a_label_chip(qtbot, window: MainWindow) -> None:
    click_row(qtbot, window, "img-boxes-002")
    pane = image_pane(window)
    chip = next(iter(pane.label_bar.chips.values()))
    chip.setFocus(Qt.FocusReason.TabFocusReason)  # Tab reaches the chips
    assert QApplication.focusWidget() is chip
    key(qtbot, window, Qt.Key.Key_B)
    assert pane.canvas.tool is Tool.BOX
    qtbot.mouseClick(button_for(pane, pane.canvas_actions.select_tool),
                     Qt.MouseButton.LeftButton)
    assert pane.canvas.tool is Tool.SELECT and QApplication.focusWidget() is pane.canvas
