"""The kinds of task: a plain enum, light to import (no pydantic), so the queue and
the first screen can name kinds without loading the task models (issue 16)."""

from __future__ import annotations

from enum import StrEnum


class TaskKind(StrEnum):
    TEXT_CLASSIFICATION = "text_classification"
    TEXT_SPANS = "text_spans"
    COMPARISON = "comparison"
    IMAGE_CLASSIFICATION = "image_classification"
    BOUNDING_BOXES = "bounding_boxes"
    POLYGONS = "polygons"
    COLLECTION = "collection"

    @property
    def is_image(self) -> bool:
        return self in IMAGE_KINDS

    @property
    def is_text(self) -> bool:
        return self in TEXT_KINDS


IMAGE_KINDS = frozenset(
    {TaskKind.IMAGE_CLASSIFICATION, TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS}
)
TEXT_KINDS = frozenset({TaskKind.TEXT_CLASSIFICATION, TaskKind.TEXT_SPANS, TaskKind.COMPARISON})
