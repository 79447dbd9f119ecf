"""Sync steps for reviewing: push verdicts, keep review queues leased, store quality.

Hooked into :meth:`SyncEngine.sync_now` after the submissions are pushed
(:func:`sync_reviews`), and into :meth:`SyncEngine.pull_statuses`
(:func:`store_feed_quality`). Each step is usable alone too::

    cache.reviews.request_reviews("demo", 50)       # the review page asks; the next cycle leases
    runner.trigger()                        # (or pull_review_queue(engine, "demo", 50))
    make_review(cache, item, "reject", "Wrong label", None, signer)   # offline
    push_reviews(engine)                    # or the next cycle

Pushing follows the outbox exactly like submissions: items are marked
``sending``, pushed in batches, then delivered or refused with the hub's reason;
a failed push backs off. The hub's idempotency by review id (and digest) makes
a resend harmless.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from ..changes import OpChanges
from ..errors import CacheError
from .errors import HubForbiddenError, HubResponseError, HubUnreachableError
from .progress import SyncPhase, SyncState

if TYPE_CHECKING:
    from ..cache import Cache
    from ..wire.common import ItemResultOut
    from ..wire.statuses import StatusFeedOut
    from .engine import SyncEngine
    from .report import SyncReport

log = logging.getLogger("datafi_desktop.sync")

REVIEW_BATCH = 200


def sync_reviews(engine: SyncEngine, report: SyncReport | None = None) -> None:
    """The cycle's review step: push queued verdicts, then lease what the review page
    asked for (:meth:`cache.reviews.request_reviews`)."""
    push_reviews(engine, report)
    for campaign_id, (count, ttl_s) in engine.cache.reviews.review_requests().items():
        if count <= 0:
            continue
        try:
            pull_review_queue(engine, campaign_id, count, ttl_s, report=report)
        except HubForbiddenError as exc:  # not (or no longer) a reviewer here
            log.info("review queue of %s: %s", campaign_id, exc)
            engine.cache.reviews.request_reviews(campaign_id, 0)


def push_reviews(engine: SyncEngine, report: SyncReport | None = None) -> int:
    """Push every due verdict; returns how many were pushed."""
    cache = engine.cache
    engine._require_session()
    pushed = 0
    while True:
        due = cache.outbox.due(REVIEW_BATCH, item_type="review")
        if not due:
            break
        rows = []
        for item in due:
            review = cache.reviews.find(item.item_id)
            if review is None:
                cache.outbox.mark_refused("review", item.item_id, "missing from the cache")
                continue
            rows.append(review)
        engine._emit(SyncState.SYNCING, SyncPhase.PUSH, pushed, pushed + len(due),
                     message=f"Sending {len(due)} reviews")
        cache.outbox.mark_sending([item.id for item in due])
        try:
            # silenced below: mypy cannot infer a lambda whose default arguments bind loop values
            body = engine._authed(lambda rows=rows: engine.client.push_reviews(  # type: ignore[misc]
                [r.to_wire() for r in rows]))
        except (HubResponseError, HubUnreachableError) as exc:
            with cache.transaction():
                for item in due:
                    cache.outbox.mark_retry(item.id, str(exc), rng=engine.rng)
            if report is not None:
                report.retried += len(due)
                report.note(OpChanges(reviews=True, outbox=True))
            raise
        _apply(engine, due, body.results, report)
        pushed += len(due)
    return pushed


def _apply(engine: SyncEngine, due: list[Any], results: list[ItemResultOut],
           report: SyncReport | None) -> None:
    cache = engine.cache
    by_id = {r.id: r for r in results}
    if report is not None and due:
        report.note(OpChanges(reviews=True, outbox=True))
    with cache.transaction():
        for item in due:
            result = by_id.get(item.item_id)
            if result is None:
                cache.outbox.mark_retry(item.id, "the hub gave no result", rng=engine.rng)
                continue
            outcome, reason = result.result, result.reason
            if outcome == "accepted":
                cache.outbox.mark_delivered("review", item.item_id)
                cache.reviews.set_status(item.item_id, "sent")
                if report is not None:
                    report.reviews_sent += 1
            elif outcome in ("rejected", "conflict"):
                text = str(reason or outcome)
                if outcome == "conflict":
                    text = f"conflict: {text}"
                cache.outbox.mark_refused("review", item.item_id, text)
                cache.reviews.set_status(item.item_id, "rejected", reason_from_hub=text)
                if report is not None:
                    report.reviews_refused += 1
            else:
                cache.outbox.mark_retry(item.id, str(reason or "retry"), rng=engine.rng)
                if report is not None:
                    report.retried += 1


def pull_review_queue(engine: SyncEngine, campaign_id: str, count: int,
                      ttl_s: int | None = None, *, report: SyncReport | None = None) -> int:
    """Lease up to ``count`` submissions of the campaign to review (the ones held are
    renewed), store them with their tasks and the other annotators' labels, and download
    their images, so the reviewer can work offline. Returns how many are held."""
    cache = engine.cache
    engine._require_session()
    engine._emit(SyncState.SYNCING, SyncPhase.LEASE,
                 message=f"Fetching {count} submissions of {campaign_id} to review")
    try:
        cache.tasks.get_campaign(campaign_id)
    except CacheError:
        engine.pull_campaigns()
    wanted = max(count, cache.reviews.review_item_count(campaign_id))
    body = engine._authed(lambda: engine.client.review_lease(campaign_id, wanted, ttl_s))
    items = body.items
    cache.reviews.store_review_items(campaign_id, items, replace=True)
    downloaded = engine.download_assets([i.task for i in items])
    if report is not None:
        report.note(OpChanges(reviews=True, assets=downloaded > 0))
        report.review_items += len(items)
        report.downloaded += downloaded
    return len(items)


def release_review_item(engine: SyncEngine, submission_id: str) -> bool:
    """Give an item back to the hub's review queue (and drop it here)."""
    item = engine.cache.reviews.get_review_item(submission_id)
    engine._require_session()
    done = bool(engine._authed(lambda: engine.client.release_review(item.campaign_id,
                                                                    submission_id)))
    engine.cache.reviews.set_review_item_state(submission_id, "released")
    return done


def store_feed_quality(cache: Cache, body: StatusFeedOut, account: str | None) -> bool:
    """Keep the quality figures a status-feed page carries (inside the caller's
    transaction); True when it carried any."""
    for figures in body.quality:
        who = figures.account or account or ""
        cache.reviews.set_quality(figures.campaign_id, who, figures.model_dump(mode="json"))
    return bool(body.quality)


def pull_quality(engine: SyncEngine, campaign_id: str) -> dict[str, Any]:
    """Fetch one's own figures in a campaign now and keep them in the cache (the wire's
    ``QualityOut`` as JSON, which the cache keeps)."""
    engine._require_session()
    answer = engine._authed(lambda: engine.client.my_quality(campaign_id))
    figures = answer.model_dump(mode="json")
    who = answer.account or engine.client.address or ""
    engine.cache.reviews.set_quality(campaign_id, who, figures)
    return figures


def pull_campaign_quality(engine: SyncEngine, campaign_id: str) -> dict[str, Any]:
    """Every annotator's figures in a campaign (``GET /v1/campaigns/{id}/quality``), for
    a reviewer or an admin; not kept in the cache. Raises the client's typed errors:
    :class:`HubForbiddenError` without the role, :class:`HubUnreachableError` offline,
    :class:`WalletLockedForSync` when no session can be opened."""
    engine._require_session()
    answer = engine._authed(lambda: engine.client.campaign_quality(campaign_id))
    return answer.model_dump(mode="json")
