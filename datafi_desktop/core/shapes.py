"""Geometry of boxes and polygons as plain data: hit-testing, handles, overlap.

The image pane draws shapes with Qt but decides what is under the pointer here,
on the same dicts the draft body holds (``{"label", "x", "y", "w", "h"}`` for a
box, ``{"label", "points": [[x, y], ...]}`` for a polygon), in image pixels.
Nothing here imports Qt.

>>> boxes = [{"label": "bus", "x": 0, "y": 0, "w": 100, "h": 80},
...          {"label": "person", "x": 10, "y": 10, "w": 20, "h": 40}]
>>> hit_shape(boxes, 15, 20, tolerance=2)       # inside both: the smaller one wins
1
>>> hit_shape(boxes, 99, 50, tolerance=2)       # on the bus's right edge
0
>>> resize_corners((10, 10, 20, 40), "se", 50, 60)
(10, 10, 50, 60)
>>> round(iou((0, 0, 10, 10), (5, 0, 10, 10)), 3)
0.333
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from .geometry import polygon_area

Point = tuple[float, float]
#: x, y, width, height
Rect = tuple[float, float, float, float]
Shape = Mapping[str, Any]

#: The eight resize handles of a box, clockwise from the top-left corner.
HANDLES: tuple[str, ...] = ("nw", "n", "ne", "e", "se", "s", "sw", "w")


def is_polygon(shape: Shape) -> bool:
    return "points" in shape


def _finite(value: Any) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


def is_valid(shape: Any, polygon: bool) -> bool:
    """Whether a draft's shape can be drawn and edited: a label and finite coordinates
    (a box with a positive size, a polygon with at least three points). A model's
    prediction is not validated when the task arrives, so a pane checks before drawing.

    >>> is_valid({"label": "car", "x": 1, "y": 2, "w": 3, "h": 4}, polygon=False)
    True
    >>> is_valid({"label": "car", "x": "1", "y": 2, "w": 3, "h": 4}, polygon=False)
    False
    """
    if not isinstance(shape, Mapping) or not isinstance(shape.get("label"), str):
        return False
    if polygon:
        points = shape.get("points")
        return (isinstance(points, list | tuple) and len(points) >= 3 and all(
            isinstance(p, list | tuple) and len(p) == 2 and all(_finite(v) for v in p)
            for p in points))
    values = [shape.get(k) for k in ("x", "y", "w", "h")]
    if not all(_finite(v) for v in values):
        return False
    # silenced below: _finite above made each value a number
    return float(values[2]) > 0 and float(values[3]) > 0  # type: ignore[arg-type]


def box_rect(shape: Shape) -> Rect:
    return float(shape["x"]), float(shape["y"]), float(shape["w"]), float(shape["h"])


def points_of(shape: Shape) -> list[Point]:
    """A polygon's vertices, or a box's four corners clockwise from the top-left."""
    if is_polygon(shape):
        return [(float(x), float(y)) for x, y in shape["points"]]
    x, y, w, h = box_rect(shape)
    return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]


def parts_of(shape: Shape) -> list[list[Point]]:
    """The further polygons of an object in several parts (``parts``), else none."""
    if not is_polygon(shape):
        return []
    return [[(float(x), float(y)) for x, y in ring] for ring in shape.get("parts") or ()]


def rings_of(shape: Shape) -> list[list[Point]]:
    """Every polygon of the shape: its points, then its parts (a box: its corners)."""
    return [points_of(shape), *parts_of(shape)]


def vertices(shape: Shape) -> list[Point]:
    """Every vertex a user can grab, numbered across the parts of an object (the flat
    index :mod:`.editing` takes); a box's four corners."""
    return [p for ring in rings_of(shape) for p in ring]


def nearest_edge_point_rings(rings: Sequence[Sequence[Point]], x: float, y: float,
                             tolerance: float) -> tuple[int, Point] | None:
    """:func:`nearest_edge_point` over several rings; the edge by its flat first vertex."""
    best: tuple[float, int, Point] | None = None
    start = 0
    for ring in rings:
        found = nearest_edge_point(ring, x, y, tolerance)
        if found is not None:
            i, point = found
            d = math.hypot(point[0] - x, point[1] - y)
            if best is None or d < best[0]:
                best = (d, start + i, point)
        start += len(ring)
    return None if best is None else (best[1], best[2])


def bounds(shape: Shape) -> Rect:
    """The axis-aligned rectangle around a box or a polygon (all its parts)."""
    if not is_polygon(shape):
        return box_rect(shape)
    xs = [p[0] for ring in rings_of(shape) for p in ring]
    ys = [p[1] for ring in rings_of(shape) for p in ring]
    return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)


def area(shape: Shape) -> float:
    if is_polygon(shape):
        return sum(polygon_area(ring) for ring in rings_of(shape))
    _, _, w, h = box_rect(shape)
    return w * h


def point_in_polygon(points: Sequence[Point], x: float, y: float) -> bool:
    """Even-odd rule (a self-crossing polygon has holes where it overlaps itself)."""
    inside = False
    n = len(points)
    for i in range(n):
        (x1, y1), (x2, y2) = points[i], points[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            cross = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < cross:
                inside = not inside
    return inside


def distance_to_segment(x: float, y: float, a: Point, b: Point) -> float:
    (ax, ay), (bx, by) = a, b
    vx, vy = bx - ax, by - ay
    length2 = vx * vx + vy * vy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - ax) * vx + (y - ay) * vy) / length2))
    return math.hypot(x - (ax + t * vx), y - (ay + t * vy))


