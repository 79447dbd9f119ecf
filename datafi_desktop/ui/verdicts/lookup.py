"""The verdict behind a reviewed task in the queue: "Corrected" in its state pill and the
reviewer's reason or correction in its tooltip. Looked up only for the rows Qt asks
about (the visible ones), once per reload of the queue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.cache import Cache, SubmissionRow
from .texts import correction_of, queue_tooltip

REVIEWED_STATES = ("accepted", "rejected", "paid")


class VerdictLookup:
    def __init__(self, cache: Cache) -> None:
        self._cache = cache
        self._memo: dict[int, SubmissionRow | None] = {}

    def clear(self) -> None:
        self._memo.clear()

    def forget(self, uid: int) -> None:
        """Look task ``uid`` up again (its submissions changed)."""
        self._memo.pop(uid, None)

    def latest(self, uid: int) -> SubmissionRow | None:
        if uid not in self._memo:
            found = self._cache.submissions.all(task_uid=uid, limit=1)
            self._memo[uid] = found[0] if found else None
        return self._memo[uid]

    def state_name(self, uid: int, state: str) -> str | None:
        """"Corrected" for an accepted submission that a reviewer corrected, else None."""
        if state not in ("accepted", "paid"):
            return None
        row = self.latest(uid)
        if row is None or correction_of(row.verdict) is None:
            return None
        if state == "accepted":
            return QCoreApplication.translate("VerdictLookup", "Corrected")
        return QCoreApplication.translate("VerdictLookup", "Corrected, paid")

    def tooltip(self, uid: int, state: str) -> str | None:
        if state not in REVIEWED_STATES:
            return None
        row = self.latest(uid)
        if row is None:
            return None
        return queue_tooltip(row.status, row.reason, row.verdict)
