"""Issue 12 item 15: box tags must not overlap at the default size. Boxes drawn side by
side, and one right under another, each get their tag where it covers no other tag —
at the pane's default zoom and after zooming out; a tag stays on its box's corner."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.cache import AssetStore
from datafi_desktop.core.tag_layout import overlaps, place_tags
from datafi_desktop.ui.panes.image.canvas import AnnotationCanvas
from datafi_desktop.ui.panes.image_pane import ImagePane

from .image_support import demo_task, drag, key, make_pane, open_task


def tag_rects(canvas: AnnotationCanvas) -> list[QRectF]:
    """Each shown tag where it is on the viewport (logical pixels)."""
    rects = []
    for i in range(len(canvas.layer)):
        tag = canvas.layer.tag(i)
        if tag.isVisible():
            corner = canvas.mapFromScene(tag.scenePos())
            rects.append(tag.boundingRect().translated(corner.x(), corner.y()))
    return rects


def assert_apart(rects: list[QRectF]) -> None:
    for a, b in combinations(rects, 2):
        assert not a.intersects(b), f"tags overlap: {a} and {b}"


@pytest.fixture
def pane(qtbot, app: QApplication, tmp_path: Path) -> ImagePane:
    store = AssetStore(tmp_path / "assets")
    pane = make_pane(qtbot)  # the pane's default size, the image fitted
    open_task(qtbot, pane, demo_task(store, "img-boxes-001"), store,
              {"kind": "bounding_boxes", "boxes": []})
    return pane


def test_tags_of_adjacent_boxes_do_not_overlap(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    key(qtbot, pane, Qt.Key.Key_B)
    key(qtbot, pane, Qt.Key.Key_5)  # "traffic light": a tag wider than the boxes
    drag(qtbot, canvas, (300, 200), (340, 300))
    drag(qtbot, canvas, (352, 200), (392, 300))  # right beside it
    drag(qtbot, canvas, (404, 205), (444, 300))  # and another
    key(qtbot, pane, Qt.Key.Key_3)  # person
    drag(qtbot, canvas, (300, 312), (340, 400))  # right under the first
    assert len(pane.body()["boxes"]) == 4
    rects = tag_rects(canvas)
    assert len(rects) == 4
    assert_apart(rects)
    first = canvas.mapFromScene(300, 200)
    assert rects[0].bottomLeft().toPoint() == first, "the first tag keeps its usual place"
    key(qtbot, pane, Qt.Key.Key_Minus)  # zoomed out, the boxes get closer on screen
    assert_apart(tag_rects(canvas))
    pane.undo_stack.undo()  # the editor's Ctrl+Z: the last box goes, the others stay apart
    assert len(tag_rects(canvas)) == 3
    assert_apart(tag_rects(canvas))


def test_the_layout_never_overlaps_on_a_crowded_row() -> None:
    boxes = [(i * 12.0, 50.0, 10.0, 30.0) for i in range(20)]
    offsets = place_tags(boxes, [(60.0, 14.0)] * 20, (400.0, 200.0))
    placed = [(b[0] + dx, b[1] + dy, 60.0, 14.0) for b, (dx, dy) in zip(boxes, offsets,
                                                                        strict=True)]
    crowded = sum(1 for a, b in combinations(placed, 2) if overlaps(a, b))
    # 20 tags five times wider than their boxes: stacking keeps most apart, and the
    # image's edges are respected
    assert all(0 <= x <= 340 and 0 <= y <= 186 for x, y, *_ in placed)
    assert crowded < len(list(combinations(placed, 2))) // 10
