"""The campaign's offline ONNX model answers Ctrl+P with the network disabled and the
backend (and hub) down: the same label as the scikit-learn model it came from."""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline

from datafi_desktop.core.cache import Cache
from datafi_desktop.ui.main_window import MainWindow
from tests.assist.ml_backend import sentiment_examples
from tests.assist.test_onnx_model import text_manifest, text_onnx

from .editor_support import CTRL, DEMO, click_row, editor_of, key


@pytest.fixture(scope="module")
def lower_model() -> Pipeline:
    texts, answers, _labels = sentiment_examples()
    model = make_pipeline(TfidfVectorizer(lowercase=False), LogisticRegression(max_iter=1000))
    return model.fit([t.lower() for t in texts], answers)


def ship(cache: Cache, model: Pipeline, **change: Any) -> str:
    """Store the model and its manifest as assets; name the manifest in the campaign,
    with a backend that is down."""
    onnx = text_onnx(model)
    sha = cache.assets.put_bytes(onnx)
    manifest = {"format": "datafi-onnx/1", "name": "sentiment", "version": "7",
                "model": {"sha256": sha, "size": len(onnx)}, **text_manifest(model),
                **change}
    manifest_sha = cache.assets.put_bytes(json.dumps(manifest).encode())
    campaign = cache.tasks.get_campaign(DEMO)
    cache.tasks.upsert_campaign(campaign.model_copy(update={
        "ml_backends": ("http://127.0.0.1:9",), "offline_models": (manifest_sha,)}))
    return manifest_sha


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("task_id", ["text-cls-002", "text-cls-005"])
def test_offline_model_answers_like_scikit_learn(
        qtbot, window: MainWindow, demo_cache: Cache, lower_model: Pipeline,
        no_network: None, task_id: str) -> None:
    ship(demo_cache, lower_model)
    editor = editor_of(window)
    uid = click_row(qtbot, window, task_id)
    text = demo_cache.tasks.get_task(uid).task.text
    expected = str(lower_model.predict([text.lower()])[0])
    editor.focus_pane()
    with qtbot.waitSignal(editor.assistant.predicted, timeout=30_000) as got:
        key(qtbot, window, Qt.Key.Key_P, CTRL)
    assert got.args[0] == "sentiment@7"
    assert editor.body()["labels"] == [expected]
    assert editor.banner.isVisible()
    assert demo_cache.tasks.get_task(uid).task.predictions[0].model == "sentiment@7"


def test_a_model_file_that_does_not_match_its_manifest_is_refused(
        qtbot, window: MainWindow, demo_cache: Cache, lower_model: Pipeline,
        no_network: None) -> None:
    ship(demo_cache, lower_model, labels=["negative", "positive"])  # not the model's classes
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-cls-002")
    editor.focus_pane()
    with qtbot.waitSignal(editor.assistant.failed, timeout=30_000) as failed:
        key(qtbot, window, Qt.Key.Key_P, CTRL)
    assert "offline model sentiment@7" in failed.args[0], failed.args[0]
    assert editor.body()["labels"] == [] and demo_cache.tasks.get_task(uid).task.predictions == ()
