"""The profile's local cache: one SQLite file and a folder of content-addressed assets."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType

import sqlite_utils

from ..profile import Profile
from .assets import AssetStore
from .base import SharedDatabase
from .database import connect, sqlite_errors_as_cache_errors
from .inclusions import InclusionStore
from .outbox import OutboxStore
from .queue import QueueStore
from .reviews import ReviewStore
from .rewards import RewardsStore
from .schema import SCHEMA_VERSION, migrate, schema_version
from .submissions import SubmissionStore
from .tasks import TaskStore


@sqlite_errors_as_cache_errors
class Cache:
    """Everything the app keeps locally. Every change runs in a transaction.

    The cache holds its stores as attributes, all on one connection and one
    transaction helper (:class:`~.base.SharedDatabase`), and callers name the store
    they use: ``cache.tasks`` (campaigns, tasks, drafts, sync state), ``cache.queue``
    (the queue views' queries), ``cache.submissions``, ``cache.outbox``,
    ``cache.reviews``, ``cache.rewards`` and ``cache.inclusions``. A store that
    writes into another's tables in its own transaction gets that store passed in
    (a submission queues its outbox row and settles its task; a verdict queues its
    outbox row), so those changes commit together or not at all. The cache itself
    keeps opening, migrating and closing the file, and the checks over all of it.

    Its public methods, and every store's, raise
    :class:`~datafi_desktop.core.errors.CacheError` for SQLite's errors (the original
    as ``__cause__``).

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
        self.shared = SharedDatabase(self.path, self.db)
        self.tx = self.shared.tx
        try:
            migrate(self.db, SCHEMA_VERSION if migrate_to is None else migrate_to)
        except BaseException:
            self.db.close()
            raise
        self.assets = AssetStore(assets_dir or self.path.parent / "assets")
        self.tasks = TaskStore(self.shared)
        self.queue = QueueStore(self.shared)
        self.outbox = OutboxStore(self.shared)
        self.submissions = SubmissionStore(self.shared, self.tasks, self.outbox)
        self.reviews = ReviewStore(self.shared, self.tasks, self.outbox)
        self.rewards = RewardsStore(self.shared)
        self.inclusions = InclusionStore(self.shared)
        self.outbox.recover_sending()

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
