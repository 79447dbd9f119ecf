"""Pushing the outbox: batches of submissions, two in flight, results applied in bulk.

While the hub verifies one batch the next is already on its way (``IN_FLIGHT``
requests at most, each on a worker thread that only talks HTTP); the sync thread
reads the next batch from the cache and applies each answer in order, a batch's
results in one transaction of a few bulk statements (not ~11 per item). A failed
request puts its batch back with a backoff; a batch already sent still has its
answer applied. A 401 is answered on the sync thread: sign in again, send again.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from ..changes import OpChanges
from .errors import HubAuthError, HubResponseError, HubUnreachableError
from .progress import SyncPhase, SyncState

if TYPE_CHECKING:
    from ..cache import OutboxItem
    from ..wire.common import ItemResultOut
    from ..wire.submissions import SubmissionBatchOut
    from .engine import SyncEngine
    from .report import SyncReport

#: pushes the hub may be working on at once
IN_FLIGHT = 2
#: hub status → the cache's submission status
STATUS_MAP = {"pending": "sent", "accepted": "accepted", "rejected": "rejected", "paid": "paid"}

Batch = tuple[list["OutboxItem"], list[dict[str, Any]]]


def push_outbox(engine: SyncEngine, report: SyncReport) -> SyncReport:
    """Push every due submission; per-item results go to the cache (see the module)."""
    cache = engine.cache
    engine._require_session()
    # a push cut short after the hub answered (a full disk while the results were
    # written, say) leaves rows in "sending": only this thread pushes, so they are
    # due again now; the hub answers a resent item with its first result
    cache.outbox.recover_sending()
    total = cache.outbox.pending_count()
    done = 0
    failure: BaseException | None = None
    inflight: deque[tuple[Batch, Future[SubmissionBatchOut]]] = deque()
    with ThreadPoolExecutor(max_workers=IN_FLIGHT, thread_name_prefix="datafi-push") as pool:
        try:
            while True:
                if failure is None and len(inflight) < IN_FLIGHT:
                    batch = _next_batch(engine, report)
                    if batch is not None:
                        engine._emit(SyncState.SYNCING, SyncPhase.PUSH, done, total,
                                     message=f"Sending {total} submissions")
                        inflight.append((batch, pool.submit(engine.client.push, batch[1])))
                        continue
                if not inflight:
                    break
                (due, wire), future = inflight.popleft()
                try:
                    body = _answer(engine, future, wire)
                except (HubResponseError, HubUnreachableError) as exc:
                    with cache.transaction():
                        for item in due:
                            cache.outbox.mark_retry(item.id, str(exc), rng=engine.rng)
                    report.retried += len(due)
                    failure = failure or exc
                    continue
                apply_results(engine, due, body.results, report)
                done += len(due)
                report.pushed += len(due)
                engine._emit(SyncState.SYNCING, SyncPhase.PUSH, done, max(total, done))
        finally:
            for _batch, future in inflight:  # an error of ours: the hub may still answer
                future.cancel()
    if failure is not None:
        raise failure
    return report


def _next_batch(engine: SyncEngine, report: SyncReport) -> Batch | None:
    """The next due items and their wire form, marked ``sending``; None when none."""
    cache = engine.cache
    while True:
        due = cache.outbox.due(engine.batch_size, item_type="submission")
        if not due:
            return None
        rows = cache.submissions.by_id([item.item_id for item in due])
        missing = [item for item in due if item.item_id not in rows]
        if missing:
            cache.outbox.finish_many("submission",
                                     [(item.item_id, "rejected", "missing from the cache")
                                      for item in missing])
            due = [item for item in due if item.item_id in rows]
            report.note(OpChanges(outbox=True))
            if not due:
                continue
        ordered = [rows[item.item_id] for item in due]
        # whatever the hub answers, these tasks' submissions and outbox rows change
        report.note(OpChanges.for_tasks([r.task_uid for r in ordered], submissions=True,
                                        outbox=True))
        engine._upload_collected(ordered, report)
        cache.outbox.mark_sending([item.id for item in due])
        return due, [row.to_wire() for row in ordered]


def _answer(engine: SyncEngine, future: Future[SubmissionBatchOut],
            wire: list[dict[str, Any]]) -> SubmissionBatchOut:
    """The hub's answer to a push; after a 401 sign in again and send once more."""
    try:
        return future.result()
    except HubAuthError:
        return engine._authed(lambda: engine.client.push(wire))


def apply_results(engine: SyncEngine, due: list[OutboxItem], results: list[ItemResultOut],
                  report: SyncReport) -> None:
    """One batch's per-item results, in one transaction of bulk statements."""
    cache = engine.cache
    by_id = {r.id: r for r in results}
    finished: list[tuple[str, str, str | None]] = []
    statuses: list[tuple[str, str, str | None]] = []
    retries: list[tuple[int, str]] = []
    for item in due:
        result = by_id.get(item.item_id)
        if result is None:
            retries.append((item.id, "the hub gave no result"))
            continue
        outcome, reason = result.result, result.reason
        if outcome == "accepted":
            status = STATUS_MAP.get(str(result.status), "sent")
            finished.append((item.item_id, "accepted", None))
            statuses.append((item.item_id, status, reason if status == "rejected" else None))
            report.accepted += 1
        elif outcome in ("rejected", "conflict"):
            text = str(reason or outcome)
            if outcome == "conflict":
                text = f"conflict: {text}"
            finished.append((item.item_id, "rejected", text))
            statuses.append((item.item_id, "rejected", text))
            report.rejected += 1
        else:  # "retry": e.g. its file is not on the hub yet
            retries.append((item.id, str(reason or "retry")))
    with cache.transaction():
        cache.outbox.finish_many("submission", finished)
        cache.submissions.set_statuses(statuses)
        for outbox_id, error in retries:
            cache.outbox.mark_retry(outbox_id, error, rng=engine.rng)
    report.retried += len(retries)
