"""SyncRunner: the sync engine on its own thread, with its own Cache connection.

Every public method is thread-safe and returns at once. The GUI calls
:meth:`SyncRunner.trigger` ("Sync now"), :meth:`make_available_offline` and
:meth:`stop`, and subscribes with :meth:`add_listener` (called on the sync
thread; adapt it to a Qt signal). Each request returns a
:class:`concurrent.futures.Future` with its :class:`~.engine.SyncReport`.

Scheduling, when nothing is asked for:

- online: a cycle every ``interval_s``, or sooner when an outbox item's
  backoff is over;
- offline: probe the hub with exponential backoff and full jitter between
  ``probe_min_s`` and ``probe_max_s``; the first probe that answers runs a
  cycle at once (and makes every queued item due);
- locked wallet: a cycle every ``interval_s`` pulls public data; pushes wait.
"""

from __future__ import annotations

import logging
import queue
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from ..cache import Cache
from ..protocol import DigestSigner
from .client import HubClient
from .engine import DEFAULT_BATCH, SignerSource, SyncEngine
from .progress import Listeners, SyncListener, SyncPhase, SyncProgress, SyncState
from .report import SyncReport

log = logging.getLogger("datafi_desktop.sync")

ReportListener = Callable[[SyncReport], None]


@dataclass(frozen=True)
class _Job:
    kind: str  # "sync" | "offline" | "signer"
    future: Future[SyncReport]
    campaign_id: str = ""
    count: int = 0
    ttl_s: int | None = None
    signer: object = None


