"""Content-level deduplication at intake: a copy is paid once, near-copies are flagged.

Ids are the client's, so pushing the same content again under a new id is free;
what is paid must therefore be decided by the content, not by the id. At intake
(inside the write transaction, after the lease checks; the campaign row is
locked, so two concurrent pushes see each other) every accepted item of a task
is compared with the task's stored, not-rejected submissions and with the items
before it in the same push:

- **identical collection items** (the same RFC 8785 content hash for the same
  collection task, whoever sends it) are *refused*: the first one stands, a copy
  — by the same account or another — is rejected with a reason that says so.
  Collection tasks take any number of items without a lease, so nothing else
  stops a copy from being paid again.
- **identical shapes** (boxes or polygons with the same content hash as another
  account's submission of the task) are *flagged* ``identical``: honest
  annotators never produce the same floating-point coordinates, but a model
  prediction accepted unchanged by two accounts does, so a reviewer decides.
- **near-duplicates** are *flagged*: ``same_text`` — the collected text (or a
  comparison's reason) equal after normalization (NFKC, case folded, format
  characters dropped, punctuation as spaces, whitespace collapsed; at least
  :data:`MIN_TEXT_CHARS` characters); ``same_asset`` — the same uploaded file
  (sha-256) in another collection item; ``shapes`` — every box or polygon
  matched, same label, at IoU ≥ :data:`SHAPES_IOU` to another account's
  submission of the task.

Classification labels and text spans are left alone: identical answers there are
what agreement looks like (copying them is what :mod:`..review.collusion` looks for).

A flag is stored with the submission (:data:`~..db.tables.submission_flags`) and shown
to reviewers with the item and to admins (``GET /v1/campaigns/{id}/flags``). In
a campaign without review a flagged submission is not accepted at once: it waits
(status ``pending``) for one review, so nothing flagged is paid unseen.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert, select, tuple_

from ...core.models import Task, TaskKind
from ...core.quality import box_iou, polygon_iou
from ..db.tables import submission_fingerprints, submission_flags, submissions

MIN_TEXT_CHARS = 16
SHAPES_IOU = 0.95
IDENTICAL, SAME_TEXT, SAME_ASSET, SHAPES = "identical", "same_text", "same_asset", "shapes"
_SHAPE_KINDS = {TaskKind.BOUNDING_BOXES.value: "boxes", TaskKind.POLYGONS.value: "polygons"}


@dataclass(frozen=True)
class Flag:
    """One thing a reviewer should know about a submission."""

    kind: str
    other_submission_id: str
    other_account: str
    same_account: bool
    detail: str


@dataclass
class Screen:
    """What deduplication decided about one item."""

    problem: str | None = None  # a refusal (identical collection item)
    flags: list[Flag] = field(default_factory=list)
    fingerprints: dict[str, str] = field(default_factory=dict)


@dataclass
class BatchMemory:
    """The items accepted earlier in the same push (not stored yet)."""

    hashes: dict[tuple[int, str], tuple[str, str]] = field(default_factory=dict)
    prints: dict[tuple[int, str, str], tuple[str, str]] = field(default_factory=dict)
    shapes: dict[int, list[tuple[str, str, dict[str, Any]]]] = field(default_factory=dict)
    prefetched: bool = False  # stored copies and fingerprints loaded (see prefetch)

    def prefetch(self, conn: Connection, items: list[tuple[int, str, dict[str, Any]]]
                 ) -> None:
        """Load, in a few statements, the stored copies and fingerprints the push's items
        (task uid, content hash, annotation) could match, so that screening an item needs
        no query of its own (the write lock is held while screening)."""
        pairs = sorted({(uid, h) for uid, h, ann in items if _copies_matter(ann)})
        prints = sorted({(uid, kind, value) for uid, _h, ann in items
                         for kind, value in fingerprints(ann).items()})
        for start in range(0, len(pairs), 500):
            for r in conn.execute(
                select(submissions.c.id, submissions.c.account, submissions.c.task_uid,
                       submissions.c.content_hash)
                .where(tuple_(submissions.c.task_uid, submissions.c.content_hash)
                       .in_(pairs[start:start + 500]),
                       # lets SQLite use submissions_content (row values alone: a scan)
                       submissions.c.task_uid.in_(sorted({u for u, _h in
                                                          pairs[start:start + 500]})),
                       submissions.c.intake == "accepted", submissions.c.status != "rejected")
                .order_by(submissions.c.received_at, submissions.c.id)
            ):
                self.hashes.setdefault((int(r.task_uid), str(r.content_hash)),
                                       (str(r.id), str(r.account)))
        for start in range(0, len(prints), 500):
            for f in conn.execute(
                select(submissions.c.id, submissions.c.account,
                       submission_fingerprints.c.task_uid, submission_fingerprints.c.kind,
                       submission_fingerprints.c.value)
                .select_from(submission_fingerprints.join(
                    submissions, submissions.c.id == submission_fingerprints.c.submission_id))
                .where(tuple_(submission_fingerprints.c.task_uid,
                              submission_fingerprints.c.kind,
                              submission_fingerprints.c.value).in_(prints[start:start + 500]),
                       submission_fingerprints.c.task_uid.in_(
                           sorted({u for u, _k, _v in prints[start:start + 500]})),
                       submissions.c.status != "rejected")
                .order_by(submissions.c.received_at, submissions.c.id)
            ):
                self.prints.setdefault((int(f.task_uid), str(f.kind), str(f.value)),
                                       (str(f.id), str(f.account)))
        self.prefetched = True

    def remember(self, uid: int, submission_id: str, account: str, annotation: dict[str, Any],
                 content_hash: str, screen: Screen) -> None:
        who = (submission_id, account)
        self.hashes.setdefault((uid, content_hash), who)
        for kind, value in screen.fingerprints.items():
            self.prints.setdefault((uid, kind, value), who)
        if annotation.get("kind") in _SHAPE_KINDS:
            self.shapes.setdefault(uid, []).append((submission_id, account, annotation))


def normalize_text(text: str) -> str:
    """The form two texts are compared in: NFKC, case folded, format characters (zero
    width, bidi controls) dropped, punctuation and symbols as spaces, whitespace collapsed.

    >>> normalize_text("  Helix\u200b ROBOTICS, Inc.!  ")
    'helix robotics inc'
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = []
    for ch in folded:
        category = unicodedata.category(ch)
        if category == "Cf":
            continue
        kept.append(ch if category[0] in "LN" else " ")
    return " ".join("".join(kept).split())


