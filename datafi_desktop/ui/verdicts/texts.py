"""What a verdict and the quality figures say to the annotator, in words (no Qt).

The verdict is the one a submission carries (``SubmissionRow.verdict``, from the
hub's status feed): ``{"verdict", "reason", "correction", "reviewer", "created_at",
…}``; the figures are ``Cache.quality(campaign, account)``.

>>> quality_text({"agreement": 0.5, "agreement_pairs": 4, "gold_accuracy": None,
...               "gold_answers": 0})
'Agreement 50 % (4 comparisons) · Gold accuracy — (no gold answers yet)'
>>> quality_text({"agreement": None, "agreement_pairs": 0, "gold_accuracy": None,
...               "gold_answers": 0, "gold_feedback_min": 10})
'Agreement — (no overlapping labels yet) · Gold accuracy: shown after 10 gold answers are reviewed'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..review.summary import label_summary, percent, when
from ..status_bar import short_address

NAMES = {"accept": "Accepted", "reject": "Rejected", "correct": "Accepted with a correction"}


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
    parts = [f"Reviewed by {short_address(reviewer)}" if reviewer else "Reviewed"]
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
    return f"The reviewer corrected it to: {label_summary(correction, 120)}."


def queue_tooltip(status: str, reason: str | None, verdict: Mapping[str, Any] | None) -> str:
    """The queue's tooltip on a reviewed task's state."""
    lines = []
    kind = (verdict or {}).get("verdict")
    name = NAMES.get(str(kind)) if kind else None
    if status == "rejected":
        text = reason or (verdict or {}).get("reason") or "no reason given"
        lines.append(f"Rejected: {text}")
    elif name:
        lines.append(name + (" (paid)" if status == "paid" else ""))
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
    pairs = int(figures.get("agreement_pairs") or 0)
    answers = int(figures.get("gold_answers") or 0)
    agreement = percent(figures.get("agreement"))
    agreement += (f" ({pairs} comparison{'s' if pairs != 1 else ''})" if pairs
                  else " (no overlapping labels yet)")
    released_from = figures.get("gold_feedback_min")
    if figures.get("gold_accuracy") is None and isinstance(released_from, int):
        # the hub releases gold figures late and in batches (hub.gold_feedback): no count
        # and no accuracy until then, so no answer gives away which task was gold
        plural = "s" if released_from != 1 else ""
        return (f"Agreement {agreement} · Gold accuracy: shown after {released_from} gold "
                f"answer{plural} {'are' if plural else 'is'} reviewed")
    gold = percent(figures.get("gold_accuracy"))
    gold += (f" ({answers} gold answer{'s' if answers != 1 else ''})" if answers
             else " (no gold answers yet)")
    return f"Agreement {agreement} · Gold accuracy {gold}"


def counts_text(figures: Mapping[str, Any]) -> str:
    """``4 accepted (1 corrected) · 1 rejected`` (what the hub counted; a corrected
    submission is accepted)."""
    counts = figures.get("submissions") or {}
    corrected = int(figures.get("corrected") or 0)
    parts = []
    for key in ("accepted", "rejected", "pending", "paid"):
        if isinstance(counts, Mapping) and counts.get(key):
            text = f"{int(counts[key])} {key}"
            if key == "accepted" and corrected:
                text += f" ({corrected} corrected)"
            parts.append(text)
    return " · ".join(parts)


def held_text(figures: Mapping[str, Any]) -> str:
    """Why rewards are held, or empty when they are not."""
    if not figures.get("held"):
        return ""
    threshold = figures.get("gold_threshold")
    below = f" is below the campaign's {percent(threshold)}" if threshold is not None else \
        " is too low"
    return (f"Rewards held: your gold accuracy {percent(figures.get('gold_accuracy'))}{below}. "
            "Your accepted work stays in the ledger and is paid once it is back above.")
