"""Starting what runs beside the window: syncing with a hub, and the demo's embedded EVM.

Used by :mod:`.app` before the first paint and by :mod:`.startup` after it (neither of
those imports the other)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .session import Session

if TYPE_CHECKING:
    from ..core.demo_chain import DemoChain
    from ..core.models import ChainSettings
    from .sync.setup import SyncSetup

log = logging.getLogger(__name__)


def open_sync(session: Session, *, demo: bool = False, hub_url: str | None = None,
              chain: ChainSettings | None = None) -> SyncSetup:
    """Start syncing (the demo hub first with ``demo``); a hub that cannot start
    leaves the app working offline, never stops it."""
    from .sync.setup import HubUrlError, SyncSetup, start_sync

    try:
        return start_sync(session, demo=demo, hub_url=hub_url, chain=chain)
    except HubUrlError:
        raise
    except Exception as exc:  # e.g. no free port: the demo still works offline
        log.warning("sync not started: %s", exc)
        return SyncSetup()


def start_embedded_demo_chain() -> DemoChain | None:
    """The demo's in-process EVM with the contracts deployed, so submissions are
    signed for the real distributor from the start; without it the demo still
    labels and syncs (Demo ▸ Review and settle starts one later)."""
    try:
        from ..core.demo_chain import start_demo_chain

        return start_demo_chain()
    except Exception as exc:  # the demo must open even if the EVM cannot start
        log.warning("demo chain not started: %s", exc)
        return None
