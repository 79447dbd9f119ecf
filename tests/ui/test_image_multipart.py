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


def test_previews_and_the_review_overlay_draw_every_part(qtbot, app: QApplication) -> None:
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    from datafi_desktop.ui.image_view import ImageView
    from datafi_desktop.ui.review.overlay import OthersOverlay

    view = ImageView()
    qtbot.addWidget(view)
    body = parse_annotation({"kind": "polygons", "polygons": [CAR]})
    assert view.add_prediction_shapes(body, {"car": "#FF0000"}) == 1  # one object
    drawn = [i for i in view.scene().items() if isinstance(i, QGraphicsPolygonItem)]
    part = next(i for i in drawn if i.parentItem() is not None)
    assert [(p.x(), p.y()) for p in part.polygon()] == [(300, 100), (380, 100), (380, 180),
                                                        (300, 180)]
    other = QGraphicsView()
    qtbot.addWidget(other)
    other.setScene(QGraphicsScene(other))
    overlay = OthersOverlay(other)
    assert overlay.show([({"kind": "polygons", "polygons": [CAR]}, "#00FF00", "bob")]) == 1
    (shape,) = overlay.shapes
    (child,) = [c for c in shape.childItems() if isinstance(c, QGraphicsPolygonItem)]
    assert child.pen().color() == shape.pen().color() and child.polygon().count() == 4


def test_vertices_of_every_part_can_be_dragged_inserted_and_deleted(
        qtbot, pane: ImagePane) -> None:
    from PySide6.QtCore import Qt

    from .image_support import key

    canvas = pane.canvas
    click(qtbot, canvas, 340, 140)
    assert canvas.selected == 0
    drag(qtbot, canvas, (380, 180), (390, 190))  # the second part's corner (flat vertex 5)
    (car,) = pane.body()["polygons"]
    assert car["points"] == CAR["points"]
    assert car["parts"] == [[[300, 100], [380, 100], [390, 190], [300, 180]]]
    assert canvas.vertex == 5
    key(qtbot, pane, Qt.Key.Key_Delete)  # the selected vertex of the part
    assert pane.body()["polygons"][0]["parts"] == [[[300, 100], [380, 100], [300, 180]]]
    key(qtbot, pane, Qt.Key.Key_Escape)
    click(qtbot, canvas, 340, 140)
    from .image_support import double_click

    double_click(qtbot, canvas, 340, 100)  # on the part's top edge: a new vertex
    assert pane.body()["polygons"][0]["parts"] == [[[300, 100], [340, 100], [380, 100],
                                                    [300, 180]]]
    parse_annotation(pane.body())
