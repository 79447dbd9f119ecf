"""core.quality against hand-computed values and the libraries' figures
(scikit-learn's cohen_kappa_score, statsmodels' fleiss_kappa, the krippendorff package,
scipy's Hungarian assignment, pycocotools' mask IoU)."""

from __future__ import annotations

import math
import random

import pytest

from datafi_desktop.core import quality as q
from datafi_desktop.core import quality_report as qr

sklearn_metrics = pytest.importorskip("sklearn.metrics")
krippendorff = pytest.importorskip("krippendorff")
inter_rater = pytest.importorskip("statsmodels.stats.inter_rater")


def test_cohen_kappa_by_hand_and_scikit_learn() -> None:
    # 10 items; po = 7/10; rater A: 6 yes 4 no, rater B: 5 yes 5 no
    a = ["y", "y", "y", "y", "y", "y", "n", "n", "n", "n"]
    b = ["y", "y", "y", "y", "n", "n", "y", "n", "n", "n"]
    po, pe = 0.7, (6 * 5 + 4 * 5) / 100
    assert q.cohen_kappa(a, b) == pytest.approx((po - pe) / (1 - pe))  # 0.4
    assert q.cohen_kappa(a, b) == pytest.approx(0.4)
    assert q.cohen_kappa(a, b) == pytest.approx(sklearn_metrics.cohen_kappa_score(a, b))
    rng = random.Random(5)
    for _ in range(50):
        x = [rng.choice("abc") for _ in range(30)]
        y = [v if rng.random() < 0.6 else rng.choice("abc") for v in x]
        assert q.cohen_kappa(x, y) == pytest.approx(sklearn_metrics.cohen_kappa_score(x, y))
    assert q.cohen_kappa(["a", "a"], ["a", "a"]) is None  # undefined: sklearn gives nan


def test_fleiss_kappa_by_hand_and_statsmodels() -> None:
    # Fleiss (1971) style table: 4 items, 3 raters, 2 categories
    table = [[3, 0], [0, 3], [2, 1], [1, 2]]
    p_items = [1, 1, 1 / 3, 1 / 3]
    p_bar = sum(p_items) / 4
    p_e = (6 / 12) ** 2 + (6 / 12) ** 2
    assert q.fleiss_kappa(table) == pytest.approx((p_bar - p_e) / (1 - p_e))  # 1/3
    assert q.fleiss_kappa(table) == pytest.approx(1 / 3)
    assert q.fleiss_kappa(table) == pytest.approx(inter_rater.fleiss_kappa(table))
    # the Wikipedia example (14 raters, 10 items, 5 categories): kappa = 0.210
    wiki = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0],
            [2, 2, 8, 1, 1], [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2],
            [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]
    assert q.fleiss_kappa(wiki) == pytest.approx(0.20993, abs=1e-4)
    assert q.fleiss_kappa(wiki) == pytest.approx(inter_rater.fleiss_kappa(wiki))
    ratings = [["a", "a", "b"], ["b", "b", "b"], ["a", "c", "c"]]
    table2, cats = q.fleiss_table(ratings)
    assert cats == ["a", "b", "c"] and table2 == [[2, 1, 0], [0, 3, 0], [1, 0, 2]]
    with pytest.raises(ValueError):
        q.fleiss_kappa([[2, 0], [1, 0]])


def test_krippendorff_alpha_by_hand_and_the_package() -> None:
    # two raters, four units, nominal: coincidences give alpha = 1 - (n-1)·Do/De
    units = [["a", "a"], ["a", "b"], ["b", "b"], ["b", "b"]]
    # o_aa = 2, o_ab = o_ba = 1, o_bb = 4; n_a = 3, n_b = 5, n = 8
    d_o, d_e = 2, (3 * 5 * 2) / 7
    assert q.krippendorff_alpha(units) == pytest.approx(1 - d_o / d_e)
    assert q.krippendorff_alpha(units) == pytest.approx(8 / 15)
    rng = random.Random(11)
    codes = {"a": 0, "b": 1, "c": 2}
    for _ in range(30):
        raters, items = 4, 20
        matrix = [[math.nan] * items for _ in range(raters)]
        unit_values: list[list[str]] = []
        for j in range(items):
            truth = rng.choice("abc")
            values = []
            for r in range(raters):
                if rng.random() < 0.25:
                    continue  # a missing rating
                v = truth if rng.random() < 0.7 else rng.choice("abc")
                matrix[r][j] = codes[v]
                values.append(v)
            unit_values.append(values)
        expected = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
        assert q.krippendorff_alpha(unit_values) == pytest.approx(expected)
    assert q.krippendorff_alpha([["a", "a"], ["a"]]) is None


