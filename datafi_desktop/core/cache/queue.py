"""The task queue as SQL: counted, paged, filtered and searched in SQLite.

A campaign may hold hundreds of thousands of tasks, so nothing here reads them
all: a page of the queue is one indexed query (``tasks_order``,
``tasks_kind_order``, ``tasks_queue``), the text filter is a trigram full-text
query (``tasks_fts``, any substring of three or more characters, case-insensitive;
shorter strings fall back to ``instr`` on the stored preview), and next/previous
are single-row indexed lookups. The preview is stored with the task when it is
added (schema v6).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .base import StoreBase
from .tasks import TaskSummary

#: shortest text the trigram index can search
TRIGRAM = 3

_SUMMARY_COLUMNS = "t.uid, t.campaign_id, t.task_id, t.kind, t.state, t.position, t.preview"
#: what the queue can be sorted by (ties broken by queue order)
ORDERS = ("position", "kind", "state", "preview")
_NUMBER = re.compile(r"#(\d{1,12})")


@dataclass(frozen=True)
class QueueFilter:
    """Which tasks a queue view shows: a campaign (None: all), states and kinds
    (empty: all) and a text that the preview or the task id contains."""

    campaign_id: str | None = None
    states: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    #: a substring of the preview or the task id; ``#12`` matches queue numbers 12, 120, …
    text: str = ""
    order: str = "position"
    descending: bool = False

    def order_sql(self) -> str:
        direction = "DESC" if self.descending else "ASC"
        keys = [] if self.order == "position" else [f"t.{self._order_column()}"]
        keys += ["t.campaign_id", "t.position"]
        return "ORDER BY " + ", ".join(f"{k} {direction}" for k in keys)

    def _order_column(self) -> str:
        if self.order not in ORDERS:
            raise ValueError(f"cannot sort the queue by {self.order!r}")
        return self.order

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.campaign_id is not None:
            clauses.append("t.campaign_id = ?")
            params.append(self.campaign_id)
        if self.states:
            clauses.append(f"t.state IN ({','.join('?' * len(self.states))})")
            params.extend(self.states)
        if self.kinds:
            clauses.append(f"t.kind IN ({','.join('?' * len(self.kinds))})")
            params.extend(self.kinds)
        text = " ".join(self.text.split())
        number = _NUMBER.fullmatch(text)
        if number:
            clauses.append("CAST(t.position AS TEXT) LIKE ?")
            params.append(number.group(1) + "%")
        elif len(text) >= TRIGRAM:
            clauses.append("t.uid IN (SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ?)")
            params.append('"' + text.replace('"', '""') + '"')
        elif text:
            clauses.append("(instr(lower(t.preview), lower(?)) > 0 "
                           "OR instr(lower(t.task_id), lower(?)) > 0)")
            params.extend([text, text])
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


class QueueStore(StoreBase):
    """``cache.queue``: the queue views' queries over the ``tasks`` table (read only;
    the tasks themselves change through ``cache.tasks``)."""

    def count(self, where: QueueFilter) -> int:
        sql, params = where.where()
        row = self.db.execute(f"SELECT count(*) FROM tasks t {sql}", params).fetchone()
        return int(row[0])

    def page(self, where: QueueFilter, offset: int, limit: int) -> list[TaskSummary]:
        """Rows ``offset`` … ``offset + limit - 1`` of the filtered queue, in queue order."""
        sql, params = where.where()
        rows = self._all(
            f"SELECT {_SUMMARY_COLUMNS} FROM tasks t {sql} {where.order_sql()} "
            "LIMIT ? OFFSET ?",
            (*params, max(0, int(limit)), max(0, int(offset))),
        )
        return [TaskSummary(**r) for r in rows]

    def row_of(self, where: QueueFilter, uid: int) -> int:
        """The row of task ``uid`` in the filtered queue, or -1 when it is not shown."""
        sql, params = where.where()
        here = self._one("SELECT campaign_id, position, kind, state, preview FROM tasks "
                         "WHERE uid = ?", (uid,))
        if here is None:
            return -1
        shown = self.db.execute(
            f"SELECT 1 FROM tasks t {sql} {'AND' if sql else 'WHERE'} t.uid = ?",
            (*params, uid),
        ).fetchone()
        if shown is None:
            return -1
        if where.order != "position" or where.descending:
            column = where._order_column()
            keys = ([f"t.{column}"] if column != "position" else []) + [
                "t.campaign_id", "t.position"]
            values = ([here[column]] if column != "position" else []) + [
                here["campaign_id"], here["position"]]
            cmp = ">" if where.descending else "<"
            clause, extra = f"({', '.join(keys)}) {cmp} ({', '.join('?' * len(keys))})", tuple(
                values)
        else:
            clause, extra = _before_or_after(where.campaign_id, here, "<")
        before = self.db.execute(
            f"SELECT count(*) FROM tasks t {sql} {'AND' if sql else 'WHERE'} {clause}",
            (*params, *extra),
        ).fetchone()
        return int(before[0])

    def state_kind_counts(self, campaign_id: str | None) -> dict[tuple[str, str], int]:
        """Tasks per (state, kind): one pass over an index, for the filter counts."""
        where, params = QueueFilter(campaign_id).where()
        rows = self.db.execute(
            f"SELECT t.state, t.kind, count(*) FROM tasks t {where} GROUP BY t.state, t.kind",
            params).fetchall()
        return {(str(r[0]), str(r[1])): int(r[2]) for r in rows}

    def task_summary(self, uid: int) -> TaskSummary | None:
        row = self._one(f"SELECT {_SUMMARY_COLUMNS} FROM tasks t WHERE t.uid = ?", (uid,))
        return None if row is None else TaskSummary(**row)

    def neighbour_task(
        self,
        current: int | None,
        *,
        campaign_id: str | None,
        states: Sequence[str] = (),
        forward: bool = True,
        wrap: bool = False,
    ) -> int | None:
        """The first task after (or before) ``current`` in queue order whose state is in
        ``states`` (empty: any), optionally wrapping around. One indexed query each way."""
        where = QueueFilter(campaign_id, tuple(states))
        sql, params = where.where()
        joiner = "AND" if sql else "WHERE"
        order = "ASC" if forward else "DESC"
        here = None if current is None else self._one(
            "SELECT campaign_id, position FROM tasks WHERE uid = ?", (current,))
        if here is not None and campaign_id not in (None, here["campaign_id"]):
            here = None  # a task of another campaign: start from the top
        if here is not None:
            clause, extra = _before_or_after(campaign_id, here, ">" if forward else "<")
            row = self.db.execute(
                f"SELECT t.uid FROM tasks t {sql} {joiner} {clause} "
                f"ORDER BY t.campaign_id {order}, t.position {order} LIMIT 1",
                (*params, *extra),
            ).fetchone()
            if row is not None:
                return int(row[0])
            if not wrap:
                return None
        row = self.db.execute(
            f"SELECT t.uid FROM tasks t {sql} "
            f"ORDER BY t.campaign_id {order}, t.position {order} LIMIT 1", params,
        ).fetchone()
        if row is None or (here is not None and int(row[0]) == current):
            return None
        return int(row[0])


def _before_or_after(campaign_id: str | None, here: dict[str, Any], cmp: str
                     ) -> tuple[str, tuple[Any, ...]]:
    """Rows before (``<``) or after (``>``) ``here`` in queue order: a plain range on
    ``position`` within one campaign (an index range), a row value across campaigns."""
    if campaign_id is not None:
        return f"t.position {cmp} ?", (here["position"],)
    return f"(t.campaign_id, t.position) {cmp} (?, ?)", (here["campaign_id"], here["position"])
