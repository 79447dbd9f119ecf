"""SyncEngine: one sync cycle against one hub, over one Cache, on one thread.

A cycle (:meth:`SyncEngine.sync_now`)::

    connect (GET /v1/health) ── unreachable ──→ state "offline", items back off
      │ reachable (after being offline: every queued item is made due now)
    campaigns (public) ─→ assets of cached tasks (public)
      │ wallet locked? ──→ state "locked": "Unlock the wallet to sync"
    sign in (SIWE, once per session; again after a 401)
      → leases asked for ("make N tasks available offline") → their assets
      → upload collected files → push the outbox in batches → pull statuses

Pushing follows the outbox: items are marked ``sending``, pushed, then marked
delivered or refused with the hub's reason from the per-item results, all of
a batch in one cache transaction. A failed push puts the batch back with an
exponential backoff and full jitter (:meth:`cache.outbox.mark_retry`). A process
killed mid-push leaves ``sending`` rows that the next open re-queues; the
hub's idempotency by submission id makes the resend harmless.

The engine is not thread-safe: :class:`~.runner.SyncRunner` gives it a thread.
"""

from __future__ import annotations

import json
import logging
import random
import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..cache import Cache, SubmissionRow
from ..cache.base import now_ms
from ..changes import ALL_TASKS, CAMPAIGN_CHANGES, NO_CHANGES, OpChanges
from ..errors import CacheError, DataFiError, WalletLockedError
from ..models import Campaign, Task
from ..models.tasks import SHA256_RE
from ..protocol import DigestSigner
from .client import HubClient
from .errors import (
    HubAuthError,
    HubResponseError,
    HubUnreachableError,
    WalletLockedForSync,
)
from .first_batch import top_up as lease_first_batch
from .inclusions import sync_inclusions
from .progress import (
    LOCKED_MESSAGE,
    Listeners,
    SyncListener,
    SyncPhase,
    SyncProgress,
    SyncState,
    offline_message,
)
from .pull import pull_tasks, resume_pulls
from .push import STATUS_MAP, push_outbox
from .report import SyncReport
from .reviews import store_feed_quality, sync_reviews
from .rewards import sync_rewards

if TYPE_CHECKING:
    from ..wire.campaigns import LeasesOut
    from ..wire.statuses import StatusOut

log = logging.getLogger("datafi_desktop.sync")
T = TypeVar("T")

LAST_SYNC_KEY = "last_sync_ok"
DEFAULT_BATCH = 200
#: tasks fetched this close before an asset check are checked again (clock steps)
ASSET_CHECK_SLACK_MS = 5_000

SignerSource = Callable[[], DigestSigner | None]


