"""Which hub a window syncs with, and the in-process hub of ``--demo``.

- ``--demo``: an in-process hub on 127.0.0.1 at a free port serves the demo
  campaign (its data inside the temporary profile), with two demo annotators' work on
  tasks of their own waiting for review (the demo user is a reviewer). The queue shows the demo
  tasks at once, and whenever an account is unlocked the controller leases all
  of them for two weeks before anything is pushed, so every submission the hub
  receives is for a task the account holds: submit → sync → accepted.
- another profile: ``--hub URL`` (remembered in the profile), else the hub
  its campaigns name, else none: the app works offline only and says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ...core.cache import Cache
from ...core.changes import WALLET_CHANGES, OpChanges
from ..session import Session

if TYPE_CHECKING:  # the runner (httpx) and the models load when a sync starts
    from ...core.models import ChainSettings
    from ...demo.hub import RunningHub
    from .controller import SyncController

log = logging.getLogger(__name__)

#: the hub's longest lease: the demo tasks stay held for the whole demo
DEMO_LEASE_TTL_S = 14 * 24 * 3600
HUB_URL_KEY = "ui.hub_url"


class HubUrlError(ValueError):
    """``--hub`` is not an http(s) URL."""


@dataclass
class SyncSetup:
    """What :func:`start_sync` started; :meth:`stop` ends it (runner first, then hub)."""

    controller: SyncController | None = None
    hub: RunningHub | None = None
    _stopped: bool = field(default=False, repr=False)

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self.controller is not None:
            self.controller.stop()
        if self.hub is not None:
            self.hub.stop()


def check_hub_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise HubUrlError(f"not a hub address: {url!r} (expected http://host:port)")
    return url.strip().rstrip("/")


def resolve_hub_url(cache: Cache, explicit: str | None = None) -> str | None:
    """``explicit`` (then remembered), else the remembered one, else a campaign's hub."""
    if explicit:
        url = check_hub_url(explicit)
        cache.tasks.set_state(HUB_URL_KEY, url)
        return url
    remembered = cache.tasks.get_state(HUB_URL_KEY)
    if remembered:
        return remembered
    for campaign in cache.tasks.campaigns():
        if campaign.hub_url:
            return campaign.hub_url.rstrip("/")
    return None


def start_sync(session: Session, *, hub_url: str | None = None, demo: bool = False,
               chain: ChainSettings | None = None, **runner_options: Any) -> SyncSetup:
    """Attach a running :class:`SyncController` to ``session`` (none without a hub)."""
    if demo:
        return start_demo_sync(session, chain=chain, **runner_options)
    url = resolve_hub_url(session.cache, hub_url)
    if url is None:
        log.info("no hub for %s: offline only", session.profile.root)
        return SyncSetup()
    from .controller import SyncController

    controller = SyncController(session, url, **runner_options)
    session.attach_sync(controller)
    controller.start()
    return SyncSetup(controller)


def _demo_review_path(session: Session, hub: Any) -> None:
    """The demo's user is a reviewer of the demo campaign (granted on the in-process
    hub when an account is unlocked, as `datafi-hub role grant` would), and two demo
    annotators have labeled tasks of their own for it to review (before the user leases
    anything, so their tasks never take a place in the user's queue)."""
    from ...demo.hub import grant_reviewer, seed_review_work

    seed_review_work(hub)
    granted: set[str] = set()

    def grant(changes: OpChanges = WALLET_CHANGES, _origin: object = None) -> None:
        if not changes.wallet:
            return
        address = session.wallet.unlocked_address
        if address and address not in granted:
            grant_reviewer(hub, address)
            granted.add(address)

    session.operation_did_execute.connect(grant)  # before the controller's own reaction
    grant()


def demo_lease_count(cache: Cache) -> int:
    """Every demo task that needs a lease (collection tasks do not)."""
    from ...core.demo import DEMO_CAMPAIGN_ID

    kinds = cache.tasks.kind_counts(DEMO_CAMPAIGN_ID)
    return max(1, sum(n for kind, n in kinds.items() if kind != "collection"))


def start_demo_sync(session: Session, *, chain: ChainSettings | None = None,
                    **runner_options: Any) -> SyncSetup:
    """The demo hub in-process, and a controller that leases the demo tasks on unlock.

    The session's cache must hold the demo campaign already (``load_demo``).
    """
    return attach_demo_sync(session, start_demo_hub_for(session, chain), chain,
                            **runner_options)


def start_demo_hub_for(session: Session, chain: ChainSettings | None) -> RunningHub:
    """Start the demo's in-process hub (any thread: it touches neither widgets nor the
    session's cache; the app calls it on a worker thread after the first paint)."""
    from ...demo.hub import start_hub_in  # the hub's stack loads only for the demo

    return start_hub_in(session.profile.root, chain)


def attach_demo_sync(session: Session, hub: RunningHub, chain: ChainSettings | None,
                     **runner_options: Any) -> SyncSetup:
    """Sync ``session`` with the running demo ``hub`` (on the UI thread); the hub is
    stopped again when this fails."""
    from ...core.demo import DEMO_CAMPAIGN_ID, demo_campaign
    from .controller import SyncController

    try:
        # the local campaign names its hub, as one pulled from a hub does
        session.cache.tasks.upsert_campaign(demo_campaign(chain, hub.url))
        _demo_review_path(session, hub)
        controller = SyncController(
            session, hub.url, lease_on_unlock={DEMO_CAMPAIGN_ID: demo_lease_count(session.cache)},
            lease_ttl_s=DEMO_LEASE_TTL_S, **runner_options)
    except BaseException:
        hub.stop()
        raise
    log.info("demo hub at %s", hub.url)
    session.attach_sync(controller)
    controller.start()
    return SyncSetup(controller, hub)
