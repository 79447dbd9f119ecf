"""An object in several parts (COCO multi-polygon, labelme group_id) is one object in the
image pane: every part drawn, a click on any part selects it, a drag moves all parts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QGraphicsPolygonItem

from datafi_desktop.core.cache import AssetStore
from datafi_desktop.core.models import parse_annotation
from datafi_desktop.ui.panes.image_pane import ImagePane

from .image_support import click, drag, make_pane, make_task, open_task, scene_image

CAR = {"label": "car", "points": [[100.0, 100.0], [200.0, 100.0], [200.0, 200.0]],
       "parts": [[[300.0, 100.0], [380.0, 100.0], [380.0, 180.0], [300.0, 180.0]]]}


@pytest.fixture
def pane(qtbot, app: QApplication, tmp_path: Path) -> ImagePane:
    store = AssetStore(tmp_path / "assets")
    pane = make_pane(qtbot)
    task = make_task(store, scene_image(tmp_path / "fruit.png"), "polygons")
    open_task(qtbot, pane, task, store, {"kind": "polygons", "polygons": [CAR]})
    return pane


def test_every_part_is_drawn_with_its_object(pane: ImagePane) -> None:
    item = pane.canvas.layer.item(0)
    parts = [c for c in item.childItems() if isinstance(c, QGraphicsPolygonItem)]
    assert len(parts) == 1 and parts[0].isVisible()
    assert [(p.x(), p.y()) for p in parts[0].polygon()] == [
        (300, 100), (380, 100), (380, 180), (300, 180)]
    assert parts[0].pen().color() == item.pen().color()


def test_a_click_on_a_part_selects_and_a_drag_moves_the_whole_object(
        qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    click(qtbot, canvas, 340, 140)  # inside the second part only
    assert canvas.selected == 0
    drag(qtbot, canvas, (340, 140), (340, 160))
    (moved,) = pane.body()["polygons"]
    assert moved["points"] == [[100, 120], [200, 120], [200, 220]]
    assert moved["parts"] == [[[300, 120], [380, 120], [380, 200], [300, 200]]]
    parse_annotation(pane.body())  # still one valid object
    pane.undo_stack.undo()
    assert pane.body()["polygons"][0]["parts"] == CAR["parts"]
