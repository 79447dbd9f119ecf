"""Export records from the app's cache: a profile's own signed submissions."""

from __future__ import annotations

from ..cache import Cache
from ..models import Task
from .records import ExportRecord, Inclusion, from_submission

STATUSES = ("accepted", "all")


def cache_records(cache: Cache, *, campaign_id: str | None = None,
                  status: str = "accepted") -> list[ExportRecord]:
    """The submissions in the cache as export records (``accepted`` includes ``paid``).

    A reviewer's correction reported by the hub (``verdict.correction``) is what
    the label files hold; the signed original stays in ``submissions.jsonl``. A
    submission whose inclusion proof the sync fetched (settled in a posted epoch)
    carries it as the record's ``inclusion``.
    """
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")
    rows = cache.submissions.all(campaign_id=campaign_id)
    if status == "accepted":
        rows = [r for r in rows if r.status in ("accepted", "paid")]
    proven = cache.inclusions.all(campaign_id)
    tasks: dict[int, Task] = {}
    out: list[ExportRecord] = []
    for row in rows:
        task = tasks.get(row.task_uid)
        if task is None:
            task = tasks[row.task_uid] = cache.tasks.get_task(row.task_uid).task
        found = proven.get(row.id)
        inclusion = (Inclusion(found.epoch, found.root, found.proof)
                     if found is not None and found.digest == row.digest.lower() else None)
        out.append(from_submission(row, task, inclusion))
    return out
