"""Hit-testing, handles and overlap of plain-data shapes (no display)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datafi_desktop.core import shapes as sh
from datafi_desktop.core.editing import set_box_rect

BUS = {"label": "bus", "x": 0, "y": 0, "w": 100, "h": 80}
PERSON = {"label": "person", "x": 10, "y": 10, "w": 20, "h": 40}
TRIANGLE = {"label": "roof", "points": [[0, 0], [100, 0], [50, 100]]}


def test_points_bounds_and_area() -> None:
    assert sh.points_of(PERSON) == [(10, 10), (30, 10), (30, 50), (10, 50)]
    assert sh.bounds(TRIANGLE) == (0, 0, 100, 100)
    assert sh.area(TRIANGLE) == pytest.approx(5000)
    assert sh.area(PERSON) == 800


def test_point_in_polygon_even_odd() -> None:
    pts = sh.points_of(TRIANGLE)
    assert sh.point_in_polygon(pts, 50, 10)
    assert not sh.point_in_polygon(pts, 5, 90)
    assert not sh.point_in_polygon(pts, 150, 10)


def test_hit_prefers_smallest_then_topmost_and_skips_hidden() -> None:
    shapes = [BUS, PERSON]
    assert sh.hit_shape(shapes, 15, 20, tolerance=2) == 1
    assert sh.hit_shape(shapes, 60, 60, tolerance=2) == 0
    assert sh.hit_shape(shapes, 101, 40, tolerance=2) == 0  # just outside, on the outline
    assert sh.hit_shape(shapes, 110, 40, tolerance=2) is None
    assert sh.hit_shape(shapes, 15, 20, tolerance=2, skip={1}) == 0
    same = [dict(PERSON), dict(PERSON)]
    assert sh.hit_shape(same, 15, 20, tolerance=2) == 1  # the later one is drawn on top


def test_hit_polygons() -> None:
    shapes = [TRIANGLE]
    assert sh.hit_shape(shapes, 50, 20, tolerance=1) == 0
    assert sh.hit_shape(shapes, 5, 90, tolerance=1) is None
    assert sh.hit_shape(shapes, 25, 51, tolerance=2) == 0  # near the left edge


def test_vertices_and_edges() -> None:
    pts = sh.points_of(TRIANGLE)
    assert sh.nearest_vertex(pts, 99, 2, tolerance=4) == 1
    assert sh.nearest_vertex(pts, 70, 40, tolerance=4) is None
    edge = sh.nearest_edge_point(pts, 50, 2, tolerance=3)
    assert edge is not None
    assert edge[0] == 0 and edge[1] == pytest.approx((50, 0))
    assert sh.nearest_edge_point(pts, 50, 40, tolerance=3) is None


def test_handles_and_resize() -> None:
    rect = sh.box_rect(PERSON)
    points = sh.handle_points(rect)
    assert len(points) == len(sh.HANDLES) == 8
    assert points[sh.HANDLES.index("se")] == (30, 50)
    assert points[sh.HANDLES.index("n")] == (20, 10)
    assert sh.hit_handle(rect, 31, 49, tolerance=3) == "se"
    assert sh.hit_handle(rect, 20, 30, tolerance=3) is None
    assert sh.resize_corners(rect, "e", 60, 999) == (10, 10, 60, 50)  # y ignored
    assert sh.resize_corners(rect, "nw", 0, 5) == (0, 5, 30, 50)
    flipped = sh.resize_corners(rect, "w", 50, 0)  # dragged past the right edge
    body = set_box_rect({"boxes": [dict(PERSON)]}, 0, *flipped, size=(200, 200))
    assert body["boxes"][0] == {"label": "person", "x": 30, "y": 10, "w": 20, "h": 40}
    with pytest.raises(ValueError):
        sh.resize_corners(rect, "middle", 0, 0)


def test_iou_and_duplicates() -> None:
    assert sh.iou((0, 0, 10, 10), (0, 0, 10, 10)) == 1
    assert sh.iou((0, 0, 10, 10), (20, 20, 5, 5)) == 0
    assert sh.iou((0, 0, 0, 0), (0, 0, 0, 0)) == 0
    assert sh.iou((0, 0, 10, 10), (5, 0, 10, 10)) == pytest.approx(1 / 3)
    shapes = [BUS, PERSON]
    assert sh.near_duplicate(shapes, (10, 10, 20, 41)) == 1
    assert sh.near_duplicate(shapes, (10, 10, 20, 41), skip={1}) is None


def test_cycle() -> None:
    assert sh.cycle(0, None, 1) is None
    assert sh.cycle(3, None, 1) == 0
    assert sh.cycle(3, None, -1) == 2
    assert sh.cycle(3, 2, 1) == 0
    assert sh.cycle(3, 0, -1) == 2
    assert sh.cycle(3, 7, 1) == 0


coords = st.floats(min_value=-50, max_value=250, allow_nan=False)


@given(coords, coords, coords, coords)
def test_box_hit_matches_its_rectangle(x: float, y: float, px: float, py: float) -> None:
    box = {"label": "a", "x": min(x, px), "y": min(y, py), "w": abs(px - x) + 1,
           "h": abs(py - y) + 1}
    bx, by, w, h = sh.box_rect(box)
    inside = bx <= 100 <= bx + w and by <= 100 <= by + h
    assert (sh.hit_shape([box], 100, 100, tolerance=0) == 0) == inside


@pytest.mark.parametrize(("shape", "polygon", "valid"), [
    ({"label": "a", "x": 0, "y": 0, "w": 1, "h": 1}, False, True),
    ({"label": "a", "x": 0, "y": 0, "w": 0, "h": 1}, False, False),
    ({"label": "a", "x": float("nan"), "y": 0, "w": 1, "h": 1}, False, False),
    ({"label": "a", "x": True, "y": 0, "w": 1, "h": 1}, False, False),
    ({"x": 0, "y": 0, "w": 1, "h": 1}, False, False),
    ({"label": "a", "points": [[0, 0], [1, 0], [0, 1]]}, True, True),
    ({"label": "a", "points": [[0, 0], [1, 0]]}, True, False),
    ({"label": "a", "points": [[0, 0], [1, 0], [0, "1"]]}, True, False),
    ({"label": "a", "points": "0,0 1,0 0,1"}, True, False),
    ([1, 2, 3], False, False),
    (None, True, False),
])
def test_is_valid(shape: object, polygon: bool, valid: bool) -> None:
    assert sh.is_valid(shape, polygon) is valid
