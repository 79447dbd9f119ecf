"""The reviewers' report of a campaign read into rows (core.quality_figures.annotator_rows)
and fetched by the sync engine (core.sync.reviews.pull_campaign_quality): from a real hub
on a real socket, the rows are the hub's figures; without the reviewer role the typed
403 error; an older hub's body (no rubber-stamp figure, no held_for) still reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from datafi_desktop.core.quality_figures import AnnotatorRow, annotator_rows
from datafi_desktop.core.sync.errors import HubForbiddenError
from datafi_desktop.core.sync.reviews import pull_campaign_quality
from datafi_desktop.hub.cli.main import main
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.conftest import KeySigner
from tests.hub.helpers import AppProfile

from .test_quality_rubber_stamp import careful_choice, hub, label_all, predicted

__all__ = ["hub"]  # the fixture, shared with the figures' own tests


def test_the_engine_fetches_the_report_and_the_rows_are_the_hubs(
        hub: RunningHub, tmp_path: Path) -> None:
    stamper, careful = KeySigner("stamper"), KeySigner("careful")
    label_all(hub.url, stamper, predicted)
    label_all(hub.url, careful, careful_choice)
    outsider = AppProfile(tmp_path / "outsider", KeySigner("outsider"))
    reviewer = AppProfile(tmp_path / "reviewer", KeySigner("reviewer"))
    assert main(["--data-dir", str(hub.hub.settings.data_dir), "role", "grant", "r",
                 reviewer.signer.address, "reviewer"]) == 0
    for who in (outsider, reviewer):
        who.root.mkdir()

    with outsider.cache() as cache, pytest.raises(HubForbiddenError) as refused:
        pull_campaign_quality(outsider.engine(cache, hub.url), "r")
    assert refused.value.status == 403

    with reviewer.cache() as cache:
        report = pull_campaign_quality(reviewer.engine(cache, hub.url), "r")
    rows = {row.account: row for row in annotator_rows(report)}
    assert set(rows) == {stamper.address, careful.address}
    # the hand count of test_quality_rubber_stamp: 6 of 6 kept, 2 of 6 kept, 8 of 12
    s, c = rows[stamper.address], rows[careful.address]
    assert (s.shown, s.kept_rate, s.flagged, s.held, s.held_for) == (
        6, 1.0, True, True, ("rubber_stamp",))
    assert (c.shown, c.kept_rate, c.flagged, c.held, c.held_for) == (
        6, pytest.approx(2 / 6), False, False, ())
    assert s.campaign_rate == c.campaign_rate == pytest.approx(8 / 12)
    assert s.submissions == c.submissions == 6
    for figures in report["annotators"]:
        row = rows[figures["account"]]
        assert (row.agreement, row.gold_accuracy, row.gold_answers) == (
            figures["agreement"], figures["gold_accuracy"], figures["gold_answers"])


def test_an_older_hubs_report_and_odd_entries_still_read() -> None:
    old = {"account": "0xold", "agreement": 0.75, "agreement_pairs": 4,
           "gold_accuracy": 0.5, "gold_answers": 10, "gold_threshold": 0.8, "held": True,
           "submissions": {"accepted": 7, "rejected": 2, "pending": "x"}, "corrected": 0}
    rows = annotator_rows({"annotators": [old, "not an object", {"agreement": 1.0},
                                          {"account": "0xnew", "held": False,
                                           "submissions": None, "agreement": True}]})
    assert rows == [
        AnnotatorRow(account="0xold", submissions=9, agreement=0.75, gold_accuracy=0.5,
                     gold_answers=10, kept_rate=None, shown=0, campaign_rate=None,
                     flagged=False, held=True, held_for=("gold",)),
        AnnotatorRow(account="0xnew", submissions=0, agreement=None, gold_accuracy=None,
                     gold_answers=0, kept_rate=None, shown=0, campaign_rate=None,
                     flagged=False, held=False, held_for=())]
    assert annotator_rows(None) == annotator_rows({"annotators": "no"}) == []
