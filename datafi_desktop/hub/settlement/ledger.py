"""The reward ledger: append-only entries that settlement turns into Merkle roots.

Each entry names the signed record it comes from (a submission or a review, by
id and EIP-712 digest), the account it pays and an amount in the token's
smallest unit. Amounts are kept as decimal strings (uint256: SQLite's NUMERIC
would round them) and summed as Python integers. Rows are never updated or
deleted — triggers refuse it — so a correction is a new row.

An accepted submission adds a ``submission`` entry for its annotator (amount
``campaign.rewards[kind]``), an accepted review a ``review`` entry for its
reviewer (``campaign.rewards["review"]``), even when the amount is 0: the
submission's digest still belongs in the epoch's submissions root.

>>> from sqlalchemy import create_engine
>>> from datafi_desktop.hub.db.tables import metadata
>>> engine = create_engine("sqlite://")
>>> metadata.create_all(engine)
>>> with engine.begin() as conn:
...     first = append(conn, campaign_id="c", account="0x" + "ab" * 20, amount=10**30,
...                    kind="submission", digest="0x" + "11" * 32, submission_id="s1",
...                    created_at=1)
...     list(totals(conn, "c", last_id(conn, "c")).values()), first
([1000000000000000000000000000000], 1)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from eth_utils import is_hex_address, to_checksum_address
from sqlalchemy import Connection, func, insert, select

from ...core.models import parse_campaign
from ...core.quality import quality_settings
from ..db.locks import ledger_writer
from ..db.tables import campaigns, gold_scores, ledger

KINDS = ("submission", "review")
UINT256_MAX = 2**256 - 1


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    campaign_id: str
    account: str
    amount: int
    kind: str
    submission_id: str | None
    review_id: str | None
    digest: str
    created_at: int


def append(conn: Connection, *, campaign_id: str, account: str, amount: int, kind: str,
           digest: str, created_at: int, submission_id: str | None = None,
           review_id: str | None = None) -> int:
    """Add one entry; returns its id. ``amount`` is an integer 0 ≤ amount < 2**256."""
    values = _entry(campaign_id=campaign_id, account=account, amount=amount, kind=kind,
                    digest=digest, created_at=created_at, submission_id=submission_id,
                    review_id=review_id)
    ledger_writer(conn, campaign_id)
    result = conn.execute(insert(ledger).values(**values).returning(ledger.c.id))
    return int(result.scalar_one())


def append_submissions(conn: Connection, campaign_id: str,
                       credits: list[tuple[str, str, int, str]], created_at: int) -> int:
    """Add the ``submission`` entries (submission id, account, amount, digest) of one
    campaign in one statement, leaving out submissions that already have one; returns
    how many were added. Intake credits a whole push this way."""
    if not credits:
        return 0
    ids = [sid for sid, _account, _amount, _digest in credits]
    known: set[str] = set()
    for start in range(0, len(ids), 500):
        known.update(conn.execute(
            select(ledger.c.submission_id).where(ledger.c.kind == "submission",
                                                 ledger.c.submission_id.in_(ids[start:start + 500]))
        ).scalars())
    rows = []
    for sid, account, amount, digest in credits:
        if sid in known:
            continue
        known.add(sid)
        rows.append(_entry(campaign_id=campaign_id, account=account, amount=amount,
                           kind="submission", digest=digest, created_at=created_at,
                           submission_id=sid))
    if rows:
        ledger_writer(conn, campaign_id)
        conn.execute(insert(ledger), rows)
    return len(rows)


def _entry(*, campaign_id: str, account: str, amount: int, kind: str, digest: str,
           created_at: int, submission_id: str | None = None,
           review_id: str | None = None) -> dict[str, object]:
    """The checked values of one entry (raises ValueError on a bad one)."""
    if kind not in KINDS:
        raise ValueError(f"ledger kind must be one of {', '.join(KINDS)}")
    if isinstance(amount, bool) or not isinstance(amount, int) or not 0 <= amount <= UINT256_MAX:
        raise ValueError("ledger amount must be an integer in 0..2**256-1")
    if not is_hex_address(account):
        raise ValueError(f"ledger account {account!r} is not an address")
    if not (isinstance(digest, str) and digest.startswith("0x") and len(digest) == 66):
        raise ValueError("ledger digest must be 0x and 32 bytes of hex")
    if kind == "submission" and not submission_id:
        raise ValueError("a submission entry names its submission")
    if kind == "review" and not review_id:
        raise ValueError("a review entry names its review")
    return {"campaign_id": campaign_id, "account": _checksummed(account),
            "amount": str(amount), "kind": kind, "submission_id": submission_id,
            "review_id": review_id, "digest": digest.lower(), "created_at": created_at}


@lru_cache(maxsize=8192)
def _checksummed(account: str) -> str:
    return str(to_checksum_address(account))


def entries(conn: Connection, campaign_id: str, upto_id: int | None = None
            ) -> list[LedgerEntry]:
    """The campaign's entries in id order, up to and including ``upto_id``."""
    query = select(ledger).where(ledger.c.campaign_id == campaign_id)
    if upto_id is not None:
        query = query.where(ledger.c.id <= upto_id)
    return [
        LedgerEntry(int(r.id), r.campaign_id, r.account, int(r.amount), r.kind,
                    r.submission_id, r.review_id, r.digest, int(r.created_at))
        for r in conn.execute(query.order_by(ledger.c.id))
    ]


