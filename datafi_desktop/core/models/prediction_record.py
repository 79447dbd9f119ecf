"""The ``from_prediction`` record of a signed annotation (docs/protocol.md): which
model's prediction was shown (its hash) and which items were kept unchanged."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

#: at most one item per shape (annotations.MAX_SHAPES)
MAX_ITEMS = 5_000

#: an item of an annotation by path: ``labels[0]``, ``spans[2]``, ``choice``, ``ratings.x``
ItemPath = Annotated[str, Field(
    pattern=r"^((labels|spans|boxes|polygons)\[[0-9]{1,6}\]|choice|ratings\.[^.]{1,200})$")]


class FromPrediction(BaseModel):
    """What of a model's prediction the annotator submitted unchanged: the model and
    the items by path (``labels[0]``, ``spans[2]``, ``boxes[1]``, ``polygons[0]``,
    ``choice``, ``ratings.<scale>``). Absent when nothing was kept; computed by
    ``core.predictions`` when a submission is made, never typed by the user."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = Field(min_length=1, max_length=200)
    items: tuple[ItemPath, ...] = Field(min_length=0, max_length=MAX_ITEMS)
    #: the content hash of the prediction shown (``core.predictions.prediction_hash``):
    #: with it the record is there even when nothing was kept, so that which
    #: prediction an annotator was shown cannot be hidden. Left out of the JSON when
    #: None (records made before it keep their hash).
    hash: str | None = Field(default=None, pattern=r"^0x[0-9a-f]{64}$")
    #: the items of ``items`` the annotator explicitly accepted (Enter on the item, or
    #: "Accept all predictions"); the others were submitted unchanged without that
    #: step. Left out of the JSON when empty (records made before it keep their hash).
    accepted: tuple[ItemPath, ...] = Field(default=(), max_length=MAX_ITEMS)

    @model_serializer(mode="wrap")
    def _drop_no_hash(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict) and data.get("hash", 0) is None:
            del data["hash"]
        if isinstance(data, dict) and not data.get("accepted", 1):
            del data["accepted"]
        return data

    @model_validator(mode="after")
    def _items_or_hash(self) -> FromPrediction:
        if not self.items and self.hash is None:
            raise ValueError("items: a record without items must name the prediction's hash")
        if not set(self.accepted) <= set(self.items):
            raise ValueError("accepted: only items kept from the prediction can be accepted")
        return self
