"""``datafi-hub offline-model`` ships a checked ONNX model with a campaign; the app's
sync downloads the manifest and the model as content-addressed assets; with the hub
and the network down the app's offline predictor gives scikit-learn's labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sklearn.pipeline import Pipeline

from datafi_desktop.core.assist.offline import offline_predictor
from datafi_desktop.core.models import parse_task
from datafi_desktop.hub.cli.main import main
from datafi_desktop.hub.server.inprocess import start_hub
from datafi_desktop.hub.settings import HubSettings
from tests.conftest import KeySigner
from tests.hub.helpers import CHAIN_ID, DISTRIBUTOR, AppProfile

from .ml_backend import sentiment_examples
from .test_onnx_model import _write, lower_model, text_manifest, text_onnx

__all__ = ["lower_model"]  # the fixture, used here


def test_ship_sync_and_run_offline(tmp_path: Path, lower_model: Pipeline,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "hub"
    texts, _answers, labels = sentiment_examples()
    campaign = tmp_path / "campaign.json"
    campaign.write_text(json.dumps({"id": "s", "name": "S", "tasks": [
        {"id": f"t{i}", "kind": "text_classification", "data": {"text": text},
         "config": {"labels": labels}} for i, text in enumerate(texts[:3])]}))
    assert main(["--data-dir", str(data), "init"]) == 0
    assert main(["--data-dir", str(data), "campaign", "create", str(campaign),
                 "--campaign-chain-id", str(CHAIN_ID), "--distributor", DISTRIBUTOR]) == 0
    model_path, manifest_path = _write(tmp_path, text_onnx(lower_model),
                                       **text_manifest(lower_model))
    # a manifest that does not fit its model is refused and nothing is stored
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**json.loads(manifest_path.read_text()),
                               "labels": ["negative", "positive"]}))
    with pytest.raises(SystemExit, match="labels"):
        main(["--data-dir", str(data), "offline-model", "s", str(bad), str(model_path)])
    capsys.readouterr()
    assert main(["--data-dir", str(data), "offline-model", "s", str(manifest_path),
                 str(model_path)]) == 0
    manifest_sha = json.loads(capsys.readouterr().out)["manifest"]
    app = AppProfile(tmp_path / "app", KeySigner("annotator"))
    app.root.mkdir()
    running = start_hub(HubSettings(data_dir=data))
    try:
        with app.cache() as cache:
            engine = app.engine(cache, running.url)
            engine.sync_now(lease={"s": 3})
            assert cache.tasks.get_campaign("s").offline_models == (manifest_sha,)
            assert cache.assets.has(manifest_sha)
    finally:
        running.stop()  # the hub is down from here on
    no_network_now(monkeypatch)
    with app.cache() as cache:
        row = cache.tasks.task_summaries("s")[0]
        task = cache.tasks.get_task(row.uid).task
        run = offline_predictor((manifest_sha,), task, cache.assets.path)
        assert run is not None
        asked = run()
    expected = str(lower_model.predict([task.text.lower()])[0])
    assert asked.prediction.annotation["labels"] == [expected]
    other = parse_task({"id": "x", "kind": "text_spans", "data": {"text": "a"},
                        "config": {"labels": ["A"]}})
    with app.cache() as cache:  # no model for spans: nothing to run
        assert offline_predictor((manifest_sha,), other, cache.assets.path) is None


def no_network_now(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
