"""Plausibility windows for values a client signs: a signed timestamp is taken only if
it lies between the start of 2020 and one day after the hub's clock (``2**63 - 1`` once
broke ``export --format label-studio`` for a whole campaign)."""

from __future__ import annotations

#: 2020-01-01T00:00:00Z in milliseconds: nothing of this protocol is older
EARLIEST_MS = 1_577_836_800_000
#: how far a client's clock may run ahead of the hub's
MAX_AHEAD_MS = 24 * 3600 * 1000


def created_at_problem(created_ms: object, now_ms: int) -> str | None:
    """Why ``created_ms`` is refused, or None when it is plausible."""
    if isinstance(created_ms, bool) or not isinstance(created_ms, int):
        return "typed data: createdAt is not an integer"
    if created_ms < EARLIEST_MS:
        return "typed data: createdAt out of range (before 2020)"
    if created_ms > now_ms + MAX_AHEAD_MS:
        return "typed data: createdAt out of range (more than a day ahead of the hub's clock)"
    return None
