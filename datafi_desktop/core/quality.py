"""Quality control without a database: consensus, agreement, gold scoring.

Pure functions over plain annotation dicts (the signed JSON), used by the hub
(running agreement, gold accuracy, the review queue's consensus) and by any
report. No Qt, no SQL.

- **Consensus** per task kind: majority vote for classification (per label for
  multi-label) and comparison; for boxes and polygons, shapes of different
  annotators are matched greedily by IoU (≥ 0.5, same label) and a matched group
  chosen by more than half of the annotators is kept (boxes: mean coordinates;
  polygons: the member closest to the others); for text spans, a span (exact
  offsets and label) chosen by more than half is kept.
- **Agreement of two annotations** (0..1, also the gold score): classification →
  Jaccard of the label sets (1/0 for single labels); comparison → same choice;
  boxes and polygons → F1 of the IoU matching; spans → F1 of exact spans (and
  :func:`span_f1` with ``mode="overlap"``).
- **Chance-corrected agreement** (:mod:`.agreement_stats`), the shapes' geometry
  (:mod:`.geometry`) and the campaign report (:mod:`.quality_report`) have modules of
  their own; their names used with the functions here are importable from here too.

>>> box_iou((0, 0, 10, 10), (5, 0, 10, 10))
0.3333333333333333
>>> cohen_kappa(["a", "a", "b", "b"], ["a", "b", "b", "b"])
0.5
>>> majority(["x", "y", "x"])
('x', 2)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .agreement_stats import cohen_kappa, fleiss_kappa, fleiss_table, krippendorff_alpha
from .geometry import BoxT, Point, box_iou, is_convex, polygon_area, polygon_iou, rings_iou

CATEGORICAL = frozenset({"text_classification", "image_classification", "comparison"})
SHAPES = frozenset({"bounding_boxes", "polygons"})
SPANS = "text_spans"
SCORED_KINDS = CATEGORICAL | SHAPES | {SPANS}
DEFAULT_IOU = 0.5


# --- campaign settings -----------------------------------------------------------------


@dataclass(frozen=True)
class QualitySettings:
    """A campaign's quality settings, read from ``campaign.extra``.

    ``gold_threshold`` (0..1): rewards of annotators whose gold accuracy is below it
    are held (after ``gold_min_answers`` gold answers); None holds nobody.
    ``iou_threshold``: the IoU two shapes need to match (consensus, agreement, gold).
    """

    gold_threshold: float | None = None
    gold_min_answers: int = 3
    iou_threshold: float = DEFAULT_IOU


def quality_settings(campaign: Any) -> QualitySettings:
    """The settings of a :class:`~datafi_desktop.core.models.Campaign` (lenient: a
    malformed value falls back to the default)."""
    extra: Mapping[str, Any] = getattr(campaign, "extra", None) or {}
    threshold = _number(extra.get("gold_threshold"), 0.0, 1.0)
    minimum = extra.get("gold_min_answers")
    iou = _number(extra.get("iou_threshold"), 0.01, 1.0)
    return QualitySettings(
        gold_threshold=threshold,
        gold_min_answers=minimum if isinstance(minimum, int) and not isinstance(
            minimum, bool) and minimum >= 1 else 3,
        iou_threshold=iou if iou is not None else DEFAULT_IOU,
    )


def _number(value: Any, low: float, high: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    value = float(value)
    return value if low <= value <= high else None


# --- matching --------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    a: int
    b: int
    iou: float


def greedy_match(a: Sequence[Any], b: Sequence[Any], iou: Callable[[Any, Any], float],
                 threshold: float = DEFAULT_IOU,
                 same: Callable[[Any, Any], bool] | None = None) -> list[Match]:
    """One-to-one matches of ``a`` and ``b``: pairs by IoU, highest first, each at least
    ``threshold`` (and ``same``, e.g. same label); ties broken by position."""
    pairs = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if same is not None and not same(x, y):
                continue
            value = iou(x, y)
            if value >= threshold:
                pairs.append((-value, i, j))
    pairs.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for negative, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append(Match(i, j, -negative))
    return sorted(out, key=lambda m: (m.a, m.b))


def f1(matched: int, total_a: int, total_b: int) -> float:
    """2·matched / (|a| + |b|); two empty annotations agree fully."""
    if total_a + total_b == 0:
        return 1.0
    return 2 * matched / (total_a + total_b)


def _box_of(shape: Mapping[str, Any]) -> BoxT:
    return (float(shape["x"]), float(shape["y"]), float(shape["w"]), float(shape["h"]))


def _points_of(shape: Mapping[str, Any]) -> list[Point]:
    return [(float(x), float(y)) for x, y in shape["points"]]


def _rings_of(shape: Mapping[str, Any]) -> list[list[Point]]:
    return [_points_of(shape), *([(float(x), float(y)) for x, y in ring]
                                 for ring in shape.get("parts") or ())]


def _polygon_iou(x: Mapping[str, Any], y: Mapping[str, Any]) -> float:
    if x.get("parts") or y.get("parts"):  # an object in several parts: all of them
        return rings_iou(_rings_of(x), _rings_of(y))
    return polygon_iou(_points_of(x), _points_of(y))


def shape_iou(kind: str) -> Callable[[Mapping[str, Any], Mapping[str, Any]], float]:
    if kind == "bounding_boxes":
        return lambda x, y: box_iou(_box_of(x), _box_of(y))
    return _polygon_iou


def _same_label(x: Mapping[str, Any], y: Mapping[str, Any]) -> bool:
    return bool(x.get("label") == y.get("label"))


@dataclass(frozen=True)
class ShapeAgreement:
    f1: float
    mean_iou: float | None  # over the matched pairs
    matches: tuple[Match, ...]


def match_shapes(kind: str, a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]],
                 threshold: float = DEFAULT_IOU) -> ShapeAgreement:
    """Boxes or polygons of two annotations matched by IoU (same label)."""
    matches = greedy_match(a, b, shape_iou(kind), threshold, _same_label)
    mean = sum(m.iou for m in matches) / len(matches) if matches else None
    return ShapeAgreement(f1(len(matches), len(a), len(b)), mean, tuple(matches))


def _span_key(span: Mapping[str, Any]) -> tuple[int, int, str]:
    return (int(span["start"]), int(span["end"]), str(span["label"]))


def span_overlap(x: Mapping[str, Any], y: Mapping[str, Any]) -> float:
    """Overlap of two spans' ranges as intersection over union of code points."""
    (s1, e1, _), (s2, e2, _) = _span_key(x), _span_key(y)
    inter = min(e1, e2) - max(s1, s2)
    if inter <= 0:
        return 0.0
    return inter / (max(e1, e2) - min(s1, s2))


