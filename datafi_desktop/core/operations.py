"""The operations the UI runs on a profile, each saying what it changed.

Each function does one thing through the cache (or the wallet) and returns an
:class:`~.changes.OpResult` / :class:`~.changes.OpChanges` naming what changed,
so the UI refreshes from that (``Session.run`` emits it) instead of guessing.
The sync cycle reports its own changes in ``SyncReport.changes``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .changes import NO_CHANGES, WALLET_CHANGES, OpChanges, OpResult

if TYPE_CHECKING:  # the names only: importing this module loads no task models
    from .cache import Cache
    from .cache.reviews import ReviewQueueItem, ReviewRow
    from .cache.submissions import SubmissionRow
    from .protocol import DigestSigner
    from .wallet import Wallet

def submit(cache: Cache, uid: int, body: dict[str, Any], signer: DigestSigner
           ) -> OpResult[SubmissionRow]:
    """Sign and queue ``body`` as the annotation of task ``uid`` (one transaction)."""
    row = cache.submissions.submit(uid, body, signer)
    return OpResult(row, OpChanges.for_tasks([uid], submissions=True, outbox=True))


def skip(cache: Cache, uid: int, *, campaign_id: str | None = None) -> OpResult[int | None]:
    """Mark task ``uid`` skipped; the value is the task to open next (or None)."""
    from .flow import skip_task

    following = skip_task(cache, uid, campaign_id=campaign_id)
    return OpResult(following, OpChanges.for_tasks([uid]))


def save_draft(cache: Cache, uid: int, body: dict[str, Any], *,
               from_prediction: bool = False) -> OpChanges:
    """Store the draft of task ``uid``. The task's row changes only when its state
    does (new → draft, the first edit): later autosaves change nothing a view shows."""
    before = cache.queue.task_summary(uid)
    cache.tasks.save_draft(uid, body, from_prediction=from_prediction)
    after = cache.queue.task_summary(uid)
    if before is not None and after is not None and before.state == after.state:
        return NO_CHANGES
    return OpChanges.for_tasks([uid])


def sign_review(cache: Cache, item: ReviewQueueItem, verdict: str, reason: str,
                correction: Mapping[str, Any] | None, signer: DigestSigner
                ) -> OpResult[ReviewRow]:
    """Sign and queue a verdict on someone else's submission."""
    from .review import make_review

    row = make_review(cache, item, verdict, reason, correction, signer)
    return OpResult(row, OpChanges(reviews=True, outbox=True))


def unlock(wallet: Wallet, address: str, password: str) -> OpChanges:
    wallet.unlock(address, password)
    return WALLET_CHANGES


def lock(wallet: Wallet) -> OpChanges:
    wallet.lock()
    return WALLET_CHANGES
