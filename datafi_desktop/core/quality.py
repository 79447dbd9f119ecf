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
- **Chance-corrected agreement**: Cohen's kappa (two raters), Fleiss' kappa
  (items rated by the same number of raters), Krippendorff's alpha (nominal,
  any number of raters, missing ratings allowed). Checked in
  ``tests/core/test_quality.py`` against scikit-learn, statsmodels and the
  ``krippendorff`` package, and against hand-computed values.

Polygon IoU is exact when either polygon is convex (Sutherland–Hodgman clipping,
shoelace area) and rasterized with Pillow otherwise.

>>> box_iou((0, 0, 10, 10), (5, 0, 10, 10))
0.3333333333333333
>>> cohen_kappa(["a", "a", "b", "b"], ["a", "b", "b", "b"])
0.5
>>> majority(["x", "y", "x"])
('x', 2)
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

Point = tuple[float, float]
BoxT = tuple[float, float, float, float]  # x, y, w, h

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


# --- geometry --------------------------------------------------------------------------


def box_iou(a: BoxT, b: BoxT) -> float:
    """IoU of two boxes given as (x, y, w, h)."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    iw = min(ax + aw, bx + bw) - max(ax, bx)
    ih = min(ay + ah, by + bh) - max(ay, by)
    if iw <= 0 or ih <= 0:
        return 0.0
    inter = iw * ih
    union = aw * ah + bw * bh - inter
    return inter / union if union > 0 else 0.0


def polygon_area(points: Sequence[Point]) -> float:
    """Area by the shoelace formula (absolute)."""
    return abs(_signed_area(points))


def _signed_area(points: Sequence[Point]) -> float:
    total = 0.0
    n = len(points)
    for i in range(n):
        x1, y1 = points[i]
        x2, y2 = points[(i + 1) % n]
        total += x1 * y2 - x2 * y1
    return total / 2


def is_convex(points: Sequence[Point]) -> bool:
    """True for a convex polygon (collinear points allowed)."""
    n = len(points)
    sign = 0
    for i in range(n):
        (x1, y1), (x2, y2), (x3, y3) = points[i], points[(i + 1) % n], points[(i + 2) % n]
        cross = (x2 - x1) * (y3 - y2) - (y2 - y1) * (x3 - x2)
        if abs(cross) < 1e-12:
            continue
        s = 1 if cross > 0 else -1
        if sign == 0:
            sign = s
        elif s != sign:
            return False
    return True


def _clip(subject: Sequence[Point], clip: Sequence[Point]) -> list[Point]:
    """Sutherland–Hodgman: ``subject`` (any simple polygon) clipped by a convex ``clip``."""
    orientation = 1.0 if _signed_area(clip) > 0 else -1.0

    def inside(p: Point, a: Point, b: Point) -> bool:
        return orientation * ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) >= 0

    def cross_point(p: Point, q: Point, a: Point, b: Point) -> Point:
        dx, dy = q[0] - p[0], q[1] - p[1]
        ex, ey = b[0] - a[0], b[1] - a[1]
        denom = dx * ey - dy * ex
        if denom == 0:
            return q
        t = ((a[0] - p[0]) * ey - (a[1] - p[1]) * ex) / denom
        return (p[0] + t * dx, p[1] + t * dy)

    output = list(subject)
    n = len(clip)
    for i in range(n):
        a, b = clip[i], clip[(i + 1) % n]
        source, output = output, []
        if not source:
            break
        prev = source[-1]
        for cur in source:
            if inside(cur, a, b):
                if not inside(prev, a, b):
                    output.append(cross_point(prev, cur, a, b))
                output.append(cur)
            elif inside(prev, a, b):
                output.append(cross_point(prev, cur, a, b))
            prev = cur
    return output


def polygon_iou(a: Sequence[Point], b: Sequence[Point], *, raster: int = 1024) -> float:
    """IoU of two simple polygons: exact when one is convex, else rasterized on a grid
    whose longer side is ``raster`` cells."""
    area_a, area_b = polygon_area(a), polygon_area(b)
    if area_a <= 0 or area_b <= 0:
        return 0.0
    if not _bbox_overlap(a, b):
        return 0.0
    if is_convex(b):
        inter = polygon_area(_clip(a, b))
    elif is_convex(a):
        inter = polygon_area(_clip(b, a))
    else:
        return _raster_iou(a, b, raster)
    union = area_a + area_b - inter
    return max(0.0, min(1.0, inter / union)) if union > 0 else 0.0


def _bbox_overlap(a: Sequence[Point], b: Sequence[Point]) -> bool:
    ax = [p[0] for p in a]
    ay = [p[1] for p in a]
    bx = [p[0] for p in b]
    by = [p[1] for p in b]
    return not (max(ax) <= min(bx) or max(bx) <= min(ax) or max(ay) <= min(by)
                or max(by) <= min(ay))


def _raster_iou(a: Sequence[Point], b: Sequence[Point], size: int) -> float:
    return rings_iou([a], [b], raster=size)


def rings_iou(a: Sequence[Sequence[Point]], b: Sequence[Sequence[Point]], *,
              raster: int = 1024) -> float:
    """IoU of two objects made of one or several polygons (``parts``), rasterized on a
    grid whose longer side is ``raster`` cells."""
    from PIL import Image, ImageChops, ImageDraw

    xs = [p[0] for ring in (*a, *b) for p in ring]
    ys = [p[1] for ring in (*a, *b) for p in ring]
    x0, y0 = min(xs), min(ys)
    span = max(max(xs) - x0, max(ys) - y0) or 1.0
    scale = raster / span
    width = math.ceil((max(xs) - x0) * scale) + 2
    height = math.ceil((max(ys) - y0) * scale) + 2

    def mask(rings: Sequence[Sequence[Point]]) -> Image.Image:
        image = Image.new("1", (width, height), 0)
        draw = ImageDraw.Draw(image)
        for points in rings:
            draw.polygon([((x - x0) * scale + 1, (y - y0) * scale + 1) for x, y in points],
                         fill=1)
        return image

    ma, mb = mask(a), mask(b)
    inter = ImageChops.logical_and(ma, mb).histogram()[-1]
    union = ImageChops.logical_or(ma, mb).histogram()[-1]
    return inter / union if union else 0.0


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


# --- chance-corrected agreement ----------------------------------------------------------


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two raters over the same items; None when undefined (both
    raters always gave one and the same value)."""
    if len(a) != len(b):
        raise ValueError("both raters must rate the same items")
    n = len(a)
    if n == 0:
        return None
    observed = sum(1 for x, y in zip(a, b, strict=True) if x == y) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def fleiss_table(ratings: Sequence[Sequence[Hashable]]) -> tuple[list[list[int]], list[Any]]:
    """Items × categories counts from each item's ratings (and the category order)."""
    categories = sorted({v for item in ratings for v in item}, key=repr)
    index = {c: i for i, c in enumerate(categories)}
    table = []
    for item in ratings:
        row = [0] * len(categories)
        for value in item:
            row[index[value]] += 1
        table.append(row)
    return table, categories


