"""Label Studio JSON → tasks, reusing the shared converter in :mod:`.label_studio`.

What this wrapper adds to that converter:

- ``annotations`` (what a Label Studio export holds) become pre-annotations too,
  not only ``predictions``; cancelled annotations are left out;
- comparison tasks (``prompt``, ``a``, ``b``) get their choice, reason and
  ratings back from ``choices``/``textarea``/``number`` results;
- the labeling config (``--label-config``, or ``<file>.xml`` beside the file as
  DataFi exports it) supplies the label set, single/multi choice and rating scales;
- shapes are fitted to the image under the import's tolerance and policy
  (:mod:`.fitting`; a shape beyond the tolerance is skipped, clamped or refused,
  naming the task and result);
- images are found by :mod:`.label_studio_paths` (uploads, local files, cloud
  and web URLs mapped through ``--images`` by file name; ``--fetch`` downloads);
- a ``datafi_task`` data field (DataFi's exports) restores the task id;
- image sizes are the displayed ones (EXIF orientation applied).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from ..errors import TaskFormatError
from ..models import TaskKind
from ..taskfile import TaskRecord
from . import label_studio
from .fitting import Losses
from .imagefiles import ImageFiles
from .importing import ImportOptions, ImportResult, build_task, fail, finish, read_json
from .label_studio_paths import LabelStudioImages

_CONTROL_KINDS = {"labels": TaskKind.TEXT_SPANS, "rectanglelabels": TaskKind.BOUNDING_BOXES,
                  "polygonlabels": TaskKind.POLYGONS}


def read_label_studio(path: Path, options: ImportOptions) -> ImportResult:
    data = read_json(path)
    if isinstance(data, dict) and isinstance(data.get("tasks"), list):
        data = data["tasks"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not label_studio.looks_like_label_studio(data):
        raise fail("not a Label Studio task list ([{\"data\": {...}}, ...])", path.name)
    config = _config(options.label_config or path.with_suffix(".xml"))
    locator = LabelStudioImages(path, options.images_dir, options.fetch)
    files = ImageFiles(*locator.roots())
    merged = [_merged(raw, f"{path.name}[{i}]") for i, raw in enumerate(data)]
    locator.prepare((raw["data"]["image"], f"{path.name}[{i}]") for i, raw in enumerate(merged)
                    if isinstance(raw["data"].get("image"), str) and raw["data"]["image"])
    resolver = files.resolver(locator.locate)
    losses = Losses()
    fit = options.fitter(losses)
    records: list[TaskRecord] = []
    for i, raw in enumerate(merged):
        where = f"{path.name}[{i}]"
        task_data = raw["data"]
        if all(k in task_data for k in ("prompt", "a", "b")) and not (
                "text" in task_data or "image" in task_data):
            records.append(_comparison(raw, where, config, options))
            continue
        kind = options.kind or config.get("kind")
        labels = options.labels or config.get("labels")
        multi = options.multi if options.multi is not None else config.get("multi")
        try:
            converted = label_studio.convert([raw], kind=kind, labels=labels, multi=multi,
                                             resolve_image=resolver, source=path.name, fit=fit)
        except TaskFormatError as exc:
            raise fail(exc.detail, where + (f" ({exc.context})" if exc.context else ""),
                       exc.field) from None
        records.append(TaskRecord(converted[0].task, None, where))
    return finish("label-studio", records, files.found, [], losses)


def _merged(raw: dict[str, Any], where: str) -> dict[str, Any]:
    """The task with its annotations as predictions, and its id."""
    if not isinstance(raw, dict) or not isinstance(raw.get("data"), dict):
        raise fail("a Label Studio task is an object with a 'data' object", where)
    predictions = list(raw.get("predictions") or [])
    for annotation in raw.get("annotations") or []:
        if isinstance(annotation, dict) and not annotation.get("was_cancelled"):
            predictions.append({"model_version": "label-studio-annotation",
                                "result": annotation.get("result") or []})
    out = {**raw, "predictions": predictions}
    datafi_id = raw["data"].get("datafi_task")
    if isinstance(datafi_id, str) and datafi_id:
        out["id"] = datafi_id
        out["data"] = {k: v for k, v in raw["data"].items()
                       if k not in ("datafi_task", "datafi_campaign")}
    return out


def _comparison(raw: dict[str, Any], where: str, config: dict[str, Any],
                options: ImportOptions) -> TaskRecord:
    data = raw["data"]
    ratings = config.get("ratings") or []
    predictions = []
    for prediction in raw.get("predictions") or []:
        choice, reason, scores = None, "", {}
        for result in prediction.get("result") or []:
            value = result.get("value") or {}
            if result.get("type") == "choices" and value.get("choices"):
                choice = value["choices"][0]
            elif result.get("type") == "textarea" and value.get("text"):
                reason = "\n".join(value["text"])
            elif result.get("type") == "number" and isinstance(value.get("number"), int):
                scores[str(result.get("from_name"))] = value["number"]
        if choice is not None:
            predictions.append({"model": str(prediction.get("model_version") or options.model),
                                "annotation": {"kind": "comparison", "choice": choice,
                                               "reason": reason, "ratings": scores}})
    body = {"id": str(raw.get("id") or where), "kind": "comparison",
            "data": {k: data[k] for k in ("prompt", "a", "b")},
            "config": {"ratings": ratings}, "predictions": predictions}
    return TaskRecord(build_task(body, where), None, where)


def _config(path: Path) -> dict[str, Any]:
    """Label set, multi, rating scales and kind from a labeling config, if there is one."""
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise fail("DTDs and entities are not accepted", path.name)
    try:
        root = ET.fromstring(text)  # noqa: S314 - no DTD or entity can reach the parser
    except ET.ParseError as exc:
        raise fail(f"invalid labeling config ({exc})", path.name) from None
    out: dict[str, Any] = {}
    for control in root.iter():
        tag = control.tag.lower()
        if tag in _CONTROL_KINDS or (tag == "choices" and control.get("name") != "choice"):
            out["labels"] = [c.get("value") for c in control if c.get("value")]
            out["multi"] = control.get("choice") == "multiple"
            if tag in _CONTROL_KINDS:
                out["kind"] = _CONTROL_KINDS[tag]
            else:
                image = root.find("Image") is not None
                out["kind"] = TaskKind.IMAGE_CLASSIFICATION if image else (
                    TaskKind.TEXT_CLASSIFICATION)
        elif tag == "number":
            out.setdefault("ratings", []).append({
                "name": control.get("name"), "min": int(control.get("min") or 1),
                "max": int(control.get("max") or 5)})
    return out
