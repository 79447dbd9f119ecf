"""Label Studio JSON export: tasks with ``annotations[].result``, and a labeling config.

One pair of files per task kind, because a Label Studio project has one
labeling config: ``label_studio_<kind>.json`` (the task list, importable into a
project) and ``label_studio_<kind>.xml`` (the config to create that project with).

Results use Label Studio's region format (``from_name``, ``to_name``, ``type``,
``value``):

- classification: ``choices`` ``{"choices": [...]}``;
- spans: ``labels`` ``{"start", "end", "text", "labels"}``; ``start``/``end``
  count Unicode code points, as Python's ``str`` and Label Studio's Text tag do
  (not JavaScript's UTF-16 units: an emoji counts one), so no conversion is needed;
- boxes: ``rectanglelabels`` ``{"x", "y", "width", "height", "rotation": 0}`` in
  percent of ``original_width``/``original_height``;
- polygons: ``polygonlabels`` ``{"points": [[x%, y%], ...], "closed": true}``;
- comparison: ``choices`` (A, B, tie) on the prompt, ``textarea`` for the
  reason and one ``number`` per rating scale.

Images are referenced as ``/data/local-files/?d=images/<name>``: serve the
export folder as Label Studio local storage (``LOCAL_FILES_DOCUMENT_ROOT``).
Every submission of a task becomes one annotation of that task. Collection
items are skipped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from ..models import Task, TaskKind
from .jsonstream import JsonList
from .plan import ExportPlan, FormatWriter, task_key
from .records import ExportRecord
from .shapes import shapes_of, split_parts

LOCAL_FILES = "/data/local-files/?d="
CONTROL = "label"
KINDS = (TaskKind.TEXT_CLASSIFICATION, TaskKind.TEXT_SPANS, TaskKind.COMPARISON,
         TaskKind.IMAGE_CLASSIFICATION, TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS)


class LabelStudioWriter(FormatWriter):
    """One task list per kind, appended a task at a time; each kind's labeling config
    and the labels (kind by kind, as before) at the end."""

    name = "label-studio"

    def __init__(self, plan: ExportPlan, image_paths: Mapping[str, str]) -> None:
        super().__init__(plan, image_paths)
        self.lists: dict[TaskKind, JsonList] = {}
        self.labels: dict[TaskKind, list[str]] = {}
        #: the tasks' configs in order, repeats in a row dropped (what the config needs)
        self.configs: dict[TaskKind, list[Task]] = {}

    def add(self, group: Sequence[ExportRecord]) -> None:
        by_kind: dict[TaskKind, list[ExportRecord]] = {}
        for record in group:
            self.plan.item(record)
            kind = TaskKind(record.kind)
            if kind not in KINDS:
                self.plan.skip(record)
                continue
            by_kind.setdefault(kind, []).append(record)
        for kind, records in by_kind.items():
            self._add_task(kind, records)

    def _add_task(self, kind: TaskKind, group: list[ExportRecord]) -> None:
        plan, name, first = self.plan, f"label_studio_{kind.value}", group[0]
        labels = self.labels.setdefault(kind, [])
        for label in first.task.config.label_names:
            if label not in labels:
                labels.append(label)
        if first.task.image_hash:
            for record in group:
                plan.add_image(self.image_paths[task_key(record)], first.task.image_hash, record)
        tasks = self.lists.get(kind)
        if tasks is None:
            tasks = self.lists[kind] = JsonList(
                lambda text: plan.append(f"{name}.json", text.encode("utf-8")))
        tasks.add(_task(tasks.count + 1, group, self.image_paths.get(task_key(first)), plan))
        for record in group:
            plan.item(record)["files"] += [f"{name}.json", f"{name}.xml"]
        configs = self.configs.setdefault(kind, [])
        if not configs or configs[-1].config != first.task.config:
            configs.append(first.task)

    def finish(self) -> None:
        for kind in KINDS:
            tasks = self.lists.get(kind)
            if tasks is None:
                continue
            name = f"label_studio_{kind.value}"
            tasks.close()
            self.plan.append(f"{name}.json", b"\n")
            self.plan.add_file(f"{name}.xml",
                               label_config(kind, self.configs[kind]).encode("utf-8"))
            self.plan.add_labels(self.labels[kind])


def _task(number: int, group: list[ExportRecord], image: str | None,
          plan: ExportPlan) -> dict[str, Any]:
    task = group[0].task
    data: dict[str, Any] = {}
    if image is not None:
        data["image"] = LOCAL_FILES + image
    elif task.kind is TaskKind.COMPARISON:
        data.update({k: task.data[k] for k in ("prompt", "a", "b")})
    else:
        data["text"] = task.text
    data["datafi_task"] = task.id
    data["datafi_campaign"] = group[0].campaign_id
    annotations = []
    for n, record in enumerate(group, start=1):
        stamp = datetime.fromtimestamp(record.created_at / 1000, tz=UTC).isoformat()
        result = results(record.final, task, f"s{number}a{n}")
        plan.shapes += len(result)
        split = split_parts(record.final)
        if split:
            plan.lose("split_objects", "objects in several parts written as one region per "
                      "part (Label Studio has no multi-part polygon; the parts are counted)",
                      record, split)
        annotations.append({"id": n, "result": result, "was_cancelled": False,
                            "ground_truth": False, "created_at": stamp, "updated_at": stamp,
                            "lead_time": 0})
    return {"id": number, "data": data, "annotations": annotations, "predictions": []}


def results(annotation: dict[str, Any], task: Task, prefix: str) -> list[dict[str, Any]]:
    """Label Studio result regions of one DataFi annotation."""
    kind = TaskKind(annotation["kind"])
    to_name = "image" if kind.is_image else "prompt" if kind is TaskKind.COMPARISON else "text"
    out: list[dict[str, Any]] = []

    def add(rtype: str, value: dict[str, Any], from_name: str = CONTROL,
            extra: dict[str, Any] | None = None) -> None:
        out.append({"id": f"{prefix}r{len(out) + 1}", "from_name": from_name,
                    "to_name": to_name, "type": rtype, "origin": "manual", **(extra or {}),
                    "value": value})

    if kind in (TaskKind.TEXT_CLASSIFICATION, TaskKind.IMAGE_CLASSIFICATION):
        add("choices", {"choices": list(annotation["labels"])})
    elif kind is TaskKind.TEXT_SPANS:
        text = task.text
        for span in annotation["spans"]:
            add("labels", {"start": span["start"], "end": span["end"],
                           "text": text[span["start"]:span["end"]], "labels": [span["label"]]})
    elif kind is TaskKind.COMPARISON:
        add("choices", {"choices": [annotation["choice"]]}, "choice")
        if annotation.get("reason"):
            add("textarea", {"text": [annotation["reason"]]}, "reason")
        for scale, value in sorted(annotation.get("ratings", {}).items()):
            add("number", {"number": value}, scale)
    else:
        width, height = task.image_size or (1, 1)
        size = {"original_width": width, "original_height": height, "image_rotation": 0}
        for shape in shapes_of(annotation):
            if shape.is_box:
                x, y, w, h = shape.bounds
                add("rectanglelabels", {"x": x * 100 / width, "y": y * 100 / height,
                                        "width": w * 100 / width, "height": h * 100 / height,
                                        "rotation": 0, "rectanglelabels": [shape.label]},
                    CONTROL, size)
            else:  # an object in several parts: one region per part (a counted loss)
                for ring in shape.rings:
                    points = [[px * 100 / width, py * 100 / height] for px, py in ring]
                    add("polygonlabels", {"points": points, "closed": True,
                                          "polygonlabels": [shape.label]}, CONTROL, size)
    return out


def label_config(kind: TaskKind, tasks: Sequence[Task]) -> str:
    """A Label Studio labeling config (XML) for tasks of one kind."""
    view = ET.Element("View")
    labels: dict[str, dict[str, str]] = {}
    hotkeys: set[str] = set()
    for task in tasks:
        for label in task.config.labels:
            if label.name not in labels:
                attrs = {"value": label.name, "background": task.config.color_of(label.name)}
                if label.hotkey and label.hotkey.lower() not in hotkeys:
                    attrs["hotkey"] = label.hotkey
                    hotkeys.add(label.hotkey.lower())
                labels[label.name] = attrs
    multi = any(t.config.multi for t in tasks)
    if kind is TaskKind.COMPARISON:
        for name in ("prompt", "a", "b"):
            ET.SubElement(view, "Text", name=name, value=f"${name}")
        choices = ET.SubElement(view, "Choices", name="choice", toName="prompt",
                                choice="single", required="true")
        for value in ("A", "B", "tie"):
            ET.SubElement(choices, "Choice", value=value)
        ET.SubElement(view, "TextArea", name="reason", toName="prompt", editable="true")
        scales = {s.name: s for t in tasks for s in t.config.ratings}
        for scale in scales.values():
            ET.SubElement(view, "Number", name=scale.name, toName="prompt",
                          min=str(scale.min), max=str(scale.max))
    else:
        obj, value = ("Image", "$image") if kind.is_image else ("Text", "$text")
        ET.SubElement(view, obj, name="image" if kind.is_image else "text", value=value)
        tag = {TaskKind.TEXT_SPANS: "Labels", TaskKind.BOUNDING_BOXES: "RectangleLabels",
               TaskKind.POLYGONS: "PolygonLabels"}.get(kind, "Choices")
        attrs = {"name": CONTROL, "toName": "image" if kind.is_image else "text"}
        if tag == "Choices":
            attrs["choice"] = "multiple" if multi else "single"
        control = ET.SubElement(view, tag, attrs)
        for attrs in labels.values():
            if tag == "Choices":
                ET.SubElement(control, "Choice", value=attrs["value"])
            else:
                ET.SubElement(control, "Label", attrs)
    ET.indent(view)
    return ET.tostring(view, encoding="unicode") + "\n"
