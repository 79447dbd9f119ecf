"""Comparing annotations across formats: boxes and 4-corner polygons are the same shape."""

from __future__ import annotations

from typing import Any

Shapes = list[tuple[str, tuple[tuple[float, float], ...]]]


def shape_set(annotation: dict[str, Any] | None) -> Shapes:
    """Labels with corner points (rounded to 1/100 px), order-free."""
    if annotation is None:
        return []
    out = []
    for box in annotation.get("boxes") or []:
        x, y, w, h = (round(float(box[k]), 2) for k in ("x", "y", "w", "h"))
        corners = ((x, y), (round(x + w, 2), y), (round(x + w, 2), round(y + h, 2)),
                   (x, round(y + h, 2)))
        out.append((box["label"], corners))
    for poly in annotation.get("polygons") or []:
        out.append((poly["label"], tuple((round(float(px), 2), round(float(py), 2))
                                         for px, py in poly["points"])))
    return sorted(out)


def close(a: list[Any], b: list[Any], tol: float = 0.011) -> bool:
    if len(a) != len(b):
        return False
    for (la, pa), (lb, pb) in zip(a, b, strict=True):
        if la != lb or len(pa) != len(pb):
            return False
        for (xa, ya), (xb, yb) in zip(pa, pb, strict=True):
            if abs(xa - xb) > tol or abs(ya - yb) > tol:
                return False
    return True