def fingerprints(annotation: dict[str, Any]) -> dict[str, str]:
    """The near-duplicate keys of an annotation: ``text`` (sha-256 of the normalized
    collected text or comparison reason) and ``asset`` (the uploaded file's sha-256)."""
    out: dict[str, str] = {}
    kind = annotation.get("kind")
    if kind == TaskKind.COLLECTION.value:
        parts = [str(annotation.get("text") or "")]
        metadata = annotation.get("metadata")
        if isinstance(metadata, dict):
            parts += [str(metadata[k]) for k in sorted(metadata) if isinstance(metadata[k], str)]
        text = normalize_text(" ".join(parts))
        asset = annotation.get("asset")
        if isinstance(asset, str) and asset:
            out["asset"] = asset.lower()
    elif kind == TaskKind.COMPARISON.value:
        text = normalize_text(str(annotation.get("reason") or ""))
    else:
        text = ""
    if len(text) >= MIN_TEXT_CHARS:
        out["text"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return out


def _who(same: bool, submission_id: str) -> str:
    return f"by this account, submission {submission_id}" if same else "by another account"


def screen(conn: Connection, *, task: Task, task_uid: int, submission_id: str, account: str,
           annotation: dict[str, Any], content_hash: str, memory: BatchMemory) -> Screen:
    """Compare one item (already valid, lease checked) with the task's stored submissions
    and the push's earlier items; the caller stores the item with the screen's outcome."""
    result = Screen(fingerprints=fingerprints(annotation))
    first = None
    if _copies_matter(annotation):  # identical labels and spans are agreement: not looked up
        first = memory.hashes.get((task_uid, content_hash))
        if first is None and not memory.prefetched:
            first = _stored_copy(conn, task_uid, content_hash)
    if first is not None:
        other_id, other_account = first
        same = other_account.lower() == account.lower()
        if task.kind is TaskKind.COLLECTION:
            result.problem = (
                f"duplicate content: the same collection item was already submitted for "
                f"task {task.id!r} ({_who(same, other_id)}); an identical copy is paid "
                "once, to its first sender")
            return result
        if annotation.get("kind") in _SHAPE_KINDS and _shape_count(annotation) and not same:
            result.flags.append(Flag(IDENTICAL, other_id, other_account, same,
                                     "identical content (the same content hash) to another "
                                     "account's submission of this task"))
    for kind, value in result.fingerprints.items():
        for other_id, other_account in _printed(conn, memory, task_uid, kind, value):
            if other_id == submission_id:
                continue
            same = other_account.lower() == account.lower()
            what = ("the same file (sha-256) as" if kind == "asset"
                    else "the same text after normalization as")
            whose = "the same" if same else "another"
            result.flags.append(Flag(SAME_ASSET if kind == "asset" else SAME_TEXT, other_id,
                                     other_account, same,
                                     f"{what} submission {other_id} ({whose} account)"))
    if annotation.get("kind") in _SHAPE_KINDS and not any(f.kind == IDENTICAL
                                                          for f in result.flags):
        for other_id, other_account, other in _shape_peers(conn, memory, task_uid):
            if other_account.lower() == account.lower():
                continue
            if near_identical_shapes(annotation, other):
                result.flags.append(Flag(
                    SHAPES, other_id, other_account, False,
                    f"every shape matches another account's submission {other_id} at IoU ≥ "
                    f"{SHAPES_IOU} with the same labels"))
    return result


def _copies_matter(annotation: dict[str, Any]) -> bool:
    return annotation.get("kind") in (TaskKind.COLLECTION.value, *_SHAPE_KINDS)


def _stored_copy(conn: Connection, task_uid: int, content_hash: str) -> tuple[str, str] | None:
    row = conn.execute(
        select(submissions.c.id, submissions.c.account)
        .where(submissions.c.task_uid == task_uid, submissions.c.content_hash == content_hash,
               submissions.c.intake == "accepted", submissions.c.status != "rejected")
        .order_by(submissions.c.received_at, submissions.c.id).limit(1)
    ).first()
    return None if row is None else (str(row.id), str(row.account))


def _printed(conn: Connection, memory: BatchMemory, task_uid: int, kind: str, value: str
             ) -> list[tuple[str, str]]:
    if memory.prefetched:
        earlier = memory.prints.get((task_uid, kind, value))
        return [earlier] if earlier is not None else []
    found = [
        (str(r.id), str(r.account))
        for r in conn.execute(
            select(submissions.c.id, submissions.c.account)
            .select_from(submission_fingerprints.join(
                submissions, submissions.c.id == submission_fingerprints.c.submission_id))
            .where(submission_fingerprints.c.task_uid == task_uid,
                   submission_fingerprints.c.kind == kind,
                   submission_fingerprints.c.value == value,
                   submissions.c.status != "rejected")
            .order_by(submissions.c.received_at, submissions.c.id).limit(5)
        )
    ]
    earlier = memory.prints.get((task_uid, kind, value))
    if earlier is not None and not found:
        found.append(earlier)
    return found[:1]  # one flag per kind: the first sender is the one to compare with


def _shape_peers(conn: Connection, memory: BatchMemory, task_uid: int
                 ) -> list[tuple[str, str, dict[str, Any]]]:
    rows = [
        (str(r.id), str(r.account), json.loads(r.annotation))
        for r in conn.execute(
            select(submissions.c.id, submissions.c.account, submissions.c.annotation)
            .where(submissions.c.task_uid == task_uid, submissions.c.intake == "accepted",
                   submissions.c.status != "rejected")
            .order_by(submissions.c.received_at, submissions.c.id).limit(64)
        )
    ]
    return rows + memory.shapes.get(task_uid, [])


def _shape_count(annotation: dict[str, Any]) -> int:
    key = _SHAPE_KINDS.get(str(annotation.get("kind")))
    shapes = annotation.get(key) if key else None
    return len(shapes) if isinstance(shapes, list) else 0


def near_identical_shapes(a: dict[str, Any], b: dict[str, Any],
                          threshold: float = SHAPES_IOU) -> bool:
    """Do two box (or polygon) annotations have the same number of shapes, each matched
    one to one to a shape of the same label at IoU ≥ ``threshold``? (At least one shape.)

    >>> box = {"label": "car", "x": 10, "y": 10, "w": 100, "h": 50}
    >>> near_identical_shapes({"kind": "bounding_boxes", "boxes": [box]},
    ...                       {"kind": "bounding_boxes", "boxes": [{**box, "x": 11}]})
    True
    """
    if a.get("kind") != b.get("kind") or a.get("kind") not in _SHAPE_KINDS:
        return False
    key = _SHAPE_KINDS[str(a["kind"])]
    left, right = list(a.get(key) or []), list(b.get(key) or [])
    if not left or len(left) != len(right):
        return False
    unused = list(range(len(right)))
    for shape in left:
        match = next((j for j in unused if right[j].get("label") == shape.get("label")
                      and _iou(key, shape, right[j]) >= threshold), None)
        if match is None:
            return False
        unused.remove(match)
    return True


def _iou(key: str, a: dict[str, Any], b: dict[str, Any]) -> float:
    if key == "boxes":
        return box_iou((a["x"], a["y"], a["w"], a["h"]), (b["x"], b["y"], b["w"], b["h"]))
    return polygon_iou([tuple(p) for p in a["points"]], [tuple(p) for p in b["points"]])


def record(conn: Connection, campaign_id: str, task_uid: int, submission_id: str,
           found: Screen, now: int) -> None:
    """Store an accepted item's flags and fingerprints (the item is stored)."""
    if found.flags:
        conn.execute(insert(submission_flags), [
            {"submission_id": submission_id, "campaign_id": campaign_id, "kind": f.kind,
             "other_submission_id": f.other_submission_id, "other_account": f.other_account,
             "same_account": f.same_account, "detail": f.detail, "created_at": now}
            for f in found.flags])
    if found.fingerprints:
        conn.execute(insert(submission_fingerprints), [
            {"submission_id": submission_id, "kind": kind, "task_uid": task_uid,
             "value": value} for kind, value in found.fingerprints.items()])


def flags_of(conn: Connection, submission_ids: list[str]) -> dict[str, list[Flag]]:
    """The flags of these submissions, by submission id."""
    out: dict[str, list[Flag]] = {}
    for start in range(0, len(submission_ids), 500):
        for r in conn.execute(
            select(submission_flags)
            .where(submission_flags.c.submission_id.in_(submission_ids[start:start + 500]))
            .order_by(submission_flags.c.id)
        ):
            out.setdefault(r.submission_id, []).append(
                Flag(r.kind, r.other_submission_id, r.other_account, bool(r.same_account),
                     r.detail))
    return out


def campaign_flags(conn: Connection, campaign_id: str, limit: int, after: int = 0
                   ) -> list[tuple[int, str, str, Flag]]:
    """(flag id, submission id, its account, flag) for the campaign, oldest first."""
    return [
        (int(r.id), str(r.submission_id), str(r.account),
         Flag(r.kind, r.other_submission_id, r.other_account, bool(r.same_account), r.detail))
        for r in conn.execute(
            select(submission_flags, submissions.c.account)
            .select_from(submission_flags.join(
                submissions, submissions.c.id == submission_flags.c.submission_id))
            .where(submission_flags.c.campaign_id == campaign_id, submission_flags.c.id > after)
            .order_by(submission_flags.c.id).limit(limit)
        )
    ]
