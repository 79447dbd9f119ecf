"""Words for a label and a time: what the review list, the label cards and the
annotator's verdict strip print. Plain Python (no Qt), tested without a display.

>>> label_summary({"kind": "text_classification", "labels": ["negative"]})
'negative'
>>> label_summary({"kind": "bounding_boxes", "boxes": [{"label": "car"}, {"label": "car"},
...                                                    {"label": "bike"}]})
'3 boxes: car ×2, bike'
>>> label_summary({"kind": "comparison", "choice": "tie", "reason": ""})
'Tie'
>>> percent(2 / 3)
'67 %'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ...core.quality import pair_agreement
from .. import locale_format as lf

CHOICES = {"A": "A is better", "B": "B is better", "tie": "Tie"}
VERDICT_NAMES = {"accept": "Accepted", "reject": "Rejected", "correct": "Corrected"}


def _counted(items: Any, noun: str, plural: str) -> str:
    shapes = [s for s in items or () if isinstance(s, Mapping)]
    if not shapes:
        return f"no {plural}"
    counts = Counter(str(s.get("label", "?")) for s in shapes)
    parts = [f"{name} ×{n}" if n > 1 else name for name, n in counts.most_common()]
    word = noun if len(shapes) == 1 else plural
    return f"{len(shapes)} {word}: {', '.join(parts)}"


def label_summary(annotation: Mapping[str, Any] | None, limit: int = 80) -> str:
    """One line saying what a label is ("negative", "3 boxes: car ×2, bike")."""
    if not annotation:
        return "no label"
    kind = annotation.get("kind")
    if kind in ("text_classification", "image_classification"):
        labels = [str(x) for x in annotation.get("labels") or ()]
        text = ", ".join(labels) if labels else "no label"
    elif kind == "comparison":
        choice = annotation.get("choice")
        text = CHOICES.get(str(choice), str(choice)) if choice is not None else "no choice"
        reason = " ".join(str(annotation.get("reason") or "").split())
        if reason:
            text += f" — {reason}"
    elif kind == "text_spans":
        text = _counted(annotation.get("spans"), "span", "spans")
    elif kind == "bounding_boxes":
        text = _counted(annotation.get("boxes"), "box", "boxes")
    elif kind == "polygons":
        text = _counted(annotation.get("polygons"), "polygon", "polygons")
    elif kind == "collection":
        item = annotation.get("item") or {}
        text = "collected item"
        if isinstance(item, Mapping) and item.get("filename"):
            text += f" {item['filename']}"
    else:
        text = str(kind or "label")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def agreement(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> float | None:
    """How much two labels of one task agree, 0..1 (None: not scored)."""
    if not a or not b:
        return None
    try:
        return pair_agreement(a, b)
    except (TypeError, ValueError, KeyError):  # a malformed shape in someone's label
        return None


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


def created_at_ms(typed_data: Mapping[str, Any] | None) -> int | None:
    """When a signed record says it was made (``message.createdAt``, ms)."""
    message = (typed_data or {}).get("message")
    value = message.get("createdAt") if isinstance(message, Mapping) else None
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def when(ms: int | None, now: datetime | None = None) -> str:
    """``14/03/26 09:05 (3 minutes ago)``: the local date and time as the user's locale
    writes them, and how long ago."""
    if ms is None:
        return "unknown time"
    return f"{lf.date_time(ms)} ({lf.relative(ms, now)})"


def verdict_name(verdict: str | None) -> str:
    return VERDICT_NAMES.get(str(verdict), str(verdict or ""))
