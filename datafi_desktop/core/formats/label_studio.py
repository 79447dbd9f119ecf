"""Label Studio's JSON task format → DataFi tasks (with predictions as pre-annotations).

A Label Studio export or import file is a list of tasks::

    [{"id": 1, "data": {"text": "..."} | {"image": "path or URL"},
      "predictions": [{"model_version": "v1", "score": 0.8, "result": [
          {"type": "choices", "value": {"choices": ["pos"]}},
          {"type": "labels", "value": {"start": 0, "end": 5, "text": "Alice", "labels": ["PER"]}},
          {"type": "rectanglelabels", "original_width": 640, "original_height": 480,
           "value": {"x": 10, "y": 20, "width": 30, "height": 40, "rectanglelabels": ["car"]}},
          {"type": "polygonlabels", "value": {"points": [[10, 10], [50, 10], [30, 40]],
                                              "polygonlabels": ["road"]}}]}]}]

Rectangle and polygon coordinates are percentages of the image; they become
pixels of the image as DataFi stores it. The task kind and label set come
from the options when the file does not say (a file without predictions names
no labels). Images are resolved by a callback (:class:`LocalImages` reads
local files, hashes them and reads their size with Pillow); remote URLs are
not fetched.

>>> recs = convert([{"id": 7, "data": {"text": "Hello Alice"}, "predictions": [{"result": [
...     {"type": "labels", "value": {"start": 6, "end": 11, "labels": ["PER"]}}]}]}])
>>> recs[0].task.kind.value, recs[0].task.predictions[0].annotation["spans"][0]["label"]
('text_spans', 'PER')
"""

from __future__ import annotations

import hashlib
import math
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from ..errors import DataFiError, TaskFormatError
from ..models import TaskKind, parse_annotation, parse_task
from ..models.tasks import TASK_ID_RE
from ..taskfile import TaskRecord
from .fitting import Fitter

RESULT_KINDS = {
    "labels": TaskKind.TEXT_SPANS,
    "rectanglelabels": TaskKind.BOUNDING_BOXES,
    "polygonlabels": TaskKind.POLYGONS,
}
LABEL_KEYS = ("choices", "labels", "rectanglelabels", "polygonlabels")


@dataclass(frozen=True)
class ImageRef:
    """An image as DataFi refers to it: content hash and size in pixels."""

    sha256: str
    width: int
    height: int
    path: Path | None = None


ImageResolver = Callable[[str, str], ImageRef]


def looks_like_label_studio(records: Sequence[Any]) -> bool:
    """True when the records are Label Studio tasks (``data`` without a DataFi ``kind``)."""
    return bool(records) and all(
        isinstance(r, dict) and isinstance(r.get("data"), dict) and "kind" not in r
        for r in records
    )


@dataclass
class LocalImages:
    """Resolve Label Studio image references to local files under ``base_dir``.

    Accepts plain paths (relative to ``base_dir`` or absolute), ``file://`` URLs
    and Label Studio's ``/data/local-files/?d=relative/path`` form. Every file
    found is listed in ``found`` (sha-256 → path) for the caller to copy.
    """

    base_dir: Path
    found: dict[str, Path] = field(default_factory=dict)

    def __call__(self, ref: str, where: str) -> ImageRef:
        path = self.locate(ref, where)
        data = path.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        width, height = read_image_size(path, where)
        self.found[sha] = path
        return ImageRef(sha, width, height, path)

    def locate(self, ref: str, where: str) -> Path:
        parsed = urlparse(ref)
        if parsed.scheme in ("http", "https", "s3", "gs", "azure-blob"):
            raise TaskFormatError(
                f"remote image {ref[:100]!r} is not fetched; download it and refer to the "
                "local file", field="data.image", context=where)
        if parsed.scheme == "file":
            candidate = Path(unquote(parsed.path))
        elif parsed.path.startswith("/data/local-files/"):
            relative = parse_qs(parsed.query).get("d", [""])[0]
            candidate = self.base_dir / unquote(relative)
        else:
            candidate = Path(unquote(ref))
            if not candidate.is_absolute():
                candidate = self.base_dir / candidate
        if not candidate.is_file():
            raise TaskFormatError(f"image file {str(candidate)[:200]!r} not found",
                                  field="data.image", context=where)
        return candidate


