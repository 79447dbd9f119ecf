"""Campaigns, tasks, drafts and sync state in the cache."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import CacheError, TaskNotFoundError
from .base import StoreBase, dumps, loads, now_ms

if TYPE_CHECKING:  # the models (pydantic) load when a task is parsed, not with the cache
    from ..models import Campaign, Task
    from ..models.tasks import Prediction

TASK_STATES = ("new", "draft", "skipped", "queued", "sent", "accepted", "rejected", "paid")
#: states in which a task still waits for this annotator's work
OPEN_STATES = ("new", "draft", "skipped")

@dataclass(frozen=True)
class TaskSummary:
    """One row of the queue: enough to list, filter and sort without parsing the task."""

    uid: int
    campaign_id: str
    task_id: str
    kind: str
    state: str
    position: int
    preview: str


@dataclass(frozen=True)
class TaskRow:
    uid: int
    campaign_id: str
    task: Task
    state: str
    position: int
    skipped: bool
    leased_until: int | None
    source: str

    @property
    def task_id(self) -> str:
        return self.task.id


@dataclass(frozen=True)
class Draft:
    task_uid: int
    body: dict[str, Any]
    from_prediction: bool
    updated_at: int


class TaskStore(StoreBase):
    """``cache.tasks``: campaigns, tasks, drafts and the sync state (key → value)."""

    # --- campaigns ------------------------------------------------------------

    def upsert_campaign(self, campaign: Campaign) -> None:
        with self.tx.transaction():
            self.db.table("campaigns").upsert(
                {
                    "id": campaign.id,
                    "name": campaign.name,
                    "body": campaign.model_dump_json(),
                    "hub_url": campaign.hub_url,
                    "updated_at": now_ms(),
                },
                pk="id",
            )

    def campaigns(self) -> list[Campaign]:
        from ..models.campaign import parse_campaign

        rows = self._all("SELECT body FROM campaigns ORDER BY name")
        return [parse_campaign(loads(r["body"])) for r in rows]

    def campaign_ids(self) -> list[str]:
        """The campaigns' ids in the order of :meth:`campaigns` (by name), without
        parsing them (the first screen needs no task models)."""
        return [str(r["id"]) for r in self._all("SELECT id FROM campaigns ORDER BY name")]

    def campaign_heading(self, campaign_id: str) -> tuple[str, str] | None:
        """A campaign's name and description as stored (validated when stored), without
        parsing it; None when the cache does not hold it."""
        row = self._one("SELECT name, json_extract(body, '$.description') AS description "
                        "FROM campaigns WHERE id = ?", (campaign_id,))
        if row is None:
            return None
        return str(row["name"]), str(row["description"] or "")

    def get_campaign(self, campaign_id: str) -> Campaign:
        row = self._one("SELECT body FROM campaigns WHERE id = ?", (campaign_id,))
        if row is None:
            raise CacheError(f"no campaign {campaign_id!r} in the cache")
        from ..models.campaign import parse_campaign

        return parse_campaign(loads(row["body"]))

    # --- tasks ---------------------------------------------------------------

    def add_tasks(
        self,
        campaign_id: str,
        tasks: Iterable[Task],
        *,
        source: str = "hub",
        leased_until: int | None = None,
    ) -> int:
        """Insert or refresh tasks (already validated). New tasks go to the end of
        the queue; a known task keeps its place, state, draft and submissions."""
        stamp = now_ms()
        tasks = list(tasks)
        with self.tx.transaction():
            top = self._one(
                "SELECT coalesce(max(position), 0) AS p FROM tasks WHERE campaign_id = ?",
                (campaign_id,),
            )
            position = int(top["p"]) if top else 0
            known = self._known_task_ids(campaign_id, [t.id for t in tasks])
            shown = self._shown_predictions(campaign_id) if known else {}
            updates, inserts = [], []
            for hub_task in tasks:
                task = (self._keep_shown_prediction(campaign_id, hub_task)
                        if hub_task.id in shown else hub_task)
                body = task.model_dump_json()
                if task.id in known:
                    updates.append((body, task.kind.value, leased_until, stamp, campaign_id,
                                    task.id))
                else:
                    known.add(task.id)  # the same id twice in one call: the last one wins
                    position += 1
                    inserts.append((campaign_id, task.id, task.kind.value, body, position,
                                    leased_until, source, stamp))
            # one statement per kind of change (a page of a pull is 1,000 tasks)
            self.db.conn.executemany(
                "INSERT INTO tasks (campaign_id, task_id, kind, body, position, "
                "leased_until, source, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (campaign_id, task_id) DO UPDATE SET body = excluded.body, "
                "kind = excluded.kind, leased_until = excluded.leased_until, "
                "fetched_at = excluded.fetched_at", inserts)
            self.db.conn.executemany(
                "UPDATE tasks SET body = ?, kind = ?, leased_until = ?, fetched_at = ? "
                "WHERE campaign_id = ? AND task_id = ?", updates)
        return len(tasks)

    def _known_task_ids(self, campaign_id: str, task_ids: Sequence[str]) -> set[str]:
        known: set[str] = set()
        for start in range(0, len(task_ids), 500):
            chunk = task_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            known.update(str(r["task_id"]) for r in self._all(
                f"SELECT task_id FROM tasks WHERE campaign_id = ? AND task_id IN ({marks})",
                (campaign_id, *chunk)))
        return known

    def _shown_predictions(self, campaign_id: str) -> set[str]:
        """Ids of the campaign's tasks with a prediction the app fetched (Ctrl+P)."""
        prefix = _shown_key(campaign_id, "")
        return {key[len(prefix):] for key in self.states(prefix)}

    def get_task(self, uid: int) -> TaskRow:
        row = self._one("SELECT * FROM tasks WHERE uid = ?", (uid,))
        if row is None:
            raise TaskNotFoundError(f"no task with uid {uid} in the cache")
        return _task_row(row)

    def find_task(self, campaign_id: str, task_id: str) -> TaskRow | None:
        row = self._one(
            "SELECT * FROM tasks WHERE campaign_id = ? AND task_id = ?", (campaign_id, task_id)
        )
        return None if row is None else _task_row(row)

    def task_summaries(
        self,
        campaign_id: str | None = None,
        states: Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[TaskSummary]:
        where, params = _filters(campaign_id, states, kinds)
        sql = (
            f"SELECT t.uid, t.campaign_id, t.task_id, t.kind, t.state, t.position, "
            f"t.preview FROM tasks t {where} ORDER BY t.campaign_id, t.position"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [TaskSummary(**r) for r in self._all(sql, tuple(params))]

    def counts(self, campaign_id: str | None = None) -> dict[str, int]:
        """Tasks per state (every state present, zero when none)."""
        where, params = _filters(campaign_id, None, None)
        rows = self._all(
            f"SELECT t.state, count(*) AS n FROM tasks t {where} GROUP BY t.state", tuple(params)
        )
        result = dict.fromkeys(TASK_STATES, 0)
        result.update({r["state"]: r["n"] for r in rows})
        return result

    def open_image_hashes(self, fetched_since: int | None = None) -> list[str]:
        """The distinct images that open image tasks name (from the stored JSON, no task
        parsed), of tasks fetched at or after ``fetched_since`` (ms) when given."""
        marks = ",".join("?" * len(OPEN_STATES))
        sql = (f"SELECT DISTINCT json_extract(body, '$.data.image') AS sha FROM tasks "
               f"WHERE state IN ({marks}) AND kind IN "
               "('image_classification', 'bounding_boxes', 'polygons')")
        params: list[Any] = list(OPEN_STATES)
        if fetched_since is not None:
            sql += " AND fetched_at >= ?"
            params.append(fetched_since)
        return sorted(str(r["sha"]) for r in self._all(sql, tuple(params))
                      if isinstance(r["sha"], str))

    def kind_counts(self, campaign_id: str | None = None) -> dict[str, int]:
        where, params = _filters(campaign_id, None, None)
        rows = self._all(
            f"SELECT t.kind, count(*) AS n FROM tasks t {where} GROUP BY t.kind", tuple(params)
        )
        return {r["kind"]: r["n"] for r in rows}

    def set_skipped(self, uid: int, skipped: bool = True) -> None:
        with self.tx.transaction():
            self.get_task(uid)
            self.db.execute("UPDATE tasks SET skipped = ? WHERE uid = ?", (int(skipped), uid))
            self.refresh_state(uid)

    # --- drafts --------------------------------------------------------------

    def save_draft(self, uid: int, body: dict[str, Any], *, from_prediction: bool = False) -> None:
        """Autosave the annotation being edited. A draft may be incomplete; it is
        validated only when submitted."""
        text = dumps(body)
        with self.tx.transaction():
            self.db.execute(
                "INSERT INTO drafts (task_uid, body, from_prediction, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (task_uid) DO UPDATE SET "
                "body = excluded.body, from_prediction = excluded.from_prediction, "
                "updated_at = excluded.updated_at",
                (uid, text, int(from_prediction), now_ms()),
            )
            self.refresh_state(uid)

    def load_draft(self, uid: int) -> Draft | None:
        row = self._one("SELECT * FROM drafts WHERE task_uid = ?", (uid,))
        if row is None:
            return None
        return Draft(row["task_uid"], loads(row["body"]), bool(row["from_prediction"]),
                     row["updated_at"])

    def discard_draft(self, uid: int) -> None:
        with self.tx.transaction():
            self.db.execute("DELETE FROM drafts WHERE task_uid = ?", (uid,))
            self.refresh_state(uid)

    def add_prediction(self, uid: int, prediction: Prediction) -> TaskRow:
        """Put a prediction the app got itself (an ML backend, the offline model) first
        among the task's predictions, replacing one of the same model: the editor
        starts from it and marks it. It is the task's, never a draft or submission.
        A later refresh of the task from the hub keeps it first while the task's
        content (kind, data, config) is unchanged, and drops it when that changed."""
        row = self.get_task(uid)
        updated = _put_first(row.task, prediction)
        with self.tx.transaction():
            self.db.execute("UPDATE tasks SET body = ? WHERE uid = ?",
                            (updated.model_dump_json(), uid))
            self.set_state(_shown_key(row.campaign_id, row.task_id),
                           prediction.model_dump_json())
        return self.get_task(uid)

    def _keep_shown_prediction(self, campaign_id: str, task: Task) -> Task:
        """``task`` as the hub sent it, with the prediction the app got for it put back
        first when the stored task's content is the same. Inside the caller's
        transaction."""
        key = _shown_key(campaign_id, task.id)
        kept = self.get_state(key)
        if kept is None:
            return task
        stored = self._one("SELECT body FROM tasks WHERE campaign_id = ? AND task_id = ?",
                           (campaign_id, task.id))
        if stored is not None and _content(loads(stored["body"])) == _content(
                task.model_dump(mode="json")):
            from ..models.tasks import Prediction

            return _put_first(task, Prediction.model_validate_json(kept))
        self.db.execute("DELETE FROM sync_state WHERE key = ?", (key,))
        return task

    # --- sync state -------------------------------------------------------------

    def get_state(self, key: str, default: str | None = None) -> str | None:
        row = self._one("SELECT value FROM sync_state WHERE key = ?", (key,))
        return default if row is None else str(row["value"])

    def set_state(self, key: str, value: str) -> None:
        with self.tx.transaction():
            self.db.execute(
                "INSERT INTO sync_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def delete_state(self, key: str) -> None:
        with self.tx.transaction():
            self.db.execute("DELETE FROM sync_state WHERE key = ?", (key,))

    def states(self, prefix: str) -> dict[str, str]:
        """Every sync-state entry whose key starts with ``prefix``."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return {str(r["key"]): str(r["value"]) for r in self._all(
            "SELECT key, value FROM sync_state WHERE key LIKE ? ESCAPE '\\' ORDER BY key",
            (escaped + "%",))}

    def live_leases(self, campaign_id: str, now: int) -> int:
        """Tasks of the campaign the hub holds for us past ``now`` (ms), not yet done."""
        row = self._one(
            "SELECT count(*) AS n FROM tasks WHERE campaign_id = ? AND leased_until > ? "
            "AND state IN ('new', 'draft', 'skipped')", (campaign_id, now))
        return int(row["n"]) if row else 0

    # --- task states (after a draft, a skip, a submission or its status) ----------------

    def submitted(self, uid: int) -> None:
        """A submission for the task was just written: its draft goes, it is no longer
        skipped, and its state follows the submission. Inside the caller's transaction
        (:meth:`SubmissionStore.submit <.submissions.SubmissionStore.submit>`)."""
        with self.tx.transaction():
            self.db.execute("DELETE FROM drafts WHERE task_uid = ?", (uid,))
            self.db.execute("UPDATE tasks SET skipped = 0 WHERE uid = ?", (uid,))
            self.refresh_state(uid)

    def refresh_state(self, uid: int) -> None:
        """Recompute a task's state from its latest submission, draft and skip flag.
        Runs inside the caller's transaction (the submission store calls it after
        writing a submission or its status)."""
        self.refresh_states([uid])

    def refresh_states(self, uids: Sequence[int]) -> None:
        """:meth:`refresh_state` for many tasks (one prepared statement)."""
        self.db.conn.executemany(
            """
            WITH latest AS (
                SELECT s.status, s.created_at FROM submissions s WHERE s.task_uid = :uid
                ORDER BY s.created_at DESC, s.id DESC LIMIT 1),
            draft AS (SELECT d.updated_at FROM drafts d WHERE d.task_uid = :uid)
            UPDATE tasks SET state = CASE
                WHEN EXISTS (SELECT 1 FROM draft) AND NOT EXISTS (
                    SELECT 1 FROM latest WHERE latest.created_at >= (SELECT updated_at FROM draft))
                    THEN 'draft'
                WHEN EXISTS (SELECT 1 FROM latest) THEN (SELECT status FROM latest)
                WHEN tasks.skipped THEN 'skipped'
                ELSE 'new' END
            WHERE uid = :uid""",
            [{"uid": uid} for uid in uids],
        )


def _filters(
    campaign_id: str | None, states: Sequence[str] | None, kinds: Sequence[str] | None
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if campaign_id is not None:
        clauses.append("t.campaign_id = ?")
        params.append(campaign_id)
    if states:
        clauses.append(f"t.state IN ({','.join('?' * len(states))})")
        params.extend(states)
    if kinds:
        clauses.append(f"t.kind IN ({','.join('?' * len(kinds))})")
        params.extend(kinds)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _task_row(row: dict[str, Any]) -> TaskRow:
    from ..models.tasks import Task

    return TaskRow(
        uid=row["uid"],
        campaign_id=row["campaign_id"],
        task=Task.model_validate_json(row["body"]),
        state=row["state"],
        position=row["position"],
        skipped=bool(row["skipped"]),
        leased_until=row["leased_until"],
        source=row["source"],
    )


def _shown_key(campaign_id: str, task_id: str) -> str:
    return f"shown_prediction:{campaign_id}:{task_id}"


def _content(body: dict[str, Any]) -> dict[str, Any]:
    """What the annotator labels: a task's body without its predictions."""
    return {k: v for k, v in body.items() if k != "predictions"}


def _put_first(task: Task, prediction: Prediction) -> Task:
    """``task`` with ``prediction`` first among its predictions, replacing one of the
    same model."""
    from ..models.tasks import Task

    others = tuple(p for p in task.predictions if p.model != prediction.model)
    return Task.model_validate({**task.model_dump(mode="json"),
                                "predictions": [prediction.model_dump(mode="json"),
                                                *(p.model_dump(mode="json") for p in others)]})