def span_f1(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]],
            mode: str = "exact") -> float:
    """F1 of two span lists: ``exact`` (same offsets and label) or ``overlap`` (same
    label and overlapping ranges, matched one-to-one, largest overlap first)."""
    if mode == "exact":
        ka, kb = {_span_key(s) for s in a}, {_span_key(s) for s in b}
        return f1(len(ka & kb), len(ka), len(kb))
    if mode != "overlap":
        raise ValueError("mode must be 'exact' or 'overlap'")
    matches = greedy_match(a, b, span_overlap, threshold=1e-12, same=_same_label)
    return f1(len(matches), len(a), len(b))


# --- agreement of two annotations --------------------------------------------------------


def category(annotation: Mapping[str, Any]) -> str | None:
    """The nominal value of a categorical annotation (labels joined, or the choice)."""
    kind = annotation.get("kind")
    if kind in ("text_classification", "image_classification"):
        return "|".join(sorted(str(x) for x in annotation.get("labels") or ()))
    if kind == "comparison":
        choice = annotation.get("choice")
        return None if choice is None else str(choice)
    return None


def pair_agreement(a: Mapping[str, Any], b: Mapping[str, Any], *,
                   iou_threshold: float = DEFAULT_IOU) -> float | None:
    """How much two annotations of the same task agree, 0..1 (None: not scored, e.g.
    collection items or different kinds). Also the score against a gold answer."""
    kind = a.get("kind")
    if kind != b.get("kind") or kind not in SCORED_KINDS:
        return None
    if kind in ("text_classification", "image_classification"):
        la, lb = set(a.get("labels") or ()), set(b.get("labels") or ())
        union = la | lb
        return len(la & lb) / len(union) if union else 1.0
    if kind == "comparison":
        return 1.0 if a.get("choice") == b.get("choice") else 0.0
    if kind in SHAPES:
        key = "boxes" if kind == "bounding_boxes" else "polygons"
        return match_shapes(kind, a.get(key) or (), b.get(key) or (), iou_threshold).f1
    return span_f1(a.get("spans") or (), b.get("spans") or (), "exact")


def gold_score(annotation: Mapping[str, Any], gold: Mapping[str, Any], *,
               iou_threshold: float = DEFAULT_IOU) -> float | None:
    """An answer scored against the gold answer (the consensus matching); None when the
    kind is not scored."""
    return pair_agreement(annotation, gold, iou_threshold=iou_threshold)


# --- consensus -------------------------------------------------------------------------


def majority(values: Sequence[Hashable]) -> tuple[Hashable | None, int]:
    """The value chosen by more than half, and its count; (None, top count) without one."""
    if not values:
        return None, 0
    counts = Counter(values)
    (top, n), *_rest = counts.most_common()
    if n * 2 > len(values):
        return top, n
    return None, n


@dataclass(frozen=True)
class Consensus:
    """What most annotators of a task said.

    ``annotation`` is None when there is no majority. ``support`` is, per annotator
    index, the agreement of that annotator's annotation with the consensus.
    """

    kind: str
    raters: int
    annotation: dict[str, Any] | None
    support: tuple[float | None, ...] = ()
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def agreed(self) -> bool:
        return self.annotation is not None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "raters": self.raters, "annotation": self.annotation,
                "support": list(self.support), "detail": self.detail}


