"""Offline ONNX models built in the test from scikit-learn models (skl2onnx), run with
onnxruntime with the network disabled: the same predictions as scikit-learn."""

from __future__ import annotations

import hashlib
import json
import socket
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from skl2onnx import to_onnx
from skl2onnx.common.data_types import FloatTensorType, StringTensorType
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline

from datafi_desktop.core.assist.onnx_manifest import ModelFileError, parse_manifest
from datafi_desktop.core.assist.onnx_model import OnnxModel, image_input
from datafi_desktop.core.demo import demo_dir
from datafi_desktop.core.models import parse_task

from .ml_backend import sentiment_examples
from .test_backend import sentiment_tasks

IMAGE_CLASSES = ("fruit", "park", "parking", "street")


def _write(tmp_path: Path, onnx_bytes: bytes, **manifest: Any) -> tuple[Path, Path]:
    model = tmp_path / "model.onnx"
    model.write_bytes(onnx_bytes)
    body = {"format": "datafi-onnx/1", "name": "m", "version": "1",
            "model": {"sha256": hashlib.sha256(onnx_bytes).hexdigest(),
                      "size": len(onnx_bytes)}, **manifest}
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(body))
    return model, path


@pytest.fixture(scope="module")
def lower_model() -> Pipeline:
    """The sentiment classifier with lower-casing left to the manifest (onnxruntime's
    StringNormalizer needs the en_US.UTF-8 locale to lower-case)."""
    texts, answers, _labels = sentiment_examples()
    model = make_pipeline(TfidfVectorizer(lowercase=False), LogisticRegression(max_iter=1000))
    return model.fit([t.lower() for t in texts], answers)


def text_onnx(model: Pipeline) -> bytes:
    onx = to_onnx(model, initial_types=[("text", StringTensorType([None, 1]))],
                  options={id(model.steps[-1][1]): {"zipmap": False}})
    return onx.SerializeToString()


def text_manifest(model: Pipeline) -> dict[str, Any]:
    return {"kind": "text_classification", "input": {"name": "text", "type": "string"},
            "output": {"name": "probabilities"},
            "labels": [str(c) for c in model.classes_], "preprocessing": {"lowercase": True}}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_text_model_offline_equals_scikit_learn(tmp_path: Path, lower_model: Pipeline,
                                                no_network: None) -> None:
    model_path, manifest_path = _write(tmp_path, text_onnx(lower_model),
                                       **text_manifest(lower_model))
    manifest = parse_manifest(manifest_path.read_text())
    model = OnnxModel.open(manifest, model_path)
    texts, _answers, _labels = sentiment_examples()
    texts = [*texts, "Broke after a day. Terrible.", "Lovely, works great!"]
    onnx_probs = model.predict_texts(texts)
    sk_probs = lower_model.predict_proba([t.lower() for t in texts])
    np.testing.assert_allclose(onnx_probs, sk_probs, atol=1e-5)
    tasks = sentiment_tasks()
    predicted = [model.predict_task(t) for t in tasks]
    expected = lower_model.predict([t.text.lower() for t in tasks])
    assert [p.annotation["labels"] for p in predicted] == [[e] for e in expected]
    assert predicted[0].model == "m@1"
    assert predicted[0].score == pytest.approx(float(sk_probs[:len(tasks)][0].max()), abs=1e-5)
    with pytest.raises(OSError, match="network disabled"):
        socket.create_connection(("127.0.0.1", 9))


def _image_paths() -> tuple[list[Path], list[str]]:
    folder = demo_dir() / "images"
    paths = sorted(p for p in folder.iterdir() if p.stem.rsplit("-", 1)[0] in IMAGE_CLASSES)
    return paths, [p.stem.rsplit("-", 1)[0] for p in paths]


