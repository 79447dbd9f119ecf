"""The hub as an object: its settings, its database and its asset store."""

from __future__ import annotations

from sqlalchemy import Engine

from ..core.cache.assets import AssetStore
from . import migrate
from .db import make_engine
from .settings import HubSettings


class Hub:
    """One hub: what the HTTP layer, the admin commands and tests share."""

    def __init__(self, settings: HubSettings, engine: Engine) -> None:
        self.settings = settings
        self.engine = engine
        self.assets = AssetStore(settings.assets_dir)

    @classmethod
    def open(cls, settings: HubSettings, *, upgrade: bool = True) -> Hub:
        """Open the hub's database, creating or migrating its schema when asked."""
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(settings.url)
        if upgrade:
            migrate.upgrade(engine)
        return cls(settings, engine)

    def now(self) -> int:
        return self.settings.clock()

    def close(self) -> None:
        self.engine.dispose()
