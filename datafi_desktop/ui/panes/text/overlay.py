"""What the span view paints over the text: stacked underlines, label tags, and the
outline of the selected span. Only the lines on screen are visited, so the cost
of a paint does not grow with the length of the text.

Each line of a spans task has a gap below it (``line_gap``): up to ``TRACKS``
underlines, one per overlap level, then a row of small label tags at the start
of each span. Right-to-left and mixed lines are measured with glyph runs, so a
span in Arabic or Hebrew is underlined where its letters are, not where a
left-to-right reading would put them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QTextBlock,
    QTextLayout,
    QTextLine,
)
from PySide6.QtWidgets import QTextEdit

from .highlighter import DrawnSpan
from .label_bar import contrast_text, tint

TRACKS = 3
TRACK_STEP = 3.0
UNDERLINE = 2.0

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
                  "\U00010800-\U00010fff\U0001e800-\U0001efff]")


def tag_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(6.5, font.pointSizeF() * 0.68))
    small.setBold(True)
    return small


def line_gap(font: QFont) -> float:
    """Extra space below each line of a spans task: the underline tracks and a tag row."""
    return 2.0 + TRACKS * TRACK_STEP + 1.0 + QFontMetricsF(tag_font(font)).height() + 3.0


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


@dataclass(frozen=True)
class VisibleLine:
    block: QTextBlock
    layout: QTextLayout
    line: QTextLine
    #: the layout's origin in viewport coordinates
    origin: QPointF
    #: the line's first and one-past-last document positions
    start: int
    end: int


def visible_lines(view: QTextEdit, gap: float) -> Iterator[VisibleLine]:
    doc = view.document()
    doc_layout = doc.documentLayout()
    dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    top, bottom = float(dy), float(dy + view.viewport().height())
    first = doc_layout.hitTest(QPointF(0, top), Qt.HitTestAccuracy.FuzzyHit)
    block = doc.findBlock(max(0, first))
    while block.isValid():
        rect = doc_layout.blockBoundingRect(block)
        if rect.top() > bottom:
            break
        layout = block.layout()
        if rect.bottom() >= top and layout is not None and layout.lineCount():
            origin = layout.position()
            index = _first_line_below(layout, top - origin.y() - gap)
            for i in range(index, layout.lineCount()):
                line = layout.lineAt(i)
                if origin.y() + line.y() > bottom:
                    break
                start = block.position() + line.textStart()
                yield VisibleLine(block, layout, line, QPointF(origin.x() - dx, origin.y() - dy),
                                  start, start + line.textLength())
        block = block.next()


def _first_line_below(layout: QTextLayout, y: float) -> int:
    """Index of the first line whose bottom is below ``y`` (binary search)."""
    low, high = 0, layout.lineCount()
    while low < high:
        mid = (low + high) // 2
        line = layout.lineAt(mid)
        if line.y() + line.height() < y:
            low = mid + 1
        else:
            high = mid
    return low


def cursor_x(line: QTextLine, position: int) -> float:
    """x of the caret at block position ``position`` on ``line`` (layout coordinates)."""
    found: Any = line.cursorToX(position)  # PySide6 returns (x, position)
    return float(found[0] if isinstance(found, tuple) else found)


def x_ranges(layout: QTextLayout, line: QTextLine, start: int, end: int, bidi: bool
             ) -> list[tuple[float, float, bool]]:
    """Visual extents (x1, x2, right_to_left) of block positions [start, end) on ``line``,
    in layout coordinates; a range crossing a direction change gives several."""
    start = max(start, line.textStart())
    end = min(end, line.textStart() + line.textLength())
    if end <= start:
        return []
    if not bidi:
        return [(cursor_x(line, start), cursor_x(line, end), False)]
    ranges = []
    for run in layout.glyphRuns(start, end - start):
        rect = run.boundingRect()
        if rect.width() > 0:
            ranges.append((rect.left(), rect.right(), run.isRightToLeft()))
    if not ranges:  # e.g. only spaces: fall back to the logical edges
        a, b = cursor_x(line, start), cursor_x(line, end)
        ranges.append((min(a, b), max(a, b), False))
    return sorted(ranges)


@dataclass
class SpanIndex:
    """The spans sorted by start, to find those on a line by bisection."""

    spans: list[DrawnSpan]
    order: list[int]
    starts: list[int]
    max_length: int

    @classmethod
    def build(cls, spans: list[DrawnSpan]) -> SpanIndex:
        order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        return cls(spans, order, [spans[i].start for i in order],
                   max((s.length for s in spans), default=0))

    def on(self, start: int, end: int) -> list[int]:
        """Indexes of the spans that intersect positions [start, end)."""
        lo = bisect_left(self.starts, start - self.max_length)
        hi = bisect_left(self.starts, end)
        return [self.order[k] for k in range(lo, hi) if self.spans[self.order[k]].end > start]


class OverlayPainter:
    """Paints the underlines, tags and selection outline of the spans on screen."""

    def __init__(self, view: QTextEdit) -> None:
        self.view = view
        self._bidi: dict[int, bool] = {}

    def reset(self) -> None:
        self._bidi.clear()

    def bidi(self, block: QTextBlock) -> bool:
        found = self._bidi.get(block.blockNumber())
        if found is None:
            found = self._bidi[block.blockNumber()] = has_rtl(block.text())
        return found

    def paint(self, painter: QPainter, index: SpanIndex, selected: int | None) -> None:
        font = self.view.font()
        small = tag_font(font)
        fm = QFontMetricsF(small)
        gap = line_gap(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.view.viewport().width()
        for vis in visible_lines(self.view, gap):
            hits = index.on(vis.start, vis.end)
            if not hits:
                continue
            bidi = self.bidi(vis.block)
            base = vis.origin.y() + vis.line.y() + vis.line.ascent() + vis.line.descent() + 2.0
            tags: list[QRectF] = []
            for i in sorted(hits, key=lambda k: (index.spans[k].track, index.spans[k].start)):
                span = index.spans[i]
                pos = vis.block.position()
                ranges = x_ranges(vis.layout, vis.line, span.start - pos, span.end - pos, bidi)
                y = base + min(span.track, TRACKS - 1) * TRACK_STEP + UNDERLINE / 2
                pen = QPen(span.color, UNDERLINE)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                if span.predicted:
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                left = vis.origin.x()
                for x1, x2, _ in ranges:
                    painter.drawLine(QPointF(left + x1, y), QPointF(left + x2, y))
                if i == selected:
                    self._outline(painter, vis, ranges, span.color)
                if vis.start <= span.start < vis.end and ranges:
                    self._tag(painter, vis, span, ranges, base, small, fm, tags, width, bidi)

    def _outline(self, painter: QPainter, vis: VisibleLine, ranges: list[tuple[float, float, bool]],
                 color: QColor) -> None:
        top = vis.origin.y() + vis.line.y() - 1
        height = vis.line.ascent() + vis.line.descent() + 2
        painter.setPen(QPen(color.darker(150), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for x1, x2, _ in ranges:
            painter.drawRoundedRect(QRectF(vis.origin.x() + x1 - 1.5, top, x2 - x1 + 3, height),
                                    3, 3)

    def _tag(self, painter: QPainter, vis: VisibleLine, span: DrawnSpan,
             ranges: list[tuple[float, float, bool]], base: float, small: QFont,
             fm: QFontMetricsF, placed: list[QRectF], width: int, bidi: bool) -> None:
        pos = vis.block.position()
        first = x_ranges(vis.layout, vis.line, span.start - pos,
                         vis.layout.nextCursorPosition(span.start - pos), bidi)
        x1, x2, rtl = first[0] if first else ranges[0]
        w = fm.horizontalAdvance(span.label) + 8
        h = fm.height() + 1
        top = base + TRACKS * TRACK_STEP + 0.5
        left = vis.origin.x() + (x2 - w if rtl else x1)
        rect = QRectF(left, top, w, h)
        for other in placed:  # tags never cover each other: step along the reading direction
            if rect.intersects(other):
                rect.moveLeft(other.left() - w - 2 if rtl else other.right() + 2)
        if rect.left() < 0 or rect.right() > width or any(rect.intersects(o) for o in placed):
            return
        placed.append(rect)
        painter.setFont(small)
        if span.predicted:
            painter.setPen(QPen(span.color.darker(130), 1, Qt.PenStyle.DashLine))
            fill = tint(span.color, 0.3)
            painter.setBrush(fill)
            text = contrast_text(fill)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(span.color)
            text = contrast_text(span.color)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, span.label)
