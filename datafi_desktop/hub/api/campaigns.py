"""The campaign routes: the list, one campaign, leasing tasks and giving them back
(:mod:`..campaigns.leases`, limits per account in :mod:`..campaigns.lease_limits`).

Added after the routes whose paths end in a suffix (``…/review/leases``,
``…/rewards/me``): ``{campaign_id:path}`` would take ``c1/review`` for a campaign id."""

from __future__ import annotations

from fastapi import APIRouter, Response

from ...core.wire.campaigns import (
    CampaignDetailOut,
    CampaignListOut,
    CampaignOut,
    LeaseIn,
    LeasesOut,
)
from ...core.wire.common import ReleaseOut
from .. import metrics
from ..campaigns import catalog, lease_limits, leases
from ..db.tables import reading
from ..service import Hub
from .deps import ERRORS, CampaignId, Signed, TaskId


def add_routes(router: APIRouter, hub: Hub) -> None:

    @router.get("/v1/campaigns", response_model=CampaignListOut, tags=["campaigns"])
    def list_campaigns() -> CampaignListOut:
        with reading(hub.engine) as conn:
            infos = catalog.list_campaigns(conn)
        return CampaignListOut(campaigns=[
            CampaignOut(campaign=i.campaign, closed=i.closed, tasks_total=i.tasks_total,
                        tasks_open=i.tasks_open) for i in infos
        ])

    @router.post("/v1/campaigns/{campaign_id:path}/leases", response_model=LeasesOut,
                 responses=ERRORS, tags=["campaigns"])
    def lease(campaign_id: CampaignId, body: LeaseIn, signed: Signed) -> Response:
        """Hold up to ``count`` tasks for ``ttl_seconds``: leases already held come first
        (renewed), then new tasks nobody else holds (up to the campaign's overlap). With
        ``held: skip`` only new tasks, ``count`` of them: how the app pulls in pages."""
        settings = hub.settings
        count = min(body.count, settings.max_lease_count)
        wanted = body.ttl_seconds or settings.default_lease_ttl_s
        ttl = min(wanted, settings.max_lease_ttl_s)
        with hub.engine.begin() as conn:  # limits per account: hub.campaigns.lease_limits
            skip = body.held == "skip"
            allowed = lease_limits.allowance(conn, campaign_id, signed.account, body.count,
                                             count, ttl, ttl < wanted, hub.time,
                                             skip_held=skip)
            got, now = leases.lease_tasks(conn, campaign_id, signed.account, allowed.count,
                                          ttl, hub.time, renew_held=not skip)
        metrics.LEASES.labels("task").inc(len(got))
        out = LeasesOut(campaign_id=campaign_id, now=now, leases=[], asked=body.count,
                        granted=len(got), limit=allowed.limit, ttl_seconds=ttl,
                        held=allowed.held, message=allowed.message(campaign_id, len(got)))
        return leases_response(out, got)

    @router.delete("/v1/campaigns/{campaign_id:path}/leases/{task_id:path}",
                   response_model=ReleaseOut, responses=ERRORS, tags=["campaigns"])
    def release(campaign_id: CampaignId, task_id: TaskId, signed: Signed) -> ReleaseOut:
        """Give a leased task back (the annotator skipped it)."""
        with hub.engine.begin() as conn:
            done = leases.release(conn, campaign_id, task_id, signed.account, hub.time(conn))
        return ReleaseOut(released=done)

    # declared after the longer campaign routes: {campaign_id:path} would swallow them
    @router.get("/v1/campaigns/{campaign_id:path}", response_model=CampaignDetailOut,
                responses=ERRORS, tags=["campaigns"])
    def get_campaign(campaign_id: CampaignId) -> CampaignDetailOut:
        with reading(hub.engine) as conn:
            campaign, closed = catalog.load_campaign(conn, campaign_id)
            total, still_open = catalog.campaign_counts(conn, campaign)
            collection = catalog.collection_tasks(conn, campaign_id)
        return CampaignDetailOut(campaign=campaign, closed=closed, tasks_total=total,
                                 tasks_open=still_open, collection_tasks=collection)



def leases_response(out: LeasesOut, got: list[leases.Lease]) -> Response:
    """``out`` with the leased tasks' stored JSON spliced in as it is: parsing and
    re-serialising every task was a quarter of a 1,000-task lease's time. The bodies were
    validated (Task) when imported, and the empty list is the only ``"leases":[]`` in
    ``out``'s JSON (a quote inside a string value is escaped)."""
    items = ",".join(f'{{"task":{lease.body},"expires_at":{lease.expires_at}}}'
                     for lease in got)
    text = out.model_dump_json().replace('"leases":[]', f'"leases":[{items}]', 1)
    return Response(text, media_type="application/json")
