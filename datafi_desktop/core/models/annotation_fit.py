"""Reading an annotation from JSON and checking that it fits its task: the kind, the
label set, the text length, the image bounds, a collection's fields and limits.

>>> a = parse_annotation({"kind": "bounding_boxes",
...                       "boxes": [{"label": "car", "x": 10, "y": 20, "w": 30, "h": 40}]})
>>> a.boxes[0].w
30.0
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..errors import AnnotationValidationError
from .annotations import (
    Annotation,
    AnyAnnotation,
    BoundingBoxes,
    Box,
    CollectionItem,
    Comparison,
    ImageClassification,
    Polygon,
    Polygons,
    Span,
    TextClassification,
    TextSpans,
)
from .tasks import Task, length_problem
from .validation import first_error

_ADAPTER: TypeAdapter[AnyAnnotation] = TypeAdapter(Annotation)


def parse_annotation(data: Any, task: Task | None = None) -> AnyAnnotation:
    """Validate an annotation dict (and, given its task, its fit to the task).

    Raises :class:`AnnotationValidationError` whose ``field`` names the culprit,
    for example ``boxes[2].w``.
    """
    if not isinstance(data, dict):
        raise AnnotationValidationError("an annotation must be a JSON object", field="annotation")
    try:
        annotation = _ADAPTER.validate_python(data)
    except ValidationError as exc:
        field, message = first_error(exc)
        # drop the union tag pydantic puts first ("bounding_boxes.boxes[0].w")
        kind = data.get("kind")
        if isinstance(kind, str) and field.startswith(kind + "."):
            field = field[len(kind) + 1 :]
        raise AnnotationValidationError(message, field=field or "annotation") from None
    if task is not None:
        validate_for_task(annotation, task)
    return annotation


def validate_for_task(annotation: AnyAnnotation, task: Task) -> None:
    """Check an annotation against its task: kind, label set, text length, image bounds."""
    expected = task.kind.value
    if annotation.kind != expected:
        raise AnnotationValidationError(
            f"task {task.id!r} is {expected}, annotation is {annotation.kind}", field="kind"
        )
    if isinstance(annotation, CollectionItem):
        _validate_collection(annotation, task)
        return
    _validate_labels(annotation, task, task.config.label_names)
    if isinstance(annotation, (TextClassification, ImageClassification)):
        if not task.config.multi and len(annotation.labels) != 1:
            raise AnnotationValidationError("this task takes exactly one label", field="labels")
    if isinstance(annotation, TextSpans):
        _validate_spans(annotation, len(task.text))
    if isinstance(annotation, Comparison):
        _validate_ratings(annotation, task)
    if isinstance(annotation, (BoundingBoxes, Polygons)):
        size = task.image_size
        assert size is not None
        _validate_bounds(annotation, *size)


def _validate_collection(item: CollectionItem, task: Task) -> None:
    config = task.config
    problem = length_problem(item.text, config.text_min_chars, config.text_max_chars)
    if problem:
        raise AnnotationValidationError(problem, field="text")
    for spec in config.fields:
        value = item.metadata.get(spec.name)
        if value is None or value == "":
            if spec.required:
                raise AnnotationValidationError("is required", field=f"metadata.{spec.name}")
            continue
        if isinstance(value, str) and (problem := length_problem(value, spec.min_chars,
                                                                 spec.max_chars)):
            raise AnnotationValidationError(problem, field=f"metadata.{spec.name}")
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        if spec.type == "number" and not is_number:
            raise AnnotationValidationError("must be a number", field=f"metadata.{spec.name}")
        if spec.type == "bool" and not isinstance(value, bool):
            raise AnnotationValidationError("must be true or false", field=f"metadata.{spec.name}")
        if spec.type == "choice" and value not in spec.choices:
            raise AnnotationValidationError(
                f"must be one of {', '.join(spec.choices)}", field=f"metadata.{spec.name}"
            )
    if item.asset is not None and item.mime and task.config.accept and item.mime not in (
        task.config.accept
    ):
        raise AnnotationValidationError(f"type {item.mime} is not accepted", field="mime")
    inner = item.annotation
    if inner is None:
        return
    if task.config.label_kind and inner.kind != task.config.label_kind.value:
        raise AnnotationValidationError(
            f"must be {task.config.label_kind.value}", field="annotation.kind"
        )
    _validate_labels(inner, task, task.config.label_names, prefix="annotation.")
    if isinstance(inner, TextSpans):
        _validate_spans(inner, len(item.text), prefix="annotation.")
    if isinstance(inner, (BoundingBoxes, Polygons)):
        if item.width is None or item.height is None:
            raise AnnotationValidationError("shapes need the image size", field="width")
        _validate_bounds(inner, item.width, item.height, prefix="annotation.")


def _validate_labels(
    annotation: AnyAnnotation, task: Task, allowed: tuple[str, ...], prefix: str = ""
) -> None:
    if not allowed:
        return
    allowed_set = set(allowed)
    if isinstance(annotation, (TextClassification, ImageClassification)):
        for i, label in enumerate(annotation.labels):
            if label not in allowed_set:
                raise AnnotationValidationError(
                    f"unknown label {label!r}", field=f"{prefix}labels[{i}]"
                )
    items: tuple[Span | Box | Polygon, ...] = ()
    name = ""
    if isinstance(annotation, TextSpans):
        items, name = annotation.spans, "spans"
    elif isinstance(annotation, BoundingBoxes):
        items, name = annotation.boxes, "boxes"
    elif isinstance(annotation, Polygons):
        items, name = annotation.polygons, "polygons"
    for i, item in enumerate(items):
        if item.label not in allowed_set:
            raise AnnotationValidationError(
                f"unknown label {item.label!r}", field=f"{prefix}{name}[{i}].label"
            )


def _validate_spans(annotation: TextSpans, length: int, prefix: str = "") -> None:
    for i, span in enumerate(annotation.spans):
        if span.end > length:
            raise AnnotationValidationError(
                f"end {span.end} is beyond the text ({length} code points)",
                field=f"{prefix}spans[{i}].end",
            )


def _validate_ratings(annotation: Comparison, task: Task) -> None:
    scales = {scale.name: scale for scale in task.config.ratings}
    for name, value in annotation.ratings.items():
        scale = scales.get(name)
        if scale is None:
            raise AnnotationValidationError("unknown rating scale", field=f"ratings.{name}")
        if not scale.min <= value <= scale.max:
            raise AnnotationValidationError(
                f"must be between {scale.min} and {scale.max}", field=f"ratings.{name}"
            )


def _validate_bounds(
    annotation: BoundingBoxes | Polygons, width: int, height: int, prefix: str = ""
) -> None:
    if isinstance(annotation, BoundingBoxes):
        for i, box in enumerate(annotation.boxes):
            if box.x < 0 or box.y < 0 or box.x + box.w > width or box.y + box.h > height:
                raise AnnotationValidationError(
                    f"box ({box.x}, {box.y}, {box.w}×{box.h}) is outside the "
                    f"{width}×{height} image",
                    field=f"{prefix}boxes[{i}]",
                )
    else:
        for i, poly in enumerate(annotation.polygons):
            for k, ring in enumerate(poly.rings):
                for j, (x, y) in enumerate(ring):
                    if not (0 <= x <= width and 0 <= y <= height):
                        where = "points" if k == 0 else f"parts[{k - 1}]"
                        raise AnnotationValidationError(
                            f"point ({x}, {y}) is outside the {width}×{height} image",
                            field=f"{prefix}polygons[{i}].{where}[{j}]",
                        )
