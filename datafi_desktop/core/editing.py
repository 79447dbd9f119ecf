"""Edits a pane makes to a draft body, as pure functions (body in, new body out).

Panes call these and push (before, after) pairs on their undo stack; tests call
them without a display. Coordinates are clamped into the image, so a drag past
the edge never produces a shape the model would refuse.
"""

from __future__ import annotations

import copy
from typing import Any

Body = dict[str, Any]
Size = tuple[float, float]
Point = tuple[float, float]

MIN_BOX_SIDE = 1.0


class EditError(ValueError):
    """An edit that cannot apply (e.g. deleting a polygon's third-to-last vertex)."""


def _copy(body: Body) -> Body:
    return copy.deepcopy(body)


def _clamp(value: float, low: float, high: float) -> float:
    return round(max(low, min(high, float(value))), 2)


# --- classification ---------------------------------------------------------------------


def toggle_label(body: Body, label: str, *, multi: bool) -> Body:
    """Single-label: choose ``label``. Multi-label: add it, or remove it if chosen."""
    out = _copy(body)
    labels: list[str] = list(out.get("labels") or [])
    if multi:
        labels = [x for x in labels if x != label] if label in labels else [*labels, label]
        out["labels"] = sorted(labels)
    else:
        out["labels"] = [label]
    return out


# --- text spans -----------------------------------------------------------------------------


def add_span(body: Body, start: int, end: int, label: str, text_length: int) -> Body:
    start, end = sorted((int(start), int(end)))
    start, end = max(0, start), min(text_length, end)
    if end <= start:
        raise EditError("select some text first")
    out = _copy(body)
    spans = list(out.get("spans") or [])
    new = {"start": start, "end": end, "label": label}
    if new not in spans:
        spans.append(new)
    out["spans"] = sorted(spans, key=lambda s: (s["start"], s["end"], s["label"]))
    return out


def spans_at(body: Body, offset: int) -> list[int]:
    """Indexes of the spans covering a code-point offset, shortest first."""
    hits = [(s["end"] - s["start"], i) for i, s in enumerate(body.get("spans") or [])
            if s["start"] <= offset < s["end"]]
    return [i for _, i in sorted(hits)]


def relabel(body: Body, collection: str, index: int, label: str) -> Body:
    """Change the label of span, box or polygon ``index`` in ``collection``."""
    out = _copy(body)
    items = out.get(collection) or []
    if not 0 <= index < len(items):
        raise EditError(f"no {collection[:-1]} {index}")
    items[index]["label"] = label
    if collection == "spans":
        out["spans"] = sorted(items, key=lambda s: (s["start"], s["end"], s["label"]))
    return out


def remove_item(body: Body, collection: str, index: int) -> Body:
    out = _copy(body)
    items = out.get(collection) or []
    if not 0 <= index < len(items):
        raise EditError(f"no {collection[:-1]} {index}")
    del items[index]
    return out


# --- boxes ---------------------------------------------------------------------------------


def normalised_rect(x1: float, y1: float, x2: float, y2: float, size: Size
                    ) -> tuple[float, float, float, float]:
    """A rectangle from two corners in any order, clamped into the image."""
    width, height = size
    left, right = sorted((_clamp(x1, 0, width), _clamp(x2, 0, width)))
    top, bottom = sorted((_clamp(y1, 0, height), _clamp(y2, 0, height)))
    return left, top, round(right - left, 2), round(bottom - top, 2)


def add_box(body: Body, label: str, x1: float, y1: float, x2: float, y2: float, size: Size
            ) -> Body:
    x, y, w, h = normalised_rect(x1, y1, x2, y2, size)
    if w < MIN_BOX_SIDE or h < MIN_BOX_SIDE:
        raise EditError("a box must be at least one pixel wide and high")
    out = _copy(body)
    out.setdefault("boxes", []).append({"label": label, "x": x, "y": y, "w": w, "h": h})
    return out


def set_box_rect(body: Body, index: int, x1: float, y1: float, x2: float, y2: float,
                 size: Size) -> Body:
    """Resize (or move) box ``index`` to the rectangle spanned by two corners."""
    x, y, w, h = normalised_rect(x1, y1, x2, y2, size)
    if w < MIN_BOX_SIDE or h < MIN_BOX_SIDE:
        raise EditError("a box must be at least one pixel wide and high")
    out = _copy(body)
    box = _item(out, "boxes", index)
    box.update({"x": x, "y": y, "w": w, "h": h})
    return out


