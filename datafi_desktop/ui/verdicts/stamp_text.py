"""What the rubber-stamp figure says to the annotator, in words (translated).

The figure is the hub's (``QualityOut.rubber_stamp``, read by
:func:`datafi_desktop.core.quality_figures.rubber_stamp_of`): how often a submission
equalled the model's suggestion it was shown, beside the campaign's rate.

>>> stamp_line({"rubber_stamp": {"shown": 40, "unchanged": 39, "rate": 0.975,
...     "campaign_rate": 0.31, "threshold": 0.95, "min_shown": 10, "flagged": False,
...     "holds": False, "held": False}})
"Model's suggestion kept: 98 % of 40 (campaign 31 %)"
>>> stamp_line({})
"Model's suggestion kept: — (no suggestions shown yet)"

The line is short enough for the strip beside the queue (about 330 px): a flagged
figure starts with the flag, and the threshold and what it means are in the tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.quality_figures import held_reasons, rubber_stamp_of
from ..review.summary import percent
from .texts import held_text


def stamp_line(figures: Mapping[str, Any] | None) -> str:
    """``Model's suggestion kept: 97 % of 40 (campaign 31 %)``, or ``Flagged: …``."""
    stamp = rubber_stamp_of(figures)
    if stamp is None:
        return QCoreApplication.translate(
            "stamp_text", "Model's suggestion kept: — (no suggestions shown yet)")
    if stamp.shown == 0:
        return QCoreApplication.translate(
            "stamp_text", "Model's suggestion kept: — (campaign {campaign})").format(
                campaign=percent(stamp.campaign_rate))
    values = {"rate": percent(stamp.rate), "shown": stamp.shown,
              "campaign": percent(stamp.campaign_rate)}
    if stamp.flagged:
        return QCoreApplication.translate(
            "stamp_text", "Flagged: suggestion kept {rate} of {shown} (campaign "
            "{campaign})").format(**values)
    return QCoreApplication.translate(
        "stamp_text", "Model's suggestion kept: {rate} of {shown} (campaign "
        "{campaign})").format(**values)


def stamp_tooltip(figures: Mapping[str, Any] | None) -> str:
    """What the figure means and what the campaign does about it."""
    stamp = rubber_stamp_of(figures)
    text = QCoreApplication.translate(
        "stamp_text", "How often what you submitted was exactly the model's suggestion you "
        "were shown (shapes: overlapping by 95 % or more), beside every annotator of the "
        "campaign.")
    if stamp is None or stamp.threshold is None:
        return text
    flag = QCoreApplication.translate(
        "stamp_text", "You are flagged at {threshold} or more once at least {count} of "
        "your submissions were shown a suggestion.").format(threshold=percent(stamp.threshold),
                                                count=stamp.min_shown or 0)
    parts = [text, flag]
    if stamp.holds:
        parts.append(QCoreApplication.translate(
            "stamp_text", "This campaign holds the rewards of flagged annotators for review."))
    if stamp.flagged:
        parts.append(QCoreApplication.translate(
            "stamp_text", "Read each suggestion and correct what is wrong before you "
            "submit."))
    return " ".join(parts)


def held_line(figures: Mapping[str, Any] | None) -> str:
    """Why the rewards are held (gold accuracy, rubber-stamping or both); empty when
    they are not."""
    figures = figures or {}
    if not figures.get("held"):
        return ""
    reasons = held_reasons(figures)
    stamp = rubber_stamp_of(figures)
    if "rubber_stamp" not in reasons or stamp is None:
        return held_text(figures)  # gold, or an older hub that does not say why
    values = {"rate": percent(stamp.rate), "threshold": percent(stamp.threshold)}
    if "gold" in reasons:
        return held_text(figures) + " " + QCoreApplication.translate(
            "stamp_text", "Also held: the model's suggestion kept in {rate} of your "
            "submissions (the campaign holds from {threshold}).").format(**values)
    return QCoreApplication.translate(
        "stamp_text", "Rewards held: suggestion kept in {rate} of your submissions (the "
        "campaign holds from {threshold}). Your accepted work stays in the ledger and is "
        "paid once the rate is below that again.").format(**values)
