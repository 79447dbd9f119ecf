"""What an operation changed, so that each view refreshes only when it must.

Every operation the UI runs on the profile (submit, skip, save a draft, sign a
verdict, lease tasks, a sync cycle, unlock or lock the wallet…) returns an
:class:`OpChanges` (or an :class:`OpResult` carrying one with its result), in the
manner of Anki's ``OpChanges``. The UI emits it once
(``Session.operation_did_execute``) and each view looks at the flags it shows:
the queue re-reads only the rows of :attr:`OpChanges.tasks`, the status bar only
looks at :attr:`~OpChanges.outbox` and :attr:`~OpChanges.wallet`, and so on.

``tasks`` is a set of task uids (cache row ids) or :data:`ALL_TASKS` when the
operation cannot name them cheaply (tasks added by a lease, a campaign changed).

>>> a = OpChanges(tasks=frozenset({3}), outbox=True)
>>> b = OpChanges(tasks=frozenset({5}), submissions=True)
>>> sorted((a | b).task_ids)
[3, 5]
>>> (a | OpChanges.everything()).all_tasks
True
>>> OpChanges().empty, a.touches_task(3), a.touches_task(4)
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from .cache import Cache

#: ``OpChanges.tasks`` when every task may have changed
ALL_TASKS: Literal["all"] = "all"

TaskIds = frozenset[int] | Literal["all"]

T = TypeVar("T")


@dataclass(frozen=True)
class OpChanges:
    """The kinds of data an operation changed (all false/empty: nothing)."""

    #: tasks whose row (state, draft, skipped, lease) changed or that were added
    tasks: TaskIds = frozenset()
    #: the campaigns (added, renamed, their hub or chain settings)
    campaigns: bool = False
    #: the annotator's own submissions (new, or their status from the hub)
    submissions: bool = False
    #: the outbox (what waits to be sent, and how it went)
    outbox: bool = False
    #: review items and verdicts (the Review page)
    reviews: bool = False
    #: rewards: proofs, inclusions, pending amounts, claims
    rewards: bool = False
    #: the wallet: accounts added or removed, unlocked, locked
    wallet: bool = False
    #: files in the asset store (images a task waited for)
    assets: bool = False
    #: preferences and per-profile settings
    settings: bool = False

    @classmethod
    def for_tasks(cls, uids: Iterable[int], **flags: bool) -> OpChanges:
        return cls(tasks=frozenset(uids), **flags)

    @classmethod
    def everything(cls) -> OpChanges:
        """All flags set (another process wrote the cache; the view cannot know what)."""
        return cls(tasks=ALL_TASKS, **{f.name: True for f in fields(cls) if f.name != "tasks"})

    @property
    def all_tasks(self) -> bool:
        return self.tasks == ALL_TASKS

    @property
    def task_ids(self) -> frozenset[int]:
        """The uids named (empty when :attr:`all_tasks`: ask :meth:`touches_task`)."""
        return frozenset() if isinstance(self.tasks, str) else self.tasks

    @property
    def any_tasks(self) -> bool:
        return self.all_tasks or bool(self.task_ids)

    def touches_task(self, uid: int) -> bool:
        return self.all_tasks or uid in self.task_ids

    @property
    def empty(self) -> bool:
        return not self.any_tasks and not any(
            getattr(self, f.name) for f in fields(self) if f.name != "tasks")

    def __or__(self, other: OpChanges) -> OpChanges:
        tasks: TaskIds = (ALL_TASKS if self.all_tasks or other.all_tasks
                          else self.task_ids | other.task_ids)
        flags = {f.name: bool(getattr(self, f.name) or getattr(other, f.name))
                 for f in fields(self) if f.name != "tasks"}
        return OpChanges(tasks=tasks, **flags)

    def describe(self) -> str:
        """A short text for logs and tests: ``tasks[3,5] outbox``."""
        parts = []
        if self.all_tasks:
            parts.append("tasks[all]")
        elif self.task_ids:
            parts.append("tasks[" + ",".join(str(u) for u in sorted(self.task_ids)) + "]")
        parts += [f.name for f in fields(self) if f.name != "tasks" and getattr(self, f.name)]
        return " ".join(parts) or "nothing"


NO_CHANGES = OpChanges()


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """An operation's result and what it changed."""

    value: T
    changes: OpChanges


#: what locking, unlocking, adding or removing an account changes
WALLET_CHANGES = OpChanges(wallet=True)
#: a campaign was added or its settings changed (the queue's heading, the rewards page)
CAMPAIGN_CHANGES = OpChanges(tasks=ALL_TASKS, campaigns=True, rewards=True)


def data_version(cache: Cache) -> int:
    """SQLite's ``PRAGMA data_version`` of the cache's connection: it changes when
    another connection (the sync thread's, another process's) commits to the file,
    never for this connection's own writes. The UI's fallback for writers that
    cannot report what they changed."""
    return int(cache.db.execute("PRAGMA data_version").fetchone()[0])
