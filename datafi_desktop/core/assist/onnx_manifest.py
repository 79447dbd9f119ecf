"""The manifest of an offline model: what the ONNX file is, takes and returns.

A campaign ships a model as two content-addressed assets: the ONNX file and
this manifest (JSON), which names the file by its sha-256::

    {"format": "datafi-onnx/1", "name": "sentiment", "version": "3",
     "kind": "text_classification",
     "model": {"sha256": "<64 hex>", "size": 12345},
     "input": {"name": "text", "type": "string"},
     "output": {"name": "probabilities"},
     "labels": ["negative", "mixed", "neutral", "positive"],
     "threshold": 0.5,
     "preprocessing": {}}

``output`` is a float tensor of one probability per label, in the order of
``labels``. Image models take a float tensor and say how an image becomes one::

     "input": {"name": "pixels", "type": "float"},
     "preprocessing": {"resize": [8, 8], "scale": 0.00392156862745098,
                       "mean": [0, 0, 0], "std": [1, 1, 1], "layout": "flat"}

Text models may ask for ``"lowercase": true``: the text is lower-cased before
the model sees it. Convert the vectorizer with ``lowercase=False`` and let the
manifest do it: onnxruntime's StringNormalizer lower-cases only where the
``en_US.UTF-8`` locale is installed, which an annotator's machine may lack.

``layout`` is ``NCHW``, ``NHWC`` or ``flat`` (one row of H·W·3 values, row by
row, RGB). ``threshold`` applies to multi-label tasks (every label at or above
it); single-label tasks take the most probable label.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import DataFiError
from ..models.validation import first_error

FORMAT = "datafi-onnx/1"


class ModelFileError(DataFiError):
    """An offline model or its manifest is malformed, or they do not match."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ModelFile(_Strict):
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(gt=0)


class ModelInput(_Strict):
    name: str = Field(min_length=1, max_length=200)
    type: Literal["string", "float"]


class ModelOutput(_Strict):
    name: str = Field(min_length=1, max_length=200)


class Preprocessing(_Strict):
    lowercase: bool = False  # text: lower-cased (str.lower) before the model sees it
    resize: tuple[int, int] | None = None  # width, height
    scale: float = 1.0
    mean: tuple[float, float, float] = (0.0, 0.0, 0.0)
    std: tuple[float, float, float] = (1.0, 1.0, 1.0)
    layout: Literal["NCHW", "NHWC", "flat"] = "NCHW"

    @model_validator(mode="after")
    def _sizes(self) -> Preprocessing:
        if self.resize is not None and not all(0 < side <= 4096 for side in self.resize):
            raise ValueError("resize: width and height must be 1..4096")
        if any(s == 0 for s in self.std):
            raise ValueError("std: must not be 0")
        return self


class Manifest(_Strict):
    format: Literal["datafi-onnx/1"]
    name: str = Field(min_length=1, max_length=100)
    version: str = Field(min_length=1, max_length=100)
    kind: Literal["text_classification", "image_classification"]
    model: ModelFile
    input: ModelInput
    output: ModelOutput
    labels: tuple[str, ...] = Field(min_length=1)
    threshold: float = Field(default=0.5, ge=0, le=1)
    preprocessing: Preprocessing = Preprocessing()

    @model_validator(mode="after")
    def _consistent(self) -> Manifest:
        if len(set(self.labels)) != len(self.labels):
            raise ValueError("labels: must be unique")
        wanted = "string" if self.kind == "text_classification" else "float"
        if self.input.type != wanted:
            raise ValueError(f"input.type: a {self.kind} model takes {wanted}")
        if self.kind == "image_classification" and self.preprocessing.resize is None:
            raise ValueError("preprocessing.resize: an image model needs its input size")
        return self

    @property
    def model_version(self) -> str:
        """How predictions name this model: ``name@version``."""
        return f"{self.name}@{self.version}"


def parse_manifest(data: Any) -> Manifest:
    """A manifest from JSON text, bytes or a dict; :class:`ModelFileError` names the field."""
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise ModelFileError("the model manifest is not JSON") from None
    if not isinstance(data, dict):
        raise ModelFileError("the model manifest must be a JSON object")
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        field, message = first_error(exc)
        raise ModelFileError(f"model manifest {field}: {message}") from None
