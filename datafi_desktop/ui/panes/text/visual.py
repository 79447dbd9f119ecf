"""Selecting right-to-left and mixed-direction text in visual order.

Qt selects logically: a drag from one point to another selects the characters
*stored* between the two positions it hits. In a line that mixes directions
("أعلنت شركة Nile Data في القاهرة يوم ١٢ أكتوبر ٢٠٢٥") the characters between
two logical positions are not the ones between two points on the screen: a drag
across "١٢ أكتوبر ٢٠٢٥" would select only "أكتوبر", because the numbers run left to
right inside the right-to-left line. :func:`visual_hull` takes the characters
whose glyphs lie between the two points instead, and returns the logical range
that holds them all. Offsets stay logical (document positions); only which
characters a drag means follows what the eye sees. A drag over several lines
stays logical (Qt's): the lines between are taken whole anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QTextEdit

from .overlay import has_rtl, x_ranges


def _hit(view: QTextEdit, point: QPoint) -> tuple[int, QPointF]:
    doc_point = QPointF(point) + QPointF(view.horizontalScrollBar().value(),
                                         view.verticalScrollBar().value())
    return view.document().documentLayout().hitTest(
        doc_point, Qt.HitTestAccuracy.FuzzyHit), doc_point


def visual_hull(view: QTextEdit, a: QPoint, b: QPoint) -> tuple[int, int] | None:
    """The logical range [start, end) (document positions) holding every character
    drawn between viewport points ``a`` and ``b`` on one line of mixed or
    right-to-left text; None when the points are on different lines, the line has
    no right-to-left text, or no character lies between them."""
    hit_a, pa = _hit(view, a)
    hit_b, pb = _hit(view, b)
    if hit_a < 0 or hit_b < 0:
        return None
    doc = view.document()
    block = doc.findBlock(hit_a)
    if block != doc.findBlock(hit_b) or not has_rtl(block.text()):
        return None
    layout = block.layout()
    if layout is None:
        return None
    line = layout.lineForTextPosition(hit_a - block.position())
    other = layout.lineForTextPosition(hit_b - block.position())
    if not line.isValid() or line.lineNumber() != other.lineNumber():
        return None
    origin = layout.position()
    left, right = sorted((pa.x() - origin.x(), pb.x() - origin.x()))
    first, last = None, None
    c, end = line.textStart(), line.textStart() + line.textLength()
    while c < end:
        nxt = layout.nextCursorPosition(c)
        for x1, x2, _ in x_ranges(layout, line, c, nxt, True):
            if left <= (x1 + x2) / 2 <= right and not block.text()[c:nxt].isspace():
                first = c if first is None else first
                last = nxt
        c = nxt
    if first is None or last is None:
        return None
    return block.position() + first, block.position() + last
