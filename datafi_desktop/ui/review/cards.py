"""The label cards of a review item: the label under review, the other annotators',
the consensus, and the correction made here (for an item already reviewed)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...core.cache.reviews import ReviewQueueItem, ReviewRow
from ..status_bar import short_address
from ..theme import colors
from .labels_strip import OTHER_COLORS, CardSpec
from .summary import agreement, label_summary, percent


class CardWords(QObject):
    """The cards' words, through ``self.tr`` (context ``CardWords``) so that
    ``pyside6-lupdate`` extracts them, plural forms included."""

    def status(self, status: str) -> str:
        words = {"pending": self.tr("awaiting review"), "accepted": self.tr("accepted"),
                 "rejected": self.tr("rejected"), "paid": self.tr("accepted, paid")}
        return words.get(status, status)

    def no_consensus(self) -> str:
        return self.tr("no consensus yet")

    def agrees_with_consensus(self, rate: str) -> str:
        return self.tr("agrees with consensus {rate}").format(rate=rate)

    def agrees(self, rate: str) -> str:
        return self.tr("agrees {rate}").format(rate=rate)

    def under_review(self) -> str:
        return self.tr("Under review")

    def under_review_by(self, annotator: str) -> str:
        return self.tr("The label under review, by {annotator}").format(annotator=annotator)

    def other_by(self, annotator: str) -> str:
        return self.tr("Another annotator's label of this task, by {annotator}").format(
            annotator=annotator)

    def consensus(self) -> str:
        return self.tr("Consensus")

    def no_majority(self) -> str:
        return self.tr("no majority")

    def of_raters(self, raters: int) -> str:
        return self.tr("of %n annotator(s)", "", raters)

    def majority_said(self) -> str:
        return self.tr("What most annotators of this task said")

    def no_majority_tip(self) -> str:
        return self.tr("The annotators of this task do not agree by a majority")

    def your_correction(self) -> str:
        return self.tr("Your correction")

    def signed_here(self) -> str:
        return self.tr("signed here")

    def correction_tip(self) -> str:
        return self.tr("The correction you signed")


def build_cards(item: ReviewQueueItem, review: ReviewRow | None = None) -> list[CardSpec]:
    words = CardWords()
    consensus = item.consensus or {}
    agreed = consensus.get("annotation") if isinstance(consensus, dict) else None
    note = words.no_consensus() if item.others else ""
    if agreed is not None:
        note = words.agrees_with_consensus(percent(agreement(item.annotation, agreed)))
    cards = [CardSpec(
        "reviewed", words.under_review(), item.annotation,
        label_summary(item.annotation, 200), note, colors().accent,
        f"{words.under_review_by(item.annotator)}\n{label_summary(item.annotation, 400)}")]
    for i, other in enumerate(item.others):
        score = agreement(item.annotation, other.annotation)
        agrees = words.agrees(percent(score)) if score is not None else ""
        parts = [p for p in (words.status(other.status), agrees) if p]
        cards.append(CardSpec(
            "other", short_address(other.annotator), dict(other.annotation),
            label_summary(other.annotation, 200), " · ".join(parts),
            OTHER_COLORS[i % len(OTHER_COLORS)],
            f"{words.other_by(other.annotator)}\n{label_summary(other.annotation, 400)}"))
    if consensus:
        raters = int(consensus.get("raters") or len(item.others) + 1)
        summary = label_summary(agreed, 200) if agreed is not None else words.no_majority()
        cards.append(CardSpec(
            "consensus", words.consensus(), dict(agreed) if agreed is not None else None,
            summary, words.of_raters(raters), "",
            words.majority_said() if agreed is not None else words.no_majority_tip()))
    if review is not None and review.verdict == "correct" and review.correction:
        cards.append(CardSpec("mine", words.your_correction(), dict(review.correction),
                              label_summary(review.correction, 200), words.signed_here(), "",
                              words.correction_tip()))
    return cards
