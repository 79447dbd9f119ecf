"""Which pane edits which task kind.

Each pane module defines one :class:`~datafi_desktop.ui.panes.base.AnnotationPane`
subclass with its ``kinds``; the editor asks :func:`pane_types` for them.
"""

from __future__ import annotations

import importlib

from ...core.models import TaskKind
from .base import AnnotationPane

#: module name → class name, in the order the editor builds them
PANE_CLASSES: tuple[tuple[str, str], ...] = (
    ("text_pane", "TextPane"),  # text_classification, text_spans
    ("comparison_pane", "ComparisonPane"),  # comparison
    ("image_pane", "ImagePane"),  # image_classification, bounding_boxes, polygons
    ("collection_pane", "CollectionPane"),  # collection
)


def pane_types() -> list[type[AnnotationPane]]:
    types: list[type[AnnotationPane]] = []
    for module_name, class_name in PANE_CLASSES:
        module = importlib.import_module(f"{__package__}.{module_name}")
        types.append(getattr(module, class_name))
    return types


def pane_for(kind: TaskKind, types: list[type[AnnotationPane]]) -> type[AnnotationPane]:
    for pane_type in types:
        if kind in pane_type.kinds:
            return pane_type
    raise LookupError(f"no pane edits {kind.value} tasks")
