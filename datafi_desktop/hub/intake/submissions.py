"""Submission intake: verify every pushed item, then store it exactly once.

Per item, in this order (the first failure is the item's reason):

1. the id is a UUIDv7 and the typed data is a DataFi ``Submission`` whose
   ``id`` field is that UUID;
2. the campaign exists and the signed domain is the campaign's (chain id and
   verifying contract) — a signature for another campaign or chain is refused;
3. the signature recovers (high-s refused) to the message's ``annotator``, and
   that is the signed-in account;
4. the id is new — or it is known with the same EIP-712 digest (a resend:
   the original result is returned, whatever the signature bytes), or known
   with another digest (409 conflict);
5. the annotation hashes (RFC 8785 + keccak) to the signed ``contentHash``,
   its kind is the signed kind, and it validates against the task;
6. the lease: held or lapsed, the task must still have the place
   (``submitted + live leases of others < overlap``, rechecked here under the
   locks with the database's clock), else rejected "task closed"; never leased →
   rejected;
   collection tasks need no lease (but their uploaded asset must be here).

Items that pass 1–3 are stored whatever the outcome of 5–6, so a resend gets
the same answer. Verification (CPU) runs outside the write transaction; the
transaction shares the campaign rows, locks the task rows concerned (in uid order),
then the account's status-feed row (:mod:`..db.locking`) — never a campaign-wide lock.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eth_utils import to_checksum_address
from sqlalchemy import Connection, Engine, func, select, tuple_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ...core.canonical import canonical_json
from ...core.errors import DataFiError
from ...core.models import Campaign, CollectionItem, Task, TaskKind, parse_annotation
from ...core.models.campaign import campaign_from_json
from ...core.models.tasks import TASK_ID_RE
from ...core.protocol import (
    SUBMISSION_TYPE,
    Domain,
    recover_digest_lower,
    typed_data,
    uuid_to_bytes16,
)
from ..campaigns.leases import end_leases
from ..db.clock import DbClock
from ..db.locking import next_seq, share_campaigns
from ..db.tables import assets, campaigns, leases, submissions, tasks
from ..review.quality import after_intake
from . import dedup
from .sanity import created_at_problem
from .typedhash import fast_keccak, submission_digest

ACCEPTED, REJECTED, CONFLICT, RETRY = "accepted", "rejected", "conflict", "retry"
HTTP_STATUS = {ACCEPTED: 200, REJECTED: 422, CONFLICT: 409, RETRY: 424}
TASK_CLOSED = "task closed"
_KINDS = frozenset(k.value for k in TaskKind)


@dataclass(frozen=True)
class ItemResult:
    """What the hub says about one pushed item."""

    id: str
    result: str  # accepted | rejected | conflict | retry
    reason: str | None = None
    status: str | None = None  # the stored submission's status, when stored
    seq: int | None = None
    duplicate: bool = False

    @property
    def http_status(self) -> int:
        return HTTP_STATUS[self.result]


@dataclass
class _Checked:
    """An item whose id, domain and signature verified (steps 1–3)."""

    index: int
    id: str
    campaign: Campaign
    task_id: str
    kind: str
    digest: str
    typed: dict[str, Any]
    signature: str
    created_at: int
    annotation: Any
    content_hash: str


class Refused(Exception):
    """An item refused at intake; the message is the reason the client is told."""


def check_envelope(item: dict[str, Any], primary_type: str, struct_type: list[dict[str, str]]
                   ) -> tuple[uuid.UUID, dict[str, Any], dict[str, Any]]:
    """The checks every signed record passes first: a UUIDv7 id, typed data of the
    expected DataFi struct, and the same id inside the signed message. Returns the id,
    the typed data and its message; raises the refusal otherwise."""
    try:
        record_id = uuid.UUID(str(item.get("id")))
    except (ValueError, TypeError):
        raise Refused("id: not a UUID") from None
    if record_id.version != 7 or record_id.variant != uuid.RFC_4122:
        raise Refused("id: not a UUIDv7")
    full = item.get("typed_data")
    if not isinstance(full, dict) or full.get("primaryType") != primary_type:
        raise Refused(f"typed data: not a DataFi {primary_type}")
    types = full.get("types")
    if not isinstance(types, dict) or types.get(primary_type) != struct_type:
        raise Refused(f"typed data: {primary_type} type does not match the protocol")
    message = full.get("message")
    if not isinstance(message, dict):
        raise Refused("typed data: no message")
    if message.get("id") != uuid_to_bytes16(record_id):
        raise Refused("id: does not match the signed id")
    return record_id, full, message


def intake(engine: Engine, items: Sequence[dict[str, Any]], account: str, clock: DbClock
           ) -> list[ItemResult]:
    """Verify and store a batch pushed by ``account``; one result per item, in order.

    ``clock`` gives the time that decides the leases, read inside the write
    transaction after its locks (the database's clock, :mod:`..db.clock`)."""
    results: list[ItemResult | None] = [None] * len(items)
    campaign_ids = {
        str(item.get("typed_data", {}).get("message", {}).get("campaign", ""))
        for item in items
        if isinstance(item.get("typed_data"), dict)
        and isinstance(item["typed_data"].get("message"), dict)
    }
    campaign_ids = {c for c in campaign_ids if TASK_ID_RE.match(c)}  # nothing odd to the DB
    with engine.connect() as conn:
        known = _campaigns(conn, campaign_ids)
        now = clock(conn)  # judges createdAt only; leases read the clock again under locks
        conn.rollback()
    checked: list[_Checked] = []
    for index, item in enumerate(items):
        try:
            checked.append(_verify(index, item, account, known, now))
        except Refused as exc:
            results[index] = ItemResult(id=str(item.get("id", ""))[:64], result=REJECTED,
                                        reason=str(exc))
    if checked:
        with engine.begin() as conn:
            for result in _store(conn, checked, account, clock):
                results[result[0]] = result[1]
    return [r for r in results if r is not None]


def _campaigns(conn: Connection, ids: set[str]) -> dict[str, Campaign]:
    rows = conn.execute(select(campaigns.c.id, campaigns.c.body).where(campaigns.c.id.in_(ids)))
    return {r.id: campaign_from_json(r.body) for r in rows}


def _verify(index: int, item: dict[str, Any], account: str, known: dict[str, Campaign],
            now: int) -> _Checked:
    sid, full, message = check_envelope(item, "Submission", SUBMISSION_TYPE)
    campaign_id = message.get("campaign")
    campaign = known.get(campaign_id) if isinstance(campaign_id, str) else None
    if campaign is None:
        raise Refused(f"unknown campaign {str(campaign_id)[:128]!r}")
    expected = _domain_of(campaign)
    raw_domain = full.get("domain")
    if raw_domain == expected.as_dict():
        domain = expected
    else:
        try:
            domain = Domain.from_dict(raw_domain if isinstance(raw_domain, dict) else {})
        except DataFiError:
            raise Refused("domain mismatch: malformed domain") from None
    if domain != expected:
        raise Refused(
            f"domain mismatch: signed for chain {domain.chain_id} contract "
            f"{domain.verifying_contract}, campaign {campaign.id!r} uses chain "
            f"{campaign.domain.chain_id} contract {campaign.domain.verifying_contract}"
        )
    try:
        # rebuild the payload from the protocol's own types: nothing extra is trusted
        rebuilt = typed_data(domain, "Submission", message)
        msg_digest = submission_digest(domain, message)
    except DataFiError as exc:
        raise Refused(f"typed data: {exc}") from None
    signature = item.get("signature")
    if not isinstance(signature, str):
        raise Refused("signature invalid: not a hex string")
    try:
        recovered = recover_digest_lower(msg_digest, signature)
    except DataFiError as exc:
        raise Refused(f"signature invalid: {exc}") from None
    annotator = str(message.get("annotator", ""))
    if recovered != annotator.lower():
        raise Refused("signature invalid: not made by the submission's annotator")
    if recovered != account.lower():
        raise Refused(f"signer mismatch: signed by {to_checksum_address(recovered)}, "
                      f"signed in as {account}")
    task_id, kind, created = message.get("task"), message.get("kind"), message.get("createdAt")
    if not isinstance(task_id, str) or not isinstance(kind, str) or not isinstance(created, int):
        raise Refused("typed data: task, kind or createdAt malformed")
    if kind not in _KINDS:
        raise Refused(f"typed data: unknown kind {kind[:40]!r}")
    if (problem := created_at_problem(created, now)) is not None:
        raise Refused(problem)
    if not TASK_ID_RE.match(task_id):
        raise Refused(f"unknown task {task_id[:128]!r} in campaign {campaign.id!r}")
    return _Checked(
        index=index, id=str(sid), campaign=campaign, task_id=task_id, kind=kind,
        digest="0x" + msg_digest.hex(), typed=rebuilt, signature=signature.lower(),
        created_at=created, annotation=item.get("annotation"),
        content_hash=str(message.get("contentHash", "")).lower(),
    )


def _domain_of(campaign: Campaign) -> Domain:
    return _domain(campaign.chain.chain_id, campaign.chain.distributor)


@lru_cache(maxsize=256)
def _domain(chain_id: int, distributor: str) -> Domain:
    return Domain(chain_id=chain_id, verifying_contract=distributor)


def _content_problem(item: _Checked, task: Task) -> tuple[str | None, str | None]:
    """(reason for rejecting, canonical JSON) of the annotation."""
    try:
        canon = canonical_json(item.annotation)
    except DataFiError as exc:
        return f"annotation: {exc}", None
    if "0x" + fast_keccak(canon).hex() != item.content_hash:
        return "content hash mismatch: the annotation is not what was signed", canon.decode()
    text = canon.decode("utf-8")
    if not isinstance(item.annotation, dict) or item.annotation.get("kind") != item.kind:
        return "kind mismatch: the annotation's kind is not the signed kind", text
    try:
        parse_annotation(item.annotation, task)
    except DataFiError as exc:
        return f"annotation invalid: {exc}", text
    return None, text


def _store(conn: Connection, items: list[_Checked], account: str, clock: DbClock
           ) -> list[tuple[int, ItemResult]]:
    locked = share_campaigns(conn, {i.campaign.id for i in items})
    keys = {(i.campaign.id, i.task_id) for i in items}
    # the tasks' rows, locked in uid order: their places are decided under these locks
    task_rows = {
        (r.campaign_id, r.task_id): r
        for r in conn.execute(
            select(tasks.c.uid, tasks.c.campaign_id, tasks.c.task_id, tasks.c.body,
                   tasks.c.submitted)
            .where(tuple_(tasks.c.campaign_id, tasks.c.task_id).in_(sorted(keys)),
                   # the same, as SQLite can use the (campaign_id, task_id) index for it:
                   # with the row values alone it scanned every task of every campaign
                   tasks.c.campaign_id.in_(sorted({c for c, _t in keys})),
                   tasks.c.task_id.in_(sorted({t for _c, t in keys})))
            .order_by(tasks.c.uid)
            .with_for_update()
        )
    }
    now = clock(conn)  # after the locks
    existing = {
        r.id: r
        for r in conn.execute(
            select(submissions.c.id, submissions.c.digest, submissions.c.intake,
                   submissions.c.intake_reason, submissions.c.status, submissions.c.seq)
            .where(submissions.c.id.in_([i.id for i in items]))
        )
    }
    uids = [r.uid for r in task_rows.values()]
    lease_rows = {
        r.task_uid: r.expires_at
        for r in conn.execute(
            select(leases.c.task_uid, leases.c.expires_at)
            .where(leases.c.account == account, leases.c.task_uid.in_(uids))
        )
    }
    others_live: dict[int, int] = {
        r.task_uid: int(r.n)
        for r in conn.execute(
            select(leases.c.task_uid, func.count().label("n"))
            .where(leases.c.account != account, leases.c.task_uid.in_(uids),
                   leases.c.expires_at > now)
            .group_by(leases.c.task_uid)
        )
    }
    mine = {
        r.task_uid: r.id
        for r in conn.execute(
            select(submissions.c.task_uid, submissions.c.id)
            .where(submissions.c.account == account, submissions.c.task_uid.in_(uids),
                   submissions.c.status != "rejected")
        )
    }
    submitted = {r.uid: int(r.submitted) for r in task_rows.values()}
    parsed_tasks: dict[int, Task] = {}
    out: list[tuple[int, ItemResult]] = []
    pending: list[tuple[_Checked, dict[str, Any]]] = []
    seen_in_batch: dict[str, str] = {}
    memory = dedup.BatchMemory()
    memory.prefetch(conn, [(task_rows[(i.campaign.id, i.task_id)].uid, i.content_hash,
                            i.annotation) for i in items
                           if (i.campaign.id, i.task_id) in task_rows
                           and isinstance(i.annotation, dict)])
    screens: dict[str, tuple[int, dedup.Screen]] = {}
    for item in items:
        prior = existing.get(item.id)
        if prior is None and item.id in seen_in_batch:
            same = seen_in_batch[item.id] == item.digest
            out.append((item.index, ItemResult(
                id=item.id, result=ACCEPTED if same else CONFLICT, duplicate=True,
                reason=None if same else "id already used for other content")))
            continue
        if prior is not None:
            out.append((item.index, _known(item, prior)))
            continue
        seen_in_batch[item.id] = item.digest
        row = task_rows.get((item.campaign.id, item.task_id))
        if row is None:
            out.append((item.index, ItemResult(
                id=item.id, result=REJECTED,
                reason=f"unknown task {item.task_id!r} in campaign {item.campaign.id!r}")))
            continue
        task = parsed_tasks.get(row.uid) or Task.model_validate_json(row.body)
        parsed_tasks[row.uid] = task
        problem, canon = _content_problem(item, task)
        if canon is None:  # cannot even be stored faithfully
            out.append((item.index, ItemResult(id=item.id, result=REJECTED, reason=problem)))
            continue
        if problem is None:
            problem = _lease_problem(item, task, row.uid, locked, lease_rows, mine, submitted,
                                     others_live)
        if problem is None and task.kind is TaskKind.COLLECTION:
            missing = _missing_asset(conn, item)
            if missing:
                out.append((item.index, ItemResult(id=item.id, result=RETRY, reason=missing)))
                del seen_in_batch[item.id]
                continue
        found: dedup.Screen | None = None
        if problem is None:  # a copy is paid once; near-copies are flagged (hub.intake.dedup)
            found = dedup.screen(conn, task=task, task_uid=row.uid, submission_id=item.id,
                                 account=account, annotation=item.annotation,
                                 content_hash=item.content_hash, memory=memory)
            problem = found.problem
        accepted = problem is None
        if accepted and found is not None:
            memory.remember(row.uid, item.id, account, item.annotation, item.content_hash,
                            found)
            screens[item.id] = (row.uid, found)
        if accepted and task.kind is not TaskKind.COLLECTION:
            submitted[row.uid] += 1
            mine[row.uid] = item.id
        flagged = accepted and found is not None and bool(found.flags)
        pending.append((item, {
            "id": item.id, "campaign_id": item.campaign.id, "task_uid": row.uid,
            "task_id": item.task_id, "account": account, "kind": item.kind,
            # a refused item keeps its id, digest and reason (resends and the status feed
            # need them), never its content: refusals cannot be used to fill the disk
            "annotation": canon if accepted else "null",
            "content_hash": item.content_hash, "digest": item.digest,
            "typed_data": json.dumps(item.typed, separators=(",", ":")),
            "signature": item.signature, "created_at": item.created_at, "received_at": now,
            "intake": ACCEPTED if accepted else REJECTED, "intake_reason": problem,
            "status": _initial_status(item.campaign, flagged) if accepted else "rejected",
            "reason": problem, "seq": 0,
        }))
    if pending:
        first = next_seq(conn, account, len(pending))
        for offset, (_item, values) in enumerate(pending):
            values["seq"] = first + offset
        stored = _insert(conn, pending, account, now)
        by_id = {item.id: item for item, _values in pending}
        for _index, result in stored:
            if result.result == ACCEPTED and not result.duplicate and result.id in screens:
                uid, found = screens[result.id]
                dedup.record(conn, by_id[result.id].campaign.id, uid, result.id, found, now)
        out.extend(stored)
    return out


def _initial_status(campaign: Campaign, flagged: bool = False) -> str:
    """Pending review, or accepted at once in a campaign without review — unless
    deduplication flagged it: a flagged submission waits for one review."""
    return "pending" if campaign.reviews_required > 0 or flagged else "accepted"


def _lease_problem(
    item: _Checked, task: Task, uid: int, locked: dict[str, tuple[Campaign, bool]],
    lease_rows: dict[int, int], mine: dict[int, str], submitted: dict[int, int],
    others_live: dict[int, int],
) -> str | None:
    """Why the lease does not let this item in, or None. A lease — live or lapsed —
    is needed, and the task must still have the place: ``submitted + live leases of
    others < overlap`` (a lapsed lease whose place another annotator took is late)."""
    campaign, closed = locked[item.campaign.id]
    if closed:
        return "campaign closed"
    if task.kind is TaskKind.COLLECTION:
        return None
    if uid in mine:
        return f"task already submitted by this account (submission {mine[uid]})"
    expires = lease_rows.get(uid)
    if expires is None:
        return "no lease: this task was not leased to this account"
    if submitted[uid] + others_live.get(uid, 0) >= campaign.overlap:
        return TASK_CLOSED
    return None


def _missing_asset(conn: Connection, item: _Checked) -> str | None:
    try:
        body = CollectionItem.model_validate(item.annotation)
    except ValueError:
        return None  # already validated; nothing more to check here
    if body.asset is None:
        return None
    found = conn.execute(select(assets.c.sha256).where(assets.c.sha256 == body.asset)).first()
    return None if found else f"asset {body.asset} not uploaded yet"


def _known(item: _Checked, prior: Any) -> ItemResult:
    if prior.digest != item.digest:
        return ItemResult(id=item.id, result=CONFLICT, duplicate=True,
                          reason="id already used for other content")
    return ItemResult(id=item.id, result=prior.intake, reason=prior.intake_reason,
                      status=prior.status, seq=prior.seq, duplicate=True)


def _insert(conn: Connection, pending: list[tuple[_Checked, dict[str, Any]]], account: str,
            now: int) -> list[tuple[int, ItemResult]]:
    """Insert the batch in one statement (``ON CONFLICT DO NOTHING RETURNING id``); rows a
    concurrent push of the same id got in first (PostgreSQL) are not returned, read back
    and answered as resends."""
    insert_fn = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    inserted = set(conn.execute(
        insert_fn(submissions).on_conflict_do_nothing().returning(submissions.c.id),
        [v for _, v in pending]).scalars())
    # only rows a concurrent push got in first are read back (nearly never)
    stored: dict[str, Any] = {
        r.id: r
        for r in conn.execute(
            select(submissions.c.id, submissions.c.digest, submissions.c.intake,
                   submissions.c.intake_reason, submissions.c.status, submissions.c.seq)
            .where(submissions.c.id.in_([item.id for item, _ in pending
                                         if item.id not in inserted]))
        )
    } if len(inserted) < len(pending) else {}
    out: list[tuple[int, ItemResult]] = []
    counted: dict[int, int] = {}
    ended: list[int] = []
    fresh: list[dict[str, Any]] = []  # stored now and accepted: scored by hub.review.quality
    for item, values in pending:
        prior = stored.get(item.id)
        if item.id not in inserted:
            out.append((item.index, _known(item, prior) if prior is not None else ItemResult(
                id=item.id, result=RETRY, reason="stored concurrently; send again")))
            continue
        if values["intake"] == ACCEPTED:
            fresh.append(values)
        if values["intake"] == ACCEPTED and values["kind"] != TaskKind.COLLECTION.value:
            counted[values["task_uid"]] = counted.get(values["task_uid"], 0) + 1
            ended.append(values["task_uid"])
        out.append((item.index, ItemResult(
            id=item.id, result=values["intake"], reason=values["intake_reason"],
            status=values["status"], seq=values["seq"])))
    if counted:
        by_count: dict[int, list[int]] = {}
        for uid, n in counted.items():
            by_count.setdefault(n, []).append(uid)
        for n, uids in by_count.items():  # one statement per increment (nearly always 1)
            for start in range(0, len(uids), 500):
                conn.execute(update(tasks).where(tasks.c.uid.in_(uids[start:start + 500]))
                             .values(submitted=tasks.c.submitted + n))
        end_leases(conn, ended, account, now)
    after_intake(conn, fresh, now)  # gold scores, pairwise agreement, ledger (no review)
    return out
