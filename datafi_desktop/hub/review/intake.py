"""Review intake: verify every pushed verdict, then store it exactly once.

Per item, in this order (the first failure is the item's reason):

1. the id is a UUIDv7 and the typed data is a DataFi ``Review`` (the protocol's
   exact type) whose ``id`` is that UUID;
2. the reviewed submission exists, and the signed domain is its campaign's;
3. the signature recovers (high-s refused) to the signed ``reviewer``, who is
   the signed-in account;
4. the id is new — or known with the same EIP-712 digest (a resend: the
   original result, whatever the signature bytes) — or known with another
   digest (409 conflict);
5. ``submissionDigest`` is the stored submission's digest; the reviewer is not
   its annotator (``own submission``) and did not label the same task
   (``own task``; collection tasks are shared by every collector); the reviewer
   holds the reviewer (or admin) role; a ``reject`` has a reason; an ``accept``
   carries no correction; a ``correct`` carries a correction whose RFC 8785
   keccak is the signed ``correctionHash``, of the submission's kind, valid for
   the task and different from the submission;
6. the reviewer has not reviewed the submission already, the submission still
   awaits reviews, and the reviewer leased it (a live lease, or an expired one
   while the submission still needs reviews).

Items that pass 1–3 are stored whatever 5–6 decide (a resend gets the same
answer). An accepted review adds its ledger entry, ends the reviewer's lease and
may decide the submission (:mod:`.decision`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eth_utils import keccak
from sqlalchemy import Connection, Engine, select

from ...core.canonical import canonical_json
from ...core.errors import DataFiError
from ...core.models import Campaign, Task, parse_annotation
from ...core.models.annotations import MAX_REASON_CHARS
from ...core.models.campaign import campaign_from_json
from ...core.protocol import (
    REVIEW_TYPE,
    VERDICTS,
    ZERO_HASH,
    Domain,
    bytes16_to_uuid,
    digest,
    recover_digest,
    typed_data,
)
from ..accounts import auth
from ..db.clock import DbClock
from ..db.locking import lock_feeds, lock_tasks, share_campaigns
from ..db.locks import record_lock
from ..db.tables import campaigns, reviews, submissions, tasks
from ..intake.sanity import created_at_problem
from ..intake.submissions import ACCEPTED, CONFLICT, REJECTED, ItemResult, check_envelope
from ..intake.submissions import Refused as _Refused
from .decision import accepted_reviews, credit_review, decide, remaining, tally_of
from .queue import end_lease, lease_of, review_lock_name

OWN_SUBMISSION = "own submission: a reviewer never reviews their own work"
OWN_TASK = ("own task: a reviewer never judges a task they labeled themselves (the verdict "
            "would weigh another's label against their own)")
REASON_REQUIRED = "reject needs a reason: pick one of the campaign's reasons or write one"


@dataclass
class _Checked:
    index: int
    id: str
    submission_id: str
    campaign: Campaign
    message: dict[str, Any]
    typed: dict[str, Any]
    digest: str
    signature: str
    correction: Any


def intake_reviews(engine: Engine, items: Sequence[dict[str, Any]], account: str,
                   clock: DbClock) -> list[ItemResult]:
    """Verify and store a batch of reviews pushed by ``account``; one result per item."""
    results: list[ItemResult | None] = [None] * len(items)
    wanted: set[str] = set()
    for item in items:
        message = (item.get("typed_data") or {}).get("message") if isinstance(
            item.get("typed_data"), dict) else None
        if isinstance(message, dict) and isinstance(message.get("submission"), str):
            try:
                wanted.add(bytes16_to_uuid(message["submission"]))
            except ValueError:
                continue
    with engine.connect() as conn:
        known = _submission_campaigns(conn, wanted)
        now = clock(conn)  # judges createdAt only
        conn.rollback()
    checked: list[_Checked] = []
    for index, item in enumerate(items):
        try:
            checked.append(_verify(index, item, account, known, now))
        except _Refused as exc:
            results[index] = ItemResult(id=str(item.get("id", ""))[:64], result=REJECTED,
                                        reason=str(exc))
    if checked:
        with engine.begin() as conn:
            _lock(conn, checked)
            now = clock(conn)  # the database's time, after the locks
            for c in checked:
                results[c.index] = _store(conn, c, account, now)
    return [r for r in results if r is not None]


def _lock(conn: Connection, checked: list[_Checked]) -> None:
    """The locks a batch of verdicts decides under — none campaign-wide: the campaign
    rows shared; each reviewed submission's lock (the one review leasing skips), in id
    order; then the rows a verdict may change, in the order :mod:`..db.locking` sets: the
    submissions' task rows, then their accounts' status-feed rows."""
    share_campaigns(conn, {c.campaign.id for c in checked})
    ids = sorted({c.submission_id for c in checked})
    for sid in ids:
        record_lock(conn, review_lock_name(sid))
    rows = conn.execute(select(submissions.c.task_uid, submissions.c.account)
                        .where(submissions.c.id.in_(ids))).all()
    lock_tasks(conn, [r.task_uid for r in rows])
    lock_feeds(conn, [r.account for r in rows])


def _submission_campaigns(conn: Connection, ids: set[str]) -> dict[str, Campaign]:
    if not ids:
        return {}
    rows = conn.execute(
        select(submissions.c.id, campaigns.c.body)
        .select_from(submissions.join(campaigns, campaigns.c.id == submissions.c.campaign_id))
        .where(submissions.c.id.in_(sorted(ids)))
    )
    return {r.id: campaign_from_json(r.body) for r in rows}


def _verify(index: int, item: dict[str, Any], account: str, known: dict[str, Campaign],
            now: int) -> _Checked:
    rid, full, message = check_envelope(item, "Review", REVIEW_TYPE)
    try:
        submission_id = bytes16_to_uuid(str(message.get("submission")))
    except ValueError:
        raise _Refused("typed data: submission is not 16 bytes") from None
    campaign = known.get(submission_id)
    if campaign is None:
        raise _Refused(f"unknown submission {submission_id}")
    expected = campaign.domain
    raw_domain = full.get("domain")
    try:
        domain = Domain.from_dict(raw_domain if isinstance(raw_domain, dict) else {})
    except DataFiError:
        raise _Refused("domain mismatch: malformed domain") from None
    if domain != expected:
        raise _Refused(f"domain mismatch: signed for chain {domain.chain_id} contract "
                       f"{domain.verifying_contract}, campaign {campaign.id!r} uses chain "
                       f"{expected.chain_id} contract {expected.verifying_contract}")
    verdict, reason, created = (message.get("verdict"), message.get("reason"),
                                message.get("createdAt"))
    if verdict not in VERDICTS:
        raise _Refused(f"typed data: verdict must be one of {', '.join(VERDICTS)}")
    if not isinstance(reason, str):
        raise _Refused("typed data: reason is not a string")
    if (problem := created_at_problem(created, now)) is not None:
        raise _Refused(problem)
    try:
        rebuilt = typed_data(domain, "Review", message)
        msg_digest = digest(rebuilt)
    except DataFiError as exc:
        raise _Refused(f"typed data: {exc}") from None
    signature = item.get("signature")
    if not isinstance(signature, str):
        raise _Refused("signature invalid: not a hex string")
    try:
        recovered = recover_digest(msg_digest, signature)
    except DataFiError as exc:
        raise _Refused(f"signature invalid: {exc}") from None
    if recovered.lower() != str(message.get("reviewer", "")).lower():
        raise _Refused("signature invalid: not made by the review's reviewer")
    if recovered.lower() != account.lower():
        raise _Refused(f"signer mismatch: signed by {recovered}, signed in as {account}")
    return _Checked(index=index, id=str(rid), submission_id=submission_id, campaign=campaign,
                    message=message, typed=rebuilt, digest="0x" + msg_digest.hex(),
                    signature=signature.lower(), correction=item.get("correction"))


def _known(item: _Checked, prior: Any) -> ItemResult:
    if prior.digest != item.digest:
        return ItemResult(id=item.id, result=CONFLICT, duplicate=True,
                          reason="id already used for other content")
    return ItemResult(id=item.id, result=prior.intake, reason=prior.intake_reason,
                      duplicate=True)


def _store(conn: Connection, item: _Checked, account: str, now: int) -> ItemResult:
    prior = conn.execute(
        select(reviews.c.digest, reviews.c.intake, reviews.c.intake_reason)
        .where(reviews.c.id == item.id)
    ).first()
    if prior is not None:
        return _known(item, prior)
    sub = conn.execute(
        select(submissions.c.id, submissions.c.account, submissions.c.kind,
               submissions.c.digest, submissions.c.content_hash, submissions.c.status,
               submissions.c.task_uid, tasks.c.body.label("task_body"))
        .select_from(submissions.join(tasks, tasks.c.uid == submissions.c.task_uid))
        .where(submissions.c.id == item.submission_id)
    ).one()
    problem, correction = _problem(conn, item, sub, account, now)
    values = {
        "id": item.id, "campaign_id": item.campaign.id, "submission_id": item.submission_id,
        "task_uid": sub.task_uid, "reviewer": account, "verdict": item.message["verdict"],
        "reason": item.message["reason"], "correction": correction,
        "correction_hash": str(item.message.get("correctionHash", ZERO_HASH)).lower(),
        "digest": item.digest, "typed_data": json.dumps(item.typed, separators=(",", ":")),
        "signature": item.signature, "created_at": item.message["createdAt"],
        "received_at": now, "intake": ACCEPTED if problem is None else REJECTED,
        "intake_reason": problem,
    }
    clash = conn.execute(select(reviews.c.id).where(reviews.c.digest == item.digest)).first()
    if clash is not None:  # the digest binds the id, so this is the same review
        return ItemResult(id=item.id, result=CONFLICT, duplicate=True,
                          reason="digest already stored under another id")
    conn.execute(reviews.insert().values(**values))
    if problem is not None:
        return ItemResult(id=item.id, result=REJECTED, reason=problem)
    credit_review(conn, item.campaign, item.id, account, item.digest, now)
    end_lease(conn, item.submission_id, account, now)
    status = decide(conn, item.submission_id, item.campaign, now)
    return ItemResult(id=item.id, result=ACCEPTED, status=status or sub.status)


def _problem(conn: Connection, item: _Checked, sub: Any, account: str, now: int
             ) -> tuple[str | None, str | None]:
    """(reason for refusing, canonical JSON of the correction)."""
    message = item.message
    correction_text: str | None = None
    if item.correction is not None:
        try:
            correction_text = canonical_json(item.correction).decode("utf-8")
        except DataFiError as exc:
            return f"correction: {exc}", None
    if str(message.get("submissionDigest", "")).lower() != sub.digest:
        return ("submission digest mismatch: the verdict is not about the stored content",
                correction_text)
    if sub.account.lower() == account.lower():
        return OWN_SUBMISSION, correction_text
    if sub.kind != "collection" and conn.execute(
            select(submissions.c.id).where(submissions.c.task_uid == sub.task_uid,
                                           submissions.c.account == account).limit(1)
    ).first() is not None:
        return OWN_TASK, correction_text
    held = set(auth.roles_of(conn, account, item.campaign.id).get(item.campaign.id, []))
    if not held & {"reviewer", "admin"}:
        return f"not a reviewer of campaign {item.campaign.id!r}", correction_text
    problem = _verdict_problem(item, sub, correction_text)
    if problem is not None:
        return problem, correction_text
    for prior in accepted_reviews(conn, item.submission_id):
        if prior.reviewer.lower() == account.lower():
            return f"already reviewed by this account (review {prior.id})", correction_text
    need = remaining(tally_of(accepted_reviews(conn, item.submission_id)),
                     max(item.campaign.reviews_required, 1))
    if sub.status != "pending" or need == 0:
        return f"review closed: the submission is already {sub.status}", correction_text
    if lease_of(conn, item.submission_id, account) is None:
        return "no review lease: lease the submission from the review queue first", (
            correction_text)
    return None, correction_text


def _verdict_problem(item: _Checked, sub: Any, correction_text: str | None) -> str | None:
    message = item.message
    verdict, reason = message["verdict"], message["reason"]
    if len(reason) > MAX_REASON_CHARS:
        return f"reason longer than {MAX_REASON_CHARS:,} characters"
    correction_hash = str(message.get("correctionHash", "")).lower()
    if verdict == "reject" and not reason.strip():
        return REASON_REQUIRED
    if verdict in ("accept", "reject"):
        if correction_text is not None or correction_hash != ZERO_HASH:
            return f"an {verdict} verdict carries no correction"
        return None
    if correction_text is None:
        return "correct needs the corrected annotation"
    if "0x" + keccak(correction_text.encode("utf-8")).hex() != correction_hash:
        return "correction hash mismatch: the correction is not what was signed"
    if correction_hash == sub.content_hash:
        return "the correction equals the submission: accept it instead"
    correction = json.loads(correction_text)
    if not isinstance(correction, dict) or correction.get("kind") != sub.kind:
        return f"correction invalid: must be a {sub.kind} annotation"
    try:
        parse_annotation(correction, Task.model_validate_json(sub.task_body))
    except DataFiError as exc:
        return f"correction invalid: {exc}"
    return None
