"""Which pane edits which task kind.

Each pane module defines one :class:`~datafi_desktop.ui.panes.base.AnnotationPane`
subclass with its ``kinds``; the editor asks :func:`pane_types` for them.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication

from ...core.models import TaskKind
from .base import AnnotationPane

log = logging.getLogger(__name__)

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


def load_pane_types() -> tuple[list[type[AnnotationPane]], dict[str, str]]:
    """Like :func:`pane_types`, but a pane module that is missing or fails to import
    is reported (module name → reason) instead of raised, so the editor can fall
    back to a read-only preview for its kinds."""
    types: list[type[AnnotationPane]] = []
    missing: dict[str, str] = {}
    for module_name, class_name in PANE_CLASSES:
        full = f"{__package__}.{module_name}"
        try:
            module = importlib.import_module(full)
            types.append(getattr(module, class_name))
        except ModuleNotFoundError as exc:
            if exc.name != full:
                log.exception("pane module %s cannot be imported", module_name)
            missing[module_name] = (
                QCoreApplication.translate("registry", "not installed yet") if exc.name == full
                else QCoreApplication.translate("registry", "cannot be loaded ({error})").format(
                    error=exc))
        except Exception as exc:  # a broken pane must not stop the editor
            log.exception("pane module %s cannot be imported", module_name)
            missing[module_name] = QCoreApplication.translate(
                "registry", "cannot be loaded ({error})").format(
                error=f"{type(exc).__name__}: {exc}")
    return types, missing


def pane_for(kind: TaskKind, types: list[type[AnnotationPane]]) -> type[AnnotationPane]:
    for pane_type in types:
        if kind in pane_type.kinds:
            return pane_type
    raise LookupError(f"no pane edits {kind.value} tasks")
