"""The offline cache: SQLite (WAL, foreign keys, forward migrations) plus assets."""

from . import sqlite_utils_light  # noqa: F401  (first: sqlite-utils without pandas)
from .assets import AssetStore
from .cache import Cache
from .outbox import OutboxItem, backoff_ms
from .queue import QueueFilter
from .schema import SCHEMA_VERSION
from .submissions import SubmissionConflictError, SubmissionRow
from .tasks import OPEN_STATES, TASK_STATES, Draft, TaskRow, TaskSummary

__all__ = [
    "OPEN_STATES",
    "SCHEMA_VERSION",
    "TASK_STATES",
    "AssetStore",
    "Cache",
    "Draft",
    "OutboxItem",
    "QueueFilter",
    "SubmissionConflictError",
    "SubmissionRow",
    "TaskRow",
    "TaskSummary",
    "backoff_ms",
]
