"""Tasks: what the queue holds and what a pane shows.

A task is plain data: an id, a kind, the data to label (a text, a prompt and
two outputs, an image by content hash), the labeling configuration and,
optionally, pre-annotations (model predictions) to correct.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..errors import TaskFormatError
from ..visible import check_visible
from ..wire.body import AnnotationBody
from .kinds import IMAGE_KINDS, TaskKind
from .kinds import TEXT_KINDS as TEXT_KINDS  # re-exported
from .validation import first_error

#: Longest text a task may carry (code points). 100,000 is a normal long task;
#: beyond this size a text is refused with a clear message, not truncated.
MAX_TEXT_CHARS = 2_000_000
#: Largest image side accepted in a task description (pixels).
MAX_IMAGE_SIDE = 65_535

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
TASK_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")


def check_id(value: str) -> str:
    """A task or campaign id: ``TASK_ID_RE``, and when split at "/" no empty, "." or ".."
    part (ids become parts of file names in exports and caches: no path traversal)."""
    if not TASK_ID_RE.match(value):
        raise ValueError("must be 1-128 characters of letters, digits and . _ : / -")
    if any(part in ("", ".", "..") for part in value.split("/")):
        raise ValueError("must not hold empty, '.' or '..' parts between slashes")
    return value


#: The palette used for labels that do not name a colour (colour-blind friendly, Okabe-Ito
#: first, then Tableau 10).
PALETTE = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
    "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1",
)


#: the longest collection text and text field value a campaign may allow (the body's caps)
MAX_ITEM_TEXT_CHARS = 1_000_000
MAX_FIELD_CHARS = 10_000


def humanize_key(key: str) -> str:
    """A field key as words: "shop_name" → "Shop name", "shopName" → "Shop name";
    acronyms stay ("GPS_accuracy" → "GPS accuracy").

    >>> humanize_key("open_on_sunday"), humanize_key("shopName"), humanize_key("GPS_accuracy")
    ('Open on sunday', 'Shop name', 'GPS accuracy')
    """
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", key).replace("_", " ").replace("-", " ")
    words = [w if len(w) > 1 and w.isupper() else w.lower() for w in spaced.split()]
    if not words:
        return key
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


def check_limits(low: int | None, high: int | None, prefix: str = "") -> None:
    if low is not None and high is not None and low > high:
        raise ValueError(f"{prefix}min_chars: must not exceed {prefix}max_chars")


def length_problem(text: str, low: int | None, high: int | None) -> str | None:
    """Why ``text`` does not fit the campaign's limits (in characters), or None.

    >>> length_problem("abc", None, 2)
    'must be at most 2 characters (3 written)'
    """
    count = len(text)
    if high is not None and count > high:
        return f"must be at most {high:,} characters ({count:,} written)"
    if low is not None and count < low:
        return f"must be at least {low:,} characters ({count:,} written)"
    return None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class LabelDef(_Strict):
    name: str = Field(min_length=1, max_length=100)
    color: str | None = Field(default=None, pattern=r"^#[0-9A-Fa-f]{6}$")
    hotkey: str | None = Field(default=None, min_length=1, max_length=1)
    description: str = ""

    _visible = field_validator("name")(check_visible)


class RatingScale(_Strict):
    name: str = Field(min_length=1, max_length=60)
    min: int = 1
    max: int = 5
    description: str = ""

    _visible = field_validator("name")(check_visible)

    @model_validator(mode="after")
    def _range(self) -> RatingScale:
        if self.max <= self.min:
            raise ValueError("max: must be greater than min")
        return self


class FieldDef(_Strict):
    """A metadata field a collection task asks the collector to fill in."""

    name: str = Field(min_length=1, max_length=60, pattern=r"^[A-Za-z_][A-Za-z0-9_ -]*$")
    type: Literal["text", "number", "choice", "date", "bool"] = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    description: str = ""
    #: what the collector reads beside the input (default: the name, humanized)
    title: str = Field(default="", max_length=100)
    #: for text fields: how many characters a value may have (declared by the campaign)
    min_chars: int | None = Field(default=None, ge=0, le=MAX_FIELD_CHARS)
    max_chars: int | None = Field(default=None, ge=1, le=MAX_FIELD_CHARS)

    @model_validator(mode="after")
    def _limits(self) -> FieldDef:
        if (self.min_chars is not None or self.max_chars is not None) and self.type != "text":
            raise ValueError("min_chars/max_chars: only text fields have a length")
        check_limits(self.min_chars, self.max_chars)
        return self

    @property
    def display_title(self) -> str:
        """The campaign's title for the field, else its key humanized ("shop_name" →
        "Shop name"); never the raw key."""
        return self.title.strip() or humanize_key(self.name)


class TaskConfig(_Strict):
    """How a task is labeled. Strings in ``labels`` are shorthand for ``{"name": ...}``."""

    labels: tuple[LabelDef, ...] = ()
    multi: bool = False
    ratings: tuple[RatingScale, ...] = ()
    fields: tuple[FieldDef, ...] = ()
    #: for collection tasks: the annotation kind the new item is labeled with
    label_kind: TaskKind | None = None
    #: for collection tasks: accepted MIME types of imported files
    accept: tuple[str, ...] = ("image/jpeg", "image/png", "image/webp", "text/plain")
    instructions: str = ""
    #: for collection tasks: how long the item's text may be, in characters
    text_min_chars: int | None = Field(default=None, ge=0, le=MAX_ITEM_TEXT_CHARS)
    text_max_chars: int | None = Field(default=None, ge=1, le=MAX_ITEM_TEXT_CHARS)

    @field_validator("labels", mode="before")
    @classmethod
    def _labels(cls, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            return tuple({"name": v} if isinstance(v, str) else v for v in value)
        return value

    @model_validator(mode="after")
    def _unique(self) -> TaskConfig:
        names = [label.name for label in self.labels]
        if len(names) != len(set(names)):
            raise ValueError("labels: names must be unique")
        keys = [label.hotkey for label in self.labels if label.hotkey]
        if len(keys) != len(set(keys)):
            raise ValueError("labels: hotkeys must be unique")
        if self.label_kind is TaskKind.COLLECTION:
            raise ValueError("label_kind: cannot be collection")
        check_limits(self.text_min_chars, self.text_max_chars, "text_")
        return self

    @property
    def label_names(self) -> tuple[str, ...]:
        return tuple(label.name for label in self.labels)

    def color_of(self, name: str) -> str:
        for i, label in enumerate(self.labels):
            if label.name == name:
                return label.color or PALETTE[i % len(PALETTE)]
        return "#888888"

    def hotkeys(self) -> dict[str, str]:
        """Label name for each hotkey: explicit ones, then 1-9, then free letters."""
        taken = {label.hotkey.lower() for label in self.labels if label.hotkey}
        pool = [c for c in "123456789" if c not in taken]
        pool += [c for c in "qwertyuiopasdfghjklzxcvbnm" if c not in taken]
        result: dict[str, str] = {}
        for label in self.labels:
            if label.hotkey:
                result[label.hotkey.lower()] = label.name
            elif pool:
                result[pool.pop(0)] = label.name
        return result


class Prediction(_Strict):
    """A model's pre-annotation: an editable starting point, marked as such."""

    model: str = Field(default="model", max_length=200)
    score: float | None = None
    annotation: AnnotationBody


