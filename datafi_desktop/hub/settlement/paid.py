"""``paid`` on the status feed: put by a posted epoch, taken back when a reorg drops it
(split from :mod:`.settle`).

A submission is ``paid`` once an epoch whose leaf includes its reward is on-chain: the
epoch's leaf for its account equals the account's whole ledger up to the epoch (a held
account's new work waits for a later epoch). :func:`mark_paid_with` runs in the
transaction that marks the epoch posted; :func:`unmark_paid` in the one that sends an
epoch a reorg dropped back to ``built`` — its submissions that no other posted epoch pays
go back to ``accepted``. Each change takes a position in its account's status feed
(:func:`..db.locking.next_seq`), so the app learns it on its next sync; the feed rows of all
the accounts concerned are taken first, sorted, so this never deadlocks with intake or
review intake (:mod:`..db.locking` sets the order of locks).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Connection, bindparam, select, update

from ..db.locking import lock_feeds, next_seq
from ..db.tables import ledger as ledger_table
from ..db.tables import submissions
from .tables import epoch_accounts

if TYPE_CHECKING:
    from .epochs import EpochInfo

_CHUNK: Final = 5000


def leaf_amounts(conn: Connection, campaign_id: str, epoch: int,
                 accounts: Iterable[str] | None = None) -> dict[str, int]:
    """Each account's cumulative amount in the epoch's rewards tree (checksummed)."""
    query = select(epoch_accounts.c.account, epoch_accounts.c.cumulative_amount).where(
        epoch_accounts.c.campaign_id == campaign_id, epoch_accounts.c.epoch == epoch)
    if accounts is not None:
        query = query.where(epoch_accounts.c.account.in_(sorted(set(accounts))))
    return {r.account: int(r.cumulative_amount) for r in conn.execute(query)}


def paid_by(conn: Connection, info: EpochInfo, accounts: Iterable[str] | None = None, *,
            leaves: dict[str, int] | None = None) -> dict[str, list[str]]:
    """The submissions (by account) that the epoch pays for, whatever their status now:
    those of the accounts whose leaf equals their whole ledger up to the epoch."""
    wanted = sorted(set(accounts)) if accounts is not None else None
    if leaves is None:
        leaves = leaf_amounts(conn, info.campaign_id, info.epoch, wanted)
    query = select(ledger_table.c.account, ledger_table.c.amount, ledger_table.c.kind,
                   ledger_table.c.submission_id).where(
        ledger_table.c.campaign_id == info.campaign_id, ledger_table.c.id <= info.ledger_upto)
    if wanted is not None:
        query = query.where(ledger_table.c.account.in_(wanted))
    sums: dict[str, int] = {}
    by_account: dict[str, list[str]] = {}
    for row in conn.execute(query):
        account = row.account  # checksummed by ledger.append
        sums[account] = sums.get(account, 0) + int(row.amount)
        if row.kind == "submission" and row.submission_id:
            by_account.setdefault(account, []).append(row.submission_id)
    return {account: subs for account, subs in by_account.items()
            if leaves.get(account, 0) == sums.get(account, 0)}


def _with_status(conn: Connection, ids: Sequence[str], status: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        found.extend((r.account, r.id) for r in conn.execute(
            select(submissions.c.account, submissions.c.id).where(
                submissions.c.id.in_(chunk), submissions.c.status == status)))
    return sorted(found)


def _set_status(conn: Connection, pairs: list[tuple[str, str]], status: str) -> int:
    """``status`` on the (account, submission id) pairs, each at a new feed position."""
    if not pairs:
        return 0
    lock_feeds(conn, [owner for owner, _sid in pairs])  # each account's feed, in order
    params: list[dict[str, Any]] = []
    for owner, group in groupby(pairs, key=lambda pair: pair[0]):
        sids = [sid for _owner, sid in group]
        first = next_seq(conn, owner, len(sids))
        params.extend({"sid": sid, "new_seq": first + i} for i, sid in enumerate(sids))
    stmt = (update(submissions).where(submissions.c.id == bindparam("sid"))
            .values(status=status, seq=bindparam("new_seq")))
    for start in range(0, len(params), _CHUNK):
        conn.execute(stmt, params[start:start + _CHUNK])
    return len(pairs)


def mark_paid_with(conn: Connection, info: EpochInfo, leaves: dict[str, int]) -> int:
    """Put ``paid`` on the accepted submissions this posted epoch pays for; ``leaves`` are
    the epoch's cumulative amounts by account. Returns how many changed."""
    ids = [sid for subs in paid_by(conn, info, leaves=leaves).values() for sid in subs]
    return _set_status(conn, _with_status(conn, ids, "accepted"), "paid")


def unmark_paid(conn: Connection, info: EpochInfo, still_posted: Iterable[EpochInfo]) -> int:
    """Undo :func:`mark_paid` of an epoch a reorg dropped: its ``paid`` submissions that
    none of ``still_posted`` (the campaign's other posted epochs) pays go back to
    ``accepted``. Returns how many changed."""
    mine = paid_by(conn, info)
    ids = {sid for subs in mine.values() for sid in subs}
    for other in still_posted:
        if other.epoch == info.epoch or not ids:
            continue
        for subs in paid_by(conn, other, mine.keys()).values():
            ids.difference_update(subs)
    return _set_status(conn, _with_status(conn, sorted(ids), "paid"), "accepted")
