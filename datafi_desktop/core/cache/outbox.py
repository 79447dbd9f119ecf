"""The outbox: what waits to reach the hub, and its retries.

States: queued → sending → accepted by the hub, or rejected with the hub's
reason. A failed send goes back to queued with an exponential backoff and full
jitter; the next attempt time is stored, so backoff survives a restart. Rows
left in ``sending`` by a killed process are put back to ``queued`` on open;
the hub's idempotency by submission id makes the resend harmless.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .base import StoreBase, now_ms

BACKOFF_BASE_MS = 2_000
BACKOFF_CAP_MS = 15 * 60 * 1000


@dataclass(frozen=True)
class OutboxItem:
    id: int
    item_type: str
    item_id: str
    state: str
    attempts: int
    next_attempt_at: int
    last_error: str | None


def backoff_ms(attempts: int, rng: random.Random | None = None) -> int:
    """Full-jitter exponential backoff: uniform in [base/2, min(cap, base·2^(n-1))]."""
    ceiling = min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * (2 ** max(0, attempts - 1)))
    return int((rng or random).uniform(BACKOFF_BASE_MS / 2, max(ceiling, BACKOFF_BASE_MS / 2)))


class OutboxStore(StoreBase):
    """``cache.outbox``: the queue of items waiting to reach the hub."""

    def enqueue(self, item_type: str, item_id: str, at: int) -> None:
        """Queue an item for the hub, due at once. Inside the caller's transaction when
        there is one: the submission and review stores queue their rows this way, in the
        same transaction that writes the item."""
        with self.tx.transaction():
            self.db.execute(
                "INSERT INTO outbox (item_type, item_id, state, created_at, updated_at) "
                "VALUES (?, ?, 'queued', ?, ?)",
                (item_type, item_id, at, at),
            )

    def due(
        self, limit: int = 100, *, item_type: str | None = None, now: int | None = None
    ) -> list[OutboxItem]:
        """Queued items whose next attempt is due, oldest first."""
        sql = "SELECT * FROM outbox WHERE state = 'queued' AND next_attempt_at <= ?"
        params: list[object] = [now if now is not None else now_ms()]
        if item_type is not None:
            sql += " AND item_type = ?"
            params.append(item_type)
        sql += " ORDER BY id LIMIT ?"
        params.append(limit)
        return [_item(r) for r in self._all(sql, tuple(params))]

    def counts(self) -> dict[str, int]:
        rows = self._all("SELECT state, count(*) AS n FROM outbox GROUP BY state")
        counts = dict.fromkeys(("queued", "sending", "accepted", "rejected"), 0)
        counts.update({r["state"]: r["n"] for r in rows})
        return counts

    def pending_count(self) -> int:
        counts = self.counts()
        return counts["queued"] + counts["sending"]

    def next_attempt(self) -> int | None:
        row = self._one("SELECT min(next_attempt_at) AS t FROM outbox WHERE state = 'queued'")
        return None if row is None or row["t"] is None else int(row["t"])

    def mark_sending(self, ids: list[int]) -> None:
        with self.tx.transaction():
            stamp = now_ms()
            self.db.conn.executemany(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                "updated_at = ? WHERE id = ? AND state = 'queued'",
                [(stamp, item_id) for item_id in ids],
            )

    def finish_many(self, item_type: str, outcomes: list[tuple[str, str, str | None]]) -> None:
        """Mark many items at once: ``(item_id, "accepted" | "rejected", reason)``."""
        with self.tx.transaction():
            stamp = now_ms()
            self.db.conn.executemany(
                "UPDATE outbox SET state = ?, last_error = ?, updated_at = ? "
                "WHERE item_type = ? AND item_id = ?",
                [(state, reason, stamp, item_type, item_id)
                 for item_id, state, reason in outcomes],
            )

    def mark_delivered(self, item_type: str, item_id: str) -> None:
        self._finish(item_type, item_id, "accepted", None)

    def mark_refused(self, item_type: str, item_id: str, reason: str) -> None:
        self._finish(item_type, item_id, "rejected", reason)

    def mark_retry(
        self, outbox_id: int, error: str, *, rng: random.Random | None = None,
        now: int | None = None,
    ) -> int:
        """Back to queued after a failed attempt; returns the next attempt time (ms)."""
        with self.tx.transaction():
            row = self._one("SELECT attempts FROM outbox WHERE id = ?", (outbox_id,))
            attempts = int(row["attempts"]) if row else 1
            stamp = now if now is not None else now_ms()
            due = stamp + backoff_ms(attempts, rng)
            self.db.execute(
                "UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ?, "
                "updated_at = ? WHERE id = ? AND state IN ('queued', 'sending')",
                (due, error[:500], stamp, outbox_id),
            )
        return due

    def retry_now(self) -> int:
        """Make every queued item due now (the user pressed "sync now")."""
        with self.tx.transaction():
            cur = self.db.execute(
                "UPDATE outbox SET next_attempt_at = 0 WHERE state = 'queued'"
            )
            return int(cur.rowcount)

    def recover_sending(self) -> int:
        """Put items a killed process left in ``sending`` back in the queue."""
        with self.tx.transaction():
            cur = self.db.execute(
                "UPDATE outbox SET state = 'queued', next_attempt_at = 0 WHERE state = 'sending'"
            )
            return int(cur.rowcount)

    def _finish(self, item_type: str, item_id: str, state: str, reason: str | None) -> None:
        with self.tx.transaction():
            self.db.execute(
                "UPDATE outbox SET state = ?, last_error = ?, updated_at = ? "
                "WHERE item_type = ? AND item_id = ?",
                (state, reason, now_ms(), item_type, item_id),
            )


def _item(row: dict[str, object]) -> OutboxItem:
    return OutboxItem(
        # silenced below: rows from SQLite are object-typed; these columns are integers
        id=int(row["id"]),  # type: ignore[call-overload]
        item_type=str(row["item_type"]),
        item_id=str(row["item_id"]),
        state=str(row["state"]),
        # silenced below: rows from SQLite are object-typed; these columns are integers
        attempts=int(row["attempts"]),  # type: ignore[call-overload]
        # silenced below: rows from SQLite are object-typed; these columns are integers
        next_attempt_at=int(row["next_attempt_at"]),  # type: ignore[call-overload]
        last_error=None if row["last_error"] is None else str(row["last_error"]),
    )
