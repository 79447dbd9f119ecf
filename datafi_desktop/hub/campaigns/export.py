"""The hub's export of accepted work, corrections applied.

``datafi-hub export CAMPAIGN --format FMT --out DIR`` writes every accepted (or
paid) submission of a campaign through the same format writers as the app, streaming
(:func:`datafi_desktop.core.formats.exporter.export_stream`): the rows come from one
query along the ``submissions_export`` index in export order, a page at a time, and
the files are written as they come — memory does not grow with the campaign. A
submission a
reviewer corrected exports the correction in its label files, and keeps the
signed original with the reviewer's signed Review in ``submissions.jsonl``, so
``datafi-desktop verify`` checks both signatures.

A submission counted in a *posted* epoch carries its ``inclusion`` (epoch, the
epoch's submissions root, the Merkle proof of its digest), so that
``datafi-desktop verify --rpc-url`` can check it against the epoch's ``EpochPosted`` log
on-chain; the manifest lists those epochs' roots. Epochs still ``built`` (not
on-chain yet) are left out. :func:`submission_inclusions` is also what the API's
``POST /v1/campaigns/{id}/inclusions`` answers with.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Connection, Select, and_, select

from ...core.errors import DataFiError
from ...core.formats.exporter import ExportResult, export_stream
from ...core.formats.records import ExportRecord, Inclusion, correction_of, review_of
from ...core.merkle import SUBMISSIONS_LEAF_ENCODING, process_proof, standard_leaf_hash
from ...core.models import Task
from ..db.tables import submissions, tasks
from ..service import Hub
from ..settlement.epochs import POSTED, get_epoch, proof_from_nodes, tree_cache
from ..settlement.tables import epoch_submissions, epochs
from .catalog import load_campaign

log = logging.getLogger("datafi_desktop.hub.export")

EXPORTED_STATUSES = ("accepted", "paid")
_DIGEST_CHUNK: Final = 1000
_PAGE: Final = 200  # rows read (and inclusions looked up) at a time


def submission_inclusions(conn: Connection, campaign_id: str, digests: Iterable[str]
                          ) -> dict[str, Inclusion]:
    """Lowercase digest → its :class:`Inclusion`, for the digests a *posted* epoch of the
    campaign counted (others are left out). Each proof is checked against the epoch's
    submissions root before it is given out."""
    wanted = sorted({d.lower() for d in digests})
    placed: dict[str, tuple[int, int]] = {}
    join = epoch_submissions.join(epochs, and_(
        epochs.c.campaign_id == epoch_submissions.c.campaign_id,
        epochs.c.epoch == epoch_submissions.c.epoch))
    for start in range(0, len(wanted), _DIGEST_CHUNK):
        chunk = wanted[start:start + _DIGEST_CHUNK]
        rows = conn.execute(
            select(epoch_submissions.c.digest, epoch_submissions.c.epoch,
                   epoch_submissions.c.tree_index)
            .select_from(join)
            .where(epoch_submissions.c.campaign_id == campaign_id,
                   epoch_submissions.c.digest.in_(chunk), epochs.c.state == POSTED))
        for row in rows:
            placed[row.digest] = (int(row.epoch), int(row.tree_index))
    out: dict[str, Inclusion] = {}
    for number in sorted({epoch for epoch, _ in placed.values()}):
        info = get_epoch(conn, campaign_id, number)
        if info is None:
            continue
        nodes = tree_cache.get(conn, campaign_id, number, "submissions_tree", info.submissions_root)
        root = info.submissions_root.lower()
        for digest, (epoch, index) in placed.items():
            if epoch != number:
                continue
            try:
                proof = proof_from_nodes(nodes, index)
                leaf = standard_leaf_hash(SUBMISSIONS_LEAF_ENCODING, (digest,))
                ok = "0x" + process_proof(leaf, proof).hex() == root
            except (ValueError, DataFiError) as exc:
                ok, proof = False, []
                log.error("epoch %d of %s: no proof for %s (%s)", epoch, campaign_id, digest,
                          exc)
            if not ok:  # a stored tree that disagrees with its root: never hand it out
                log.error("epoch %d of %s: the stored tree does not prove %s under %s",
                          epoch, campaign_id, digest, root)
                continue
            out[digest] = Inclusion(epoch, root, tuple(proof))
    return out


def with_inclusions(conn: Connection, campaign_id: str, records: list[ExportRecord]
                    ) -> list[ExportRecord]:
    """The records, each settled one with its :class:`Inclusion`."""
    found = submission_inclusions(conn, campaign_id, (r.digest for r in records))
    return [dataclasses.replace(r, inclusion=found[r.digest.lower()])
            if r.digest.lower() in found else r for r in records]


def export_query(campaign_id: str, dialect: str) -> Select[Any]:
    """The campaign's exported submissions in export order — the order of
    :meth:`ExportRecord.sort_key`, code points (``COLLATE "C"`` on PostgreSQL, SQLite's
    own), along the ``submissions_export`` index (migration 0009)."""
    task_id: Any = submissions.c.task_id
    sub_id: Any = submissions.c.id
    if dialect == "postgresql":
        task_id, sub_id = task_id.collate("C"), sub_id.collate("C")
    return (select(submissions, tasks.c.body.label("task_body"))
            .select_from(submissions.join(tasks, tasks.c.uid == submissions.c.task_uid))
            .where(submissions.c.campaign_id == campaign_id,
                   submissions.c.status.in_(EXPORTED_STATUSES))
            .order_by(submissions.c.campaign_id, task_id, submissions.c.created_at, sub_id))


def _record(row: Any) -> ExportRecord:
    typed = json.loads(row.typed_data)
    verdict = json.loads(row.verdict) if row.verdict else None
    return ExportRecord(
        task=Task.model_validate(json.loads(row.task_body)), campaign_id=row.campaign_id,
        submission_id=row.id, annotation=json.loads(row.annotation),
        content_hash=row.content_hash, typed_data=typed, digest=row.digest,
        signer=str(typed["message"]["annotator"]), signature=row.signature,
        created_at=int(row.created_at), status=row.status, verdict=verdict,
        correction=correction_of(verdict), review=review_of(verdict),
    )


def stream_records(conn: Connection, campaign_id: str) -> Iterator[ExportRecord]:
    """Export records of the campaign's accepted and paid submissions in export order,
    with the inclusion proofs of those a posted epoch settled: read from one query in
    pages of ``_PAGE`` rows (a server-side cursor on PostgreSQL), never all at once."""
    load_campaign(conn, campaign_id)  # NotFound for an unknown campaign
    query = export_query(campaign_id, conn.dialect.name)
    result = conn.execute(query, execution_options={"yield_per": _PAGE})
    for rows in result.partitions():
        yield from with_inclusions(conn, campaign_id, [_record(row) for row in rows])


def accepted_records(conn: Connection, campaign_id: str) -> list[ExportRecord]:
    """Every record of :func:`stream_records` in a list (small campaigns, tests)."""
    return list(stream_records(conn, campaign_id))


def exported_kinds(conn: Connection, campaign_id: str) -> frozenset[str]:
    """The kinds of the submissions an export holds."""
    return frozenset(conn.execute(select(submissions.c.kind).distinct().where(
        submissions.c.campaign_id == campaign_id,
        submissions.c.status.in_(EXPORTED_STATUSES))).scalars())


def export_campaign(hub: Hub, campaign_id: str, fmt: str, out_dir: Path, *,
                    options: Mapping[str, object] | None = None, link: bool = False
                    ) -> ExportResult:
    """Write the campaign's accepted work in ``fmt`` to ``out_dir`` (new or empty),
    streaming: the rows are read in pages within one read-only transaction while the
    files are written."""
    with hub.engine.connect() as conn:
        # only YOLO's auto mode needs every kind before the first file (one more scan)
        kinds = exported_kinds(conn, campaign_id) if fmt == "yolo" else frozenset()
        try:
            return export_stream(stream_records(conn, campaign_id), fmt, out_dir,
                                 images=hub.assets.path, kinds=kinds, options=options,
                                 link=link, status="accepted")
        finally:
            conn.rollback()


def summary(result: ExportResult) -> dict[str, Any]:
    counts = result.manifest.get("counts") or {}
    return {"folder": str(result.folder), "counts": counts}