def test_box_and_polygon_iou() -> None:
    assert q.box_iou((0, 0, 10, 10), (5, 0, 10, 10)) == pytest.approx(50 / 150)
    assert q.box_iou((0, 0, 10, 10), (20, 20, 5, 5)) == 0
    square = [(0, 0), (10, 0), (10, 10), (0, 10)]
    shifted = [(5, 0), (15, 0), (15, 10), (5, 10)]
    assert q.polygon_iou(square, shifted) == pytest.approx(1 / 3)
    triangle = [(0, 0), (10, 0), (0, 10)]  # half the square
    assert q.polygon_iou(square, triangle) == pytest.approx(0.5)
    # concave L-shape (area 75) against the square: exact by clipping with the square
    ell = [(0, 0), (10, 0), (10, 5), (5, 5), (5, 10), (0, 10)]
    assert q.polygon_area(ell) == 75
    assert q.polygon_iou(ell, square) == pytest.approx(0.75)
    # two concave shapes: rasterized, checked against pycocotools' mask IoU
    mask = pytest.importorskip("pycocotools.mask")
    other = [(2, 2), (12, 2), (12, 12), (7, 12), (7, 7), (2, 7)]
    ours = q.polygon_iou(ell, other)
    flat = [[c * 10 for p in poly for c in p] for poly in (ell, other)]
    rles = [mask.frPyObjects([f], 200, 200)[0] for f in flat]
    theirs = float(mask.iou([rles[0]], [rles[1]], [0])[0][0])
    assert ours == pytest.approx(theirs, abs=0.02)
    # by hand: intersection of the two L shapes is 3x3 + 3x3... checked numerically
    assert 0.2 < ours < 0.4


def test_greedy_matching_agrees_with_the_hungarian_optimum() -> None:
    optimize = pytest.importorskip("scipy.optimize")
    rng = random.Random(3)
    for _ in range(40):
        truth = [(rng.uniform(0, 200), rng.uniform(0, 200), rng.uniform(10, 40),
                  rng.uniform(10, 40)) for _ in range(6)]
        other = [(x + rng.uniform(-3, 3), y + rng.uniform(-3, 3), w, h) for x, y, w, h in truth]
        rng.shuffle(other)
        greedy = q.greedy_match(truth, other, q.box_iou, 0.5)
        cost = [[-q.box_iou(a, b) for b in other] for a in truth]
        rows, cols = optimize.linear_sum_assignment(cost)
        best = {(int(r), int(c)) for r, c in zip(rows, cols, strict=True)
                if -cost[r][c] >= 0.5}
        assert {(m.a, m.b) for m in greedy} == best


def test_span_f1_exact_and_overlap() -> None:
    a = [{"start": 0, "end": 5, "label": "PER"}, {"start": 10, "end": 15, "label": "LOC"}]
    b = [{"start": 0, "end": 5, "label": "PER"}, {"start": 11, "end": 15, "label": "LOC"},
         {"start": 20, "end": 25, "label": "ORG"}]
    assert q.span_f1(a, b, "exact") == pytest.approx(2 * 1 / 5)
    assert q.span_f1(a, b, "overlap") == pytest.approx(2 * 2 / 5)
    assert q.span_f1([], [], "exact") == 1.0


def test_consensus_by_kind() -> None:
    cls = [{"kind": "text_classification", "labels": [x]} for x in ("pos", "pos", "neg")]
    agreed = q.consensus(cls)
    assert agreed.annotation == {"kind": "text_classification", "labels": ["pos"]}
    assert agreed.support == (1.0, 1.0, 0.0)
    assert q.consensus(cls[1:]).annotation is None  # 1 vs 1: no majority
    multi = [{"kind": "image_classification", "labels": ls}
             for ls in (["a", "b"], ["a"], ["a", "b", "c"])]
    assert q.consensus(multi).annotation == {"kind": "image_classification",
                                             "labels": ["a", "b"]}
    comp = [{"kind": "comparison", "choice": c} for c in ("A", "B", "A")]
    assert q.consensus(comp).annotation["choice"] == "A"  # type: ignore[index]
    boxes = [{"kind": "bounding_boxes", "boxes": bx} for bx in (
        [{"label": "car", "x": 0, "y": 0, "w": 10, "h": 10}],
        [{"label": "car", "x": 1, "y": 1, "w": 10, "h": 10},
         {"label": "dog", "x": 50, "y": 50, "w": 5, "h": 5}],
        [{"label": "car", "x": 2, "y": 0, "w": 10, "h": 10}])]
    result = q.consensus(boxes).annotation
    assert result == {"kind": "bounding_boxes",
                      "boxes": [{"label": "car", "x": 1.0, "y": 0.33, "w": 10.0, "h": 10.0}]}
    spans = [{"kind": "text_spans", "spans": s} for s in (
        [{"start": 0, "end": 4, "label": "PER"}],
        [{"start": 0, "end": 4, "label": "PER"}, {"start": 6, "end": 9, "label": "LOC"}],
        [])]
    assert q.consensus(spans).annotation == {"kind": "text_spans", "spans": [
        {"start": 0, "end": 4, "label": "PER"}]}


