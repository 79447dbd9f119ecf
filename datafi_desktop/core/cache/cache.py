"""The profile's local cache: one SQLite file and a folder of content-addressed assets."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType

import sqlite_utils

from ..profile import Profile
from .assets import AssetStore
from .database import Transactions, connect, sqlite_errors_as_cache_errors
from .inclusions import InclusionStore
from .outbox import OutboxStore
from .queue import QueueStore
from .reviews import ReviewStore
from .rewards import RewardsStore
from .schema import SCHEMA_VERSION, migrate, schema_version
from .submissions import SubmissionStore


@sqlite_errors_as_cache_errors
class Cache(SubmissionStore, OutboxStore, RewardsStore, ReviewStore, InclusionStore, QueueStore):
    """Everything the app keeps locally. Every change runs in a transaction.

    Its public methods raise :class:`~datafi_desktop.core.errors.CacheError` for SQLite's
    errors (the original as ``__cause__``).

    One ``Cache`` is used from one thread at a time; the sync thread opens its
    own on the same file (WAL lets readers and one writer work side by side).

    >>> import tempfile, pathlib
    >>> with Cache(pathlib.Path(tempfile.mkdtemp()) / "c.sqlite3") as cache:
    ...     cache.schema_version == SCHEMA_VERSION
    True
    """

    def __init__(self, path: Path, assets_dir: Path | None = None, *, migrate_to: int | None = None
                 ) -> None:
        self.path = Path(path)
        self.db = connect(self.path)
        self.tx = Transactions(self.db)
        try:
            migrate(self.db, SCHEMA_VERSION if migrate_to is None else migrate_to)
        except BaseException:
            self.db.close()
            raise
        self.assets = AssetStore(assets_dir or self.path.parent / "assets")
        self.recover_sending()

    @classmethod
    def for_profile(cls, profile: Profile) -> Cache:
        return cls(profile.db_path, profile.assets_dir)

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    def transaction(self) -> AbstractContextManager[sqlite_utils.Database]:
        """A write transaction (nested calls become savepoints)."""
        return self.tx.transaction()

    def integrity_problems(self) -> list[str]:
        """Empty when SQLite's integrity and foreign-key checks pass and every
        submission has exactly one outbox row."""
        problems = [r[0] for r in self.db.execute("PRAGMA integrity_check").fetchall()
                    if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in
                     self.db.execute("PRAGMA foreign_key_check").fetchall()]
        orphans = self.db.execute(
            "SELECT count(*) FROM submissions s WHERE (SELECT count(*) FROM outbox o "
            "WHERE o.item_type = 'submission' AND o.item_id = s.id) != 1").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} submissions without exactly one outbox row")
        return problems

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Cache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
