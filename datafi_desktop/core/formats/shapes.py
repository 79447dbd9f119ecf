"""Geometry shared by the image formats: boxes, polygons, their bounds and areas."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..geometry import polygon_area

Point = tuple[float, float]


@dataclass(frozen=True)
class Shape:
    """A labeled box or polygon in image pixels (top-left origin); a polygon object in
    several pieces has the further ones in ``parts``."""

    label: str
    points: tuple[Point, ...]
    is_box: bool
    parts: tuple[tuple[Point, ...], ...] = ()

    @property
    def rings(self) -> tuple[tuple[Point, ...], ...]:
        return (self.points, *self.parts)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """``(x, y, w, h)`` of the smallest box around the shape (all its parts)."""
        xs = [p[0] for ring in self.rings for p in ring]
        ys = [p[1] for ring in self.rings for p in ring]
        x0, y0 = min(xs), min(ys)
        return x0, y0, round(max(xs) - x0, 4), round(max(ys) - y0, 4)

    @property
    def area(self) -> float:
        if self.is_box:
            _, _, w, h = self.bounds
            return round(w * h, 4)
        return round(sum(polygon_area(ring) for ring in self.rings), 4)

    def flat(self) -> list[float]:
        return [c for point in self.points for c in point]

    def flat_rings(self) -> list[list[float]]:
        return [[c for point in ring for c in point] for ring in self.rings]

    def key(self) -> tuple[object, ...]:
        """Identity of the geometry and label (to find a shape unchanged since import)."""
        return (self.label, self.is_box, self.rings)


def box_shape(label: str, x: float, y: float, w: float, h: float) -> Shape:
    corners = ((x, y), (round(x + w, 4), y), (round(x + w, 4), round(y + h, 4)),
               (x, round(y + h, 4)))
    return Shape(label, corners, True)


def shapes_of(annotation: dict[str, object]) -> list[Shape]:
    """The boxes or polygons of a ``bounding_boxes`` / ``polygons`` annotation."""
    out: list[Shape] = []
    boxes = annotation.get("boxes")
    if isinstance(boxes, list):
        for box in boxes:
            out.append(box_shape(box["label"], float(box["x"]), float(box["y"]),
                                 float(box["w"]), float(box["h"])))
    polygons = annotation.get("polygons")
    if isinstance(polygons, list):
        for poly in polygons:
            points = tuple((float(x), float(y)) for x, y in poly["points"])
            parts = tuple(tuple((float(x), float(y)) for x, y in ring)
                          for ring in poly.get("parts") or ())
            out.append(Shape(poly["label"], points, False, parts))
    return out


def split_parts(annotation: dict[str, object]) -> int:
    """How many further parts a format without multi-part objects writes separately."""
    return sum(len(shape.parts) for shape in shapes_of(annotation))


def box_dict(label: str, x: float, y: float, w: float, h: float) -> dict[str, Any]:
    return {"label": label, "x": round(x, 2), "y": round(y, 2), "w": round(w, 2),
            "h": round(h, 2)}


def polygon_dict(label: str, points: list[tuple[float, float]],
                 parts: list[list[tuple[float, float]]] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"label": label,
                           "points": [[round(x, 2), round(y, 2)] for x, y in points]}
    if parts:
        out["parts"] = [[[round(x, 2), round(y, 2)] for x, y in ring] for ring in parts]
    return out


def inside(x: float, y: float, width: int, height: int, slack: float = 0.01) -> bool:
    return -slack <= x <= width + slack and -slack <= y <= height + slack


def clamp(value: float, limit: int) -> float:
    return max(0.0, min(float(limit), value))


def snap_box(x: float, y: float, w: float, h: float, width: int, height: int,
             slack: float = 0.05) -> tuple[float, float, float, float]:
    """Round to 1/100 px and pull edges that overshoot the image by rounding only."""
    x, y, w, h = round(x, 2), round(y, 2), round(w, 2), round(h, 2)
    if -slack <= x < 0:
        w, x = round(w + x, 2), 0.0
    if -slack <= y < 0:
        h, y = round(h + y, 2), 0.0
    if width < x + w <= width + slack:
        w = round(width - x, 2)
    if height < y + h <= height + slack:
        h = round(height - y, 2)
    return x, y, w, h


def snap_point(x: float, y: float, width: int, height: int,
               slack: float = 0.05) -> tuple[float, float]:
    x, y = round(x, 2), round(y, 2)
    if -slack <= x < 0 or width < x <= width + slack:
        x = clamp(x, width)
    if -slack <= y < 0 or height < y <= height + slack:
        y = clamp(y, height)
    return x, y
