"""Pure helpers of the text panes: what the text view shows, how spans stack and
overlap, where Tab goes next, and what a label key does to a spans body.

Offsets are Unicode code points, as in the annotations. No Qt here: the pane
converts to and from Qt's UTF-16 positions with :class:`~.textoffsets.OffsetMap`.

>>> body = {"kind": "text_spans", "spans": []}
>>> body, key = apply_span_label(body, "PER", "  Zoë Lefèvre won", (0, 14), None)
>>> body["spans"], key
([{'start': 2, 'end': 13, 'label': 'PER'}], (2, 13, 'PER'))
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from .editing import Body, EditError, add_span, relabel, remove_item
from .graphemes import index_of
from .models import Task

SpanKey = tuple[int, int, str]
Relation = Literal["same", "inside", "contains", "overlaps"]

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def display_text(text: str) -> str:
    """``text`` as a Qt text view may show it without shifting any offset.

    Qt folds "\\r\\n" into one paragraph break, which would move every later
    position by one; the "\\r" becomes a space (invisible at the end of a line).
    Lone surrogates, which Qt drops, become U+FFFD. Every other code point is
    kept, so code-point offsets into the result are offsets into ``text``.
    """
    out = text.replace("\r\n", " \n")
    if _LONE_SURROGATE.search(out):
        out = _LONE_SURROGATE.sub("\ufffd", out)
    return out


def trim_range(text: str, start: int, end: int) -> tuple[int, int]:
    """The range ``[start, end)`` (in either order) without whitespace at its ends."""
    start, end = sorted((max(0, start), min(len(text), end)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def span_key(span: Mapping[str, Any]) -> SpanKey:
    return int(span["start"]), int(span["end"]), str(span["label"])


def find_span(body: Body, key: SpanKey | None) -> int | None:
    """Index of the span ``key`` in ``body``, or None."""
    if key is None:
        return None
    for i, span in enumerate(body.get("spans") or []):
        if span_key(span) == key:
            return i
    return None


def span_tracks(spans: Sequence[Mapping[str, Any]]) -> list[int]:
    """A track (0, 1, 2…) for each span so that overlapping spans never share one:
    stacked underlines drawn at their track stay apart. Outer spans get the lower
    track when two start together.

    >>> span_tracks([{"start": 0, "end": 9, "label": "ORG"},
    ...              {"start": 4, "end": 9, "label": "LOC"},
    ...              {"start": 12, "end": 15, "label": "PER"}])
    [0, 1, 0]
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i]["start"], -spans[i]["end"], i))
    track_end: list[int] = []
    tracks = [0] * len(spans)
    for i in order:
        start, end = spans[i]["start"], spans[i]["end"]
        for t, busy_until in enumerate(track_end):
            if busy_until <= start:
                tracks[i], track_end[t] = t, end
                break
        else:
            tracks[i] = len(track_end)
            track_end.append(end)
    return tracks


def relation(a: Mapping[str, Any], b: Mapping[str, Any]) -> Relation | None:
    """How span ``a`` stands to span ``b``: None when they do not overlap."""
    if a["end"] <= b["start"] or b["end"] <= a["start"]:
        return None
    if (a["start"], a["end"]) == (b["start"], b["end"]):
        return "same"
    if b["start"] <= a["start"] and a["end"] <= b["end"]:
        return "inside"
    if a["start"] <= b["start"] and b["end"] <= a["end"]:
        return "contains"
    return "overlaps"


def overlaps(spans: Sequence[Mapping[str, Any]]) -> list[list[int]]:
    """For each span, the indexes of the other spans it overlaps (sweep over starts)."""
    order = sorted(range(len(spans)), key=lambda i: spans[i]["start"])
    result: list[list[int]] = [[] for _ in spans]
    active: list[int] = []
    for i in order:
        start = spans[i]["start"]
        active = [j for j in active if spans[j]["end"] > start]
        for j in active:
            result[i].append(j)
            result[j].append(i)
        active.append(i)
    return [sorted(r) for r in result]


def next_span(spans: Sequence[Mapping[str, Any]], current: int | None, caret: int,
              forward: bool = True) -> int | None:
    """The span Tab (``forward``) or Shift+Tab goes to: the one after or before the
    selected span, or after or before the caret when none is selected; wraps around."""
    n = len(spans)
    if n == 0:
        return None
    if current is not None and 0 <= current < n:
        return (current + (1 if forward else -1)) % n
    if forward:
        return next((i for i, s in enumerate(spans) if s["start"] >= caret), 0)
    return next((i for i in range(n - 1, -1, -1) if spans[i]["start"] < caret), n - 1)


def relabel_span(body: Body, index: int, label: str) -> Body:
    """Give span ``index`` another label; if that span already exists, the two merge."""
    spans = body.get("spans") or []
    if not 0 <= index < len(spans):
        raise EditError(f"no span {index}")
    start, end, _ = span_key(spans[index])
    if find_span(body, (start, end, label)) is not None:
        return remove_item(body, "spans", index)
    return relabel(body, "spans", index, label)


def apply_span_label(body: Body, label: str, text: str, selection: tuple[int, int] | None,
                     selected: SpanKey | None) -> tuple[Body, SpanKey]:
    """What a label key does in a spans task: a text selection (whitespace trimmed,
    widened to whole grapheme clusters) becomes a new span; else the selected span
    is relabeled. Returns the new body and the key of the span now selected; raises
    :class:`EditError` with a message for the user when there is nothing to label."""
    if selection is not None and selection[0] != selection[1]:
        start, end = trim_range(text, *selection)
        if start == end:
            raise EditError("The selection holds only spaces")
        start, end = index_of(text).snap(start, end)
        return add_span(body, start, end, label, len(text)), (start, end, label)
    index = find_span(body, selected)
    if index is None:
        raise EditError("Select some text first (drag, or Shift+arrows), or a span (Tab)")
    start, end, _ = span_key(body["spans"][index])
    return relabel_span(body, index, label), (start, end, label)


def predicted_keys(task: Task, model: str | None) -> set[SpanKey]:
    """The spans ``model`` predicted for ``task`` (to mark those still unchanged)."""
    if model is None:
        return set()
    for prediction in task.predictions:
        annotation = prediction.annotation
        if prediction.model == model and annotation.get("kind") == "text_spans":
            try:
                return {span_key(s) for s in annotation.get("spans") or []}
            except (KeyError, TypeError, ValueError):
                return set()
    return set()
