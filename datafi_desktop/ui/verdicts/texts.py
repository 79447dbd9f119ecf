"""What a verdict and the quality figures say to the annotator, in words.

The verdict is the one a submission carries (``SubmissionRow.verdict``, from the
hub's status feed): ``{"verdict", "reason", "correction", "reviewer", "created_at",
…}``; the figures are ``cache.reviews.quality(campaign, account)``. The words go through Qt's
translations (:class:`VerdictWords`, a QObject: lupdate takes plural forms only from
``self.tr``); without a translator they are the English source.

>>> quality_text({"agreement": None, "agreement_pairs": 0, "gold_accuracy": None,
...               "gold_answers": 0})
'Agreement — (no overlapping labels yet) · Gold accuracy — (no gold answers yet)'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from ..review.summary import label_summary, percent, when
from ..status_bar import short_address


class VerdictWords(QObject):
    """The sentences of this module, translated."""

    def name(self, verdict: str) -> str | None:
        return {"accept": self.tr("Accepted"), "reject": self.tr("Rejected"),
                "correct": self.tr("Accepted with a correction")}.get(verdict)

    def reviewed(self, reviewer: str) -> str:
        return (self.tr("Reviewed by {reviewer}").format(reviewer=short_address(reviewer))
                if reviewer else self.tr("Reviewed"))

    def corrected(self, summary: str) -> str:
        return self.tr("The reviewer corrected it to: {labels}.").format(labels=summary)

    def rejected(self, reason: str | None) -> str:
        return self.tr("Rejected: {reason}").format(reason=reason or self.tr("no reason given"))

    def paid(self, name: str) -> str:
        return self.tr("{verdict} (paid)").format(verdict=name)

    def agreement(self, value: str, pairs: int) -> str:
        if not pairs:
            return self.tr("{value} (no overlapping labels yet)").format(value=value)
        return self.tr("{value} (%n comparison(s))", "", pairs).format(value=value)

    def gold_later(self, agreement: str, released_from: int) -> str:
        return self.tr("Agreement {agreement} · Gold accuracy: shown after %n gold answer(s) "
                       "are reviewed", "", released_from).format(agreement=agreement)

    def gold(self, value: str, answers: int) -> str:
        if not answers:
            return self.tr("{value} (no gold answers yet)").format(value=value)
        return self.tr("{value} (%n gold answer(s))", "", answers).format(value=value)

    def figures(self, agreement: str, gold: str) -> str:
        return self.tr("Agreement {agreement} · Gold accuracy {gold}").format(
            agreement=agreement, gold=gold)

    def count(self, key: str, n: int) -> str:
        return {"accepted": self.tr("%n accepted", "", n),
                "rejected": self.tr("%n rejected", "", n),
                "pending": self.tr("%n pending", "", n),
                "paid": self.tr("%n paid", "", n)}.get(key, f"{n} {key}")

    def corrected_count(self, n: int) -> str:
        return self.tr("(%n corrected)", "", n)

    def held(self, accuracy: str, threshold: str | None) -> str:
        if threshold is None:
            return self.tr("Rewards held: your gold accuracy {accuracy} is too low. Your "
                           "accepted work stays in the ledger and is paid once it is back "
                           "above.").format(accuracy=accuracy)
        return self.tr("Rewards held: your gold accuracy {accuracy} is below the campaign's "
                       "{threshold}. Your accepted work stays in the ledger and is paid once "
                       "it is back above.").format(accuracy=accuracy, threshold=threshold)


def _words() -> VerdictWords:
    return VerdictWords()


def correction_of(verdict: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The reviewer's corrected annotation (a ``correct`` verdict), else None."""
    if not verdict or verdict.get("verdict") != "correct":
        return None
    correction = verdict.get("correction")
    return dict(correction) if isinstance(correction, Mapping) else None


def reviewer_line(verdict: Mapping[str, Any] | None) -> str:
    """``Reviewed by 0xAb12…9f3e · 14 Mar 09:05 (2 h ago)``; empty without a verdict."""
    if not verdict:
        return ""
    reviewer = str(verdict.get("reviewer") or "")
    created = verdict.get("created_at")
    parts = [_words().reviewed(reviewer)]
    if isinstance(created, int):
        parts.append(when(created))
    votes = verdict.get("votes")
    if isinstance(votes, Mapping) and sum(int(v or 0) for v in votes.values()) > 1:
        parts.append(", ".join(f"{n} {k}" for k, n in votes.items() if n))
    return " · ".join(parts)


def correction_sentence(verdict: Mapping[str, Any] | None) -> str:
    correction = correction_of(verdict)
    if correction is None:
        return ""
    return _words().corrected(label_summary(correction, 120))


def queue_tooltip(status: str, reason: str | None, verdict: Mapping[str, Any] | None) -> str:
    """The queue's tooltip on a reviewed task's state."""
    lines = []
    words = _words()
    kind = (verdict or {}).get("verdict")
    name = words.name(str(kind)) if kind else None
    if status == "rejected":
        lines.append(words.rejected(reason or (verdict or {}).get("reason")))
    elif name:
        lines.append(words.paid(name) if status == "paid" else name)
    else:
        lines.append(status.capitalize())
    sentence = correction_sentence(verdict)
    if sentence:
        lines.append(sentence)
    who = reviewer_line(verdict)
    if who:
        lines.append(who)
    return "\n".join(lines)


def quality_text(figures: Mapping[str, Any]) -> str:
    """Agreement and gold accuracy in one line."""
    words = _words()
    pairs = int(figures.get("agreement_pairs") or 0)
    answers = int(figures.get("gold_answers") or 0)
    agreement = words.agreement(percent(figures.get("agreement")), pairs)
    released_from = figures.get("gold_feedback_min")
    if figures.get("gold_accuracy") is None and isinstance(released_from, int):
        # the hub releases gold figures late and in batches (hub.review.gold_feedback): no count
        # and no accuracy until then, so no answer gives away which task was gold
        return words.gold_later(agreement, released_from)
    return words.figures(agreement, words.gold(percent(figures.get("gold_accuracy")), answers))


def counts_text(figures: Mapping[str, Any]) -> str:
    """``4 accepted (1 corrected) · 1 rejected`` (what the hub counted; a corrected
    submission is accepted)."""
    words = _words()
    counts = figures.get("submissions") or {}
    corrected = int(figures.get("corrected") or 0)
    parts = []
    for key in ("accepted", "rejected", "pending", "paid"):
        if isinstance(counts, Mapping) and counts.get(key):
            text = words.count(key, int(counts[key]))
            if key == "accepted" and corrected:
                text += " " + words.corrected_count(corrected)
            parts.append(text)
    return " · ".join(parts)


def held_text(figures: Mapping[str, Any]) -> str:
    """Why rewards are held, or empty when they are not."""
    if not figures.get("held"):
        return ""
    threshold = figures.get("gold_threshold")
    return _words().held(percent(figures.get("gold_accuracy")),
                         percent(threshold) if threshold is not None else None)
