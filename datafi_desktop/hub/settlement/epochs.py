"""Settled epochs as stored: reading them, and the Merkle proofs the hub serves from their
stored trees (an account's entitlement, a submission's inclusion). Building and posting
an epoch is :mod:`.settle`."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Final

from eth_utils import to_checksum_address
from sqlalchemy import Connection, Row, select

from ..db.tables import ledger as ledger_table
from .tables import epoch_accounts, epoch_submissions, epochs

BUILT: Final = "built"
POSTED: Final = "posted"

@dataclass(frozen=True)
class EpochInfo:
    campaign_id: str
    epoch: int
    state: str
    ledger_upto: int
    chain_id: int
    distributor: str
    rewards_root: str
    submissions_root: str
    total_cumulative: int
    accounts: int
    submissions: int
    uri: str
    sender: str | None
    tx_hash: str | None
    block_number: int | None
    created_at: int
    posted_at: int | None

    def as_dict(self) -> dict[str, Any]:
        data = dict(vars(self))
        data["total_cumulative"] = str(self.total_cumulative)
        return data


def _info(row: Row[Any]) -> EpochInfo:
    return EpochInfo(
        campaign_id=row.campaign_id, epoch=int(row.epoch), state=row.state,
        ledger_upto=int(row.ledger_upto), chain_id=int(row.chain_id),
        distributor=row.distributor, rewards_root=row.rewards_root,
        submissions_root=row.submissions_root, total_cumulative=int(row.total_cumulative),
        accounts=int(row.accounts), submissions=int(row.submissions), uri=row.uri,
        sender=row.sender, tx_hash=row.tx_hash,
        block_number=int(row.block_number) if row.block_number is not None else None,
        created_at=int(row.created_at),
        posted_at=int(row.posted_at) if row.posted_at is not None else None,
    )


_INFO_COLUMNS = [c for c in epochs.c if c.name not in ("rewards_tree", "submissions_tree",
                                                       "raw_tx")]


# --- reading -------------------------------------------------------------------------------


def list_epochs(conn: Connection, campaign_id: str) -> list[EpochInfo]:
    rows = conn.execute(select(*_INFO_COLUMNS).where(epochs.c.campaign_id == campaign_id)
                        .order_by(epochs.c.epoch))
    return [_info(r) for r in rows]


def get_epoch(conn: Connection, campaign_id: str, epoch: int) -> EpochInfo | None:
    row = conn.execute(select(*_INFO_COLUMNS).where(
        epochs.c.campaign_id == campaign_id, epochs.c.epoch == epoch)).first()
    return _info(row) if row is not None else None


def latest_epoch(conn: Connection, campaign_id: str, *, posted_only: bool = False
                 ) -> EpochInfo | None:
    query = select(*_INFO_COLUMNS).where(epochs.c.campaign_id == campaign_id)
    if posted_only:
        query = query.where(epochs.c.state == POSTED)
    row = conn.execute(query.order_by(epochs.c.epoch.desc()).limit(1)).first()
    return _info(row) if row is not None else None


def lock_epochs(conn: Connection, campaign_id: str, epoch: int | None = None) -> None:
    """Lock the row of one epoch of the campaign (all its epochs, by number, when ``epoch``
    is None) until the transaction ends. The posting transitions — built → posted with
    its ``paid`` marks, and back after a reorg — are decided under these rows, never the
    campaign row, so intake and leases go on beside them."""
    query = select(epochs.c.epoch).where(epochs.c.campaign_id == campaign_id)
    if epoch is not None:
        query = query.where(epochs.c.epoch == epoch)
    conn.execute(query.order_by(epochs.c.epoch).with_for_update()).all()


class _TreeCache:
    """The last few trees read from the database (a proof needs ~log2(n) of its nodes)."""

    def __init__(self, size: int = 8) -> None:
        self._items: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, conn: Connection, campaign_id: str, epoch: int, column: str, root: str
            ) -> bytes:
        key = (id(conn.engine), campaign_id, epoch, column, root)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        blob = conn.execute(select(epochs.c[column]).where(
            epochs.c.campaign_id == campaign_id, epochs.c.epoch == epoch)).scalar()
        data = bytes(blob or b"")
        with self._lock:
            self._items[key] = data
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return data


tree_cache = _TreeCache()


def proof_from_nodes(nodes: bytes, tree_index: int) -> list[str]:
    """The proof of the leaf at ``tree_index`` of a flat StandardMerkleTree array
    (32-byte nodes concatenated, root first)."""
    if not 0 <= tree_index < len(nodes) // 32:
        raise ValueError("tree index out of range")
    proof = []
    index = tree_index
    while index > 0:
        sibling = index - 1 if index % 2 == 0 else index + 1
        proof.append("0x" + nodes[sibling * 32:(sibling + 1) * 32].hex())
        index = (index - 1) // 2
    return proof


@dataclass(frozen=True)
class AccountProof:
    epoch: EpochInfo
    account: str
    cumulative_amount: int
    proof: list[str]


def account_proof(conn: Connection, campaign_id: str, account: str,
                  epoch: EpochInfo | None = None) -> AccountProof | None:
    """The account's leaf and proof in the latest posted epoch (or ``epoch``), or None."""
    epoch = epoch or latest_epoch(conn, campaign_id, posted_only=True)
    if epoch is None:
        return None
    row = conn.execute(select(epoch_accounts.c.cumulative_amount, epoch_accounts.c.tree_index)
                       .where(epoch_accounts.c.campaign_id == campaign_id,
                              epoch_accounts.c.epoch == epoch.epoch,
                              epoch_accounts.c.account == str(to_checksum_address(account)))
                       ).first()
    if row is None:
        return None
    nodes = tree_cache.get(conn, campaign_id, epoch.epoch, "rewards_tree", epoch.rewards_root)
    return AccountProof(epoch, str(to_checksum_address(account)), int(row.cumulative_amount),
                        proof_from_nodes(nodes, int(row.tree_index)))


@dataclass(frozen=True)
class SubmissionProof:
    epoch: EpochInfo
    digest: str
    proof: list[str]


def submission_proof(conn: Connection, campaign_id: str, digest: str,
                     epoch: int | None = None) -> SubmissionProof | None:
    """Where a submission digest was counted, with its proof under that epoch's
    submissions root (None: not counted yet, or not in ``epoch``)."""
    row = conn.execute(select(epoch_submissions.c.epoch, epoch_submissions.c.tree_index).where(
        epoch_submissions.c.campaign_id == campaign_id,
        epoch_submissions.c.digest == digest.lower())).first()
    if row is None or (epoch is not None and int(row.epoch) != epoch):
        return None
    info = get_epoch(conn, campaign_id, int(row.epoch))
    if info is None:
        return None
    nodes = tree_cache.get(conn, campaign_id, info.epoch, "submissions_tree", info.submissions_root)
    return SubmissionProof(info, digest.lower(), proof_from_nodes(nodes, int(row.tree_index)))


def ledger_total(conn: Connection, campaign_id: str, account: str) -> int:
    """Everything the ledger holds for the account (settled or not, held or not)."""
    amounts = conn.execute(select(ledger_table.c.amount).where(
        ledger_table.c.campaign_id == campaign_id,
        ledger_table.c.account == str(to_checksum_address(account)))).scalars()
    return sum(int(a) for a in amounts)