def closest_point_on_segment(x: float, y: float, a: Point, b: Point) -> Point:
    (ax, ay), (bx, by) = a, b
    vx, vy = bx - ax, by - ay
    length2 = vx * vx + vy * vy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - ax) * vx + (y - ay) * vy) / length2))
    return ax + t * vx, ay + t * vy


def outline_distance(shape: Shape, x: float, y: float) -> float:
    """Distance from (x, y) to the shape's outline (the closed chains of its parts)."""
    return min(distance_to_segment(x, y, pts[i], pts[(i + 1) % len(pts)])
               for pts in rings_of(shape) for i in range(len(pts)))


def contains(shape: Shape, x: float, y: float) -> bool:
    if is_polygon(shape):
        return any(point_in_polygon(ring, x, y) for ring in rings_of(shape))
    bx, by, w, h = box_rect(shape)
    return bx <= x <= bx + w and by <= y <= by + h


def hit_shape(shapes: Sequence[Shape], x: float, y: float, tolerance: float,
              skip: Collection[int] = ()) -> int | None:
    """The shape under (x, y): inside it or within ``tolerance`` of its outline.

    When several qualify the smallest wins (a person inside a bus stays reachable),
    then the topmost (the later one in the list). Indexes in ``skip`` (hidden
    shapes) are never hit.
    """
    best: tuple[float, int] | None = None
    for index, shape in enumerate(shapes):
        if index in skip:
            continue
        if contains(shape, x, y) or outline_distance(shape, x, y) <= tolerance:
            key = (area(shape), -index)
            if best is None or key < best:
                best = key
    return None if best is None else -best[1]


def nearest_vertex(points: Sequence[Point], x: float, y: float, tolerance: float
                   ) -> int | None:
    """The vertex within ``tolerance`` of (x, y), the closest one if several."""
    best: tuple[float, int] | None = None
    for i, (px, py) in enumerate(points):
        d = math.hypot(px - x, py - y)
        if d <= tolerance and (best is None or d < best[0]):
            best = (d, i)
    return None if best is None else best[1]


def nearest_edge_point(points: Sequence[Point], x: float, y: float, tolerance: float
                       ) -> tuple[int, Point] | None:
    """The edge (by its first vertex) within ``tolerance``, and the closest point on it."""
    best: tuple[float, int] | None = None
    for i in range(len(points)):
        d = distance_to_segment(x, y, points[i], points[(i + 1) % len(points)])
        if d <= tolerance and (best is None or d < best[0]):
            best = (d, i)
    if best is None:
        return None
    i = best[1]
    return i, closest_point_on_segment(x, y, points[i], points[(i + 1) % len(points)])


def handle_points(rect: Rect) -> list[Point]:
    """Where the eight handles of :data:`HANDLES` sit on a box."""
    x, y, w, h = rect
    cx, cy, r, b = x + w / 2, y + h / 2, x + w, y + h
    return [(x, y), (cx, y), (r, y), (r, cy), (r, b), (cx, b), (x, b), (x, cy)]


def hit_handle(rect: Rect, x: float, y: float, tolerance: float) -> str | None:
    """The handle of :data:`HANDLES` within ``tolerance`` of (x, y), corners first."""
    found = nearest_vertex(handle_points(rect), x, y, tolerance)
    return None if found is None else HANDLES[found]


def resize_corners(rect: Rect, handle: str, x: float, y: float
                   ) -> tuple[float, float, float, float]:
    """Two opposite corners (x1, y1, x2, y2) after dragging ``handle`` to (x, y).

    The edges the handle does not own stay where they are; the corners may come
    back in any order (dragging past the opposite edge flips the box), which
    :func:`datafi_desktop.core.editing.set_box_rect` normalises.
    """
    if handle not in HANDLES:
        raise ValueError(f"unknown handle {handle!r}")
    left, top, w, h = rect
    right, bottom = left + w, top + h
    if "w" in handle:
        left = x
    if "e" in handle:
        right = x
    if "n" in handle:
        top = y
    if "s" in handle:
        bottom = y
    return left, top, right, bottom


def iou(a: Rect, b: Rect) -> float:
    """Intersection over union of two rectangles (0 when either is empty)."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    iw = max(0.0, min(ax + aw, bx + bw) - max(ax, bx))
    ih = max(0.0, min(ay + ah, by + bh) - max(ay, by))
    inter = iw * ih
    union = aw * ah + bw * bh - inter
    return 0.0 if union <= 0 else inter / union


def near_duplicate(shapes: Sequence[Shape], rect: Rect, threshold: float = 0.9,
                   skip: Collection[int] = ()) -> int | None:
    """The first shape whose bounds overlap ``rect`` with IoU ≥ ``threshold``."""
    for index, shape in enumerate(shapes):
        if index not in skip and iou(bounds(shape), rect) >= threshold:
            return index
    return None


def cycle(count: int, current: int | None, step: int) -> int | None:
    """The next index (``step`` = 1) or previous one (-1), wrapping; None when empty."""
    if count <= 0:
        return None
    if current is None or not 0 <= current < count:
        return 0 if step > 0 else count - 1
    return (current + step) % count
