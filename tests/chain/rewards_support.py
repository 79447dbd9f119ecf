"""Shared pieces of the rewards tests: the demo chain (one per session, reverted after each
test), a campaign that settles on it, app profiles with a real wallet, and a hub.

Import the fixtures into a test module: ``from tests.chain.rewards_support import demo``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from eth_keys import keys
from eth_utils import keccak

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.chain.client import register_embedded
from datafi_desktop.core.demo_chain import DemoChain, set_active_demo_chain, start_demo_chain
from datafi_desktop.core.models import ChainSettings, parse_campaign
from datafi_desktop.core.sync import SyncEngine
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.hub.campaigns.importer import LoadedCampaign
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings

PASSWORD = "correct horse battery"
LABELS = ["good", "bad"]
REWARD = 10**18  # per accepted text classification


_shared: dict[str, DemoChain] = {}


def shared_demo_chain() -> DemoChain:
    """One demo chain for the whole test process (deploying takes a second or two)."""
    if "chain" not in _shared:
        _shared["chain"] = start_demo_chain()
    return _shared["chain"]


@pytest.fixture
def demo() -> Iterator[DemoChain]:
    """The demo chain (contracts deployed, distributor funded), fresh for each test."""
    chain = shared_demo_chain()
    register_embedded(chain.w3, chain.chain_id)
    # another test of this worker may have started its own demo chain since: the demo's
    # actions (Demo ▸ Review and settle) must use this one
    set_active_demo_chain(chain)
    snapshot = chain.chain.snapshot()
    try:
        yield chain
    finally:
        chain.chain.tester.enable_auto_mine_transactions()
        chain.chain.revert(snapshot)


def campaign_on(settings: ChainSettings, campaign_id: str = "c1", tasks: int = 12,
                reward: int = REWARD, **extra: Any) -> LoadedCampaign:
    """A text classification campaign whose rewards settle on ``settings``."""
    raw: list[tuple[str, Any]] = [
        (f"t{i}", {"id": f"t{i:03d}", "kind": "text_classification",
                   "data": {"text": f"Item {i}: fine."}, "config": {"labels": LABELS}})
        for i in range(tasks)
    ]
    data = {"id": campaign_id, "name": f"Campaign {campaign_id}",
            "rewards": {"text_classification": reward}, "chain": settings.model_dump(),
            **extra}
    return LoadedCampaign(parse_campaign(data), parse_records(raw), {}, "test")


def start_rewards_hub(data_dir: Path, settings: ChainSettings, *, database_url: str | None = None,
                      campaigns: list[LoadedCampaign] | None = None, **hub_options: Any
                      ) -> RunningHub:
    hub_settings = HubSettings(data_dir=data_dir, database_url=database_url,
                               chain_id=settings.chain_id, **hub_options)
    return start_hub(hub_settings, campaigns=campaigns or [campaign_on(settings)])


def key_hex(seed: str) -> str:
    """A TEST private key from a public string: never fund it anywhere real."""
    return "0x" + keccak(text=f"datafi rewards test key: {seed}").hex()


class KeyDigestSigner:
    """A DigestSigner over a test key (the same key ``make_app`` puts in a wallet)."""

    def __init__(self, seed: str) -> None:
        self._key = keys.PrivateKey(bytes.fromhex(key_hex(seed)[2:]))

    @property
    def address(self) -> str:
        return str(self._key.public_key.to_checksum_address())

    def sign_digest(self, digest: bytes) -> bytes:
        from datafi_desktop.core.wallet_signer import encode_signature

        sig = self._key.sign_msg_hash(digest)
        return encode_signature(sig.r, sig.s, sig.v)


def address_of(seed: str) -> str:
    return str(keys.PrivateKey(bytes.fromhex(key_hex(seed)[2:])).public_key
               .to_checksum_address())


@dataclass
class App:
    """One app install: a cache file and a real wallet (scrypt cost lowered for tests)."""

    root: Path
    wallet: Wallet
    address: str

    @property
    def db_path(self) -> Path:
        return self.root / "cache.sqlite3"

    def cache(self) -> Cache:
        return Cache(self.db_path)

    def engine(self, cache: Cache, hub_url: str) -> SyncEngine:
        return SyncEngine(cache, hub_url, self.wallet.signer)

    def label_all(self, cache: Cache, campaign_id: str = "c1") -> list[str]:
        ids = []
        for n, summary in enumerate(cache.tasks.task_summaries(campaign_id, states=("new",))):
            ids.append(cache.submissions.submit(summary.uid, {"kind": "text_classification",
                                                              "labels": [LABELS[n % 2]]},
                                    self.wallet.signer()).id)
        return ids


def make_app(root: Path, seed: str) -> App:
    root.mkdir(parents=True, exist_ok=True)
    wallet = Wallet(root / "wallet", scrypt_n=2**12)
    info = wallet.import_private_key(key_hex(seed), PASSWORD)
    wallet.unlock(info.address, PASSWORD)
    return App(root, wallet, info.address)