def fleiss_kappa(table: Sequence[Sequence[int]]) -> float | None:
    """Fleiss' kappa of an items × categories count table (every item rated by the same
    number of raters, at least two); None when undefined."""
    if not table:
        return None
    raters = sum(table[0])
    if raters < 2 or any(sum(row) != raters for row in table):
        raise ValueError("Fleiss' kappa needs the same number (≥ 2) of ratings per item")
    items = len(table)
    p_items = [(sum(c * c for c in row) - raters) / (raters * (raters - 1)) for row in table]
    p_bar = sum(p_items) / items
    totals = [sum(row[j] for row in table) for j in range(len(table[0]))]
    p_e = sum((t / (items * raters)) ** 2 for t in totals)
    if p_e == 1:
        return None
    return (p_bar - p_e) / (1 - p_e)


def krippendorff_alpha(units: Sequence[Sequence[Hashable]]) -> float | None:
    """Krippendorff's alpha for nominal data: ``units`` lists each item's values (any
    number of raters, missing ones left out); items with fewer than two values do not
    count. None when undefined (fewer than two pairable values, or one value only)."""
    coincidence: dict[tuple[Hashable, Hashable], float] = {}
    for values in units:
        m = len(values)
        if m < 2:
            continue
        counts = Counter(values)
        for c, nc in counts.items():
            for k, nk in counts.items():
                pairs = nc * (nc - 1) if c == k else nc * nk
                if pairs:
                    coincidence[(c, k)] = coincidence.get((c, k), 0.0) + pairs / (m - 1)
    totals: dict[Hashable, float] = {}
    for (c, _k), value in coincidence.items():
        totals[c] = totals.get(c, 0.0) + value
    n = sum(totals.values())
    if n <= 1:
        return None
    observed = sum(v for (c, k), v in coincidence.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k) / (n - 1)
    if expected == 0:
        return None
    return 1 - observed / expected


