"""Where the label tags of boxes and polygons go so that none covers another.

A tag is a chip of constant screen size at a corner of its shape's bounds. Side by
side boxes, or a box right under another, would put their tags on top of each other
if each went to its default place (just above the top-left corner), so
:func:`place_tags` tries a few places per shape in turn — above left, inside left,
above right, below left, inside bottom left — and takes the first one that overlaps
no tag placed before it (in the shapes' order: a new shape never moves the tags of
older ones) and stays on the image. When every place is taken it stacks the tag
inside the shape, one tag height further down at a time. Everything is in screen
pixels; the caller scales the shapes' bounds by the zoom.

>>> place_tags([(0, 20, 60, 40), (40, 20, 60, 40)], [(50, 14), (50, 14)], (200, 200))
[(0.0, -14.0), (0.0, 0.0)]
"""

from __future__ import annotations

from collections.abc import Sequence

Rect = tuple[float, float, float, float]  # x, y, w, h
Size = tuple[float, float]
Offset = tuple[float, float]

#: grid cell (screen pixels) for finding the tags already placed near a candidate
CELL = 64.0
#: at most this many steps down when stacking inside a shape
MAX_STACK = 12


def place_tags(bounds: Sequence[Rect | None], sizes: Sequence[Size],
               area: Size | None = None) -> list[Offset]:
    """The offset of each tag from its shape's top-left corner (screen pixels).

    ``bounds`` are the shapes' bounds on screen (None: no tag shown, offset (0, 0)),
    ``sizes`` the tags' sizes, ``area`` the image's size on screen (tags stay inside
    it where they can)."""
    grid: dict[tuple[int, int], list[Rect]] = {}
    out: list[Offset] = []
    for box, size in zip(bounds, sizes, strict=True):
        if box is None:
            out.append((0.0, 0.0))
            continue
        offset = _place(box, size, area, grid)
        x, y, w, h = box[0] + offset[0], box[1] + offset[1], size[0], size[1]
        for cell in _cells((x, y, w, h)):
            grid.setdefault(cell, []).append((x, y, w, h))
        out.append(offset)
    return out


def overlaps(a: Rect, b: Rect) -> bool:
    """Two rectangles share some area (touching edges do not count)."""
    return (a[0] < b[0] + b[2] and b[0] < a[0] + a[2]
            and a[1] < b[1] + b[3] and b[1] < a[1] + a[3])


def _candidates(box: Rect, size: Size) -> list[Offset]:
    w, h = float(box[2]), float(box[3])
    tw, th = float(size[0]), float(size[1])
    places = [(0.0, -th), (0.0, 0.0)]
    if w > tw:
        places.append((w - tw, -th))
    places.append((0.0, h))
    if h > th:
        places.append((0.0, h - th))
    return places


def _place(box: Rect, size: Size, area: Size | None,
           grid: dict[tuple[int, int], list[Rect]]) -> Offset:
    places = _candidates(box, size)
    inside_image = [p for p in places if _within(box, size, p, area)]
    for offset in inside_image or places:
        if _free(box, size, offset, grid):
            return offset
    for step in range(1, MAX_STACK + 1):  # everything taken: stack inside, downwards
        offset = (0.0, step * float(size[1]))
        if _within(box, size, offset, area) and _free(box, size, offset, grid):
            return offset
    return (inside_image or places)[0]


def _within(box: Rect, size: Size, offset: Offset, area: Size | None) -> bool:
    if area is None:
        return True
    x, y = box[0] + offset[0], box[1] + offset[1]
    return x >= -0.5 and y >= -0.5 and x + size[0] <= area[0] + 0.5 and (
        y + size[1] <= area[1] + 0.5)


def _free(box: Rect, size: Size, offset: Offset,
          grid: dict[tuple[int, int], list[Rect]]) -> bool:
    rect = (box[0] + offset[0], box[1] + offset[1], size[0], size[1])
    return not any(overlaps(rect, other) for cell in _cells(rect)
                   for other in grid.get(cell, ()))


def _cells(rect: Rect) -> list[tuple[int, int]]:
    x0, y0 = int(rect[0] // CELL), int(rect[1] // CELL)
    x1, y1 = int((rect[0] + rect[2]) // CELL), int((rect[1] + rect[3]) // CELL)
    return [(i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1)]
