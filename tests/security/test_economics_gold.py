"""Economics: gold feedback is late and aggregated, and a second answer never improves it.

Threat-model rows T-econ-gold-feedback-reveals-gold, T-econ-gold-resubmission. A real hub
over a real socket with a movable clock; real signatures.
"""

from __future__ import annotations

from typing import Any

from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.hub.helpers import ApiUser, Clock

from . import economics_support
from .economics_support import grant, lease_reviews, paying_campaign, push, review, user

econ_clock = economics_support.econ_clock  # fixtures
econ_hub = economics_support.econ_hub
econ_database_url = economics_support.econ_database_url

POSITIVE = {"kind": "text_classification", "labels": ["positive"]}
NEGATIVE = {"kind": "text_classification", "labels": ["negative"]}
PERIOD_S = 60


def mine(who: ApiUser, campaign_id: str) -> dict[str, Any]:
    response = who.get(f"/v1/campaigns/{campaign_id}/me/quality")
    assert response.status_code == 200, response.text
    return dict(response.json())


def feed(who: ApiUser, campaign_id: str) -> dict[str, Any]:
    body = who.get("/v1/submissions/status").json()
    (figures,) = [q for q in body["quality"] if q["campaign_id"] == campaign_id]
    return dict(figures)


def at_period_start(clock: Clock) -> None:
    """Move the hub's clock to the start of a feedback period: periods are counted from
    the epoch, so a test that crossed a boundary by chance saw its figures released
    (it failed so in CI on a loaded machine); now it has the whole period."""
    period_ms = PERIOD_S * 1000
    clock.advance((period_ms - clock() % period_ms + 5) / 1000)


def gold_part(figures: dict[str, Any]) -> tuple[Any, ...]:
    return (figures["gold_accuracy"], figures["gold_answers"], figures["held"],
            figures["gold_feedback_min"])


def test_T_econ_gold_feedback_reveals_gold(econ_hub: RunningHub, econ_clock: Clock) -> None:
    """No review (answers settle at once), 12 gold tasks of 14, a hold threshold: after a
    wrong gold answer, and after all of them, neither /me/quality nor the status feed
    moves (no count, no accuracy, no hold) until the feedback period ends; then all 12
    answers show at once, while the reviewers' report has had them all along."""
    at_period_start(econ_clock)
    gold = {i: "positive" for i in range(12)}
    import_campaign(econ_hub.hub, paying_campaign(
        "gd", reviews_required=0, tasks=14, gold=gold,
        extra={"gold_feedback_min": 10, "gold_feedback_period_s": PERIOD_S,
               "gold_threshold": 0.9, "gold_min_answers": 3}))
    alice, admin = user(econ_hub, "alice"), user(econ_hub, "admin")
    grant(econ_hub, "gd", admin.signer.address, "admin")
    tasks = alice.lease("gd", count=14)
    assert len(tasks) == 14
    before = mine(alice, "gd")
    assert gold_part(before) == (None, 0, False, 10)
    assert push(alice, "gd", tasks[0], NEGATIVE)["status"] == "accepted"  # a wrong gold
    assert gold_part(mine(alice, "gd")) == gold_part(feed(alice, "gd")) == gold_part(before)
    for n, task in enumerate(tasks[1:], start=1):
        push(alice, "gd", task, NEGATIVE if n < 4 else POSITIVE)
        assert gold_part(mine(alice, "gd")) == gold_part(before)
    report = admin.get("/v1/campaigns/gd/quality").json()
    (full,) = [a for a in report["annotators"] if a["account"] == alice.signer.address]
    assert full["gold_answers"] == 12 and full["held"]  # reviewers and admins see all
    econ_clock.advance(PERIOD_S * 2)
    after = mine(alice, "gd")
    assert (after["gold_answers"], after["held"]) == (12, True)
    assert after["gold_accuracy"] == 8 / 12
    assert gold_part(feed(alice, "gd")) == gold_part(after)


def test_T_econ_gold_resubmission(econ_hub: RunningHub, econ_clock: Clock) -> None:
    """A wrong gold answer, rejected by review, labeled again right and accepted: the first
    answer is the one scored; nothing shows while the answer waits for review."""
    at_period_start(econ_clock)
    import_campaign(econ_hub.hub, paying_campaign(
        "gr", reviews_required=1, tasks=2, gold={0: "positive"},
        extra={"gold_feedback_min": 1, "gold_feedback_period_s": PERIOD_S}))
    alice, carol = user(econ_hub, "alice"), user(econ_hub, "carol")
    grant(econ_hub, "gr", carol.signer.address)
    assert alice.lease("gr", count=1) == ["t00000"]
    wrong = push(alice, "gr", "t00000", NEGATIVE)
    econ_clock.advance(PERIOD_S * 2)
    assert gold_part(mine(alice, "gr"))[:2] == (None, 0)  # pending: not settled
    (item,) = lease_reviews(carol, "gr")
    assert review(carol, item, "reject", "Wrong label")["status"] == "rejected"
    again = push(alice, "gr", "t00000", POSITIVE)  # Label again, after the rejection
    assert again["result"] == "accepted" and again["id"] != wrong["id"]
    (item,) = lease_reviews(carol, "gr")
    assert review(carol, item, "accept")["status"] == "accepted"
    assert gold_part(mine(alice, "gr"))[:2] == (None, 0)  # settled in this period
    econ_clock.advance(PERIOD_S * 2)
    assert gold_part(mine(alice, "gr"))[:2] == (0.0, 1)  # the first answer, once
