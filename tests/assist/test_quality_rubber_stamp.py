"""The rubber-stamp figure in the quality figures (issue 19 item 4): one's own view, the
status feed kept by the app's cache, and the reviewers' report — a real hub on a real
socket, submissions signed as the app signs them, the figures checked against a hand
count of the same choices."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.models import parse_annotation, parse_task, to_json
from datafi_desktop.core.predictions import with_prediction_use
from datafi_desktop.core.quality_figures import held_reasons, rubber_stamp_of
from datafi_desktop.core.sync import SyncEngine
from datafi_desktop.hub.cli.main import main
from datafi_desktop.hub.review import rubber_stamp
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from tests.conftest import KeySigner
from tests.hub.helpers import CHAIN_ID, DISTRIBUTOR, ApiUser, signed_item

LABELS = ["negative", "neutral", "positive"]
TASKS = 6
GOLD = {"t0": "neutral"}  # the model says "negative" there: wrong


def _task(i: int) -> dict[str, Any]:
    task: dict[str, Any] = {
        "id": f"t{i}", "kind": "text_classification", "data": {"text": f"review {i}"},
        "config": {"labels": LABELS}, "predictions": [
            {"model": "m1", "annotation": {"kind": "text_classification",
                                           "labels": [LABELS[i % 3]]}}]}
    if task["id"] in GOLD:
        task["gold"] = {"kind": "text_classification", "labels": [GOLD[task["id"]]]}
    return task


def predicted(task: dict[str, Any]) -> str:
    return str(task["predictions"][0]["annotation"]["labels"][0])


def careful_choice(task: dict[str, Any]) -> str:
    """Keeps the model's label on t1 and t2, answers gold right, corrects the rest."""
    if task["id"] in GOLD:
        return GOLD[task["id"]]
    if task["id"] in ("t1", "t2"):
        return predicted(task)
    return LABELS[(LABELS.index(predicted(task)) + 1) % 3]


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    data = tmp_path / "hub"
    path = tmp_path / "campaign.json"
    path.write_text(json.dumps({
        "id": "r", "name": "R", "overlap": 3, "reviews_required": 0,
        "extra": {"rubber_stamp_min_shown": 4, "rubber_stamp_threshold": 0.9},
        "tasks": [_task(i) for i in range(TASKS)]}))
    assert main(["--data-dir", str(data), "init"]) == 0
    assert main(["--data-dir", str(data), "campaign", "create", str(path),
                 "--campaign-chain-id", str(CHAIN_ID), "--distributor", DISTRIBUTOR]) == 0
    running = start_hub(HubSettings(data_dir=data))
    yield running
    running.stop()


def label_all(url: str, signer: KeySigner, choose: Any) -> dict[str, str]:
    """Lease every task and push the chosen labels, signed with the prediction record
    the app makes; returns task → label."""
    by_id = {f"t{i}": _task(i) for i in range(TASKS)}
    user = ApiUser(url, signer).sign_in()
    chosen, items = {}, []
    for task_id in user.lease("r", count=TASKS):
        task = by_id[task_id]
        chosen[task_id] = choose(task)
        annotation = parse_annotation({"kind": "text_classification",
                                       "labels": [chosen[task_id]]})
        served = parse_task({k: v for k, v in task.items() if k != "gold"})  # as served
        body = to_json(with_prediction_use(annotation, served))
        items.append(signed_item(signer, "r", task_id, body))
    results = user.push(*items)
    assert all(r["status"] == "accepted" for r in results), results
    assert len(chosen) == TASKS
    return chosen


def hand_rate(chosen: dict[str, str]) -> tuple[int, int]:
    """(unchanged, shown): every task carried a prediction."""
    by_id = {f"t{i}": _task(i) for i in range(TASKS)}
    return sum(label == predicted(by_id[t]) for t, label in chosen.items()), len(chosen)