# --- campaign reports --------------------------------------------------------------------


@dataclass(frozen=True)
class Labeled:
    """One annotator's annotation of one task."""

    task: str
    account: str
    annotation: Mapping[str, Any]


@dataclass
class AnnotatorAgreement:
    account: str
    tasks: int = 0  # tasks shared with at least one other annotator
    pairs: int = 0
    agreement: float | None = None  # mean pairwise agreement, 0..1
    with_consensus: float | None = None  # mean agreement with the task's consensus
    kappa: dict[str, float | None] = field(default_factory=dict)  # Cohen's, per other rater

    def to_json(self) -> dict[str, Any]:
        return {"account": self.account, "tasks": self.tasks, "pairs": self.pairs,
                "agreement": self.agreement, "with_consensus": self.with_consensus,
                "kappa": self.kappa}


@dataclass
class KindAgreement:
    kind: str
    tasks: int = 0  # tasks with two or more annotations
    raters: int = 0
    percent_agreement: float | None = None  # mean pairwise agreement
    cohen_kappa: float | None = None  # when exactly two raters labeled every task
    fleiss_kappa: float | None = None  # over the tasks with the most common rater count
    fleiss_tasks: int = 0
    krippendorff_alpha: float | None = None
    mean_iou: float | None = None  # boxes and polygons: over matched shapes
    span_f1_exact: float | None = None
    span_f1_overlap: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items()}


