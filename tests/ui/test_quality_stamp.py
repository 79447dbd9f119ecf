""""My quality" shows the rubber-stamp figure (issue 19 item 4): how often one submitted
the model's suggestion unchanged beside the campaign's rate, a warning when the hub
flags it, why the rewards are held, the same height whatever the hub reports, and the
text in the user's language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.translations import Installed, install_translations
from datafi_desktop.ui.verdicts.stamp_text import stamp_line

from .conftest import PASSWORD

DEMO = "demo"


def figures(address: str, **stamp: Any) -> dict[str, Any]:
    """The hub's QualityOut body with a rubber-stamp figure (overrides in ``stamp``)."""
    rubber = {"shown": 40, "unchanged": 39, "rate": 39 / 40, "campaign_rate": 0.31,
              "threshold": 0.95, "min_shown": 10, "flagged": True, "holds": True,
              "held": True, "undeclared": 0, "wrong_on_gold": None, "wrong_kept": None}
    rubber.update(stamp)
    return {"campaign_id": DEMO, "account": address, "agreement": 0.8, "agreement_pairs": 5,
            "gold_accuracy": None, "gold_answers": 0, "gold_feedback_min": 10,
            "gold_threshold": None, "held": bool(rubber["held"]),
            "held_for": ["rubber_stamp"] if rubber["held"] else [],
            "submissions": {"accepted": 40}, "corrected": 0, "rubber_stamp": rubber}


def test_the_strip_shows_the_figure_and_warns_when_flagged_and_held(
        qtbot: Any, window: MainWindow, session: Session, demo_cache: Cache, wallet: Wallet,
        account: Callable[[], str]) -> None:
    strip = window.quality
    assert strip is not None and strip.isVisible()
    height = strip.height()
    assert strip.stamp.text() == "Model's suggestion kept: — (no suggestions shown yet)"
    address = account()
    wallet.unlock(address, PASSWORD)
    session.notify_wallet()

    demo_cache.reviews.set_quality(DEMO, address, figures(address))
    session.notify_tasks()
    assert strip.stamp.text() == "Flagged: suggestion kept 98 % of 40 (campaign 31 %)"
    assert strip.stamp.property("role") == "error"
    assert "holds the rewards of flagged annotators" in strip.stamp.toolTip()
    assert "flagged at 95 % or more once at least 10" in strip.stamp.toolTip()
    assert strip.held.isVisible() and not strip.counts.isVisible()
    assert strip.held.text().startswith("Rewards held: suggestion kept in 98 % of your "
                                        "submissions (the campaign holds from 95 %)")
    assert "gold accuracy" not in strip.held.text()  # held for the rubber stamp, not gold
    assert strip.height() == height

    # flagged in a campaign that does not hold: the warning, no hold
    demo_cache.reviews.set_quality(DEMO, address, figures(address, holds=False, held=False))
    session.notify_tasks()
    assert strip.stamp.property("role") == "error"
    assert not strip.held.isVisible() and strip.counts.text() == "40 accepted"

    # one who corrects the model: a plain figure
    demo_cache.reviews.set_quality(DEMO, address, figures(
        address, unchanged=12, rate=0.3, flagged=False, held=False))
    session.notify_tasks()
    assert strip.stamp.text() == "Model's suggestion kept: 30 % of 40 (campaign 31 %)"
    assert not strip.stamp.is_elided()  # the whole line fits beside the queue
    assert strip.stamp.property("role") == "muted"
    assert "holds the rewards" in strip.stamp.toolTip()
    assert not strip.held.isVisible()

    # held for both: the gold sentence, then the rubber stamp's
    both = figures(address)
    both.update(gold_accuracy=0.4, gold_answers=12, gold_threshold=0.6,
                held_for=["gold", "rubber_stamp"])
    demo_cache.reviews.set_quality(DEMO, address, both)
    session.notify_tasks()
    assert "gold accuracy 40 % is below the campaign's 60 %" in strip.held.text()
    assert "Also held: the model's suggestion kept in 98 % of your submissions" in \
        strip.held.text()

    # an older hub: no figure, and "held" is the gold threshold's
    demo_cache.reviews.set_quality(DEMO, address, {
        "campaign_id": DEMO, "account": address, "agreement": 0.5, "agreement_pairs": 2,
        "gold_accuracy": 0.4, "gold_answers": 5, "gold_threshold": 0.6, "held": True,
        "submissions": {"accepted": 4}, "corrected": 0})
    session.notify_tasks()
    assert strip.stamp.text() == "Model's suggestion kept: — (no suggestions shown yet)"
    assert strip.stamp.property("role") == "muted"
    assert strip.held.text().startswith("Rewards held: your gold accuracy 40 %")
    assert strip.height() == height


@pytest.fixture
def spanish(app: QApplication) -> Iterator[None]:
    """Spanish for one test; the translators and the locale restored after."""
    locale = QLocale()
    installed: Installed = install_translations("es")
    yield
    installed.remove()
    QLocale.setDefault(locale)


def test_the_figure_is_translated(spanish: None) -> None:
    line = stamp_line({"rubber_stamp": {"shown": 40, "unchanged": 39, "rate": 39 / 40,
                                        "campaign_rate": 0.31, "flagged": False}})
    assert line == "Sugerencia del modelo conservada: 98 % de 40 (campaña 31 %)"
