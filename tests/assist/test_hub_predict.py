"""``datafi-hub predict``: pre-labeling a campaign through a real ML backend, served
with the tasks over the hub's HTTP API."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from sklearn.pipeline import Pipeline

from datafi_desktop.hub.cli.main import main
from datafi_desktop.hub.db.tables import make_engine
from datafi_desktop.hub.server.inprocess import start_hub
from datafi_desktop.hub.settings import HubSettings
from tests.conftest import KeySigner
from tests.hub.helpers import CHAIN_ID, DISTRIBUTOR, ApiUser

from .ml_backend import MODEL_VERSION, BackendServer
from .test_backend import sentiment_tasks


def _bodies(url: str) -> dict[str, dict[str, object]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT task_id, body FROM tasks").all()
    finally:
        engine.dispose()
    return {task_id: json.loads(body) for task_id, body in rows}


def _submission_count(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM submissions").scalar_one())
    finally:
        engine.dispose()


@dataclass
class Campaign:
    data: Path
    url: str

    def args(self) -> list[str]:
        return ["--data-dir", str(self.data), "--database-url", self.url]


@pytest.fixture
def campaign(tmp_path: Path, database_url: str) -> Campaign:
    made = Campaign(tmp_path / "hub", database_url)
    assert main([*made.args(), "init"]) == 0
    tasks = sentiment_tasks()
    jsonl = tmp_path / "tasks.jsonl"
    jsonl.write_text("".join(json.dumps(t.model_dump(mode="json")) + "\n" for t in tasks))
    assert main([*made.args(), "campaign", "create", str(jsonl), "--id", "s",
                 "--name", "Sentiment", "--campaign-chain-id", str(CHAIN_ID),
                 "--distributor", DISTRIBUTOR]) == 0
    return made


def test_predict_prelabels_resumes_and_the_hub_serves_the_predictions(
        campaign: Campaign, ml_backend: BackendServer, sentiment_model: Pipeline,
        capsys: pytest.CaptureFixture[str]) -> None:
    tasks = sentiment_tasks()
    before = _bodies(campaign.url)
    run = [*campaign.args(), "predict", "s", "--backend", ml_backend.url,
           "--batch-size", "2", "--rate", "10"]
    ml_backend.fail_after = 1  # the second batch fails: the first stays, nothing else changes
    capsys.readouterr()
    assert main(run) == 2
    out, err = capsys.readouterr()
    assert "text_classification: 2/" in out and "HTTP 500" in err
    after_failure = _bodies(campaign.url)
    done = [i for i, body in after_failure.items() if body != before[i]]
    assert len(done) == 2
    ml_backend.fail_after = None
    ml_backend.predict_times.clear()
    assert main(run) == 0
    out = capsys.readouterr().out
    rest = len(tasks) - 2
    assert f"s: {rest} predicted, 2 already predicted" in out
    assert f"model text_classification {MODEL_VERSION}" in out
    # rate-limited: --rate 10 keeps requests at least ~0.1 s apart
    gaps = [b - a for a, b in zip(ml_backend.predict_times, ml_backend.predict_times[1:],
                                  strict=False)]
    assert gaps and min(gaps) >= 0.08
    expected = dict(zip([t.id for t in tasks],
                        sentiment_model.predict([t.text for t in tasks]), strict=True))
    bodies = _bodies(campaign.url)
    for task_id, body in bodies.items():
        predictions = body["predictions"]
        assert isinstance(predictions, list)
        assert predictions[0]["model"] == MODEL_VERSION
        assert predictions[0]["annotation"]["labels"] == [expected[task_id]]
        # the demo's own prediction stays behind the backend's
        old = before[task_id].get("predictions") or []
        assert predictions[1:] == old
    # a third run asks nothing and changes nothing
    ml_backend.predict_times.clear()
    assert main(run) == 0
    assert f"0 predicted, {len(tasks)} already predicted" in capsys.readouterr().out
    assert ml_backend.predict_times == [] and _bodies(campaign.url) == bodies
    assert _submission_count(campaign.url) == 0  # never anyone's work

    running = start_hub(HubSettings(data_dir=campaign.data, database_url=campaign.url))
    try:
        user = ApiUser(running.url, KeySigner("annotator")).sign_in()
        response = user.post("/v1/campaigns/s/leases", json={"count": 50})
        assert response.status_code == 200, response.text
        served = {lease["task"]["id"]: lease["task"] for lease in response.json()["leases"]}
        assert set(served) == set(expected)
        for task_id, task in served.items():
            assert task["predictions"][0]["model"] == MODEL_VERSION
            assert task["predictions"][0]["annotation"]["labels"] == [expected[task_id]]
    finally:
        running.stop()


@pytest.mark.parametrize("mode", ["unknown_label", "malformed", "error"])
def test_a_bad_backend_changes_nothing(campaign: Campaign, ml_backend: BackendServer,
                                       mode: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = _bodies(campaign.url)
    ml_backend.mode = mode
    assert main([*campaign.args(), "predict", "s", "--backend",
                 ml_backend.url, "--rate", "0"]) == 2
    assert "error:" in capsys.readouterr().err
    assert _bodies(campaign.url) == before
