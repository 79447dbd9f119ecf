"""``datafi-hub rubber-stamp``: figures from submissions pushed over the real hub API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from datafi_desktop.hub.cli.main import main
from datafi_desktop.hub.server.inprocess import start_hub
from datafi_desktop.hub.settings import HubSettings
from tests.conftest import KeySigner
from tests.hub.helpers import CHAIN_ID, DISTRIBUTOR, ApiUser, signed_item

LABELS = ["negative", "neutral", "positive"]


def _cls(label: str) -> dict[str, Any]:
    return {"kind": "text_classification", "labels": [label]}


def test_the_hub_figures_flag_the_stamper(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "hub"
    tasks, answers = [], {}
    for i in range(4):
        right = LABELS[i % 3]
        predicted = LABELS[(i + 1) % 3] if i == 0 else right  # wrong on task 0
        answers[f"t{i}"] = (predicted, right)
        tasks.append({"id": f"t{i}", "kind": "text_classification",
                      "data": {"text": f"review {i}"}, "config": {"labels": LABELS},
                      "predictions": [{"model": "m1", "annotation": _cls(predicted)}]})
    path = tmp_path / "campaign.json"
    path.write_text(json.dumps({"id": "r", "name": "R", "overlap": 2,
                                "reviews_required": 0, "extra": {"rubber_stamp_min_shown": 4},
                                "tasks": tasks}))
    assert main(["--data-dir", str(data), "init"]) == 0
    assert main(["--data-dir", str(data), "campaign", "create", str(path),
                 "--campaign-chain-id", str(CHAIN_ID), "--distributor", DISTRIBUTOR]) == 0
    running = start_hub(HubSettings(data_dir=data))
    stamper, careful = KeySigner("stamper"), KeySigner("careful")
    try:
        for signer, pick in ((stamper, 0), (careful, 1)):
            user = ApiUser(running.url, signer).sign_in()
            leased = user.lease("r", count=10)
            assert sorted(leased) == sorted(answers)
            items = []
            for task_id in leased:
                annotation = _cls(answers[task_id][pick])
                if pick == 0:
                    annotation["from_prediction"] = {"model": "m1", "items": ["labels[0]"]}
                items.append(signed_item(signer, "r", task_id, annotation))
            results = user.push(*items)
            assert all(r["status"] in ("accepted", "pending") for r in results), results
        # over HTTP: one's own figure; everyone's only for reviewers and admins
        user = ApiUser(running.url, stamper).sign_in()
        mine = user.get("/v1/campaigns/r/me/rubber-stamp")
        assert mine.status_code == 200, mine.text
        (own,) = mine.json()["annotators"]
        assert (own["account"], own["rate"], own["flagged"]) == (stamper.address, 1.0, True)
        # no gold figures in one's own view: they would say which task was gold
        assert (own["gold_accuracy"], own["wrong_on_gold"], own["wrong_kept"]) == (
            None, None, None)
        assert user.get("/v1/campaigns/r/rubber-stamp").status_code == 403
        reviewer = KeySigner("reviewer")
        assert main(["--data-dir", str(data), "role", "grant", "r", reviewer.address,
                     "reviewer"]) == 0
        every = ApiUser(running.url, reviewer).sign_in().get("/v1/campaigns/r/rubber-stamp")
        assert every.status_code == 200, every.text
        body = every.json()
        assert (body["threshold"], body["min_shown"]) == (0.95, 4)
        assert {a["account"]: a["unchanged"] for a in body["annotators"]} == {
            stamper.address: 4, careful.address: 3}
        reported = {a["account"]: a for a in body["annotators"]}
        assert reported[stamper.address]["wrong_on_gold"] is not None  # reviewers see them
        assert user.get("/v1/campaigns/nope/me/rubber-stamp").status_code == 404
    finally:
        running.stop()
    capsys.readouterr()
    assert main(["--data-dir", str(data), "rubber-stamp", "r", "--json"]) == 0
    figures = {f["account"]: f for f in map(json.loads,
                                            capsys.readouterr().out.splitlines())}
    s, c = figures[stamper.address], figures[careful.address]
    assert (s["shown"], s["unchanged"], s["rate"], s["flagged"]) == (4, 4, 1.0, True)
    assert (c["shown"], c["unchanged"], c["rate"], c["flagged"]) == (4, 3, 0.75, False)
    assert s["campaign_rate"] == pytest.approx(7 / 8)
    assert main(["--data-dir", str(data), "rubber-stamp", "r"]) == 0
    table = capsys.readouterr().out
    assert f"{stamper.address}\t4\t4\t100%\t88%" in table and "RUBBER-STAMP" in table
    assert main(["--data-dir", str(data), "rubber-stamp", "nope"]) == 2