def totals(conn: Connection, campaign_id: str, upto_id: int | None) -> dict[str, int]:
    """Cumulative amount per account over entries ≤ ``upto_id``, leaving out the
    accounts the gold threshold holds (their entries stay; they count once released)."""
    held = held_accounts(conn, campaign_id)
    out: dict[str, int] = {}
    query = select(ledger.c.account, ledger.c.amount).where(ledger.c.campaign_id == campaign_id)
    if upto_id is not None:
        query = query.where(ledger.c.id <= upto_id)
    for row in conn.execute(query):
        if row.account in held:
            continue
        out[row.account] = out.get(row.account, 0) + int(row.amount)
    return out


def held_accounts(conn: Connection, campaign_id: str) -> set[str]:
    """Accounts whose gold accuracy is below the campaign's threshold (after at least
    ``gold_min_answers`` gold answers), and those its rubber-stamp threshold flags
    (``hub.review.rubber_stamp.rubber_stamp_held``); empty when the campaign sets neither."""
    from ..review.rubber_stamp import rubber_stamp_held

    row = conn.execute(select(campaigns.c.body).where(campaigns.c.id == campaign_id)).first()
    if row is None:
        return set()
    campaign = parse_campaign(json.loads(row.body))
    settings = quality_settings(campaign)
    held = rubber_stamp_held(conn, campaign)
    if settings.gold_threshold is None:
        return held
    for acc in conn.execute(
        select(gold_scores.c.account, func.count().label("n"),
               func.sum(gold_scores.c.score).label("total"))
        .where(gold_scores.c.campaign_id == campaign_id)
        .group_by(gold_scores.c.account)
    ):
        n = int(acc.n)
        if n >= settings.gold_min_answers and float(acc.total) / n < settings.gold_threshold:
            held.add(str(to_checksum_address(acc.account)))
    return held


def accepted_digests(conn: Connection, campaign_id: str, upto_id: int | None) -> list[str]:
    """Digests of the accepted submissions with entries ≤ ``upto_id``, in ledger order
    (each once): the leaves of the epoch's submissions root."""
    query = select(ledger.c.digest).where(ledger.c.campaign_id == campaign_id,
                                          ledger.c.kind == "submission")
    if upto_id is not None:
        query = query.where(ledger.c.id <= upto_id)
    seen: dict[str, None] = {}
    for row in conn.execute(query.order_by(ledger.c.id)):
        seen.setdefault(row.digest, None)
    return list(seen)


def last_id(conn: Connection, campaign_id: str) -> int | None:
    """The campaign's newest entry id, or None when it has none."""
    value = conn.execute(
        select(func.max(ledger.c.id)).where(ledger.c.campaign_id == campaign_id)
    ).scalar()
    return None if value is None else int(value)


def has_entry(conn: Connection, kind: str, record_id: str) -> bool:
    """Is there already an entry for this submission (kind "submission") or review?"""
    column = ledger.c.submission_id if kind == "submission" else ledger.c.review_id
    return conn.execute(
        select(ledger.c.id).where(ledger.c.kind == kind, column == record_id).limit(1)
    ).first() is not None
