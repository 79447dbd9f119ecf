"""Collusion: pairs of accounts that agree with each other against the reference.

Two annotators who copy each other (or one person with two wallets) agree with
each other, and — when they are wrong — disagree together with everyone else.
Honest annotators are wrong now and then, but rarely wrong *the same way* on the
same tasks. The rule, per pair of accounts in a campaign:

- a task *counts* for the pair when both labeled it and it has a **reference**:
  its gold answer, or else the consensus (:func:`~.quality.consensus`) of all
  its annotators when it has at least :data:`MIN_RATERS` of them (so a pair alone
  never makes the consensus) and there is a majority;
- the pair is **against the reference** on a task when they agree with each other
  (pair agreement ≥ ``agree``, default 0.99: the same answer) and each of them
  scores below 0.5 against the reference;
- the pair is **flagged** when at least ``min_tasks`` tasks count (default 5) and
  the share of them against the reference is ≥ ``threshold`` (default 0.5).

Campaigns may change the rule in ``extra``: ``collusion_min_tasks``,
``collusion_threshold``. Flags are shown to reviewers and admins in the campaign's
quality report; they decide nothing by themselves.

>>> pos = {"kind": "text_classification", "labels": ["pos"]}
>>> neg = {"kind": "text_classification", "labels": ["neg"]}
>>> labels = [Labeled(f"t{i}", who, neg if who in "ab" else pos)
...           for i in range(5) for who in "abcde"]
>>> [(p.account_a, p.account_b, p.against, p.flagged)
...  for p in suspicious_pairs(labels) if p.flagged]
[('a', 'b', 5, True)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from .quality import DEFAULT_IOU, consensus, pair_agreement
from .quality_report import Labeled

MIN_RATERS = 3


@dataclass(frozen=True)
class CollusionRule:
    min_tasks: int = 5
    threshold: float = 0.5
    agree: float = 0.99


def collusion_rule(campaign: Any) -> CollusionRule:
    """The rule of a campaign (``campaign.extra``; malformed values fall back)."""
    extra: Mapping[str, Any] = getattr(campaign, "extra", None) or {}
    minimum = extra.get("collusion_min_tasks")
    threshold = extra.get("collusion_threshold")
    rule = CollusionRule()
    return CollusionRule(
        min_tasks=minimum if isinstance(minimum, int) and not isinstance(minimum, bool)
        and minimum >= 1 else rule.min_tasks,
        threshold=float(threshold) if isinstance(threshold, int | float)
        and not isinstance(threshold, bool) and 0 < threshold <= 1 else rule.threshold,
    )


@dataclass(frozen=True)
class SuspiciousPair:
    """Two accounts' record against the reference (accounts in sorted order)."""

    account_a: str
    account_b: str
    shared_tasks: int  # tasks both labeled that have a reference
    against: int  # of those, tasks where they agreed with each other against it
    rate: float
    flagged: bool

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


def suspicious_pairs(labels: Sequence[Labeled], gold: Mapping[str, Mapping[str, Any]]
                     | None = None, *, rule: CollusionRule | None = None,
                     iou_threshold: float = DEFAULT_IOU) -> list[SuspiciousPair]:
    """Every pair with at least one task against the reference, flagged ones first."""
    rule = rule or CollusionRule()
    gold = gold or {}
    by_task: dict[str, dict[str, Mapping[str, Any]]] = {}
    for item in labels:
        by_task.setdefault(item.task, {}).setdefault(item.account, item.annotation)
    shared: dict[tuple[str, str], int] = {}
    against: dict[tuple[str, str], int] = {}
    for task, answers in by_task.items():
        reference = gold.get(task)
        if reference is None and len(answers) >= MIN_RATERS:
            reference = consensus(list(answers.values()), iou_threshold=iou_threshold).annotation
        if reference is None:
            continue
        wrong = {acc for acc, ann in answers.items()
                 if (pair_agreement(ann, reference, iou_threshold=iou_threshold) or 0.0) < 0.5}
        for a, b in combinations(sorted(answers), 2):
            shared[(a, b)] = shared.get((a, b), 0) + 1
            if a in wrong and b in wrong:
                together = pair_agreement(answers[a], answers[b], iou_threshold=iou_threshold)
                if together is not None and together >= rule.agree:
                    against[(a, b)] = against.get((a, b), 0) + 1
    out = []
    for (a, b), n in against.items():
        total = shared[(a, b)]
        rate = n / total
        out.append(SuspiciousPair(a, b, total, n, rate,
                                  total >= rule.min_tasks and rate >= rule.threshold))
    return sorted(out, key=lambda p: (not p.flagged, -p.rate, -p.against, p.account_a,
                                      p.account_b))
