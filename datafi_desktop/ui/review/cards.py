"""The label cards of a review item: the label under review, the other annotators',
the consensus, and the correction made here (for an item already reviewed)."""

from __future__ import annotations

from ...core.cache.reviews import ReviewQueueItem, ReviewRow
from ..status_bar import short_address
from ..theme import colors
from .labels_strip import OTHER_COLORS, CardSpec
from .summary import agreement, label_summary, percent

STATUS_WORDS = {"pending": "awaiting review", "accepted": "accepted", "rejected": "rejected",
                "paid": "accepted, paid"}


def build_cards(item: ReviewQueueItem, review: ReviewRow | None = None) -> list[CardSpec]:
    consensus = item.consensus or {}
    agreed = consensus.get("annotation") if isinstance(consensus, dict) else None
    note = "no consensus yet" if item.others else ""
    if agreed is not None:
        note = f"agrees with consensus {percent(agreement(item.annotation, agreed))}"
    cards = [CardSpec(
        "reviewed", "Under review", item.annotation,
        label_summary(item.annotation, 200), note, colors().accent,
        f"The label under review, by {item.annotator}\n{label_summary(item.annotation, 400)}")]
    for i, other in enumerate(item.others):
        score = agreement(item.annotation, other.annotation)
        status = STATUS_WORDS.get(other.status, other.status)
        parts = [p for p in (status, f"agrees {percent(score)}" if score is not None else "")
                 if p]
        cards.append(CardSpec(
            "other", short_address(other.annotator), dict(other.annotation),
            label_summary(other.annotation, 200), " · ".join(parts),
            OTHER_COLORS[i % len(OTHER_COLORS)],
            f"Another annotator's label of this task, by {other.annotator}\n"
            f"{label_summary(other.annotation, 400)}"))
    if consensus:
        raters = int(consensus.get("raters") or len(item.others) + 1)
        summary = label_summary(agreed, 200) if agreed is not None else "no majority"
        cards.append(CardSpec(
            "consensus", "Consensus", dict(agreed) if agreed is not None else None, summary,
            f"of {raters} annotators", "",
            "What most annotators of this task said" if agreed is not None
            else "The annotators of this task do not agree by a majority"))
    if review is not None and review.verdict == "correct" and review.correction:
        cards.append(CardSpec("mine", "Your correction", dict(review.correction),
                              label_summary(review.correction, 200), "signed here", "",
                              "The correction you signed"))
    return cards