def read_image_size(path: Path, where: str = "") -> tuple[int, int]:
    """Width and height of an image that decodes; refuses corrupt files and bombs."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                img.load()
                return int(img.size[0]), int(img.size[1])
    except Exception as exc:  # Pillow raises many kinds for corrupt data
        raise TaskFormatError(f"image {path.name!r} does not decode ({exc.__class__.__name__})",
                              field="data.image", context=where) from None


def convert(
    records: Sequence[Any],
    *,
    kind: TaskKind | str | None = None,
    labels: Sequence[str] | None = None,
    multi: bool | None = None,
    resolve_image: ImageResolver | None = None,
    source: str = "label-studio",
    fit: Fitter | None = None,
) -> list[TaskRecord]:
    """Convert Label Studio tasks; the first bad one raises, naming where it is.

    With ``fit`` shapes are fitted to the image under its tolerance and policy
    (:mod:`.fitting`); without, coordinates are clamped into the image."""
    wanted = TaskKind(kind) if kind is not None else None
    if wanted is TaskKind.COLLECTION:
        raise TaskFormatError("Label Studio tasks cannot become collection tasks", field="kind")
    out: list[TaskRecord] = []
    seen: set[str] = set()
    for index, raw in enumerate(records):
        where = f"{source}[{index}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("data"), dict):
            raise TaskFormatError("a Label Studio task is an object with a 'data' object",
                                  context=where)
        record = _convert_one(raw, index, where, wanted, labels, multi, resolve_image, fit)
        if record.task.id in seen:
            raise TaskFormatError(f"duplicate task id {record.task.id!r}", field="id",
                                  context=where)
        seen.add(record.task.id)
        out.append(record)
    return out


def _convert_one(
    raw: dict[str, Any], index: int, where: str, wanted: TaskKind | None,
    labels: Sequence[str] | None, multi: bool | None, resolve_image: ImageResolver | None,
    fit: Fitter | None = None,
) -> TaskRecord:
    data: dict[str, Any] = raw["data"]
    predictions = raw.get("predictions") or []
    if not isinstance(predictions, list):
        raise TaskFormatError("must be a list", field="predictions", context=where)
    results = [r for p in predictions if isinstance(p, dict)
               for r in (p.get("result") or []) if isinstance(r, dict)]
    kind = wanted or _infer_kind(data, results, where)
    task_data: dict[str, Any]
    image: ImageRef | None = None
    if kind.is_image:
        ref = data.get("image")
        if not isinstance(ref, str) or not ref:
            raise TaskFormatError("an image task needs data.image", field="data.image",
                                  context=where)
        if resolve_image is None:
            raise TaskFormatError("image tasks need a base directory to find their files",
                                  field="data.image", context=where)
        image = resolve_image(ref, where)
        task_data = {"image": image.sha256, "width": image.width, "height": image.height,
                     "filename": Path(urlparse(ref).path).name or None}
        task_data = {k: v for k, v in task_data.items() if v is not None}
    elif kind is TaskKind.COMPARISON:
        task_data = {k: data.get(k) for k in ("prompt", "a", "b")}
    else:
        text = data.get("text")
        if not isinstance(text, str):
            raise TaskFormatError("a text task needs data.text", field="data.text",
                                  context=where)
        task_data = {"text": text}
    meta = {k: v for k, v in data.items() if k not in ("text", "image", "prompt", "a", "b")
            and isinstance(v, str | int | float | bool)}
    if meta:
        task_data["meta"] = meta
    names = list(labels) if labels else _labels_in(results)
    if not names and kind is not TaskKind.COMPARISON:
        raise TaskFormatError("the file names no labels; pass them (--labels a,b,c)",
                              field="labels", context=where)
    is_multi = multi if multi is not None else _is_multi(results)
    task_id = _task_id(raw.get("id"), index)
    body = {"id": task_id, "kind": kind.value, "data": task_data,
            "config": {"labels": names, "multi": is_multi}}
    try:
        task = parse_task(body)
    except TaskFormatError as exc:
        raise TaskFormatError(exc.detail, field=exc.field, context=where) from None
    converted = []
    for p_index, prediction in enumerate(predictions):
        if not isinstance(prediction, dict):
            continue
        annotation = _annotation(kind, prediction.get("result") or [], image,
                                 f"{where}.predictions[{p_index}]", fit)
        if annotation is None:
            continue
        try:
            parse_annotation(annotation, task)
        except DataFiError as exc:
            raise TaskFormatError(str(exc), context=f"{where}.predictions[{p_index}]") from None
        score = prediction.get("score")
        converted.append({
            "model": str(prediction.get("model_version") or "label-studio")[:200],
            "score": float(score) if isinstance(score, int | float) else None,
            "annotation": annotation,
        })
    if converted:
        task = parse_task({**body, "predictions": converted})
    return TaskRecord(task=task, gold=None, where=where)


def _infer_kind(data: dict[str, Any], results: list[dict[str, Any]], where: str) -> TaskKind:
    for result in results:
        mapped = RESULT_KINDS.get(str(result.get("type", "")))
        if mapped is not None:
            return mapped
    if "image" in data:
        return TaskKind.IMAGE_CLASSIFICATION
    if "text" in data:
        return TaskKind.TEXT_CLASSIFICATION
    if all(k in data for k in ("prompt", "a", "b")):
        return TaskKind.COMPARISON
    raise TaskFormatError("cannot tell the task kind (no text or image); pass --kind",
                          field="data", context=where)


def _labels_in(results: list[dict[str, Any]]) -> list[str]:
    names: list[str] = []
    for result in results:
        value = result.get("value")
        if not isinstance(value, dict):
            continue
        for key in LABEL_KEYS:
            for name in value.get(key) or []:
                if isinstance(name, str) and name not in names:
                    names.append(name)
    return names


def _is_multi(results: list[dict[str, Any]]) -> bool:
    return any(
        isinstance(r.get("value"), dict) and len(r["value"].get("choices") or []) > 1
        for r in results
    )


def _task_id(raw_id: Any, index: int) -> str:
    candidate = str(raw_id) if isinstance(raw_id, str | int) and not isinstance(
        raw_id, bool) else ""
    if candidate and TASK_ID_RE.match(candidate) and not any(
            part in ("", ".", "..") for part in candidate.split("/")):
        return candidate
    cleaned = re.sub(r"[^A-Za-z0-9._:-]", "-", candidate)[:100]
    return f"ls-{cleaned}" if cleaned else f"ls-{index + 1}"


def _annotation(kind: TaskKind, results: list[Any], image: ImageRef | None,
                where: str, fit: Fitter | None = None) -> dict[str, Any] | None:
    indexed: list[tuple[int, dict[str, Any]]] = [
        (i, r["value"]) for i, r in enumerate(results)
        if isinstance(r, dict) and isinstance(r.get("value"), dict)
    ]
    values = [v for _, v in indexed]
    if kind in (TaskKind.TEXT_CLASSIFICATION, TaskKind.IMAGE_CLASSIFICATION):
        chosen = [c for v in values for c in (v.get("choices") or []) if isinstance(c, str)]
        return {"kind": kind.value, "labels": sorted(set(chosen))} if chosen else None
    if kind is TaskKind.TEXT_SPANS:
        spans = []
        for v in values:
            start, end = v.get("start"), v.get("end")
            for label in v.get("labels") or []:
                if isinstance(start, int) and isinstance(end, int):
                    spans.append({"start": start, "end": end, "label": label})
        return {"kind": kind.value, "spans": spans}
    if kind is TaskKind.BOUNDING_BOXES:
        assert image is not None
        boxes = []
        for r, v in indexed:
            if not v.get("rectanglelabels"):
                continue
            w_px, h_px = image.width, image.height
            try:
                if fit is not None:
                    box = _unrotated(v, w_px, h_px)
                    if box[4]:
                        fit.losses.add("rotated_boxes_to_bounds", "rotated rectangles "
                                       "imported as the upright box around them",
                                       f"{where}.result[{r}]")
                    fitted = fit.box(*box[:4], w_px, h_px, f"{where}.result[{r}]")
                    if fitted is None:
                        continue
                    x, y, w, h = fitted
                else:
                    x = _clamp(float(v["x"]) * w_px / 100, w_px)
                    y = _clamp(float(v["y"]) * h_px / 100, h_px)
                    w = min(float(v["width"]) * w_px / 100, w_px - x)
                    h = min(float(v["height"]) * h_px / 100, h_px - y)
            except (KeyError, TypeError, ValueError):
                raise TaskFormatError("x, y, width and height must be numbers",
                                      field="value", context=where) from None
            for label in v["rectanglelabels"]:
                boxes.append({"label": label, "x": round(x, 2), "y": round(y, 2),
                              "w": round(w, 2), "h": round(h, 2)})
        return {"kind": kind.value, "boxes": boxes}
    if kind is TaskKind.POLYGONS:
        assert image is not None
        polygons = []
        for r, v in indexed:
            if not v.get("polygonlabels"):
                continue
            try:
                if fit is not None:
                    ring = fit.polygon([(float(px) * image.width / 100,
                                         float(py) * image.height / 100)
                                        for px, py in v.get("points") or []],
                                       image.width, image.height, f"{where}.result[{r}]")
                    if ring is None:
                        continue
                    points = [[x, y] for x, y in ring]
                else:
                    points = [[round(_clamp(float(px) * image.width / 100, image.width), 2),
                               round(_clamp(float(py) * image.height / 100, image.height), 2)]
                              for px, py in v.get("points") or []]
            except (TypeError, ValueError, OverflowError):
                raise TaskFormatError("points must be [x, y] percentages", field="value",
                                      context=where) from None
            for label in v["polygonlabels"]:
                polygons.append({"label": label, "points": points})
        return {"kind": kind.value, "polygons": polygons}
    return None


def _unrotated(value: dict[str, Any], width: int, height: int
               ) -> tuple[float, float, float, float, bool]:
    """A Label Studio rectangle in pixels; a rotated one (degrees clockwise about its
    top-left corner, as Label Studio draws it) as the upright box around it."""
    x, y = float(value["x"]) * width / 100, float(value["y"]) * height / 100
    w, h = float(value["width"]) * width / 100, float(value["height"]) * height / 100
    angle = float(value.get("rotation") or 0) % 360
    if angle == 0:
        return x, y, w, h, False
    rad = math.radians(angle)
    cos, sin = math.cos(rad), math.sin(rad)
    corners = [(x + dx * cos - dy * sin, y + dx * sin + dy * cos)
               for dx, dy in ((0, 0), (w, 0), (w, h), (0, h))]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys), True


def _clamp(value: float, limit: int) -> float:
    return max(0.0, min(float(limit), value))
