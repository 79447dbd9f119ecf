"""Plane geometry of the shapes annotators draw: box and polygon IoU, polygon area.

Polygon IoU is exact when either polygon is convex (Sutherland–Hodgman clipping,
shoelace area) and rasterized with Pillow otherwise.

>>> box_iou((0, 0, 10, 10), (5, 0, 10, 10))
0.3333333333333333
>>> polygon_area([(0, 0), (4, 0), (4, 3)])
6.0
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Point = tuple[float, float]
BoxT = tuple[float, float, float, float]  # x, y, w, h


def box_iou(a: BoxT, b: BoxT) -> float:
    """IoU of two boxes given as (x, y, w, h)."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    iw = min(ax + aw, bx + bw) - max(ax, bx)
    ih = min(ay + ah, by + bh) - max(ay, by)
    if iw <= 0 or ih <= 0:
        return 0.0
    inter = iw * ih
    union = aw * ah + bw * bh - inter
    return inter / union if union > 0 else 0.0


def polygon_area(points: Sequence[Point]) -> float:
    """Area by the shoelace formula (absolute)."""
    return abs(_signed_area(points))


def _signed_area(points: Sequence[Point]) -> float:
    total = 0.0
    n = len(points)
    for i in range(n):
        x1, y1 = points[i]
        x2, y2 = points[(i + 1) % n]
        total += x1 * y2 - x2 * y1
    return total / 2


def is_convex(points: Sequence[Point]) -> bool:
    """True for a convex polygon (collinear points allowed)."""
    n = len(points)
    sign = 0
    for i in range(n):
        (x1, y1), (x2, y2), (x3, y3) = points[i], points[(i + 1) % n], points[(i + 2) % n]
        cross = (x2 - x1) * (y3 - y2) - (y2 - y1) * (x3 - x2)
        if abs(cross) < 1e-12:
            continue
        s = 1 if cross > 0 else -1
        if sign == 0:
            sign = s
        elif s != sign:
            return False
    return True


def _clip(subject: Sequence[Point], clip: Sequence[Point]) -> list[Point]:
    """Sutherland–Hodgman: ``subject`` (any simple polygon) clipped by a convex ``clip``."""
    orientation = 1.0 if _signed_area(clip) > 0 else -1.0

    def inside(p: Point, a: Point, b: Point) -> bool:
        return orientation * ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) >= 0

    def cross_point(p: Point, q: Point, a: Point, b: Point) -> Point:
        dx, dy = q[0] - p[0], q[1] - p[1]
        ex, ey = b[0] - a[0], b[1] - a[1]
        denom = dx * ey - dy * ex
        if denom == 0:
            return q
        t = ((a[0] - p[0]) * ey - (a[1] - p[1]) * ex) / denom
        return (p[0] + t * dx, p[1] + t * dy)

    output = list(subject)
    n = len(clip)
    for i in range(n):
        a, b = clip[i], clip[(i + 1) % n]
        source, output = output, []
        if not source:
            break
        prev = source[-1]
        for cur in source:
            if inside(cur, a, b):
                if not inside(prev, a, b):
                    output.append(cross_point(prev, cur, a, b))
                output.append(cur)
            elif inside(prev, a, b):
                output.append(cross_point(prev, cur, a, b))
            prev = cur
    return output


def polygon_iou(a: Sequence[Point], b: Sequence[Point], *, raster: int = 1024) -> float:
    """IoU of two simple polygons: exact when one is convex, else rasterized on a grid
    whose longer side is ``raster`` cells."""
    area_a, area_b = polygon_area(a), polygon_area(b)
    if area_a <= 0 or area_b <= 0:
        return 0.0
    if not _bbox_overlap(a, b):
        return 0.0
    if is_convex(b):
        inter = polygon_area(_clip(a, b))
    elif is_convex(a):
        inter = polygon_area(_clip(b, a))
    else:
        return _raster_iou(a, b, raster)
    union = area_a + area_b - inter
    return max(0.0, min(1.0, inter / union)) if union > 0 else 0.0


def _bbox_overlap(a: Sequence[Point], b: Sequence[Point]) -> bool:
    ax = [p[0] for p in a]
    ay = [p[1] for p in a]
    bx = [p[0] for p in b]
    by = [p[1] for p in b]
    return not (max(ax) <= min(bx) or max(bx) <= min(ax) or max(ay) <= min(by)
                or max(by) <= min(ay))


def _raster_iou(a: Sequence[Point], b: Sequence[Point], size: int) -> float:
    return rings_iou([a], [b], raster=size)


def rings_iou(a: Sequence[Sequence[Point]], b: Sequence[Sequence[Point]], *,
              raster: int = 1024) -> float:
    """IoU of two objects made of one or several polygons (``parts``), rasterized on a
    grid whose longer side is ``raster`` cells."""
    from PIL import Image, ImageChops, ImageDraw

    xs = [p[0] for ring in (*a, *b) for p in ring]
    ys = [p[1] for ring in (*a, *b) for p in ring]
    x0, y0 = min(xs), min(ys)
    span = max(max(xs) - x0, max(ys) - y0) or 1.0
    scale = raster / span
    width = math.ceil((max(xs) - x0) * scale) + 2
    height = math.ceil((max(ys) - y0) * scale) + 2

    def mask(rings: Sequence[Sequence[Point]]) -> Image.Image:
        image = Image.new("1", (width, height), 0)
        draw = ImageDraw.Draw(image)
        for points in rings:
            draw.polygon([((x - x0) * scale + 1, (y - y0) * scale + 1) for x, y in points],
                         fill=1)
        return image

    ma, mb = mask(a), mask(b)
    inter = ImageChops.logical_and(ma, mb).histogram()[-1]
    union = ImageChops.logical_or(ma, mb).histogram()[-1]
    return inter / union if union else 0.0
