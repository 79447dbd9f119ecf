"""Chance-corrected agreement: Cohen's kappa (two raters), Fleiss' kappa (items rated by
the same number of raters), Krippendorff's alpha (nominal, any number of raters, missing
ratings allowed). Checked in ``tests/core/test_quality.py`` against scikit-learn,
statsmodels and the ``krippendorff`` package, and against hand-computed values.

>>> cohen_kappa(["a", "a", "b", "b"], ["a", "b", "b", "b"])
0.5
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from typing import Any


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
