"""A hub in a background thread on 127.0.0.1 at a free port.

Used by tests and by ``datafi-desktop --demo``::

    hub = start_demo_hub(data_dir)        # the demo campaign, images and gold answers
    ... sync against hub.url ...
    hub.stop()
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn

from ...core.models import ChainSettings
from ..api.app import create_app
from ..campaigns.catalog import create_campaign
from ..campaigns.importer import LoadedCampaign, import_campaign
from ..service import Hub
from ..settings import HubSettings
from .connlimits import ServeLimits, make_config

STARTUP_TIMEOUT_S = 20.0


@dataclass
class RunningHub:
    """A hub serving in a thread. ``stop()`` shuts it down and closes its database."""

    url: str
    hub: Hub
    server: uvicorn.Server
    thread: threading.Thread
    port: int
    _stopped: bool = field(default=False, repr=False)

    def stop(self, timeout: float = 10.0) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.server.should_exit = True
        self.thread.join(timeout)
        self.hub.close()

    def __enter__(self) -> RunningHub:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def start_hub(settings: HubSettings, *, host: str = "127.0.0.1", port: int = 0,
              campaigns: Sequence[LoadedCampaign] = (),
              limits: ServeLimits | None = None) -> RunningHub:
    """Open (and migrate) the hub, load ``campaigns`` and serve it in a daemon thread."""
    hub = Hub.open(settings)
    for loaded in campaigns:
        import_campaign(hub, loaded)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    bound = int(sock.getsockname()[1])
    # sign-in messages must name this address (not whatever Host header a client sends)
    if settings.siwe_domain is None:
        settings.siwe_domain = f"{host}:{bound}"
    if settings.public_url is None:
        settings.public_url = f"http://{host}:{bound}"
    config = make_config(create_app(hub), limits or ServeLimits(), log_level="warning",
                         access_log=False, lifespan="off", timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                              name=f"datafi-hub:{bound}", daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            hub.close()
            raise RuntimeError(f"the in-process hub did not start on {host}:{bound}")
        time.sleep(0.01)
    return RunningHub(url=f"http://{host}:{bound}", hub=hub, server=server, thread=thread,
                      port=bound)


def demo_loaded(chain: ChainSettings | None = None, hub_url: str | None = None
                ) -> LoadedCampaign:
    """The demo campaign shipped in ``resources/demo`` with its images and gold answers."""
    from ...core.demo import demo_asset_path, demo_campaign, demo_records

    records = demo_records()
    images: dict[str, Path] = {}
    for record in records:
        path = demo_asset_path(record)
        if path is not None and record.task.image_hash:
            images[record.task.image_hash] = path
    return LoadedCampaign(demo_campaign(chain, hub_url), records, images, "demo")


def start_demo_hub(data_dir: Path, chain: ChainSettings | None = None, *,
                   chain_id: int | None = None) -> RunningHub:
    """An in-process hub with the demo campaign, on 127.0.0.1 at a free port.

    ``chain`` sets where the demo campaign's rewards settle (and so its EIP-712
    domain); sign-in messages name ``chain_id`` (default: the chain's id).
    """
    settings = HubSettings(data_dir=Path(data_dir))
    if chain is not None:
        settings.chain_id = chain.chain_id
    if chain_id is not None:
        settings.chain_id = chain_id
    running = start_hub(settings, campaigns=[demo_loaded(chain)])
    # the campaign records where its hub is, now that the port is known
    loaded = demo_loaded(chain, running.url)
    with running.hub.engine.begin() as conn:
        create_campaign(conn, loaded.campaign, [], running.hub.now())
    return running
