"""The Label Studio ML backend client against a real backend over HTTP."""

from __future__ import annotations

import pytest
from sklearn.pipeline import Pipeline

from datafi_desktop.core.assist.backend import BackendError, MLBackend, parse_result
from datafi_desktop.core.demo import demo_records
from datafi_desktop.core.models import parse_task
from datafi_desktop.core.models.tasks import Task

from .ml_backend import MODEL_VERSION, BackendServer, sentiment_examples


def sentiment_tasks() -> list[Task]:
    _texts, _answers, labels = sentiment_examples()
    return [r.task for r in demo_records()
            if r.task.kind.value == "text_classification"
            and list(r.task.config.label_names) == labels]


def test_health_setup_and_predict_equal_the_model(ml_backend: BackendServer,
                                                  sentiment_model: Pipeline) -> None:
    tasks = sentiment_tasks()
    assert len(tasks) >= 3
    with MLBackend(ml_backend.url) as backend:
        assert backend.health()["status"] == "UP"
        assert backend.setup(tasks, "demo") == MODEL_VERSION
        predictions = backend.predict(tasks, project="demo")
    expected = sentiment_model.predict([t.text for t in tasks])
    assert [p.annotation["labels"] for p in predictions if p] == [[e] for e in expected]
    assert all(p is not None and p.model_version == MODEL_VERSION for p in predictions)
    probabilities = sentiment_model.predict_proba([tasks[0].text])[0]
    assert predictions[0] is not None
    assert predictions[0].score == pytest.approx(float(probabilities.max()))
    assert predictions[0].as_prediction().annotation["kind"] == "text_classification"
    # what was sent: the label config and each task's id and text, nothing else
    setup = ml_backend.requests[0]["body"]
    assert set(setup) == {"project", "schema"} and "<Choices" in setup["schema"]
    sent = ml_backend.requests[1]["body"]
    assert set(sent) == {"tasks", "label_config", "project", "params"}
    assert sent["tasks"][0] == {"id": tasks[0].id, "data": {"text": tasks[0].text}}
    assert '<Choice value="positive"' in sent["label_config"]


@pytest.mark.parametrize(("mode", "message"), [
    ("error", "HTTP 500"),
    ("unknown_label", "label 'ecstatic' is not in the task's label set"),
    ("malformed", "a prediction is an object with a 'result' list"),
    ("short", "2 results for 3 tasks"),
])
def test_bad_answers_are_clear_errors(ml_backend: BackendServer, mode: str,
                                      message: str) -> None:
    ml_backend.mode = mode
    with MLBackend(ml_backend.url) as backend, pytest.raises(BackendError, match=message):
        backend.predict(sentiment_tasks()[:3])


def test_a_slow_backend_times_out(ml_backend: BackendServer) -> None:
    ml_backend.mode = "slow"
    with MLBackend(ml_backend.url, timeout=0.3) as backend, pytest.raises(
            BackendError, match="did not answer in time"):
        backend.predict(sentiment_tasks()[:1])


def test_an_absent_backend_is_a_clear_error() -> None:
    from datafi_desktop.hub.server.inprocess import free_port

    with MLBackend(f"http://127.0.0.1:{free_port()}") as backend, pytest.raises(
            BackendError, match="cannot reach the backend"):
        backend.health()
    with pytest.raises(BackendError, match="must start with http"):
        MLBackend("ftp://example")


def image_task() -> Task:
    return parse_task({"id": "img-1", "kind": "bounding_boxes",
                       "data": {"image": "a" * 64, "width": 200, "height": 100},
                       "config": {"labels": ["car", "bus"]}})


def test_boxes_in_percent_become_pixels_and_outside_the_image_is_refused(
        ml_backend: BackendServer) -> None:
    task = image_task()
    good = {"model_version": "det-1", "score": 0.7, "result": [
        {"type": "rectanglelabels", "original_width": 200, "original_height": 100,
         "value": {"x": 10, "y": 20, "width": 50, "height": 30, "rectanglelabels": ["bus"]}}]}
    parsed = parse_result(task, good, "answer")
    assert parsed is not None
    assert parsed.annotation["boxes"] == [{"label": "bus", "x": 20.0, "y": 20.0,
                                           "w": 100.0, "h": 30.0}]
    ml_backend.mode = "outside"
    with MLBackend(ml_backend.url) as backend, pytest.raises(
            BackendError, match="outside the image"):
        backend.predict([task], image_url=lambda t: f"http://127.0.0.1/assets/{t.image_hash}")
    with pytest.raises(BackendError, match="need an image URL"):
        MLBackend(ml_backend.url).predict([task])


def test_spans_outside_the_text_and_wrong_result_types_are_refused() -> None:
    task = parse_task({"id": "t", "kind": "text_spans", "data": {"text": "Ada in Paris"},
                       "config": {"labels": ["PER", "LOC"]}})
    ok = parse_result(task, {"model_version": "ner", "result": [
        {"type": "labels", "value": {"start": 7, "end": 12, "labels": ["LOC"]}}]}, "a")
    assert ok is not None and ok.annotation["spans"] == [
        {"start": 7, "end": 12, "label": "LOC"}]
    with pytest.raises(BackendError, match="answer"):
        parse_result(task, {"model_version": "ner", "result": [
            {"type": "labels", "value": {"start": 7, "end": 40, "labels": ["LOC"]}}]},
            "answer")
    with pytest.raises(BackendError, match="expected a 'labels' result"):
        parse_result(task, {"model_version": "ner", "result": [
            {"type": "choices", "value": {"choices": ["LOC"]}}]}, "answer")
    with pytest.raises(BackendError, match="model_version is missing"):
        parse_result(task, {"result": [
            {"type": "labels", "value": {"start": 0, "end": 3, "labels": ["PER"]}}]}, "a")
    assert parse_result(task, {"model_version": "ner", "result": []}, "a") is None
