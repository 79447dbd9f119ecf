"""The review and quality routes of the hub's API (:func:`add_routes`).

| method and path | who | what |
| --- | --- | --- |
| ``GET /v1/campaigns/{id}/review/queue`` | reviewer, admin | what awaits review (no lease) |
| ``POST /v1/campaigns/{id}/review/leases`` | reviewer, admin | lease submissions to review |
| ``DELETE /v1/campaigns/{id}/review/leases/{submission}`` | reviewer, admin | give one back |
| ``POST /v1/reviews`` | reviewer, admin | push signed verdicts (one result per item) |
| ``GET /v1/campaigns/{id}/me/quality`` | signed in | one's agreement and gold accuracy |
| ``GET /v1/campaigns/{id}/quality`` | reviewer, admin | the campaign's agreement report |
| ``GET /v1/campaigns/{id}/flags`` | reviewer, admin | copies and near-copies found at intake |

They are registered before the campaign routes whose ``{campaign_id:path}`` would
otherwise take ``c1/review`` for a campaign id.
"""

# no "from __future__ import annotations": FastAPI reads the route signatures at
# registration

import json
import logging
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Query

from ...core.collusion import collusion_rule
from ...core.wire.common import ItemResultOut, ReleaseOut
from ...core.wire.errors import ErrorOut
from ...core.wire.quality import CampaignQualityOut, CollusionRuleOut, QualityOut, SuspiciousPairOut
from ...core.wire.review import (
    CampaignFlagOut,
    CampaignFlagsOut,
    ReviewBatchIn,
    ReviewBatchOut,
    ReviewLeaseIn,
    ReviewQueueOut,
)
from .. import metrics
from ..accounts import auth
from ..campaigns import catalog as campaigns
from ..errors import NotFound, PayloadTooLarge
from ..intake import dedup
from ..intake.submissions import ACCEPTED, CONFLICT, REJECTED
from ..review import queue
from ..review.collusion import campaign_collusion
from ..review.gold_feedback import for_annotator
from ..review.intake import intake_reviews
from ..review.quality import campaign_report
from .deps import ERRORS as API_ERRORS
from .deps import CampaignId, Signed, SubmissionId

if TYPE_CHECKING:
    from ..service import Hub

log = logging.getLogger("datafi_desktop.hub")

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 409, 413, 422)
}


def feed_quality(conn: Any, account: str, campaign_ids: set[str], now: int | None = None
                 ) -> list[QualityOut]:
    """The account's figures in these campaigns (for the status feed; gold figures late
    and in batches, :mod:`..review.gold_feedback`)."""
    from sqlalchemy import select

    from ..db.tables import submissions
    from ..settings import wall_clock_ms

    now = wall_clock_ms() if now is None else now
    # every campaign the account worked in: released gold figures change with the
    # feedback period, not only with the account's own status changes
    worked = set(conn.execute(select(submissions.c.campaign_id)
                              .where(submissions.c.account == account).distinct()).scalars())
    out = []
    for campaign_id in sorted(set(campaign_ids) | worked):
        try:
            campaign, _closed = campaigns.load_campaign(conn, campaign_id)
        except NotFound:
            continue
        out.append(QualityOut(**for_annotator(conn, campaign, account, now).to_json()))
    return out


