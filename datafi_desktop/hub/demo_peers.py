"""The demo's reviewer path: its user may review the demo campaign.

:func:`grant_demo_reviewer` gives the demo user's account the reviewer role on
the in-process demo hub when it is unlocked (what `datafi-hub role grant`
does on a real hub), so the Review page's G leases instead of failing with a
role error.
"""

from __future__ import annotations

import logging
from typing import Any

from . import auth

log = logging.getLogger("datafi_desktop.demo")


def grant_demo_reviewer(hub: Any, campaign_id: str, address: str) -> None:
    """The demo user may review the demo campaign."""
    with hub.engine.begin() as conn:
        auth.grant_role(conn, campaign_id, address, "reviewer", hub.now())
    log.info("demo: %s may review %s", address, campaign_id)
