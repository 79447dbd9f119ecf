"""Offline models: an ONNX file run with onnxruntime on the annotator's machine.

>>> # model = OnnxModel.open(manifest, path_of_onnx_file)
>>> # model.predict_task(task, image_path=...)  → a Prediction of the task's kind

Opening checks the file against its manifest before anything runs: its
sha-256 and size, that onnxruntime loads it, that its input has the
manifest's name and element type, and that its output gives one float per
label. A mismatch is a :class:`ModelFileError` saying which. Nothing here
opens a network connection.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageOps

from ..errors import DataFiError
from ..models.tasks import Prediction, Task
from .onnx_manifest import Manifest, ModelFileError, Preprocessing

ORT_TYPES = {"string": "tensor(string)", "float": "tensor(float)"}


class OnnxModel:
    """A loaded offline model and its manifest."""

    def __init__(self, manifest: Manifest, session: Any) -> None:
        self.manifest = manifest
        self._session = session

    @classmethod
    def open(cls, manifest: Manifest, path: Path) -> OnnxModel:
        """Load ``path`` after checking it is the file the manifest names."""
        import onnxruntime

        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ModelFileError(f"cannot read the model file {path.name!r} "
                                 f"({exc.__class__.__name__})") from None
        digest = hashlib.sha256(data).hexdigest()
        if digest != manifest.model.sha256 or len(data) != manifest.model.size:
            raise ModelFileError(f"{path.name}: the file does not match its manifest (sha-256 "
                                 f"{digest[:12]}…, {len(data)} bytes; the manifest names "
                                 f"{manifest.model.sha256[:12]}…, {manifest.model.size} bytes)")
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        try:
            session = onnxruntime.InferenceSession(data, sess_options=options,
                                                   providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelFileError(f"{path.name}: onnxruntime cannot load it "
                                 f"({str(exc).splitlines()[0][:200]})") from None
        _check_signature(manifest, session, path.name)
        return cls(manifest, session)

    def probabilities(self, inputs: np.ndarray) -> np.ndarray:
        """One row of label probabilities per input row."""
        name = self.manifest.input.name
        try:
            (out,) = self._session.run([self.manifest.output.name], {name: inputs})
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelFileError(f"the model failed on its input "
                                 f"({str(exc).splitlines()[0][:200]})") from None
        probs = np.asarray(out, dtype=np.float64)
        if probs.ndim != 2 or probs.shape != (inputs.shape[0], len(self.manifest.labels)):
            raise ModelFileError(f"the model returned shape {probs.shape}; the manifest "
                                 f"has {len(self.manifest.labels)} labels")
        return probs

    def predict_texts(self, texts: Sequence[str]) -> np.ndarray:
        if self.manifest.kind != "text_classification":
            raise ModelFileError(f"{self.manifest.model_version} classifies images, not text")
        if self.manifest.preprocessing.lowercase:
            texts = [t.lower() for t in texts]
        return self.probabilities(np.array(list(texts), dtype=object).reshape(-1, 1))

    def predict_images(self, paths: Sequence[Path]) -> np.ndarray:
        if self.manifest.kind != "image_classification":
            raise ModelFileError(f"{self.manifest.model_version} classifies text, not images")
        rows = [image_input(p, self.manifest.preprocessing) for p in paths]
        return self.probabilities(np.concatenate(rows, axis=0))

    def predict_task(self, task: Task, image_path: Path | None = None) -> Prediction:
        """The model's prediction for ``task``, checked against the task's label set."""
        if task.kind.value != self.manifest.kind:
            raise DataFiError(f"task {task.id!r} is {task.kind.value}; the model "
                              f"{self.manifest.model_version} does {self.manifest.kind}")
        if task.kind.is_image:
            if image_path is None:
                raise DataFiError(f"task {task.id!r}: the image file is needed")
            probs = self.predict_images([image_path])[0]
        else:
            probs = self.predict_texts([task.text])[0]
        labels = self.manifest.labels
        if task.config.multi:
            chosen = [i for i, p in enumerate(probs) if p >= self.manifest.threshold]
            chosen = chosen or [int(probs.argmax())]
        else:
            chosen = [int(probs.argmax())]
        names = sorted({labels[i] for i in chosen})
        outside = [n for n in names if n not in task.config.label_names]
        if outside:
            raise DataFiError(f"task {task.id!r}: the model predicts {outside[0]!r}, which "
                              f"is not in the task's label set")
        return Prediction(model=self.manifest.model_version,
                          score=float(max(probs[i] for i in chosen)),
                          annotation={"kind": task.kind.value, "labels": names})


def image_input(path: Path, pre: Preprocessing) -> np.ndarray:
    """One image as the model's input row(s): upright, RGB, resized, scaled, normalized."""
    assert pre.resize is not None
    try:
        with Image.open(path) as opened:
            im = ImageOps.exif_transpose(opened) or opened
            im = im.convert("RGB").resize(pre.resize, Image.Resampling.BILINEAR)
            raw = np.asarray(im, dtype=np.float32)  # H, W, 3
    except OSError as exc:
        raise DataFiError(f"image {path.name!r} does not decode "
                          f"({exc.__class__.__name__})") from None
    mean = np.array(pre.mean, dtype=np.float32)
    std = np.array(pre.std, dtype=np.float32)
    pixels: np.ndarray = (raw * np.float32(pre.scale) - mean) / std
    if pre.layout == "flat":
        return pixels.reshape(1, -1).astype(np.float32)
    if pre.layout == "NCHW":
        return pixels.transpose(2, 0, 1)[np.newaxis].astype(np.float32)
    return pixels[np.newaxis].astype(np.float32)


def _check_signature(manifest: Manifest, session: Any, name: str) -> None:
    inputs = {i.name: i for i in session.get_inputs()}
    wanted = manifest.input
    if wanted.name not in inputs or len(inputs) != 1:
        raise ModelFileError(f"{name}: the model's inputs are {sorted(inputs)}; the manifest "
                             f"names one input {wanted.name!r}")
    if inputs[wanted.name].type != ORT_TYPES[wanted.type]:
        raise ModelFileError(f"{name}: input {wanted.name!r} is "
                             f"{inputs[wanted.name].type}; the manifest says {wanted.type}")
    outputs = {o.name: o for o in session.get_outputs()}
    out = outputs.get(manifest.output.name)
    if out is None:
        raise ModelFileError(f"{name}: no output {manifest.output.name!r} (the model has "
                             f"{', '.join(sorted(outputs))})")
    if out.type != "tensor(float)":
        raise ModelFileError(f"{name}: output {out.name!r} is {out.type}, not a float tensor "
                             "of label probabilities")
    shape = list(out.shape or [])
    if len(shape) != 2 or (isinstance(shape[1], int) and shape[1] != len(manifest.labels)):
        raise ModelFileError(f"{name}: output {out.name!r} has shape {shape}; the manifest "
                             f"has {len(manifest.labels)} labels")
