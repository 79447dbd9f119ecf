"""The hub as an object: its settings, its database and its asset store."""

from __future__ import annotations

from sqlalchemy import Connection, Engine

from .db import migrate
from .db.clock import db_now_ms
from .db.tables import make_engine
from .settings import HubSettings
from .storage import AssetBackend, open_store


class Hub:
    """One hub: what the HTTP layer, the admin commands and tests share."""

    def __init__(self, settings: HubSettings, engine: Engine) -> None:
        self.settings = settings
        self.engine = engine
        self.assets: AssetBackend = open_store(
            settings.asset_store, data_dir=settings.data_dir,
            endpoint_url=settings.s3_endpoint_url)

    @classmethod
    def open(cls, settings: HubSettings, *, upgrade: bool = True) -> Hub:
        """Open the hub's database, creating or migrating its schema when asked."""
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(settings.url, pool_size=settings.db_pool_size,
                             max_overflow=settings.db_max_overflow)
        if upgrade:
            migrate.upgrade(engine)
        return cls(settings, engine)

    def now(self) -> int:
        """The process clock: for display and logs only, never to decide a lease,
        a nonce or a session (see :meth:`time`)."""
        return self.settings.clock()

    def time(self, conn: Connection) -> int:
        """The database's clock (plus a test's offset), read through ``conn``: call it
        inside the deciding transaction, after its locks."""
        return db_now_ms(conn) + self.settings.clock_offset_ms()

    def close(self) -> None:
        self.engine.dispose()
