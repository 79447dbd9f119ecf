"""Availability: a hanging JSON-RPC node slows only the routes that read the chain
(threat-model row ``T-avail-hanging-rpc``; ``GET /v1/campaigns`` went from 0.11 s to
10–18 s when every shared worker thread waited on the node)."""

from __future__ import annotations

import contextlib
import socket
import threading
from pathlib import Path

import httpx

from datafi_desktop.core.models import parse_campaign
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.hub.campaigns.importer import LoadedCampaign
from datafi_desktop.hub.chain.pool import CHAIN_THREADS
from datafi_desktop.hub.server.inprocess import start_hub
from datafi_desktop.hub.settings import HubSettings
from tests.hub.helpers import DISTRIBUTOR, Clock, wait_until

REQUESTS = 48  # more than the shared thread pool's 40


class HangingNode:
    """Accepts connections and never answers."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0), backlog=512)
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}"
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                self.held.append(self.server.accept()[0])

    def close(self) -> None:
        self.server.close()
        for sock in self.held:
            with contextlib.suppress(OSError):
                sock.close()


def test_T_avail_hanging_rpc_isolated(tmp_path: Path) -> None:
    node = HangingNode()
    campaign = parse_campaign({"id": "chainy", "name": "Chain", "chain": {
        "chain_id": 999, "distributor": DISTRIBUTOR, "rpc_url": node.url}})
    records = parse_records([("t", {"id": "t1", "kind": "text_classification",
                                    "data": {"text": "x"}, "config": {"labels": ["a"]}})])
    running = start_hub(HubSettings(data_dir=tmp_path / "hub", clock=Clock()),
                        campaigns=[LoadedCampaign(campaign, records, {}, "test")])
    finished: list[int] = []

    def ask_rewards() -> None:
        with contextlib.suppress(httpx.HTTPError):
            got = httpx.get(f"{running.url}/v1/campaigns/chainy/rewards/0x{'ab' * 20}",
                            timeout=300)
            finished.append(got.status_code)

    askers = [threading.Thread(target=ask_rewards) for _ in range(REQUESTS)]
    try:
        for asker in askers:
            asker.start()
        wait_until(lambda: len(node.held) >= CHAIN_THREADS, timeout=60,
                   what="chain threads waiting on the node")
        with httpx.Client(base_url=running.url, timeout=120) as client:
            assert client.get("/v1/campaigns").status_code == 200
            assert client.get("/v1/campaigns/chainy").status_code == 200
            assert client.post("/v1/auth/nonce").status_code == 200
        assert not finished  # every chain request is still waiting on the node
    finally:
        node.close()  # the node goes away: the waiting requests end
        for asker in askers:
            asker.join(120)
        running.stop()
    assert len(finished) == REQUESTS
