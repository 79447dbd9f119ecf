"""Typed, validated models for tasks and every kind of annotation.

The names load on first use (PEP 562): ``from ..core.models import TaskKind`` loads
only the light :mod:`.kinds`, while ``Task`` or ``parse_annotation`` load pydantic and
the models. The first screen of the app names kinds but parses no task (issue 16).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .annotation_fit import parse_annotation, validate_for_task
    from .annotations import (
        AnyAnnotation,
        BoundingBoxes,
        Box,
        CollectionItem,
        Comparison,
        FromPrediction,
        ImageClassification,
        Polygon,
        Polygons,
        Span,
        TextClassification,
        TextSpans,
        empty_annotation,
        to_json,
    )
    from .campaign import EMBEDDED_CHAIN_ID, Campaign, ChainSettings, parse_campaign
    from .kinds import TaskKind
    from .tasks import (
        FieldDef,
        LabelDef,
        Prediction,
        RatingScale,
        Task,
        TaskConfig,
        parse_task,
    )

#: where each public name lives
_HOMES = {
    **dict.fromkeys(
        ("AnyAnnotation", "BoundingBoxes", "Box", "CollectionItem", "Comparison",
         "FromPrediction", "ImageClassification", "Polygon", "Polygons", "Span",
         "TextClassification", "TextSpans", "empty_annotation", "to_json"), "annotations"),
    **dict.fromkeys(("parse_annotation", "validate_for_task"), "annotation_fit"),
    **dict.fromkeys(("EMBEDDED_CHAIN_ID", "Campaign", "ChainSettings", "parse_campaign"),
                    "campaign"),
    "TaskKind": "kinds",
    **dict.fromkeys(("FieldDef", "LabelDef", "Prediction", "RatingScale", "Task",
                     "TaskConfig", "parse_task"), "tasks"),
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


__all__ = [
    "EMBEDDED_CHAIN_ID",
    "AnyAnnotation",
    "BoundingBoxes",
    "Box",
    "Campaign",
    "ChainSettings",
    "CollectionItem",
    "Comparison",
    "FieldDef",
    "FromPrediction",
    "ImageClassification",
    "LabelDef",
    "Polygon",
    "Polygons",
    "Prediction",
    "RatingScale",
    "Span",
    "Task",
    "TaskConfig",
    "TaskKind",
    "TextClassification",
    "TextSpans",
    "empty_annotation",
    "parse_annotation",
    "parse_campaign",
    "parse_task",
    "to_json",
    "validate_for_task",
]