def add_routes(router: APIRouter, hub: "Hub") -> None:
    """The review routes (added before the campaign routes)."""

    @router.post("/v1/campaigns/{campaign_id:path}/review/leases", response_model=ReviewQueueOut,
                 responses=ERRORS, tags=["review"])
    def lease_reviews(campaign_id: CampaignId, body: ReviewLeaseIn,
                      signed: Signed) -> ReviewQueueOut:
        """Lease up to ``count`` submissions to review (those already held first, renewed),
        each with its task, the annotator's label, the other annotators' labels of the same
        task and their consensus. Never the caller's own work. Reviewers and admins only."""
        settings = hub.settings
        ttl = min(body.ttl_seconds or settings.default_lease_ttl_s, settings.max_lease_ttl_s)
        with hub.engine.begin() as conn:
            campaigns.load_campaign(conn, campaign_id)
            auth.require_role(conn, campaign_id, signed.account, "reviewer")
            items = queue.lease_reviews(conn, campaign_id, signed.account, body.count, ttl,
                                        hub.time)
        metrics.LEASES.labels("review").inc(len(items))
        return ReviewQueueOut(items=items)

    @router.delete("/v1/campaigns/{campaign_id:path}/review/leases/{submission_id}",
                   response_model=ReleaseOut, responses=ERRORS, tags=["review"])
    def release_review(campaign_id: CampaignId, submission_id: SubmissionId,
                       signed: Signed) -> ReleaseOut:
        """Give a leased submission back to the review queue."""
        with hub.engine.begin() as conn:
            campaigns.load_campaign(conn, campaign_id)
            done = queue.release(conn, campaign_id, submission_id.lower(), signed.account,
                                 hub.time(conn))
        return ReleaseOut(released=done)

    @router.get("/v1/campaigns/{campaign_id:path}/me/quality", response_model=QualityOut,
                responses=ERRORS, tags=["review"])
    def my_quality(campaign_id: CampaignId, signed: Signed) -> QualityOut:
        """The caller's running agreement with other annotators, and gold accuracy late and
        in batches: only gold answers settled before the current feedback period, and only
        once there are ``gold_feedback_min`` of them (hub.review.gold_feedback)."""
        with hub.engine.begin() as conn:
            campaign, _closed = campaigns.load_campaign(conn, campaign_id)
            figures = for_annotator(conn, campaign, signed.account, hub.now())
        return QualityOut(**figures.to_json())

    @router.get("/v1/campaigns/{campaign_id:path}/quality", response_model=CampaignQualityOut,
                responses=ERRORS, tags=["review"])
    def campaign_quality(campaign_id: CampaignId, signed: Signed) -> CampaignQualityOut:
        """Agreement over the campaign (Cohen's and Fleiss' kappa, Krippendorff's alpha,
        IoU, span F1), every annotator's figures, and the pairs of accounts that agreed
        with each other against the gold answer or the consensus (``collusion``, flagged
        by ``collusion_rule``). Reviewers and admins only."""
        with hub.engine.begin() as conn:
            campaign, _closed = campaigns.load_campaign(conn, campaign_id)
            auth.require_role(conn, campaign_id, signed.account, "reviewer")
            report, people = campaign_report(conn, campaign)
            pairs = campaign_collusion(conn, campaign)
        return CampaignQualityOut(campaign_id=campaign_id,
                                  agreement=json.loads(json.dumps(report.to_json())),
                                  annotators=[QualityOut(**p.to_json()) for p in people],
                                  collusion=[SuspiciousPairOut(**p.to_json()) for p in pairs],
                                  collusion_rule=CollusionRuleOut(
                                      **vars(collusion_rule(campaign))))

    @router.get("/v1/campaigns/{campaign_id:path}/flags", response_model=CampaignFlagsOut,
                responses=ERRORS, tags=["review"])
    def campaign_flags(campaign_id: CampaignId, signed: Signed,
                       after: Annotated[int, Query(ge=0, le=2**62)] = 0,
                       limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> CampaignFlagsOut:
        """Identical and near-identical copies found at intake (hub.intake.dedup), oldest first,
        after cursor ``after``. Reviewers and admins only."""
        with hub.engine.begin() as conn:
            campaigns.load_campaign(conn, campaign_id)
            auth.require_role(conn, campaign_id, signed.account, "reviewer")
            rows = dedup.campaign_flags(conn, campaign_id, limit, after)
        return CampaignFlagsOut(
            flags=[CampaignFlagOut(id=fid, submission_id=sid, account=acc, **vars(flag))
                   for fid, sid, acc, flag in rows],
            cursor=rows[-1][0] if rows else after)

    @router.post("/v1/reviews", response_model=ReviewBatchOut, responses=ERRORS,
                 tags=["review"])
    def push_reviews(body: ReviewBatchIn, signed: Signed) -> ReviewBatchOut:
        """Push signed review verdicts; one result per item, in order. Resending is safe:
        the same id and content answer with the original result, other content under the
        same id is a conflict (409)."""
        if len(body.items) > hub.settings.max_batch:
            raise PayloadTooLarge(f"at most {hub.settings.max_batch} items per push")
        results = intake_reviews(hub.engine, [i.model_dump() for i in body.items],
                                 signed.account, hub.time)
        counts = {k: 0 for k in (ACCEPTED, REJECTED, CONFLICT)}
        for r in results:
            metrics.REVIEWS.labels(r.result).inc()
            counts[r.result] = counts.get(r.result, 0) + 1
        refused = [r for r in results if r.result != ACCEPTED]
        if refused:
            log.info("reviews from %s: %d accepted, %d refused (first: %s)", signed.account,
                     counts[ACCEPTED], len(refused), refused[0].reason)
        return ReviewBatchOut(
            # silenced below: the result string is one of the Literal values the model declares
            results=[ItemResultOut(id=r.id, result=r.result,  # type: ignore[arg-type]
                                   http_status=r.http_status, reason=r.reason,
                                   status=r.status, seq=r.seq, duplicate=r.duplicate)
                     for r in results],
            accepted=counts[ACCEPTED], rejected=counts[REJECTED], conflicts=counts[CONFLICT],
        )

    @router.get("/v1/campaigns/{campaign_id:path}/review/queue", response_model=ReviewQueueOut,
                responses=API_ERRORS, tags=["review"])
    def review_queue(campaign_id: CampaignId, signed: Signed,
                     limit: Annotated[int, Query(ge=1, le=500)] = 50) -> ReviewQueueOut:
        """Submissions awaiting review, never the caller's own. Reviewers and admins only."""
        with hub.engine.begin() as conn:
            campaign, _closed = campaigns.load_campaign(conn, campaign_id)
            auth.require_role(conn, campaign_id, signed.account, "reviewer")
            items = queue.peek(conn, campaign, signed.account, limit, hub.time(conn))
        return ReviewQueueOut(items=items)