class SyncRunner:
    """Runs :class:`SyncEngine` cycles in a background thread.

    >>> runner = SyncRunner(Path("/tmp/x.sqlite3"), "http://127.0.0.1:9", None)
    >>> runner.progress.state
    <SyncState.STOPPED: 'stopped'>
    """

    def __init__(
        self,
        db_path: Path,
        hub_url: str,
        signer: DigestSigner | SignerSource | None,
        *,
        assets_dir: Path | None = None,
        interval_s: float = 60.0,
        probe_min_s: float = 2.0,
        probe_max_s: float = 60.0,
        batch_size: int = DEFAULT_BATCH,
        client_factory: Callable[[str], HubClient] | None = None,
        rng: random.Random | None = None,
        top_up: bool = False,
    ) -> None:
        self.db_path = Path(db_path)
        self.assets_dir = assets_dir
        self.hub_url = hub_url.rstrip("/")
        self.interval_s = interval_s
        self.probe_min_s = probe_min_s
        self.probe_max_s = probe_max_s
        self.batch_size = batch_size
        #: each cycle leases tasks up to the first-batch setting (first_batch.py)
        self.top_up = top_up
        self._signer: DigestSigner | SignerSource | None = signer
        self._client_factory = client_factory or HubClient
        self._rng = rng or random.Random()
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self.listeners = Listeners(current=SyncProgress(state=SyncState.STOPPED,
                                                        hub_url=self.hub_url))
        self._engine: SyncEngine | None = None
        #: called on the sync thread with each cycle's report (what it changed)
        self._report_listeners: list[ReportListener] = []
        self._report_lock = threading.Lock()
        self._cycles = 0
        self._cycles_lock = threading.Condition()

    # --- control (any thread) -----------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="datafi-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 15.0) -> None:
        """Finish the running step, close the cache and the connection, end the thread."""
        self._stopping.set()
        self._jobs.put(None)
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def trigger(self) -> Future[SyncReport]:
        """"Sync now": run a cycle at once, retrying every queued item now."""
        return self._submit(_Job("sync", Future()))

    def make_available_offline(self, campaign_id: str, count: int,
                               ttl_s: int | None = None) -> Future[SyncReport]:
        """Lease ``count`` tasks of a campaign and download what they need, then sync."""
        return self._submit(_Job("offline", Future(), campaign_id, count, ttl_s))

    def cancel_pull(self) -> None:
        """Stop a running pull of tasks after its current page (what it got stays)."""
        engine = self._engine
        if engine is not None:
            engine.cancel_pull.set()

    def set_signer(self, signer: DigestSigner | SignerSource | None) -> None:
        """The wallet was unlocked, locked or switched: sync with this one from now on."""
        self._signer = signer
        self._submit(_Job("signer", Future(), signer=signer))

    def add_listener(self, listener: SyncListener) -> None:
        self.listeners.add(listener)

    def remove_listener(self, listener: SyncListener) -> None:
        self.listeners.remove(listener)

    def add_report_listener(self, listener: ReportListener) -> None:
        """Call ``listener`` (on the sync thread) with the report of every cycle, the
        scheduled ones too: its ``changes`` say what the cycle changed in the cache."""
        with self._report_lock:
            self._report_listeners.append(listener)

    def remove_report_listener(self, listener: ReportListener) -> None:
        with self._report_lock:
            if listener in self._report_listeners:
                self._report_listeners.remove(listener)

    @property
    def progress(self) -> SyncProgress:
        return self.listeners.current

    @property
    def cycles(self) -> int:
        """How many cycles have finished (tests wait on it)."""
        with self._cycles_lock:
            return self._cycles

    def wait_for(self, predicate: Callable[[SyncProgress], bool], timeout: float) -> bool:
        """Block until a finished cycle leaves a progress that satisfies ``predicate``."""
        deadline = time.monotonic() + timeout
        with self._cycles_lock:
            while not predicate(self.listeners.current):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cycles_lock.wait(left)
        return True

    def _submit(self, job: _Job) -> Future[SyncReport]:
        if not self.running:
            job.future.set_exception(RuntimeError("the sync runner is not running"))
            return job.future
        self._jobs.put(job)
        return job.future

    # --- the thread ----------------------------------------------------------------------

    def _run(self) -> None:
        cache = Cache(self.db_path, self.assets_dir)
        client = self._client_factory(self.hub_url)
        engine = SyncEngine(cache, self.hub_url, self._signer, client=client,
                            batch_size=self.batch_size, rng=self._rng,
                            listeners=self.listeners, top_up=self.top_up)
        self._engine = engine
        probe_attempt = 0
        delay = 0.0  # first cycle at once
        try:
            while not self._stopping.is_set():
                try:
                    job = self._jobs.get(timeout=max(0.0, delay))
                except queue.Empty:
                    job = _Job("sync", Future())
                    job.future.set_running_or_notify_cancel()
                    report = self._cycle(engine, job, scheduled=True)
                else:
                    if job is None:
                        break
                    if not job.future.set_running_or_notify_cancel():
                        continue
                    report = self._cycle(engine, job, scheduled=False)
                if report.state in (SyncState.OFFLINE, SyncState.ERROR):
                    probe_attempt += 1
                    ceiling = min(self.probe_max_s, self.probe_min_s * 2 ** (probe_attempt - 1))
                    delay = self._rng.uniform(self.probe_min_s / 2, max(ceiling,
                                                                        self.probe_min_s / 2))
                elif report.state is SyncState.LOCKED:
                    probe_attempt = 0
                    delay = self.interval_s
                else:
                    probe_attempt = 0
                    delay = self._next_delay(cache)
        finally:
            client.close()
            cache.close()
            self.listeners.emit(self.listeners.current.with_(state=SyncState.STOPPED,
                                                             phase=SyncPhase.IDLE))
            with self._cycles_lock:
                self._cycles_lock.notify_all()

    def _cycle(self, engine: SyncEngine, job: _Job, *, scheduled: bool) -> SyncReport:
        try:
            if job.kind == "signer":
                # silenced below: a signer job always carries a signer (job.kind says so)
                engine.set_signer(job.signer)  # type: ignore[arg-type]
                report = engine.sync_now()
            elif job.kind == "offline":
                report = engine.sync_now(lease={job.campaign_id: job.count},
                                         lease_ttl_s=job.ttl_s)
            else:
                if not scheduled:
                    engine.cache.outbox.retry_now()
                if scheduled and engine.online is False:
                    # offline: only a cheap probe; a full cycle when the hub answers
                    report = engine.sync_now() if engine.probe() else engine.report_offline()
                else:
                    report = engine.sync_now()
            self._tell(report)
            job.future.set_result(report)
            return report
        except BaseException as exc:  # never let the thread die on a bug
            log.exception("sync cycle failed")
            job.future.set_exception(exc)
            failed = SyncReport(state=SyncState.ERROR, message=str(exc))
            self._tell(failed)
            return failed
        finally:
            with self._cycles_lock:
                self._cycles += 1
                self._cycles_lock.notify_all()

    def _tell(self, report: SyncReport) -> None:
        with self._report_lock:
            listeners = list(self._report_listeners)
        for listener in listeners:
            try:
                listener(report)
            except Exception:  # a listener's bug must not stop the sync
                log.exception("sync report listener failed")

    def _next_delay(self, cache: Cache) -> float:
        delay = self.interval_s
        due = cache.outbox.next_attempt()
        if due is not None:
            delay = min(delay, max(0.05, due / 1000 - time.time()))
        return delay
