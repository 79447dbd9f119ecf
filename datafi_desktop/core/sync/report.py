"""What one sync cycle did: counts for the log and the details dialog, and the
:class:`~..changes.OpChanges` the UI refreshes from (tasks whose state the hub
changed, the outbox, reviews, rewards…)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..changes import OpChanges
from .progress import SyncState


@dataclass
class SyncReport:
    """What one cycle did."""

    state: SyncState = SyncState.IDLE
    message: str = ""
    campaigns: int = 0
    leased: int = 0
    downloaded: int = 0
    uploaded: int = 0
    pushed: int = 0
    accepted: int = 0
    rejected: int = 0
    retried: int = 0
    statuses: int = 0
    reviews_sent: int = 0
    reviews_refused: int = 0
    review_items: int = 0
    inclusions: int = 0
    #: a pull of tasks was stopped by the user (what it got is kept; pull.py)
    cancelled: bool = False
    #: what the hub said about leases it cut short (its limit per account, the TTL ceiling)
    lease_notes: list[str] = field(default_factory=list)
    #: what the cycle changed in the cache, step by step (each step notes its own)
    changes: OpChanges = field(default_factory=OpChanges)

    def note(self, changes: OpChanges) -> None:
        self.changes = self.changes | changes

    def summary(self) -> str:
        parts = []
        if self.accepted or self.rejected:
            parts.append(f"{self.accepted} sent")
        if self.rejected:
            parts.append(f"{self.rejected} rejected")
        if self.leased:
            parts.append(f"{self.leased} tasks available offline")
        if self.statuses:
            parts.append(f"{self.statuses} status updates")
        return "Synced" + (": " + ", ".join(parts) if parts else "")