def test_the_stamper_sees_a_flagged_figure_the_careful_one_does_not(
        hub: RunningHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stamper, careful = KeySigner("stamper"), KeySigner("careful")
    stamped = label_all(hub.url, stamper, predicted)
    corrected = label_all(hub.url, careful, careful_choice)
    (s_same, s_shown), (c_same, c_shown) = hand_rate(stamped), hand_rate(corrected)
    assert (s_same, s_shown, c_same, c_shown) == (6, 6, 2, 6)  # the hand count
    campaign = (s_same + c_same) / (s_shown + c_shown)

    # the whole campaign's figures are read once per request, not once per annotator,
    # and then kept while nothing they are made of changes
    reads: list[str] = []
    real = rubber_stamp.campaign_rubber_stamp
    monkeypatch.setattr(rubber_stamp, "campaign_rubber_stamp",
                        lambda conn, c: reads.append(c.id) or real(conn, c))

    own = ApiUser(hub.url, stamper).sign_in().get("/v1/campaigns/r/me/quality")
    assert own.status_code == 200, own.text
    body = own.json()
    assert body["rubber_stamp"] == {
        "shown": s_shown, "unchanged": s_same, "rate": s_same / s_shown,
        "campaign_rate": pytest.approx(campaign), "threshold": 0.9, "min_shown": 4,
        "flagged": True, "holds": True, "held": True, "undeclared": 0,
        # the gold counts would tell which task was gold: not in one's own view
        "wrong_on_gold": None, "wrong_kept": None}
    assert (body["held"], body["held_for"]) == (True, ["rubber_stamp"])
    assert reads == ["r"]  # once, though the own view asks for the figure and the hold

    other = ApiUser(hub.url, careful).sign_in().get("/v1/campaigns/r/me/quality").json()
    mine = other["rubber_stamp"]
    assert (mine["shown"], mine["unchanged"], mine["rate"]) == (c_shown, c_same,
                                                                pytest.approx(c_same / c_shown))
    assert (mine["flagged"], mine["held"], other["held"], other["held_for"]) == (
        False, False, False, [])

    # reviewers see every annotator, with the gold counts, from one read of the campaign
    reviewer = KeySigner("reviewer")
    assert main(["--data-dir", str(hub.hub.settings.data_dir), "role", "grant", "r",
                 reviewer.address, "reviewer"]) == 0
    report = ApiUser(hub.url, reviewer).sign_in().get("/v1/campaigns/r/quality")
    assert report.status_code == 200, report.text
    people = {a["account"]: a for a in report.json()["annotators"]}
    assert reads == ["r"]  # nothing changed since the first read: kept
    s, c = people[stamper.address], people[careful.address]
    assert (s["rubber_stamp"]["wrong_on_gold"], s["rubber_stamp"]["wrong_kept"]) == (1, 1)
    assert (c["rubber_stamp"]["wrong_on_gold"], c["rubber_stamp"]["wrong_kept"]) == (1, 0)
    assert (s["rubber_stamp"]["flagged"], s["held_for"]) == (True, ["rubber_stamp"])
    assert (c["rubber_stamp"]["flagged"], c["held_for"]) == (False, [])

    # the app: the status feed's figures land in the cache and read back typed
    cache = Cache(tmp_path / "app.sqlite3")
    try:
        engine = SyncEngine(cache, hub.url, stamper)
        engine.sign_in()
        engine.pull_statuses()
        assert reads == ["r"]
        kept = cache.reviews.quality("r", stamper.address)
        stamp = rubber_stamp_of(kept)
        assert stamp is not None
        assert (stamp.shown, stamp.unchanged, stamp.rate, stamp.flagged, stamp.held) == (
            6, 6, 1.0, True, True)
        assert stamp.campaign_rate == pytest.approx(campaign)
        assert held_reasons(kept) == ("rubber_stamp",)
    finally:
        cache.close()

    # a third annotator who keeps every prediction: read again once for the whole report
    late = KeySigner("late")
    label_all(hub.url, late, predicted)
    report = ApiUser(hub.url, reviewer).sign_in().get("/v1/campaigns/r/quality")
    people = {a["account"]: a for a in report.json()["annotators"]}
    assert reads == ["r", "r"] and len(people) == 3
    again = (s_same + c_same + 6) / (s_shown + c_shown + 6)
    assert [a["rubber_stamp"]["campaign_rate"] for a in people.values()] == [
        pytest.approx(again)] * 3
    assert people[late.address]["rubber_stamp"]["flagged"] is True


def test_a_campaign_without_predictions_reports_no_figure(tmp_path: Path) -> None:
    """Nothing was shown: no figure (the app says so), nothing held for it."""
    data = tmp_path / "hub"
    path = tmp_path / "campaign.json"
    tasks = [{"id": f"p{i}", "kind": "text_classification", "data": {"text": f"x {i}"},
              "config": {"labels": LABELS}} for i in range(3)]
    path.write_text(json.dumps({"id": "plain", "name": "P", "overlap": 1,
                                "reviews_required": 0, "tasks": tasks}))
    assert main(["--data-dir", str(data), "init"]) == 0
    assert main(["--data-dir", str(data), "campaign", "create", str(path),
                 "--campaign-chain-id", str(CHAIN_ID), "--distributor", DISTRIBUTOR]) == 0
    running = start_hub(HubSettings(data_dir=data))
    try:
        signer = KeySigner("plain")
        user = ApiUser(running.url, signer).sign_in()
        items = [signed_item(signer, "plain", t, {"kind": "text_classification",
                                                  "labels": ["neutral"]})
                 for t in user.lease("plain", count=3)]
        assert len(user.push(*items)) == 3
        body = user.get("/v1/campaigns/plain/me/quality").json()
        assert (body["rubber_stamp"], body["held"], body["held_for"]) == (None, False, [])
        assert rubber_stamp_of(body) is None
    finally:
        running.stop()


def test_kept_figures_follow_a_rejection_and_a_new_prediction(
        hub: RunningHub, monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-process memo is read again when a submission is rejected or a task body
    changes (``datafi-hub predict`` adds predictions), and only then."""
    from sqlalchemy import select, update

    from datafi_desktop.hub.campaigns.catalog import load_campaign
    from datafi_desktop.hub.db.tables import submissions, tasks

    stamper = KeySigner("stamper")
    label_all(hub.url, stamper, predicted)

    def figure() -> tuple[int, int]:
        with hub.hub.engine.connect() as conn:
            campaign, _closed = load_campaign(conn, "r")
            mine = rubber_stamp.campaign_stamps(conn, campaign).of(stamper.address)
        assert mine is not None
        return mine.shown, mine.unchanged

    assert figure() == (6, 6)
    with hub.hub.engine.begin() as conn:
        conn.execute(update(submissions).where(submissions.c.task_id == "t1")
                     .values(status="rejected"))
    assert figure() == (5, 5)  # the rejected one no longer counts
    with hub.hub.engine.begin() as conn:  # a model now says otherwise on t2, first
        body = json.loads(conn.execute(select(tasks.c.body)
                                       .where(tasks.c.task_id == "t2")).scalar_one())
        body["predictions"].insert(0, {"model": "m0", "annotation": {
            "kind": "text_classification", "labels": ["negative"]}})
        conn.execute(update(tasks).where(tasks.c.task_id == "t2")
                     .values(body=json.dumps(body)))
    # the signed record names m1's prediction by hash: still unchanged, but read again
    reads: list[str] = []
    real = rubber_stamp.campaign_rubber_stamp
    monkeypatch.setattr(rubber_stamp, "campaign_rubber_stamp",
                        lambda conn, c: reads.append(c.id) or real(conn, c))
    assert figure() == (5, 5) and reads == ["r"]
    assert figure() == (5, 5) and reads == ["r"]  # nothing changed: kept
