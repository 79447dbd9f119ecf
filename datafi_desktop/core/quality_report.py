"""A campaign's agreement report: per annotator and per task kind, from every
annotator's labels (pair agreement, consensus support, mean IoU, span F1 and the
chance-corrected figures of :mod:`.agreement_stats`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from .agreement_stats import cohen_kappa, fleiss_kappa, fleiss_table, krippendorff_alpha
from .quality import (
    CATEGORICAL,
    DEFAULT_IOU,
    SCORED_KINDS,
    SHAPES,
    SPANS,
    category,
    consensus,
    match_shapes,
    pair_agreement,
    span_f1,
)


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
