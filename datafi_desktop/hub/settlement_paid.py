"""Marking a posted epoch's submissions ``paid`` (split from :mod:`.settlement`).

Each change takes a position in its account's status feed (:func:`.locking.next_seq`);
the feed rows of all the accounts concerned are taken first, sorted, so this never
deadlocks with intake or review intake (:mod:`.locking` sets the order of locks).
"""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Connection, bindparam, select, update

from .db import ledger as ledger_table
from .db import submissions
from .locking import lock_feeds, next_seq

if TYPE_CHECKING:
    from .settlement import EpochInfo

_CHUNK: Final = 5000


def mark_paid_with(conn: Connection, info: EpochInfo, leaves: dict[str, int]) -> int:
    """Put ``paid`` on the accepted submissions this posted epoch pays for: those of the
    accounts whose leaf equals their whole ledger up to the epoch (held accounts' new work
    waits); ``leaves`` are the epoch's cumulative amounts by account. Each change takes a
    status-feed position. Returns how many changed."""
    sums: dict[str, int] = {}
    by_account: dict[str, list[str]] = {}
    for row in conn.execute(select(ledger_table.c.account, ledger_table.c.amount,
                                   ledger_table.c.kind, ledger_table.c.submission_id)
                            .where(ledger_table.c.campaign_id == info.campaign_id,
                                   ledger_table.c.id <= info.ledger_upto)):
        account = row.account  # checksummed by ledger.append
        sums[account] = sums.get(account, 0) + int(row.amount)
        if row.kind == "submission" and row.submission_id:
            by_account.setdefault(account, []).append(row.submission_id)
    ids: list[str] = []
    for account, subs in by_account.items():
        if leaves.get(account, 0) == sums.get(account, 0):
            ids.extend(subs)
    wanted: list[tuple[str, str]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        wanted.extend((r.account, r.id) for r in conn.execute(
            select(submissions.c.account, submissions.c.id).where(
                submissions.c.id.in_(chunk), submissions.c.status == "accepted")))
    if not wanted:
        return 0
    wanted.sort()
    lock_feeds(conn, [owner for owner, _sid in wanted])  # each account's feed, in order
    params: list[dict[str, Any]] = []
    for owner, group in groupby(wanted, key=lambda pair: pair[0]):
        sids = [sid for _owner, sid in group]
        first = next_seq(conn, owner, len(sids))
        params.extend({"sid": sid, "new_seq": first + i} for i, sid in enumerate(sids))
    stmt = (update(submissions).where(submissions.c.id == bindparam("sid"))
            .values(status="paid", seq=bindparam("new_seq")))
    for start in range(0, len(params), _CHUNK):
        conn.execute(stmt, params[start:start + _CHUNK])
    return len(wanted)