def consensus(annotations: Sequence[Mapping[str, Any]], *,
              iou_threshold: float = DEFAULT_IOU) -> Consensus:
    """The consensus of several annotations of one task (all of one kind)."""
    if not annotations:
        return Consensus("", 0, None)
    kind = str(annotations[0].get("kind"))
    n = len(annotations)
    result: dict[str, Any] | None
    detail: dict[str, Any] = {}
    if kind in ("text_classification", "image_classification"):
        label_sets = [tuple(sorted(a.get("labels") or ())) for a in annotations]
        votes = Counter(label for labels in label_sets for label in labels)
        detail["votes"] = dict(sorted(votes.items()))
        if all(len(s) <= 1 for s in label_sets):
            top, _ = majority(label_sets)
            # silenced below: majority() returns Hashable; for label sets it is a frozenset
            result = {"kind": kind, "labels": list(top)} if top else None  # type: ignore[call-overload]
        else:  # multi-label: each label by majority
            chosen = sorted(label for label, count in votes.items() if count * 2 > n)
            result = {"kind": kind, "labels": chosen} if chosen else None
    elif kind == "comparison":
        choices = [a.get("choice") for a in annotations]
        detail["votes"] = dict(Counter(str(c) for c in choices))
        top, _ = majority([c for c in choices])
        result = ({"kind": kind, "choice": top, "reason": "", "ratings": {}}
                  if top is not None else None)
    elif kind in SHAPES:
        result, detail = _shape_consensus(kind, annotations, iou_threshold)
    elif kind == SPANS:
        keys = [{_span_key(s) for s in a.get("spans") or ()} for a in annotations]
        counts = Counter(k for ks in keys for k in ks)
        chosen = sorted(k for k, c in counts.items() if c * 2 > n)
        agreed_empty = sum(1 for ks in keys if not ks) * 2 > n
        result = ({"kind": kind, "spans": [{"start": s, "end": e, "label": lab}
                                           for s, e, lab in chosen]}
                  if chosen or agreed_empty else None)
    else:
        return Consensus(kind, n, None)
    support = tuple(
        pair_agreement(a, result, iou_threshold=iou_threshold) if result is not None else None
        for a in annotations
    )
    return Consensus(kind, n, result, support, detail)


def _shape_consensus(kind: str, annotations: Sequence[Mapping[str, Any]], threshold: float
                     ) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """Group shapes across annotators (greedy by IoU against each group's first shape,
    one shape per annotator per group); keep groups chosen by a majority."""
    key = "boxes" if kind == "bounding_boxes" else "polygons"
    iou = shape_iou(kind)
    n = len(annotations)
    groups: list[list[tuple[int, Mapping[str, Any]]]] = []
    for rater, annotation in enumerate(annotations):
        shapes = list(annotation.get(key) or ())
        heads = [g[0][1] for g in groups]
        open_groups = [gi for gi, g in enumerate(groups) if all(r != rater for r, _ in g)]
        matches = greedy_match(shapes, [heads[gi] for gi in open_groups], iou, threshold,
                               _same_label)
        matched = set()
        for m in matches:
            groups[open_groups[m.b]].append((rater, shapes[m.a]))
            matched.add(m.a)
        for i, shape in enumerate(shapes):
            if i not in matched:
                groups.append([(rater, shape)])
    kept = [g for g in groups if len(g) * 2 > n]
    empty = sum(1 for a in annotations if not a.get(key)) * 2 > n
    detail = {"groups": len(groups), "kept": len(kept)}
    if not kept and not empty:
        return None, detail
    shapes_out: list[dict[str, Any]] = []
    for group in kept:
        members = [s for _, s in group]
        if kind == "bounding_boxes":
            shapes_out.append({
                "label": members[0]["label"],
                **{c: round(sum(float(s[c]) for s in members) / len(members), 2)
                   for c in ("x", "y", "w", "h")},
            })
        else:
            best = max(members, key=lambda s: sum(iou(s, o) for o in members if o is not s))
            chosen: dict[str, Any] = {"label": best["label"],
                                      "points": [list(p) for p in best["points"]]}
            if best.get("parts"):  # an object in several parts keeps them all
                chosen["parts"] = [[list(p) for p in ring] for ring in best["parts"]]
            shapes_out.append(chosen)
    return {"kind": kind, key: shapes_out}, detail


__all__ = [
    "CATEGORICAL", "DEFAULT_IOU", "SCORED_KINDS", "SHAPES", "SPANS", "BoxT", "Consensus",
    "Match", "Point", "QualitySettings", "ShapeAgreement", "box_iou", "category",
    "cohen_kappa", "consensus", "f1", "fleiss_kappa", "fleiss_table", "gold_score",
    "greedy_match", "is_convex", "krippendorff_alpha", "majority", "match_shapes",
    "pair_agreement", "polygon_area", "polygon_iou", "quality_settings", "rings_iou",
    "shape_iou", "span_f1", "span_overlap",
]
