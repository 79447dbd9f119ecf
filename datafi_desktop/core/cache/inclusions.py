"""Settled submissions in the cache: where each own submission sits in an epoch's
submissions tree (table ``inclusions``, schema v5).

The sync's inclusions step (:mod:`datafi_desktop.core.sync.inclusions`) asks the hub for
the proofs of accepted and paid submissions that have none yet; exports attach them
(:func:`datafi_desktop.core.formats.sources.cache_records`), so ``datafi-desktop verify
--rpc-url`` can check every settled item against the submissions root of its epoch's
``EpochPosted`` log on-chain.

A proof is stored only when it leads from the submission's own digest (leaf
``keccak256(keccak256(abi.encode(bytes32 digest)))``, OpenZeppelin's StandardMerkleTree) to
the root stored with it; a submission has at most one inclusion (the epoch that first
counted it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import CacheError, DataFiError
from .base import StoreBase, now_ms

__all__ = ["InclusionRow", "InclusionStore", "Unproven", "proof_leads_to_root"]

_HEX32_LEN = 66


@dataclass(frozen=True)
class InclusionRow:
    """One settled submission: its digest, the epoch, the epoch's root and the proof."""

    submission_id: str
    campaign_id: str
    digest: str
    epoch: int
    root: str
    proof: tuple[str, ...]
    fetched_at: int = 0


@dataclass(frozen=True)
class Unproven:
    """An accepted or paid submission without an inclusion yet."""

    submission_id: str
    campaign_id: str
    digest: str
    status: str
    updated_at: int


def proof_leads_to_root(digest: str, proof: Sequence[str], root: str) -> bool:
    """Does ``proof`` lead from the submissions-tree leaf of ``digest`` to ``root``?"""
    from ..merkle import SUBMISSIONS_LEAF_ENCODING, process_proof, standard_leaf_hash

    try:
        leaf = standard_leaf_hash(SUBMISSIONS_LEAF_ENCODING, (digest,))
        return "0x" + process_proof(leaf, list(proof)).hex() == root.lower()
    except (DataFiError, ValueError, TypeError):
        return False


def _hex32(value: object, what: str) -> str:
    text = str(value).lower()
    if len(text) != _HEX32_LEN or not text.startswith("0x"):
        raise CacheError(f"{what} is not a 32-byte 0x hex value: {value!r}")
    try:
        bytes.fromhex(text[2:])
    except ValueError:
        raise CacheError(f"{what} is not a 32-byte 0x hex value: {value!r}") from None
    return text


class InclusionStore(StoreBase):
    """``cache.inclusions``: the proofs that own submissions are in an epoch's tree."""

    def save_many(self, items: Iterable[InclusionRow]) -> int:
        """Store proofs of own submissions, all in one transaction; returns how many were
        new or changed. Raises :class:`CacheError` (storing none) when a submission is
        unknown, a digest is not the submission's, or a proof does not lead to its root."""
        rows: list[tuple[Any, ...]] = []
        now = now_ms()
        for item in items:
            digest = _hex32(item.digest, "digest")
            root = _hex32(item.root, "root")
            proof = [_hex32(p, "proof node") for p in item.proof]
            if int(item.epoch) < 1:
                raise CacheError(f"epoch {item.epoch} of {item.submission_id}: epochs start at 1")
            own = self._one("SELECT campaign_id, digest FROM submissions WHERE id = ?",
                            (item.submission_id,))
            if own is None:
                raise CacheError(f"no submission {item.submission_id} in the cache")
            if str(own["digest"]).lower() != digest:
                raise CacheError(f"submission {item.submission_id} has digest {own['digest']}, "
                                 f"not {digest}")
            if not proof_leads_to_root(digest, proof, root):
                raise CacheError(f"the proof of {item.submission_id} does not lead to root "
                                 f"{root} (epoch {item.epoch})")
            rows.append((item.submission_id, own["campaign_id"], digest, int(item.epoch), root,
                         json.dumps(proof), now))
        changed = 0
        with self.tx.transaction():
            for row in rows:
                before = self._one("SELECT epoch, root, proof FROM inclusions "
                                   "WHERE submission_id = ?", (row[0],))
                if before is not None and (before["epoch"], before["root"],
                                           before["proof"]) == (row[3], row[4], row[5]):
                    continue
                self.db.execute(
                    "INSERT INTO inclusions (submission_id, campaign_id, digest, epoch, root, "
                    "proof, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (submission_id) DO UPDATE SET campaign_id = excluded.campaign_id, "
                    "digest = excluded.digest, epoch = excluded.epoch, root = excluded.root, "
                    "proof = excluded.proof, fetched_at = excluded.fetched_at", row)
                changed += 1
        return changed

    def save(self, submission_id: str, epoch: int, root: str,
                       proof: Sequence[str], digest: str | None = None) -> bool:
        """Store one proof (see :meth:`save_many`); ``digest`` defaults to the
        submission's own. Returns whether it was new or changed."""
        if digest is None:
            own = self._one("SELECT digest FROM submissions WHERE id = ?", (submission_id,))
            if own is None:
                raise CacheError(f"no submission {submission_id} in the cache")
            digest = str(own["digest"])
        return self.save_many([InclusionRow(submission_id, "", digest, epoch, root,
                                                  tuple(proof))]) == 1

    def get(self, submission_id: str) -> InclusionRow | None:
        row = self._one("SELECT * FROM inclusions WHERE submission_id = ?", (submission_id,))
        return _row(row) if row is not None else None

    def all(self, campaign_id: str | None = None) -> dict[str, InclusionRow]:
        """submission id → its inclusion (of one campaign, or all)."""
        if campaign_id is None:
            rows = self._all("SELECT * FROM inclusions")
        else:
            rows = self._all("SELECT * FROM inclusions WHERE campaign_id = ?", (campaign_id,))
        return {r["submission_id"]: _row(r) for r in rows}

    def unproven_submissions(self, campaign_id: str | None = None,
                             statuses: Sequence[str] = ("accepted", "paid")) -> list[Unproven]:
        """Own submissions in ``statuses`` without an inclusion, oldest first."""
        if not statuses:
            return []
        marks = ", ".join("?" for _ in statuses)
        sql = ("SELECT s.id, s.campaign_id, s.digest, s.status, s.updated_at FROM submissions s "
               "LEFT JOIN inclusions i ON i.submission_id = s.id "
               f"WHERE i.submission_id IS NULL AND s.status IN ({marks})")
        params: list[Any] = list(statuses)
        if campaign_id is not None:
            sql += " AND s.campaign_id = ?"
            params.append(campaign_id)
        sql += " ORDER BY s.created_at, s.id"
        return [Unproven(r["id"], r["campaign_id"], str(r["digest"]).lower(), r["status"],
                         int(r["updated_at"])) for r in self._all(sql, tuple(params))]


def _row(row: dict[str, Any]) -> InclusionRow:
    return InclusionRow(
        submission_id=row["submission_id"], campaign_id=row["campaign_id"], digest=row["digest"],
        epoch=int(row["epoch"]), root=row["root"], proof=tuple(json.loads(row["proof"])),
        fetched_at=int(row["fetched_at"]))