def move_box(body: Body, index: int, dx: float, dy: float, size: Size) -> Body:
    """Move a box by (dx, dy), stopping at the image's edges without changing its size."""
    out = _copy(body)
    box = _item(out, "boxes", index)
    width, height = size
    box["x"] = _clamp(box["x"] + dx, 0, width - box["w"])
    box["y"] = _clamp(box["y"] + dy, 0, height - box["h"])
    return out


# --- polygons ------------------------------------------------------------------------------


def add_polygon(body: Body, label: str, points: list[Point], size: Size) -> Body:
    pts = [[_clamp(x, 0, size[0]), _clamp(y, 0, size[1])] for x, y in points]
    if len({tuple(p) for p in pts}) < 3:
        raise EditError("a polygon needs at least three distinct points")
    out = _copy(body)
    out.setdefault("polygons", []).append({"label": label, "points": pts})
    return out


def _ring_of(item: dict[str, Any], vertex: int) -> tuple[list[Any], int]:
    """The ring holding flat vertex ``vertex`` (points first, then each part's) and the
    vertex's offset in it: an object in several parts numbers its vertices across parts."""
    rings = [item["points"], *(item.get("parts") or [])]
    offset = vertex
    for ring in rings:
        if 0 <= offset < len(ring):
            return ring, offset
        offset -= len(ring)
    raise EditError(f"no vertex {vertex}")


def move_vertex(body: Body, index: int, vertex: int, x: float, y: float, size: Size) -> Body:
    out = _copy(body)
    ring, at = _ring_of(_item(out, "polygons", index), vertex)
    ring[at] = [_clamp(x, 0, size[0]), _clamp(y, 0, size[1])]
    return out


def insert_vertex(body: Body, index: int, after: int, x: float, y: float, size: Size) -> Body:
    """Insert a vertex on the edge that starts at (flat) vertex ``after``."""
    out = _copy(body)
    ring, at = _ring_of(_item(out, "polygons", index), after)
    ring.insert(at + 1, [_clamp(x, 0, size[0]), _clamp(y, 0, size[1])])
    return out


def delete_vertex(body: Body, index: int, vertex: int) -> Body:
    out = _copy(body)
    ring, at = _ring_of(_item(out, "polygons", index), vertex)
    if len(ring) <= 3:
        raise EditError("a polygon keeps at least three vertices; delete the polygon instead")
    del ring[at]
    return out


def move_polygon(body: Body, index: int, dx: float, dy: float, size: Size) -> Body:
    """Move a whole polygon, stopping at the image's edges without deforming it."""
    out = _copy(body)
    item = _item(out, "polygons", index)
    rings = [item["points"], *(item.get("parts") or [])]  # an object in parts moves whole
    xs, ys = [p[0] for r in rings for p in r], [p[1] for r in rings for p in r]
    dx = max(-min(xs), min(size[0] - max(xs), dx))
    dy = max(-min(ys), min(size[1] - max(ys), dy))
    moved = [[[round(x + dx, 2), round(y + dy, 2)] for x, y in ring] for ring in rings]
    item["points"] = moved[0]
    if item.get("parts"):
        item["parts"] = moved[1:]
    return out


def nearest_edge(points: list[Point], x: float, y: float) -> tuple[int, float]:
    """The edge (by its first vertex) closest to (x, y), and the distance to it."""
    best, best_d = 0, float("inf")
    for i, (ax, ay) in enumerate(points):
        bx, by = points[(i + 1) % len(points)]
        vx, vy = bx - ax, by - ay
        length2 = vx * vx + vy * vy or 1e-12
        t = max(0.0, min(1.0, ((x - ax) * vx + (y - ay) * vy) / length2))
        px, py = ax + t * vx, ay + t * vy
        d = ((x - px) ** 2 + (y - py) ** 2) ** 0.5
        if d < best_d:
            best, best_d = i, d
    return best, best_d


# --- comparison and collection -------------------------------------------------------------


def set_field(body: Body, key: str, value: Any) -> Body:
    """Set a top-level field (comparison choice or reason, collection text or asset)."""
    out = _copy(body)
    out[key] = value
    return out


def set_entry(body: Body, key: str, name: str, value: Any) -> Body:
    """Set (or with ``None`` remove) one entry of a dict field (ratings, metadata)."""
    out = _copy(body)
    entries = dict(out.get(key) or {})
    if value is None or value == "":
        entries.pop(name, None)
    else:
        entries[name] = value
    out[key] = entries
    return out


def _item(body: Body, collection: str, index: int) -> dict[str, Any]:
    items = body.get(collection) or []
    if not 0 <= index < len(items):
        raise EditError(f"no {collection[:-1]} {index}")
    item: dict[str, Any] = items[index]
    return item
