"""The rubber-stamp routes of the hub's API (:func:`add_routes`).

- ``GET /v1/campaigns/{id}/me/rubber-stamp`` (signed in): the caller's own figure;
- ``GET /v1/campaigns/{id}/rubber-stamp`` (reviewers and admins): every annotator's.

Figures as in :mod:`..review.rubber_stamp` and docs/models.md.
"""

# no "from __future__ import annotations": FastAPI reads the route signatures

from typing import TYPE_CHECKING

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict

from ..accounts import auth
from ..campaigns.catalog import load_campaign
from ..review.rubber_stamp import campaign_rubber_stamp, rubber_stamp_holds, rubber_stamp_settings
from .deps import Signed
from .review import ERRORS, CampaignId

if TYPE_CHECKING:
    from ..service import Hub


class RubberStampOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    account: str
    submissions: int
    shown: int
    unchanged: int
    rate: float | None
    campaign_rate: float | None
    #: gold figures: only in the reviewers' and admins' report (None in one's own, where
    #: they would tell which task was gold before the delayed feedback says it)
    gold_accuracy: float | None
    wrong_on_gold: int | None
    wrong_kept: int | None
    flagged: bool
    undeclared: int


class CampaignRubberStampOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    campaign_id: str
    threshold: float
    min_shown: int
    #: rewards of flagged annotators are held (the campaign set its threshold)
    holds: bool
    annotators: list[RubberStampOut]


def add_routes(router: APIRouter, hub: "Hub") -> None:
    """The routes; added before the campaign routes, whose ``{campaign_id:path}``
    would take ``c1/rubber-stamp``."""

    def figures(campaign_id: str) -> CampaignRubberStampOut:
        with hub.engine.connect() as conn:
            campaign, _closed = load_campaign(conn, campaign_id)
            every = campaign_rubber_stamp(conn, campaign)
        threshold, minimum = rubber_stamp_settings(campaign)
        return CampaignRubberStampOut(
            campaign_id=campaign_id, threshold=threshold, min_shown=minimum,
            holds=rubber_stamp_holds(campaign),
            annotators=[RubberStampOut(**f.to_json()) for f in every])

    @router.get("/v1/campaigns/{campaign_id:path}/me/rubber-stamp",
                response_model=CampaignRubberStampOut, responses=ERRORS, tags=["review"])
    def my_rubber_stamp(campaign_id: CampaignId, signed: Signed) -> CampaignRubberStampOut:
        """How often the caller's submissions equal the prediction shown, beside the
        campaign's rate (``annotators`` holds only the caller, or nothing). No gold
        figures: the quality figures give one's gold accuracy late and in batches."""
        out = figures(campaign_id)
        out.annotators = [a.model_copy(update={"gold_accuracy": None, "wrong_on_gold": None,
                                               "wrong_kept": None})
                          for a in out.annotators if a.account == signed.account]
        return out

    @router.get("/v1/campaigns/{campaign_id:path}/rubber-stamp",
                response_model=CampaignRubberStampOut, responses=ERRORS, tags=["review"])
    def campaign_rubber_stamp_route(campaign_id: CampaignId,
                                    signed: Signed) -> CampaignRubberStampOut:
        """Every annotator's rubber-stamp figures. Reviewers and admins only."""
        with hub.engine.connect() as conn:
            load_campaign(conn, campaign_id)
            auth.require_role(conn, campaign_id, signed.account, "reviewer")
        return figures(campaign_id)

