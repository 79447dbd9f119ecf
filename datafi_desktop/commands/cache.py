"""``datafi-desktop cache status``: what the local cache holds."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the cache (sqlite-utils) loads only when a command runs
    from ..core.cache import Cache

DONE_STATES = ("queued", "sent", "accepted", "rejected", "paid")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("cache", help="inspect the local cache")
    cache_sub = parser.add_subparsers(dest="cache_command", metavar="ACTION", required=True)
    status = cache_sub.add_parser("status", help="campaigns, tasks by state, outbox")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.add_argument(
        "--check", action="store_true",
        help="also run SQLite's integrity and foreign-key checks (reads the whole file)",
    )
    status.set_defaults(func=status_command)


def cache_status(cache: Cache, *, check: bool = False) -> dict[str, Any]:
    """Everything ``cache status`` reports, as plain data. The counts are indexed
    queries; the integrity check reads the whole database, so it runs only when
    asked (``--check``)."""
    return {
        "path": str(cache.path),
        "schema_version": cache.schema_version,
        # ids and names as stored: no campaign is parsed (no pydantic, no eth-utils)
        "campaigns": [
            {"id": cid, "name": (cache.tasks.campaign_heading(cid) or (cid, ""))[0],
             "tasks": cache.tasks.counts(cid)} for cid in cache.tasks.campaign_ids()
        ],
        "tasks": cache.tasks.counts(),
        "kinds": cache.tasks.kind_counts(),
        "submissions": cache.submissions.count(),
        "outbox": cache.outbox.counts(),
        "last_sync": cache.tasks.get_state("last_sync_ok"),
        "integrity": (cache.integrity_problems() or "ok") if check else "not checked",
    }


def format_status(report: dict[str, Any]) -> str:
    lines = [f"Cache: {report['path']} (schema v{report['schema_version']})"]
    for campaign in report["campaigns"]:
        tasks = campaign["tasks"]
        done = sum(tasks[s] for s in DONE_STATES)
        lines.append(
            f"  {campaign['name']} [{campaign['id']}]: {done} of {sum(tasks.values())} tasks done"
        )
    nonzero = [f"{k} {v}" for k, v in report["tasks"].items() if v]
    lines.append("Tasks: " + (", ".join(nonzero) or "none"))
    lines.append("Outbox: " + ", ".join(f"{k} {v}" for k, v in report["outbox"].items()))
    lines.append(f"Submissions: {report['submissions']}")
    lines.append(f"Last sync: {report['last_sync'] or 'never'}")
    lines.append(f"Integrity: {report['integrity']}")
    return "\n".join(lines)


def status_command(args: argparse.Namespace) -> int:
    from ..core.cache import Cache
    from ..core.errors import DataFiError
    from ..core.profile import open_profile

    try:
        with Cache.for_profile(open_profile(args.profile)) as cache:
            report = cache_status(cache, check=args.check)
    except DataFiError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2) if args.json else format_status(report))
    return 0