@dataclass
class AgreementReport:
    kinds: dict[str, KindAgreement]
    annotators: dict[str, AnnotatorAgreement]

    def to_json(self) -> dict[str, Any]:
        return {"kinds": {k: v.to_json() for k, v in self.kinds.items()},
                "annotators": {k: v.to_json() for k, v in self.annotators.items()}}


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def agreement_report(labels: Sequence[Labeled], *,
                     iou_threshold: float = DEFAULT_IOU) -> AgreementReport:
    """Agreement per task kind and per annotator over every task labeled by two or more
    annotators (one annotation per annotator and task: the latest given)."""
    by_task: dict[str, dict[str, Mapping[str, Any]]] = {}
    for item in labels:
        by_task.setdefault(item.task, {})[item.account] = item.annotation
    kinds: dict[str, KindAgreement] = {}
    people: dict[str, AnnotatorAgreement] = {}
    pair_scores: dict[str, list[float]] = {}
    consensus_scores: dict[str, list[float]] = {}
    per_kind_tasks: dict[str, list[dict[str, Mapping[str, Any]]]] = {}
    for task_labels in by_task.values():
        if len(task_labels) < 2:
            continue
        kind = str(next(iter(task_labels.values())).get("kind"))
        if kind not in SCORED_KINDS:
            continue
        per_kind_tasks.setdefault(kind, []).append(task_labels)
    for kind, tasks in per_kind_tasks.items():
        stats = kinds.setdefault(kind, KindAgreement(kind))
        stats.tasks = len(tasks)
        stats.raters = len({acc for t in tasks for acc in t})
        all_pairs: list[float] = []
        ious: list[float] = []
        exact: list[float] = []
        overlap: list[float] = []
        for task_labels in tasks:
            accounts = sorted(task_labels)
            for acc in accounts:
                person = people.setdefault(acc, AnnotatorAgreement(acc))
                person.tasks += 1
            for x, y in combinations(accounts, 2):
                a, b = task_labels[x], task_labels[y]
                score = pair_agreement(a, b, iou_threshold=iou_threshold)
                if score is None:
                    continue
                all_pairs.append(score)
                for acc in (x, y):
                    pair_scores.setdefault(acc, []).append(score)
                    people[acc].pairs += 1
                if kind in SHAPES:
                    key = "boxes" if kind == "bounding_boxes" else "polygons"
                    ious.extend(m.iou for m in match_shapes(kind, a.get(key) or (),
                                                            b.get(key) or (),
                                                            iou_threshold).matches)
                if kind == SPANS:
                    exact.append(span_f1(a.get("spans") or (), b.get("spans") or (), "exact"))
                    overlap.append(span_f1(a.get("spans") or (), b.get("spans") or (),
                                           "overlap"))
            agreed = consensus([task_labels[acc] for acc in accounts],
                               iou_threshold=iou_threshold)
            for acc, support in zip(accounts, agreed.support, strict=False):
                if support is not None:
                    consensus_scores.setdefault(acc, []).append(support)
        stats.percent_agreement = _mean(all_pairs)
        stats.mean_iou = _mean(ious) if kind in SHAPES else None
        if kind == SPANS:
            stats.span_f1_exact, stats.span_f1_overlap = _mean(exact), _mean(overlap)
        if kind in CATEGORICAL:
            _chance_corrected(stats, tasks)
    for acc, person in people.items():
        person.agreement = _mean(pair_scores.get(acc, []))
        person.with_consensus = _mean(consensus_scores.get(acc, []))
    _pairwise_kappa(per_kind_tasks, people)
    return AgreementReport(kinds, people)


def _chance_corrected(stats: KindAgreement,
                      tasks: Sequence[Mapping[str, Mapping[str, Any]]]) -> None:
    units = [[category(a) for a in t.values()] for t in tasks]
    units = [[v for v in u if v is not None] for u in units]
    stats.krippendorff_alpha = krippendorff_alpha(units)
    raters = sorted({acc for t in tasks for acc in t})
    if len(raters) == 2 and all(len(t) == 2 for t in tasks):
        first = [category(t[raters[0]]) for t in tasks]
        second = [category(t[raters[1]]) for t in tasks]
        stats.cohen_kappa = cohen_kappa(first, second)
    sizes = Counter(len(u) for u in units if len(u) >= 2)
    if sizes:
        common = sizes.most_common(1)[0][0]
        same = [u for u in units if len(u) == common]
        table, _ = fleiss_table(same)
        stats.fleiss_kappa = fleiss_kappa(table)
        stats.fleiss_tasks = len(same)


def _pairwise_kappa(per_kind_tasks: Mapping[str, Sequence[Mapping[str, Mapping[str, Any]]]],
                    people: dict[str, AnnotatorAgreement]) -> None:
    """Cohen's kappa of each pair of annotators over the categorical tasks both did."""
    shared: dict[tuple[str, str], tuple[list[str | None], list[str | None]]] = {}
    for kind, tasks in per_kind_tasks.items():
        if kind not in CATEGORICAL:
            continue
        for t in tasks:
            for x, y in combinations(sorted(t), 2):
                first, second = shared.setdefault((x, y), ([], []))
                first.append(f"{kind}:{category(t[x])}")
                second.append(f"{kind}:{category(t[y])}")
    for (x, y), (first, second) in shared.items():
        value = cohen_kappa(first, second)
        people[x].kappa[y] = value
        people[y].kappa[x] = value
