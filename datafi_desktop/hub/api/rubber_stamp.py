"""The rubber-stamp routes of the hub's API (:func:`add_routes`).

- ``GET /v1/campaigns/{id}/me/rubber-stamp`` (signed in): the caller's own figure;
- ``GET /v1/campaigns/{id}/rubber-stamp`` (reviewers and admins): every annotator's.

Figures as in :mod:`..review.rubber_stamp` and docs/models.md.
"""

# no "from __future__ import annotations": FastAPI reads the route signatures

from typing import TYPE_CHECKING

from fastapi import APIRouter

from ...core.wire.quality import CampaignRubberStampOut, RubberStampOut
from ..accounts import auth
from ..campaigns.catalog import load_campaign
from ..review.rubber_stamp import campaign_rubber_stamp, rubber_stamp_holds, rubber_stamp_settings
from .deps import Signed
from .review import ERRORS, CampaignId

if TYPE_CHECKING:
    from ..service import Hub


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

