"""Annotations: plain, validated, serializable records of what a labeler decided.

Each kind is a frozen pydantic model with a ``kind`` tag. Panes edit them by
building new values; the canonical JSON of :meth:`to_json` is what gets hashed
and signed.

Offsets of text spans index Unicode code points (Python ``str`` indices), not
UTF-16 units: an emoji counts as one, a letter and its combining accent as two.

Parsing a JSON object into one of them, and checking it against its task, is in
:mod:`.annotation_fit`.

>>> BoundingBoxes(boxes=[Box(label="car", x=10, y=20, w=30, h=40)]).boxes[0].w
30.0
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

from ..geometry import polygon_area
from .prediction_record import FromPrediction
from .tasks import SHA256_RE, Task, TaskKind

#: Coordinates are kept to 1/100 pixel so that their canonical JSON stays stable.
COORD_DECIMALS = 2
MAX_SHAPES = 5_000
MAX_POLYGON_POINTS = 2_000
#: further polygons one object may have besides its first (``Polygon.parts``)
MAX_POLYGON_PARTS = 100
MAX_REASON_CHARS = 10_000
MAX_METADATA_FIELDS = 100


def _round(value: float) -> float:
    rounded = round(float(value), COORD_DECIMALS)
    return 0.0 if rounded == 0 else rounded  # no "-0.0" in canonical JSON


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Label(_Model):
    """A label annotation: ``from_prediction`` is left out of its JSON when None, so
    that an annotation without it (and a collection item holding one) keeps the
    content hash it had before the field existed."""

    @model_serializer(mode="wrap")
    def _drop_no_record(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict) and data.get("from_prediction", 0) is None:
            del data["from_prediction"]
        return data


class Span(_Model):
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    label: str = Field(min_length=1)

    @model_validator(mode="after")
    def _order(self) -> Span:
        if self.end <= self.start:
            raise ValueError("end: must be greater than start")
        return self


class Box(_Model):
    label: str = Field(min_length=1)
    x: float
    y: float
    w: float = Field(gt=0)
    h: float = Field(gt=0)

    @field_validator("x", "y", "w", "h")
    @classmethod
    def _finite(cls, value: float) -> float:
        return _round(_require_finite(value))


Ring = tuple[tuple[float, float], ...]


class Polygon(_Model):
    """One object: the polygon ``points`` and, for an object in several pieces (a car
    behind a pole), its further polygons in ``parts``. ``parts`` is left out of the
    JSON when empty, so a one-piece polygon hashes as it always has."""

    label: str = Field(min_length=1)
    points: Ring = Field(min_length=3, max_length=MAX_POLYGON_POINTS)
    parts: tuple[Ring, ...] = Field(default=(), max_length=MAX_POLYGON_PARTS)

    @field_validator("points")
    @classmethod
    def _points(cls, value: Ring) -> Ring:
        return _ring(value)

    @field_validator("parts")
    @classmethod
    def _parts(cls, value: tuple[Ring, ...]) -> tuple[Ring, ...]:
        out = []
        for i, ring in enumerate(value):
            if not 3 <= len(ring) <= MAX_POLYGON_POINTS:
                raise ValueError(f"[{i}]: a part needs 3 to {MAX_POLYGON_POINTS} points")
            try:
                out.append(_ring(ring))
            except ValueError as exc:
                raise ValueError(f"[{i}]: {exc}") from None
        return tuple(out)

    @model_serializer(mode="wrap")
    def _without_empty_parts(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict) and not data.get("parts"):
            data.pop("parts", None)
        return data

    @property
    def rings(self) -> tuple[Ring, ...]:
        """Every polygon of the object, the first one first."""
        return (self.points, *self.parts)

    @property
    def area(self) -> float:
        return sum(polygon_area(ring) for ring in self.rings)


def _ring(value: Ring) -> Ring:
    pts = tuple((_round(_require_finite(x)), _round(_require_finite(y))) for x, y in value)
    if len(set(pts)) < 3:
        raise ValueError("a polygon needs at least three distinct points")
    if polygon_area(pts) < 1e-9:
        raise ValueError("a polygon must enclose an area")
    return pts


class TextClassification(_Label):
    kind: Literal["text_classification"] = "text_classification"
    labels: tuple[str, ...] = Field(min_length=1)
    from_prediction: FromPrediction | None = None

    @field_validator("labels")
    @classmethod
    def _sorted(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _unique_sorted(value)


class TextSpans(_Label):
    kind: Literal["text_spans"] = "text_spans"
    spans: tuple[Span, ...] = Field(default=(), max_length=MAX_SHAPES)
    from_prediction: FromPrediction | None = None

    @field_validator("spans")
    @classmethod
    def _sorted(cls, value: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(sorted(set(value), key=lambda s: (s.start, s.end, s.label)))


class Comparison(_Label):
    kind: Literal["comparison"] = "comparison"
    choice: Literal["A", "B", "tie"]
    reason: str = Field(default="", max_length=MAX_REASON_CHARS)
    ratings: dict[str, int] = Field(default_factory=dict)
    from_prediction: FromPrediction | None = None


class ImageClassification(_Label):
    kind: Literal["image_classification"] = "image_classification"
    labels: tuple[str, ...] = Field(min_length=1)
    from_prediction: FromPrediction | None = None

    @field_validator("labels")
    @classmethod
    def _sorted(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _unique_sorted(value)


class BoundingBoxes(_Label):
    kind: Literal["bounding_boxes"] = "bounding_boxes"
    boxes: tuple[Box, ...] = Field(default=(), max_length=MAX_SHAPES)
    from_prediction: FromPrediction | None = None


class Polygons(_Label):
    kind: Literal["polygons"] = "polygons"
    polygons: tuple[Polygon, ...] = Field(default=(), max_length=MAX_SHAPES)
    from_prediction: FromPrediction | None = None


LabelAnnotation = Annotated[
    TextClassification | TextSpans | ImageClassification | BoundingBoxes | Polygons,
    Field(discriminator="kind"),
]

MetadataValue = str | int | float | bool


class CollectionItem(_Model):
    """A new data item made by a field collector, with its own labels."""

    kind: Literal["collection"] = "collection"
    asset: str | None = None
    mime: str | None = Field(default=None, max_length=100)
    filename: str | None = Field(default=None, max_length=255)
    width: int | None = Field(default=None, gt=0)
    height: int | None = Field(default=None, gt=0)
    text: str = Field(default="", max_length=1_000_000)
    metadata: dict[str, MetadataValue] = Field(default_factory=dict)
    annotation: LabelAnnotation | None = None

    @field_validator("asset")
    @classmethod
    def _asset(cls, value: str | None) -> str | None:
        if value is not None and not SHA256_RE.match(value):
            raise ValueError("must be the sha-256 hex of the asset")
        return value

    @field_validator("metadata")
    @classmethod
    def _metadata(cls, value: dict[str, MetadataValue]) -> dict[str, MetadataValue]:
        if len(value) > MAX_METADATA_FIELDS:
            raise ValueError(f"at most {MAX_METADATA_FIELDS} fields")
        for key, item in value.items():
            if isinstance(item, float):
                _require_finite(item)
            if isinstance(item, int | float) and abs(item) >= 2**53:
                raise ValueError(f"{key}: numbers must stay below 2**53 to hash alike everywhere")
            if isinstance(item, str) and len(item) > 10_000:
                raise ValueError(f"{key}: value longer than 10,000 characters")
        return value

    @model_validator(mode="after")
    def _something(self) -> CollectionItem:
        if self.asset is None and not self.text.strip():
            raise ValueError("asset: a collection item needs a file or a text")
        return self


Annotation = Annotated[
    TextClassification
    | TextSpans
    | Comparison
    | ImageClassification
    | BoundingBoxes
    | Polygons
    | CollectionItem,
    Field(discriminator="kind"),
]

AnyAnnotation = (
    TextClassification
    | TextSpans
    | Comparison
    | ImageClassification
    | BoundingBoxes
    | Polygons
    | CollectionItem
)

def to_json(annotation: AnyAnnotation) -> dict[str, Any]:
    """The plain-JSON form that is canonicalized, hashed and signed. An annotation
    that kept nothing of a prediction has no ``from_prediction`` key at all, so its
    content hash is the one it had before the field existed."""
    return annotation.model_dump(mode="json")


def _require_finite(value: float) -> float:
    value = float(value)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("must be a finite number")
    return value


def _unique_sorted(value: tuple[str, ...]) -> tuple[str, ...]:
    if len(set(value)) != len(value):
        raise ValueError("labels must not repeat")
    return tuple(sorted(value))


def empty_annotation(task: Task) -> AnyAnnotation | None:
    """The starting annotation of a task with nothing chosen yet, where one exists."""
    kind = task.kind
    if kind is TaskKind.TEXT_SPANS:
        return TextSpans()
    if kind is TaskKind.BOUNDING_BOXES:
        return BoundingBoxes()
    if kind is TaskKind.POLYGONS:
        return Polygons()
    return None
