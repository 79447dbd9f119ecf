"""The submission routes: pushing signed submissions (:mod:`..intake.submissions`) and
the caller's status feed (:mod:`..review.statuses`), with their quality figures."""

from __future__ import annotations

import logging
import time
from typing import Annotated

from fastapi import APIRouter, Query

from ...core.wire.common import ItemResultOut
from ...core.wire.statuses import StatusFeedOut
from ...core.wire.submissions import SubmissionBatchIn, SubmissionBatchOut
from .. import metrics
from ..errors import PayloadTooLarge
from ..intake import submissions as intake
from ..review import statuses
from ..service import Hub
from .deps import ERRORS, Signed
from .review import feed_quality

log = logging.getLogger("datafi_desktop.hub")


def add_routes(router: APIRouter, hub: Hub) -> None:

    @router.post("/v1/submissions", response_model=SubmissionBatchOut, responses=ERRORS,
                 tags=["submissions"])
    def push(body: SubmissionBatchIn, signed: Signed) -> SubmissionBatchOut:
        """Push signed submissions; one result per item, in order. Resending an item is
        safe: the same id and content answer with the original result, another content
        under the same id is a conflict (409)."""
        delay = hub.settings.intake_delay_ms
        if delay:
            time.sleep(delay / 1000)
        if len(body.items) > hub.settings.max_batch:
            raise PayloadTooLarge(f"at most {hub.settings.max_batch} items per push")
        results = intake.intake(
            hub.engine, [i.model_dump() for i in body.items], signed.account, hub.time
        )
        counts = {k: 0 for k in (intake.ACCEPTED, intake.REJECTED, intake.CONFLICT,
                                 intake.RETRY)}
        for r in results:
            counts[r.result] += 1
            metrics.SUBMISSIONS.labels(r.result, metrics.reason_label(r.reason)).inc()
        refused = [r for r in results if r.result != intake.ACCEPTED]
        if refused:
            log.info("push from %s: %d accepted, %d refused (first: %s)", signed.account,
                     counts[intake.ACCEPTED], len(refused), refused[0].reason)
        return SubmissionBatchOut(
            # silenced below: the result string is one of the Literal values the model declares
            results=[ItemResultOut(id=r.id, result=r.result,  # type: ignore[arg-type]
                                   http_status=r.http_status, reason=r.reason,
                                   status=r.status, seq=r.seq, duplicate=r.duplicate)
                     for r in results],
            accepted=counts[intake.ACCEPTED], rejected=counts[intake.REJECTED],
            conflicts=counts[intake.CONFLICT], retry=counts[intake.RETRY],
        )

    @router.get("/v1/submissions/status", response_model=StatusFeedOut, responses=ERRORS,
                tags=["submissions"])
    def status_feed(signed: Signed,
                    since: Annotated[int, Query(ge=0, le=2**62)] = 0,
                    limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> StatusFeedOut:
        """Status changes of the caller's own submissions after cursor ``since``."""
        with hub.engine.begin() as conn:
            changes, cursor, more = statuses.status_feed(conn, signed.account, since, limit)
            figures = feed_quality(conn, signed.account, {c.campaign_id for c in changes},
                                   hub.now())
        return StatusFeedOut(items=changes, cursor=cursor,
                             more=more, quality=figures)