class SyncEngine:
    """Sync one cache with one hub.

    ``signer``: the wallet's signer, or a callable returning it (None, or
    raising :class:`WalletLockedError`, while the wallet is locked).
    """

    def __init__(
        self,
        cache: Cache,
        hub_url: str,
        signer: DigestSigner | SignerSource | None = None,
        *,
        client: HubClient | None = None,
        batch_size: int = DEFAULT_BATCH,
        rng: random.Random | None = None,
        listeners: Listeners | None = None,
        top_up: bool = False,
    ) -> None:
        self.cache = cache
        self.hub_url = hub_url.rstrip("/")
        self.client = client or HubClient(self.hub_url)
        self.batch_size = batch_size
        #: lease up to the first-batch setting each cycle (the app turns this on)
        self.top_up = top_up
        self.rng = rng or random.Random()
        self.listeners = listeners or Listeners()
        self._signer_source = _as_source(signer)
        #: when download_missing_assets last looked (ms; None: never, look at every task)
        self._assets_checked_at: int | None = None
        #: None until the first probe; False while offline
        self.online: bool | None = None
        #: set from any thread: a running pull stops after its current page (pull.py)
        self.cancel_pull = threading.Event()
        last = cache.tasks.get_state(LAST_SYNC_KEY)
        self._last_success = datetime.fromisoformat(last) if last else None
        self.listeners.current = self.listeners.current.with_(hub_url=self.hub_url,
                                                              last_success=self._last_success)

    # --- listeners -----------------------------------------------------------------------

    def add_listener(self, listener: SyncListener) -> None:
        self.listeners.add(listener)

    def remove_listener(self, listener: SyncListener) -> None:
        self.listeners.remove(listener)

    @property
    def progress(self) -> SyncProgress:
        return self.listeners.current

    def set_signer(self, signer: DigestSigner | SignerSource | None) -> None:
        """Use another wallet (or none); the next cycle signs in again if it changed."""
        self._signer_source = _as_source(signer)

    # --- the cycle -----------------------------------------------------------------------

    def sync_now(self, *, lease: Mapping[str, int] | None = None,
                 lease_ttl_s: int | None = None) -> SyncReport:
        """Run one whole cycle; never raises for hub or network trouble (see the report)."""
        report = SyncReport()
        self.cancel_pull.clear()  # a cancel is for the pull that was running
        self._emit(SyncState.SYNCING, SyncPhase.CONNECT, message=f"Connecting to {self.hub_url}")
        try:
            if not self.probe():
                return self.report_offline(report)
            campaign_ids = self.pull_campaigns(report)
            self.download_missing_assets(report)
            signer = self._signer()
            if signer is None:
                raise WalletLockedForSync
            self._ensure_session(signer)
            for campaign_id, count in (lease or {}).items():
                report.leased += self.make_available_offline(campaign_id, count, lease_ttl_s,
                                                             report=report)
            report.leased += resume_pulls(self, report, skip=set(lease or {}))
            self.push_outbox(report)
            # a new annotator gets work by syncing (first_batch.py); after the push, so
            # that the hub counts the tasks just sent as done
            if self.top_up:
                report.leased += lease_first_batch(self, campaign_ids, report,
                                                   skip=set(lease or {}))
            sync_reviews(self, report)  # verdicts, then the review queues asked for
            self.pull_statuses(report)
            sync_inclusions(self, report)  # Merkle proofs of own settled submissions
            sync_rewards(self, report)  # proofs, pending amounts; claims carried out
        except HubUnreachableError:
            return self.report_offline(report)
        except WalletLockedForSync:
            report.state, report.message = SyncState.LOCKED, LOCKED_MESSAGE
            self._emit(SyncState.LOCKED, SyncPhase.IDLE, message=LOCKED_MESSAGE)
            return report
        except (HubResponseError, CacheError, DataFiError) as exc:
            report.state, report.message = SyncState.ERROR, str(exc)
            log.warning("sync failed: %s", exc)
            self._emit(SyncState.ERROR, SyncPhase.IDLE, message=f"Sync failed: {exc}")
            return report
        self._last_success = datetime.now(UTC)
        self.cache.tasks.set_state(LAST_SYNC_KEY, self._last_success.isoformat())
        report.message = report.summary()
        self._emit(SyncState.IDLE, SyncPhase.IDLE, message=report.message,
                   last_success=self._last_success)
        return report

    def probe(self) -> bool:
        """Is the hub there? Coming back after being offline makes every queued item due."""
        try:
            self.client.health()
        except HubUnreachableError:
            self.online = False
            return False
        except HubResponseError:
            self.online = False
            return False
        if self.online is False:
            due = self.cache.outbox.retry_now()
            log.info("hub %s is back; %d outbox items due now", self.hub_url, due)
        self.online = True
        return True

    # --- pieces (each usable alone) -------------------------------------------------------

    def sign_in(self) -> str:
        """Sign in with the wallet now; returns the account."""
        signer = self._signer()
        if signer is None:
            raise WalletLockedForSync
        self._emit(SyncState.SYNCING, SyncPhase.SIGN_IN, message="Signing in")
        return self.client.sign_in(signer)

    def pull_campaigns(self, report: SyncReport | None = None) -> list[str]:
        """Store every campaign the hub lists (with its chain settings) and its
        collection tasks."""
        self._emit(SyncState.SYNCING, SyncPhase.CAMPAIGNS, message="Fetching campaigns")
        ids = []
        listed = self.client.campaigns()
        for index, entry in enumerate(listed):
            campaign = entry.campaign.model_copy(update={"hub_url": self.hub_url})
            if report is not None and self._campaign_changed(campaign):
                report.note(CAMPAIGN_CHANGES)
            self.cache.tasks.upsert_campaign(campaign)
            self._download_models(campaign.offline_models)
            tasks = self.client.campaign(campaign.id).collection_tasks
            if tasks:
                before = sum(self.cache.tasks.counts(campaign.id).values())
                self.cache.tasks.add_tasks(campaign.id, tasks, source="hub")
                after = sum(self.cache.tasks.counts(campaign.id).values())
                if report is not None and after != before:
                    report.note(OpChanges(tasks=ALL_TASKS))
            ids.append(campaign.id)
            self._emit(SyncState.SYNCING, SyncPhase.CAMPAIGNS, index + 1, len(listed))
        if report is not None:
            report.campaigns = len(ids)
        return ids

    def make_available_offline(self, campaign_id: str, count: int,
                               ttl_seconds: int | None = None, *,
                               report: SyncReport | None = None) -> int:
        """Hold ``count`` tasks and download everything they need, in pages (:mod:`.pull`);
        returns how many are held. :attr:`cancel_pull` stops it between pages."""
        self._require_session()
        self._emit(SyncState.SYNCING, SyncPhase.LEASE, 0, count,
                   message=f"Reserving {count:,} tasks of {campaign_id}")
        try:
            self.cache.tasks.get_campaign(campaign_id)
        except CacheError:
            self.pull_campaigns()
        return pull_tasks(self, campaign_id, count, ttl_seconds, report, self.cancel_pull)

    def lease_page(self, campaign_id: str, count: int, ttl_seconds: int | None,
                   report: SyncReport | None, *, skip_held: bool) -> LeasesOut:
        """One lease request: the tasks go into the cache and their files are downloaded
        before this returns. ``skip_held``: only new tasks (see :mod:`.pull`)."""
        body = self.lease_request(campaign_id, count, ttl_seconds, skip_held=skip_held)
        self.store_leases(campaign_id, body, report)
        return body

    def lease_request(self, campaign_id: str, count: int, ttl_seconds: int | None, *,
                      skip_held: bool) -> LeasesOut:
        """The hub's answer to a lease request, nothing stored (any thread)."""
        return self._authed(
            lambda: self.client.lease(campaign_id, count, ttl_seconds, skip_held=skip_held))

    def store_leases(self, campaign_id: str, body: LeasesOut,
                     report: SyncReport | None) -> None:
        """The leased tasks of a lease answer into the cache, their files downloaded."""
        by_expiry: dict[int, list[Task]] = {}
        for lease in body.leases:
            by_expiry.setdefault(lease.expires_at, []).append(lease.task)
        leased = [t for group in by_expiry.values() for t in group]
        for expires, group in by_expiry.items():
            self.cache.tasks.add_tasks(campaign_id, group, source="hub", leased_until=expires)
        downloaded = self.download_assets(leased)
        if report is not None:
            report.note(OpChanges(tasks=ALL_TASKS, assets=downloaded > 0) if leased else NO_CHANGES)
            report.downloaded += downloaded
            note = body.message
            if note and note[:500] not in report.lease_notes:
                report.lease_notes.append(note[:500])

    def emit_progress(self, state: SyncState, phase: SyncPhase, done: int = 0,
                      total: int = 0, *, message: str | None = None) -> None:
        self._emit(state, phase, done, total, message=message)

    def download_assets(self, tasks: list[Task]) -> int:
        """Fetch the assets these tasks need that the cache lacks; returns how many."""
        return self._download({h for t in tasks for h in t.asset_hashes()})

    def _download(self, hashes: set[str] | list[str]) -> int:
        wanted = sorted(h for h in set(hashes) if not self.cache.assets.has(h))
        for index, sha in enumerate(wanted):
            self._emit(SyncState.SYNCING, SyncPhase.DOWNLOAD, index, len(wanted),
                       message=f"Downloading {len(wanted)} files")
            self.client.download_asset(sha, self.cache.assets)
        if wanted:
            self._emit(SyncState.SYNCING, SyncPhase.DOWNLOAD, len(wanted), len(wanted))
        return len(wanted)

    def _download_models(self, manifests: Sequence[str]) -> int:
        """A campaign's offline models: the manifests, then the ONNX files they name
        (``model.sha256``; the manifest itself is read by core.assist, not here)."""
        done = self._download(list(manifests))
        files = []
        for sha in manifests:
            try:
                body = json.loads(self.cache.assets.path(sha).read_bytes())
                model = body["model"]["sha256"]
            except (OSError, ValueError, KeyError, TypeError):
                continue  # not a manifest: the app leaves it out
            if isinstance(model, str) and SHA256_RE.match(model):
                files.append(model)
        return done + self._download(files)

    def download_missing_assets(self, report: SyncReport | None = None) -> int:
        """Images of open cached tasks that are missing (public: works while locked).
        The first sync of an engine checks every open image task (in SQL, no task
        parsed); later ones only the tasks fetched since the last check."""
        since, stamp = self._assets_checked_at, now_ms()
        done = self._download(self.cache.tasks.open_image_hashes(since))
        self._assets_checked_at = stamp - ASSET_CHECK_SLACK_MS
        if report is not None:
            report.downloaded += done
            report.note(OpChanges(assets=done > 0))
        return done

    def push_outbox(self, report: SyncReport | None = None) -> SyncReport:
        """Push every due submission in batches, two in flight; per-item results go to
        the cache in bulk (:mod:`.push`)."""
        return push_outbox(self, report or SyncReport())

    def pull_statuses(self, report: SyncReport | None = None) -> int:
        """Fetch status changes of our submissions since the stored cursor."""
        self._require_session()
        key = f"status_cursor:{self.hub_url}:{self.client.address}"
        since = int(self.cache.tasks.get_state(key, "0") or 0)
        changed, uids, quality = 0, set(), False
        self._emit(SyncState.SYNCING, SyncPhase.STATUSES, message="Fetching statuses")
        while True:
            # silenced below: mypy cannot infer a lambda whose default arguments bind loop values
            body = self._authed(lambda since=since: self.client.statuses(since))  # type: ignore[misc]
            with self.cache.transaction():
                for item in body.items:
                    uid = self._apply_status(item)
                    if uid is not None:
                        changed += 1
                        uids.add(uid)
                quality = store_feed_quality(self.cache, body, self.client.address) or quality
                since = body.cursor
                self.cache.tasks.set_state(key, str(since))
            self._emit(SyncState.SYNCING, SyncPhase.STATUSES, changed, changed)
            if not body.more:
                break
        if report is not None:
            report.statuses += changed
            # the feed's quality figures: the annotator's own (the my-quality strip)
            report.note(OpChanges.for_tasks(uids, submissions=bool(uids) or quality))
        return changed

    # --- internals ------------------------------------------------------------------------

    def _apply_status(self, item: StatusOut) -> int | None:
        """Store one status change; the uid of the task it changed, or None."""
        status = STATUS_MAP.get(item.status)
        if status is None:
            return None
        try:
            row = self.cache.submissions.get(item.id)
        except CacheError:
            return None  # made on another device
        reason = item.reason if status == "rejected" else None
        verdict = item.verdict
        if row.status == status and row.reason == reason and verdict is None:
            return None
        self.cache.submissions.set_status(row.id, status, reason=reason, verdict=verdict)
        return row.task_uid

    def _upload_collected(self, rows: list[SubmissionRow], report: SyncReport) -> None:
        """Collected files go up before the submissions that name them."""
        for row in rows:
            annotation = row.annotation
            sha = annotation.get("asset") if annotation.get("kind") == "collection" else None
            if not isinstance(sha, str) or not self.cache.assets.has(sha):
                continue
            if self.client.has_asset(sha):
                continue
            self._emit(SyncState.SYNCING, SyncPhase.UPLOAD, message="Uploading collected files")
            mime = annotation.get("mime")
            # silenced below: mypy cannot infer a lambda whose default arguments bind loop values
            self._authed(lambda sha=sha, row=row, mime=mime: self.client.upload_asset(  # type: ignore[misc]
                row.campaign_id, sha, self.cache.assets.path(sha),
                mime if isinstance(mime, str) else None))
            report.uploaded += 1

    def _campaign_changed(self, campaign: Campaign) -> bool:
        try:
            return self.cache.tasks.get_campaign(campaign.id) != campaign
        except CacheError:
            return True

    def _signer(self) -> DigestSigner | None:
        try:
            return self._signer_source()
        except WalletLockedError:
            return None

    def _ensure_session(self, signer: DigestSigner) -> None:
        if self.client.signed_in and self.client.address == signer.address:
            return
        self._emit(SyncState.SYNCING, SyncPhase.SIGN_IN, message="Signing in")
        try:
            self.client.sign_in(signer)
        except WalletLockedError:
            raise WalletLockedForSync from None

    def _require_session(self) -> None:
        if self.client.signed_in:
            return
        signer = self._signer()
        if signer is None:
            raise WalletLockedForSync
        self._ensure_session(signer)

    def _authed(self, call: Callable[[], T]) -> T:
        """Run a call; after a 401 sign in again (if the wallet allows) and retry once."""
        try:
            return call()
        except HubAuthError:
            self.client.forget_session()
            signer = self._signer()
            if signer is None:
                raise WalletLockedForSync from None
            self._ensure_session(signer)
            return call()

    def report_offline(self, report: SyncReport | None = None) -> SyncReport:
        """Say (to the listeners and in the report) that the hub is unreachable."""
        report = report or SyncReport()
        self.online = False
        pending = self.cache.outbox.pending_count()
        report.state = SyncState.OFFLINE
        report.message = offline_message(self.hub_url, pending)
        self._emit(SyncState.OFFLINE, SyncPhase.IDLE, message=report.message, online=False)
        return report

    def _emit(self, state: SyncState, phase: SyncPhase, done: int = 0, total: int = 0, *,
              message: str | None = None, **extra: Any) -> None:
        current = self.listeners.current
        values: dict[str, Any] = {
            "state": state, "phase": phase, "done": done, "total": total,
            "message": current.message if message is None else message,
            "pending": self.cache.outbox.pending_count(), "hub_url": self.hub_url,
            "online": self.online,
        }
        values.update(extra)
        snapshot = current.with_(**values)
        self.listeners.emit(snapshot)


def _as_source(signer: DigestSigner | SignerSource | None) -> SignerSource:
    if signer is None:
        return lambda: None
    if hasattr(signer, "sign_digest"):
        fixed = cast(DigestSigner, signer)
        return lambda: fixed
    return signer

