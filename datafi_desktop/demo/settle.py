"""Demo ▸ Review and settle now, the work itself (a worker thread): the demo chain runs,
the demo campaign settles on it, the demo reviewer accepts what waits, an epoch is
posted. The menu is ``ui/rewards/demo.py``."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from ..core.demo import DEMO_CAMPAIGN_ID, demo_campaign
from ..core.demo_chain import DemoSettlement, active_demo_chain, start_demo_chain
from ..core.models import ChainSettings
from ..hub.campaigns.catalog import create_campaign, load_campaign
from ..hub.service import Hub
from ..hub.settings import HubSettings
from ..hub.settlement.demo import demo_review_and_settle


def review_and_settle(hub_url: str, data_dir: Path) -> tuple[DemoSettlement, ChainSettings]:
    """Demo chain, campaign on it, review, settle; the hub's data in ``data_dir``."""
    chain = active_demo_chain() or start_demo_chain()
    hub = Hub.open(HubSettings(data_dir=data_dir, chain_id=chain.chain_id))
    try:
        with hub.engine.begin() as conn:
            current = load_campaign(conn, DEMO_CAMPAIGN_ID)[0]
            if current.chain.distributor != chain.settings.distributor:
                create_campaign(conn, demo_campaign(chain.settings, hub_url), [], hub.now())
        running = SimpleNamespace(url=hub_url, hub=hub)
        result = demo_review_and_settle(running, chain, campaign_id=DEMO_CAMPAIGN_ID)
    finally:
        hub.close()
    return result, chain.settings