def test_image_model_offline_equals_scikit_learn(tmp_path: Path, no_network: None) -> None:
    pre = {"resize": [8, 6], "scale": 1 / 255, "mean": [0.5, 0.5, 0.5],
           "std": [0.25, 0.25, 0.25], "layout": "flat"}
    manifest_pre = parse_manifest({
        "format": "datafi-onnx/1", "name": "x", "version": "1",
        "kind": "image_classification", "model": {"sha256": "0" * 64, "size": 1},
        "input": {"name": "pixels", "type": "float"}, "output": {"name": "probabilities"},
        "labels": list(IMAGE_CLASSES), "preprocessing": pre}).preprocessing
    paths, classes = _image_paths()
    features = np.concatenate([image_input(p, manifest_pre) for p in paths])
    assert features.shape == (len(paths), 8 * 6 * 3)
    clf = LogisticRegression(max_iter=2000).fit(features, classes)
    onx = to_onnx(clf, initial_types=[("pixels", FloatTensorType([None, features.shape[1]]))],
                  options={id(clf): {"zipmap": False}})
    model_path, manifest_path = _write(
        tmp_path, onx.SerializeToString(), kind="image_classification",
        input={"name": "pixels", "type": "float"}, output={"name": "probabilities"},
        labels=[str(c) for c in clf.classes_], preprocessing=pre)
    model = OnnxModel.open(parse_manifest(manifest_path.read_bytes()), model_path)
    np.testing.assert_allclose(model.predict_images(paths), clf.predict_proba(features),
                               atol=1e-5)
    task = parse_task({"id": "img", "kind": "image_classification",
                       "data": {"image": "a" * 64, "width": 10, "height": 10},
                       "config": {"labels": list(IMAGE_CLASSES)}})
    prediction = model.predict_task(task, image_path=paths[0])
    assert prediction.annotation == {"kind": "image_classification",
                                     "labels": [str(clf.predict(features[:1])[0])]}
    with pytest.raises(ModelFileError, match="classifies images, not text"):
        model.predict_texts(["a"])


def test_a_file_that_does_not_match_its_manifest_is_refused(
        tmp_path: Path, lower_model: Pipeline) -> None:
    onnx_bytes = text_onnx(lower_model)
    good = text_manifest(lower_model)
    model_path, manifest_path = _write(tmp_path, onnx_bytes, **good)
    manifest = parse_manifest(manifest_path.read_text())
    # another file than the one the manifest names
    model_path.write_bytes(onnx_bytes[:-1] + bytes([onnx_bytes[-1] ^ 1]))
    with pytest.raises(ModelFileError, match="does not match its manifest"):
        OnnxModel.open(manifest, model_path)
    cases = [
        ({**good, "input": {"name": "words", "type": "string"}}, "names one input 'words'"),
        ({**good, "output": {"name": "scores"}}, "no output 'scores'"),
        ({**good, "output": {"name": "label"}}, "not a float tensor"),
        ({**good, "labels": ["negative", "positive"]}, "the manifest has 2 labels"),
    ]
    for manifest_body, message in cases:
        model_path, manifest_path = _write(tmp_path, onnx_bytes, **manifest_body)
        with pytest.raises(ModelFileError, match=message):
            OnnxModel.open(parse_manifest(manifest_path.read_text()), model_path)
    garbage = b"not an onnx model at all"
    model_path, manifest_path = _write(tmp_path, garbage, **good)
    with pytest.raises(ModelFileError, match="onnxruntime cannot load it"):
        OnnxModel.open(parse_manifest(manifest_path.read_text()), model_path)
    with pytest.raises(ModelFileError, match=r"input\.type"):
        parse_manifest({**json.loads(manifest_path.read_text()),
                        "input": {"name": "text", "type": "float"}})
    with pytest.raises(ModelFileError, match="not JSON"):
        parse_manifest("{")


def test_a_label_outside_the_task_label_set_is_refused(
        tmp_path: Path, lower_model: Pipeline) -> None:
    model_path, manifest_path = _write(tmp_path, text_onnx(lower_model),
                                       **text_manifest(lower_model))
    model = OnnxModel.open(parse_manifest(manifest_path.read_text()), model_path)
    text = "Arrived broken, refund refused. Awful."
    label = str(lower_model.predict([text.lower()])[0])
    task = parse_task({"id": "t", "kind": "text_classification", "data": {"text": text},
                       "config": {"labels": [x for x in lower_model.classes_
                                             if x != label]}})
    with pytest.raises(Exception, match="not in the task's label set"):
        model.predict_task(task)
