"""Span backgrounds as QTextEdit ExtraSelections.

ExtraSelections are painted by Qt over the laid-out text without touching the
document: an edit to the spans of a 100,000-character text costs a list of
cursors, never a relayout. Overlapping spans are translucent, so where two
spans meet the background is visibly darker; the overlay (``overlay.py``) adds
the stacked underlines and the label tags.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

#: background opacity of a span, and of the selected span
SPAN_ALPHA = 62
SELECTED_ALPHA = 150


@dataclass(frozen=True, slots=True)
class DrawnSpan:
    """A span as the view draws it: UTF-16 document positions, colour and track."""

    start: int
    end: int
    label: str
    color: QColor
    track: int
    predicted: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start


SelectionKey = tuple[int, int, str, bool]


def span_selections(document: QTextDocument, spans: list[DrawnSpan], selected: int | None,
                    cache: dict[SelectionKey, QTextEdit.ExtraSelection] | None = None,
                    only: list[int] | None = None) -> list[QTextEdit.ExtraSelection]:
    """One ExtraSelection per span (or per span in ``only``), outer tracks first so
    inner spans paint on top.

    ``cache`` (kept by the view for one document) reuses the selections of spans
    that did not change, so an edit builds one new selection, not five hundred."""
    cache = {} if cache is None else cache
    indexes = range(len(spans)) if only is None else only
    order = sorted(indexes, key=lambda i: (spans[i].track, spans[i].start))
    if selected is not None and selected in order:
        order.remove(selected)
        order.append(selected)
    formats: dict[tuple[str, bool], QTextCharFormat] = {}
    result: list[QTextEdit.ExtraSelection] = []
    limit = max(0, document.characterCount() - 1)
    for i in order:
        span = spans[i]
        is_selected = i == selected
        name = span.color.name()
        cached = cache.get((span.start, span.end, name, is_selected))
        if cached is not None:
            result.append(cached)
            continue
        key = (name, is_selected)
        fmt = formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            background = QColor(span.color)
            background.setAlpha(SELECTED_ALPHA if is_selected else SPAN_ALPHA)
            fmt.setBackground(background)
            formats[key] = fmt
        cursor = QTextCursor(document)
        cursor.setPosition(min(span.start, limit))
        cursor.setPosition(min(span.end, limit), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        cache[(span.start, span.end, name, is_selected)] = selection
        result.append(selection)
    return result
