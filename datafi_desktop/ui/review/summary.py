"""Words for a label and a time: what the review list, the label cards and the
annotator's verdict strip print, in the UI's language ("3 boxes: car ×2, bike" in English;
the counted shapes are plural messages, tested in tests/ui/test_translated_dialogs.py).

>>> label_summary({"kind": "text_classification", "labels": ["negative"]})
'negative'
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

from PySide6.QtCore import QCoreApplication, QObject

from ...core.quality import pair_agreement
from .. import locale_format as lf
from ..tr_marks import QT_TRANSLATE_NOOP

CHOICES = {"A": QT_TRANSLATE_NOOP("review_summary", "A is better"),
           "B": QT_TRANSLATE_NOOP("review_summary", "B is better"),
           "tie": QT_TRANSLATE_NOOP("review_summary", "Tie")}
VERDICT_NAMES = {"accept": QT_TRANSLATE_NOOP("review_summary", "Accepted"),
                 "reject": QT_TRANSLATE_NOOP("review_summary", "Rejected"),
                 "correct": QT_TRANSLATE_NOOP("review_summary", "Corrected")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("review_summary", text)


class ShapeWords(QObject):
    """Counted shapes in words (a QObject: lupdate takes plural forms only from self.tr)."""

    def counted(self, kind: str, count: int, labels: str) -> str:
        if kind == "text_spans":
            return self.tr("%n span(s): {labels}", "", count).format(labels=labels)
        if kind == "bounding_boxes":
            return self.tr("%n box(es): {labels}", "", count).format(labels=labels)
        return self.tr("%n polygon(s): {labels}", "", count).format(labels=labels)

    def none(self, kind: str) -> str:
        return {"text_spans": self.tr("no spans"), "bounding_boxes": self.tr("no boxes")
                }.get(kind) or self.tr("no polygons")


def _counted(items: Any, kind: str) -> str:
    shapes = [s for s in items or () if isinstance(s, Mapping)]
    words = ShapeWords()
    if not shapes:
        return words.none(kind)
    counts = Counter(str(s.get("label", "?")) for s in shapes)
    parts = [f"{name} ×{n}" if n > 1 else name for name, n in counts.most_common()]
    return words.counted(kind, len(shapes), ", ".join(parts))


def label_summary(annotation: Mapping[str, Any] | None, limit: int = 80) -> str:
    """One line saying what a label is ("negative", "3 boxes: car ×2, bike")."""
    if not annotation:
        return QCoreApplication.translate("review_summary", "no label")
    kind = annotation.get("kind")
    if kind in ("text_classification", "image_classification"):
        labels = [str(x) for x in annotation.get("labels") or ()]
        text = ", ".join(labels) if labels else QCoreApplication.translate(
            "review_summary", "no label")
    elif kind == "comparison":
        choice = annotation.get("choice")
        text = (_tr(CHOICES[str(choice)]) if str(choice) in CHOICES else str(choice)
                ) if choice is not None else QCoreApplication.translate("review_summary",
                                                                         "no choice")
        reason = " ".join(str(annotation.get("reason") or "").split())
        if reason:
            text += f" — {reason}"
    elif kind == "text_spans":
        text = _counted(annotation.get("spans"), kind)
    elif kind == "bounding_boxes":
        text = _counted(annotation.get("boxes"), kind)
    elif kind == "polygons":
        text = _counted(annotation.get("polygons"), kind)
    elif kind == "collection":
        item = annotation.get("item") or {}
        text = QCoreApplication.translate("review_summary", "collected item")
        if isinstance(item, Mapping) and item.get("filename"):
            text = QCoreApplication.translate("review_summary", "collected item {file}").format(
                file=item["filename"])
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
    """A share as the UI's locale writes its digits and percent sign ("67 %";
    Arabic "٦٧ ٪")."""
    if value is None:
        return "—"
    return f"{lf.integer(round(value * 100))} {lf.current().percent()}"


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
        return QCoreApplication.translate("review_summary", "unknown time")
    return f"{lf.date_time(ms)} ({lf.relative(ms, now)})"


def verdict_name(verdict: str | None) -> str:
    name = VERDICT_NAMES.get(str(verdict))
    return _tr(name) if name else str(verdict or "")