def test_gold_score_uses_the_consensus_matching() -> None:
    gold = {"kind": "bounding_boxes", "boxes": [{"label": "car", "x": 0, "y": 0, "w": 10,
                                                 "h": 10},
                                                {"label": "car", "x": 30, "y": 0, "w": 10,
                                                 "h": 10}]}
    answer = {"kind": "bounding_boxes", "boxes": [{"label": "car", "x": 1, "y": 0, "w": 10,
                                                   "h": 10}]}
    assert q.gold_score(answer, gold) == pytest.approx(2 * 1 / 3)
    assert q.gold_score({"kind": "text_classification", "labels": ["a"]},
                        {"kind": "text_classification", "labels": ["a"]}) == 1.0
    assert q.gold_score({"kind": "collection", "text": "x"}, {"kind": "collection"}) is None


def test_agreement_report_two_and_three_raters() -> None:
    a = ["y", "y", "y", "y", "y", "y", "n", "n", "n", "n"]
    b = ["y", "y", "y", "y", "n", "n", "y", "n", "n", "n"]
    labels = [qr.Labeled(f"t{i}", acc, {"kind": "text_classification", "labels": [v]})
              for acc, values in (("A", a), ("B", b)) for i, v in enumerate(values)]
    report = qr.agreement_report(labels)
    stats = report.kinds["text_classification"]
    assert stats.tasks == 10 and stats.raters == 2
    assert stats.percent_agreement == pytest.approx(0.7)
    assert stats.cohen_kappa == pytest.approx(sklearn_metrics.cohen_kappa_score(a, b))
    assert stats.fleiss_kappa == pytest.approx(
        inter_rater.fleiss_kappa(q.fleiss_table([[x, y] for x, y in zip(a, b,
                                                                          strict=True)])[0]))
    assert report.annotators["A"].agreement == pytest.approx(0.7)
    assert report.annotators["A"].kappa["B"] == pytest.approx(0.4)
    c = ["y", "y", "n", "y", "y", "n", "n", "n", "y", "n"]
    labels += [qr.Labeled(f"t{i}", "C", {"kind": "text_classification", "labels": [v]})
               for i, v in enumerate(c)]
    stats = qr.agreement_report(labels).kinds["text_classification"]
    rows = [[x, y, z] for x, y, z in zip(a, b, c, strict=True)]
    assert stats.cohen_kappa is None  # three raters
    assert stats.fleiss_kappa == pytest.approx(inter_rater.fleiss_kappa(q.fleiss_table(rows)[0]))
    matrix = [[1 if v == "y" else 0 for v in r] for r in (a, b, c)]
    assert stats.krippendorff_alpha == pytest.approx(
        krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))


def test_quality_settings_are_read_leniently() -> None:
    from datafi_desktop.core.models import parse_campaign

    campaign = parse_campaign({"id": "c", "name": "c", "extra": {
        "gold_threshold": 0.8, "gold_min_answers": 2, "iou_threshold": "x"}})
    settings = q.quality_settings(campaign)
    assert (settings.gold_threshold, settings.gold_min_answers, settings.iou_threshold) == (
        0.8, 2, 0.5)
    assert q.quality_settings(parse_campaign({"id": "d", "name": "d"})).gold_threshold is None


def test_objects_in_several_parts_are_compared_whole() -> None:
    from datafi_desktop.core.quality import match_shapes, shape_iou

    left = [[0, 0], [10, 0], [10, 10], [0, 10]]
    right = [[20, 0], [30, 0], [30, 10], [20, 10]]
    whole = {"label": "car", "points": left, "parts": [right]}
    half = {"label": "car", "points": left}
    iou = shape_iou("polygons")
    assert iou(whole, whole) == pytest.approx(1.0)
    assert iou(whole, half) == pytest.approx(0.5, abs=0.01)  # the other part is missing
    assert iou(half, {"label": "car", "points": right}) == 0.0
    agreement = match_shapes("polygons", [whole], [half], threshold=0.6)
    assert agreement.matches == () and agreement.f1 == 0.0


def test_consensus_keeps_every_part_of_the_chosen_object() -> None:
    from datafi_desktop.core.models import parse_annotation
    from datafi_desktop.core.quality import consensus

    parts = [[[20, 0], [30, 0], [30, 10], [20, 10]]]
    bodies = [{"kind": "polygons", "polygons": [
        {"label": "car", "points": [[0, 0], [10 + d, 0], [10, 10], [0, 10]], "parts": parts}]}
        for d in (0, 0.5, 1)]
    result = consensus(bodies)
    assert result.annotation is not None
    (chosen,) = parse_annotation(result.annotation).polygons
    assert [list(map(list, r)) for r in chosen.parts] == [[[20.0, 0.0], [30.0, 0.0],
                                                           [30.0, 10.0], [20.0, 10.0]]]