class Task(_Strict):
    id: str
    kind: TaskKind
    data: dict[str, Any] = Field(default_factory=dict)
    config: TaskConfig = TaskConfig()
    predictions: tuple[Prediction, ...] = ()

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        return check_id(value)

    @model_validator(mode="after")
    def _data_for_kind(self) -> Task:
        data = self.data
        if self.kind in (TaskKind.TEXT_CLASSIFICATION, TaskKind.TEXT_SPANS):
            _require_text(data, "text")
        elif self.kind is TaskKind.COMPARISON:
            for key in ("prompt", "a", "b"):
                _require_text(data, key)
        elif self.kind in IMAGE_KINDS:
            image = data.get("image")
            if not isinstance(image, str) or not SHA256_RE.match(image):
                raise ValueError("data.image: must be the sha-256 hex of the image asset")
            for key in ("width", "height"):
                value = data.get(key)
                if not isinstance(value, int) or isinstance(value, bool) or not (
                    0 < value <= MAX_IMAGE_SIDE
                ):
                    raise ValueError(f"data.{key}: must be a positive integer")
        if self.kind in (TaskKind.TEXT_CLASSIFICATION, TaskKind.IMAGE_CLASSIFICATION,
                         TaskKind.TEXT_SPANS, TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS):
            if not self.config.labels:
                raise ValueError("config.labels: must list at least one label")
        return self

    @property
    def text(self) -> str:
        return str(self.data.get("text", ""))

    @property
    def image_hash(self) -> str | None:
        value = self.data.get("image")
        return value if isinstance(value, str) else None

    @property
    def image_size(self) -> tuple[int, int] | None:
        if self.kind.is_image:
            return int(self.data["width"]), int(self.data["height"])
        return None

    @property
    def label_kind(self) -> TaskKind:
        """The kind of annotation this task produces (collection tasks label the new item)."""
        if self.kind is TaskKind.COLLECTION:
            return self.config.label_kind or TaskKind.COLLECTION
        return self.kind

    def asset_hashes(self) -> list[str]:
        """Content hashes of every asset this task needs offline."""
        return [self.image_hash] if self.image_hash else []


def _require_text(data: dict[str, Any], key: str) -> None:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(f"data.{key}: must be a non-empty string")
    if len(value) > MAX_TEXT_CHARS:
        raise ValueError(
            f"data.{key}: is {len(value):,} characters; the limit is {MAX_TEXT_CHARS:,}"
        )


def parse_task(data: Any) -> Task:
    """Validate a task dict; raises :class:`TaskFormatError` naming the bad field."""
    if not isinstance(data, dict):
        raise TaskFormatError("a task must be a JSON object", field="task")
    try:
        return Task.model_validate(data)
    except ValidationError as exc:
        field, message = first_error(exc)
        task_id = data.get("id")
        context = f"task {task_id!r}" if isinstance(task_id, str) else "task"
        raise TaskFormatError(message, field=field, context=context) from None
