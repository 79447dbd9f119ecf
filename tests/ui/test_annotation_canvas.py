"""The canvas on its own, as the collection pane reuses it: pixels decoded already, a host
that applies (or refuses) the bodies the canvas asks for, and undo in the middle of a drag."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.images import load_image
from datafi_desktop.ui.panes.image.canvas import AnnotationCanvas
from datafi_desktop.ui.panes.image.tools import Tool

from .image_support import drag, move, press, release, scene_image

COLORS = {"tree": "#59A14F", "bench": "#9C755F"}


class Host:
    """The smallest host: keeps the body, applies or refuses each edit."""

    def __init__(self, canvas: AnnotationCanvas, accept: bool = True) -> None:
        self.canvas, self.accept = canvas, accept
        self.history: list[tuple[str, int]] = []
        canvas.edit_requested.connect(self.on_edit)

    def on_edit(self, body: dict[str, Any], text: str, merge_id: int) -> None:
        self.history.append((text, merge_id))
        if self.accept:
            self.canvas.set_body(body)


def make_canvas(qtbot, tmp_path: Path, kind: str = "bounding_boxes") -> AnnotationCanvas:
    canvas = AnnotationCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    with qtbot.waitExposed(canvas):
        canvas.show()
    canvas.configure(kind, COLORS)
    decoded = load_image(scene_image(tmp_path / "photo.png"))
    with qtbot.waitSignal(canvas.image_ready):
        canvas.set_decoded(decoded)
    collection = "boxes" if kind == "bounding_boxes" else "polygons"
    canvas.set_body({"kind": kind, collection: []})
    canvas.setFocus()
    return canvas


def test_decoded_pixels_and_a_host_that_applies_edits(qtbot, app: QApplication,
                                                      tmp_path: Path) -> None:
    canvas = make_canvas(qtbot, tmp_path)
    host = Host(canvas)
    assert canvas.image_size == (400, 300)
    assert canvas.active_label == "tree", "the first label is active"
    canvas.set_tool(Tool.BOX)
    drag(qtbot, canvas, (20, 30), (120, 90))
    assert canvas.body()["boxes"] == [{"label": "tree", "x": 20, "y": 30, "w": 100, "h": 60}]
    assert host.history == [("Add box", -1)]
    canvas.set_active_label("bench")
    assert canvas.relabel_selected("bench")
    assert canvas.body()["boxes"][0]["label"] == "bench"
    canvas.nudge(5, 0)
    canvas.nudge(5, 0)
    assert host.history[-1][1] == host.history[-2][1] >= 0, "nudges share a merge id"
    assert canvas.body()["boxes"][0]["x"] == 30


def test_a_host_that_refuses_leaves_the_old_body_on_screen(qtbot, app: QApplication,
                                                           tmp_path: Path) -> None:
    canvas = make_canvas(qtbot, tmp_path)
    box = {"label": "tree", "x": 50, "y": 50, "w": 100, "h": 100}
    canvas.set_body({"kind": "bounding_boxes", "boxes": [box]})
    host = Host(canvas, accept=False)
    drag(qtbot, canvas, (100, 100), (200, 150))
    assert host.history == [("Move box", -1)]
    assert canvas.body()["boxes"] == [box]
    assert canvas.layer.item(0).rect() == QRectF(50, 50, 100, 100), "the preview is undone"
    canvas.set_tool(Tool.BOX)
    drag(qtbot, canvas, (200, 200), (250, 250))
    assert canvas.selected is None, "a box that was never added is not selected"
    assert len(canvas.layer) == 1


def test_an_undo_during_a_drag_cancels_the_drag(qtbot, app: QApplication,
                                                tmp_path: Path) -> None:
    canvas = make_canvas(qtbot, tmp_path)
    before = {"kind": "bounding_boxes", "boxes": []}
    after = {"kind": "bounding_boxes",
             "boxes": [{"label": "tree", "x": 50, "y": 50, "w": 100, "h": 100}]}
    canvas.set_body(after)
    host = Host(canvas)
    press(qtbot, canvas, 100, 100)
    move(qtbot, canvas, 150, 150)
    canvas.set_body(before)  # Ctrl+Z arrives while the button is down
    release(qtbot, canvas, 160, 160)
    assert host.history == []
    assert canvas.body() == before
    assert len(canvas.layer) == 0


def test_polygon_canvas_and_its_signals(qtbot, app: QApplication, tmp_path: Path) -> None:
    canvas = make_canvas(qtbot, tmp_path, "polygons")
    host = Host(canvas)
    drawing: list[bool] = []
    canvas.drawing_changed.connect(drawing.append)
    canvas.set_tool(Tool.POLYGON)
    for x, y in ((10, 10), (100, 10), (60, 80)):
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=canvas.mapFromScene(x, y))
    canvas.finish_polygon()
    assert canvas.body()["polygons"] == [{"label": "tree",
                                          "points": [[10, 10], [100, 10], [60, 80]]}]
    assert host.history == [("Add polygon", -1)]
    assert drawing[0] is True and drawing[-1] is False
    assert canvas.selected == 0, "the new polygon is selected"
    canvas.escape()
    assert canvas.selected is None
    with qtbot.waitSignal(canvas.selection_changed) as changed:
        canvas.select_next()
    assert changed.args == [0]
