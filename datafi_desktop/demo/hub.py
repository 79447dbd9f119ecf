"""The demo's in-process hub: started in the profile, its two demo annotators' work
seeded for review, the demo user made a reviewer."""

from __future__ import annotations

import logging
from pathlib import Path

from ..core.demo import DEMO_CAMPAIGN_ID
from ..core.models import ChainSettings
from ..hub.server.inprocess import RunningHub, start_demo_hub

__all__ = ["RunningHub", "grant_reviewer", "seed_review_work", "start_hub_in"]

log = logging.getLogger(__name__)


def start_hub_in(profile_root: Path, chain: ChainSettings | None) -> RunningHub:
    """Start the demo hub with its data in ``<profile>/hub`` (any thread)."""
    return start_demo_hub(profile_root / "hub", chain)


def seed_review_work(hub: RunningHub) -> None:
    """Two demo annotators label tasks of their own for the demo user to review; the
    demo still works without them (logged)."""
    from ..hub.review.demo_peers import seed_peer_work

    try:
        seed_peer_work(hub, DEMO_CAMPAIGN_ID)
    except Exception as exc:
        log.warning("demo: the other annotators' work could not be added (%s: %s)",
                    type(exc).__name__, exc)


def grant_reviewer(hub: RunningHub, address: str) -> None:
    """The demo user reviews the demo campaign (as ``datafi-hub role grant`` would)."""
    from ..hub.review.demo_peers import grant_demo_reviewer

    grant_demo_reviewer(hub.hub, DEMO_CAMPAIGN_ID, address)
