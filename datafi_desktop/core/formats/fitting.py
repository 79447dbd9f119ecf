"""Shapes from other tools fitted to their image, and the record of what changed.

Annotation tools routinely leave a point a fraction of a pixel past the edge
(labelme opens such files without a word). A coordinate up to ``tolerance``
pixels outside the image is moved onto the edge and counted (``clamped_points``);
one further out makes the shape *invalid*, and ``on_invalid`` decides:

- ``skip`` (the default): the shape is left out, named in the report, and the
  rest of the dataset imports;
- ``clamp``: the shape is clamped anyway (counted as ``clamped_beyond_tolerance``);
- ``fail``: the import stops, naming the file, the shape and the point.

A shape that encloses nothing once fitted (a polygon of fewer than three
distinct points, a box of zero width) is invalid the same way.

>>> losses = Losses()
>>> fit = Fitter(1.0, "skip", losses)
>>> fit.polygon([(10, 10), (500.4, 10), (10, 300)], 500, 375, "a.json shapes[0]")
[(10.0, 10.0), (500.0, 10.0), (10.0, 300.0)]
>>> fit.polygon([(10, 10), (520, 10), (10, 300)], 500, 375, "a.json shapes[1]") is None
True
>>> losses.summary()
'1 point clamped onto the image edge (≤ 1 px), 1 shape outside the image skipped'
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..geometry import polygon_area
from .import_errors import fail

ON_INVALID = ("skip", "clamp", "fail")
DEFAULT_TOLERANCE = 1.0
#: what a summary line calls each loss (singular, plural)
_NOUNS: dict[str, tuple[str, str]] = {
    "clamped_points": ("point clamped onto the image edge", "points clamped onto the image edge"),
    "clamped_beyond_tolerance": ("shape clamped beyond the tolerance",
                                 "shapes clamped beyond the tolerance"),
    "shape_outside_image": ("shape outside the image skipped",
                            "shapes outside the image skipped"),
    "degenerate_shape": ("shape enclosing no area skipped", "shapes enclosing no area skipped"),
    "merged_group_shapes": ("shape joined to its group's object",
                            "shapes joined to their group's object"),
}


@dataclass
class Loss:
    """One kind of change an import or export made, counted, with where it happened."""

    code: str
    detail: str
    count: int = 0
    items: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "detail": self.detail, "count": self.count,
                "items": self.items[:1000]}


class Losses:
    """Every change an import made to the data it read, by code."""

    def __init__(self, tolerance: float = DEFAULT_TOLERANCE) -> None:
        self.by_code: dict[str, Loss] = {}
        self.tolerance = tolerance

    def add(self, code: str, detail: str, where: str, count: int = 1) -> None:
        loss = self.by_code.setdefault(code, Loss(code, detail))
        loss.count += count
        if where not in loss.items:
            loss.items.append(where)

    def to_json(self) -> list[dict[str, Any]]:
        return [loss.to_json() for loss in self.by_code.values()]

    def summary(self) -> str:
        """One line: ``3 points clamped onto the image edge (≤ 1 px), 1 circle skipped``."""
        parts = []
        for loss in self.by_code.values():
            singular, plural = _NOUNS.get(loss.code) or _nouns(loss.code)
            text = f"{loss.count} {singular if loss.count == 1 else plural}"
            if loss.code == "clamped_points":
                text += f" (≤ {self.tolerance:g} px)"
            parts.append(text)
        return ", ".join(parts) if parts else "nothing changed"


def _nouns(code: str) -> tuple[str, str]:
    """``skipped_circle_shapes`` → ("circle shape skipped", "circle shapes skipped")."""
    words = code.split("_")
    if words[0] == "skipped" and len(words) > 2:
        thing = " ".join(words[1:])
        return f"{thing.removesuffix('s')} skipped", f"{thing} skipped"
    return " ".join(words), " ".join(words)


def _finite(values: Sequence[float], where: str) -> None:
    """A malformed number (NaN, infinity) is an error whatever the policy."""
    if not all(math.isfinite(float(v)) for v in values):
        raise fail("coordinates must be finite numbers (NaN or infinity found)", where)


def _outside(value: float, limit: int) -> float:
    """How far ``value`` lies outside ``0..limit`` (0 when inside)."""
    return max(0.0 - value, value - limit, 0.0)


def _clamp(value: float, limit: int) -> float:
    return max(0.0, min(float(limit), value))


class Fitter:
    """Fit shapes to an image under one tolerance and policy, recording into ``losses``."""

    def __init__(self, tolerance: float, on_invalid: str, losses: Losses) -> None:
        if on_invalid not in ON_INVALID:
            raise ValueError(f"on_invalid must be one of {', '.join(ON_INVALID)}")
        if not tolerance >= 0:
            raise ValueError("the tolerance must be a number of pixels ≥ 0")
        self.tolerance = tolerance
        self.on_invalid = on_invalid
        self.losses = losses
        losses.tolerance = tolerance

    def polygon(self, points: Sequence[tuple[float, float]], width: int, height: int,
                where: str) -> list[tuple[float, float]] | None:
        """The points rounded to 1/100 px and fitted, or None when the shape is skipped."""
        _finite([c for point in points for c in point], where)
        out: list[tuple[float, float]] = []
        clamped = 0
        beyond: str | None = None
        for j, (x, y) in enumerate(points):
            x, y = round(float(x), 2), round(float(y), 2)
            off = max(_outside(x, width), _outside(y, height))
            if off > 0:
                if off > self.tolerance + 1e-9 and beyond is None:
                    beyond = (f"point ({x:g}, {y:g}) is {off:.2f} px outside the image "
                              f"({width}×{height}, tolerance {self.tolerance:g} px)"
                              f"|{where}.points[{j}]")
                clamped += 1
                x, y = round(_clamp(x, width), 2), round(_clamp(y, height), 2)
            out.append((x, y))
        if beyond is not None and not self._accept_beyond(beyond):
            return None
        if len(set(out)) < 3 or polygon_area(out) < 1e-9:
            self._degenerate("a polygon needs three distinct points enclosing an area", where)
            return None
        if clamped and beyond is None:
            self._clamped(clamped, where)
        return out

    def box(self, x: float, y: float, w: float, h: float, width: int, height: int,
            where: str) -> tuple[float, float, float, float] | None:
        """``(x, y, w, h)`` rounded to 1/100 px and fitted, or None when skipped."""
        _finite([x, y, w, h], where)
        x0, y0 = round(float(x), 2), round(float(y), 2)
        x1, y1 = round(float(x) + float(w), 2), round(float(y) + float(h), 2)
        if w <= 0 or h <= 0:
            self._degenerate("a box needs a positive width and height", where)
            return None
        edges = ((x0, width, "left"), (y0, height, "top"), (x1, width, "right"),
                 (y1, height, "bottom"))
        offs = [(_outside(v, limit), name) for v, limit, name in edges]
        worst, name = max(offs)
        clamped = sum(1 for off, _ in offs if off > 0)
        if worst > self.tolerance + 1e-9:
            message = (f"box ({x0:g}, {y0:g}, {x1 - x0:g}×{y1 - y0:g}): its {name} edge is "
                       f"{worst:.2f} px outside the image ({width}×{height}, tolerance "
                       f"{self.tolerance:g} px)|{where}")
            if not self._accept_beyond(message):
                return None
        elif clamped:
            self._clamped(clamped, where)
        x0, x1 = _clamp(x0, width), _clamp(x1, width)
        y0, y1 = _clamp(y0, height), _clamp(y1, height)
        if x1 - x0 <= 0 or y1 - y0 <= 0:
            self._degenerate("the box lies outside the image", where)
            return None
        return round(x0, 2), round(y0, 2), round(x1 - x0, 2), round(y1 - y0, 2)

    def _clamped(self, count: int, where: str) -> None:
        self.losses.add("clamped_points", f"coordinates up to {self.tolerance:g} px outside "
                        "the image moved onto its edge", where, count)

    def _accept_beyond(self, message_where: str) -> bool:
        message, where = message_where.rsplit("|", 1)
        if self.on_invalid == "fail":
            raise fail(message + " (--on-invalid skip imports the rest, clamp keeps it)",
                       where)
        if self.on_invalid == "clamp":
            self.losses.add("clamped_beyond_tolerance", "shapes further outside the image "
                            "than the tolerance, clamped (--on-invalid clamp)", where)
            return True
        self.losses.add("shape_outside_image", "shapes further outside the image than the "
                        "tolerance, left out (--on-invalid skip)", f"{where}: {message}")
        return False

    def _degenerate(self, message: str, where: str) -> None:
        if self.on_invalid == "fail":
            raise fail(message, where)
        self.losses.add("degenerate_shape", "shapes that enclose no area (once fitted to "
                        "the image), left out", f"{where}: {message}")
