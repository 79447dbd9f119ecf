"""Rewrite calls of the cache's old flat methods to name the store (issue 18).

``Cache`` used to mix every store in (``cache.submit(...)``, ``cache.get_task(...)``);
it now holds them as attributes (``cache.submissions.submit(...)``,
``cache.tasks.get_task(...)``). This rewrites ``<x>.<old method>`` where ``<x>`` is
an identifier naming a cache (one that contains "cache", or in tests one of a few
fixture names) into ``<x>.<store>.<new method>``, in place, and prints what it
changed. Running it again changes nothing. mypy on the package and the tests catch
what it cannot see (a cache under another name).

    python scripts/cache_store_names.py datafi_desktop tests benchmarks scripts packaging \
        docs README.md
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: old method → (store attribute, new method name)
MOVES: dict[str, tuple[str, str]] = {
    **{name: ("tasks", name) for name in (
        "upsert_campaign", "campaigns", "campaign_ids", "campaign_heading", "get_campaign",
        "add_tasks", "get_task", "find_task", "task_summaries", "counts", "open_image_hashes",
        "kind_counts", "set_skipped", "save_draft", "load_draft", "discard_draft",
        "add_prediction", "get_state", "set_state", "delete_state", "states", "live_leases")},
    "queue_count": ("queue", "count"),
    "queue_page": ("queue", "page"),
    "queue_row_of": ("queue", "row_of"),
    "state_kind_counts": ("queue", "state_kind_counts"),
    "task_summary": ("queue", "task_summary"),
    "neighbour_task": ("queue", "neighbour_task"),
    "submit": ("submissions", "submit"),
    "get_submission": ("submissions", "get"),
    "submissions_by_id": ("submissions", "by_id"),
    "set_submission_statuses": ("submissions", "set_statuses"),
    "set_submission_status": ("submissions", "set_status"),
    "submissions": ("submissions", "all"),
    "submission_count": ("submissions", "count"),
    "outbox_due": ("outbox", "due"),
    "outbox_counts": ("outbox", "counts"),
    "outbox_pending_count": ("outbox", "pending_count"),
    "next_outbox_attempt": ("outbox", "next_attempt"),
    **{name: ("outbox", name) for name in (
        "mark_sending", "finish_many", "mark_delivered", "mark_refused", "mark_retry",
        "retry_now", "recover_sending")},
    **{name: ("reviews", name) for name in (
        "store_review_items", "review_items", "get_review_item", "review_item_count",
        "set_review_item_state", "request_reviews", "review_requests", "reviews_of",
        "set_quality", "quality")},
    "insert_review": ("reviews", "insert"),
    "get_review": ("reviews", "get"),
    "find_review": ("reviews", "find"),
    "reviews": ("reviews", "all"),
    "set_review_status": ("reviews", "set_status"),
    **{name: ("rewards", name) for name in (
        "save_entitlement", "entitlement", "reward_status", "save_reward_status", "add_claim",
        "get_claim", "update_claim", "claims", "open_claims", "pending_nonces",
        "chain_override", "set_chain_override")},
    "save_inclusions": ("inclusions", "save_many"),
    "save_inclusion": ("inclusions", "save"),
    "inclusion": ("inclusions", "get"),
    "inclusions": ("inclusions", "all"),
    "unproven_submissions": ("inclusions", "unproven_submissions"),
}
#: old names equal to a store's attribute: rewritten only when called, so that a
#: second run leaves ``cache.submissions.all(...)`` alone
CALL_ONLY = frozenset({"submissions", "reviews", "inclusions"})
#: names the tests give a cache that do not say "cache"
TEST_NAMES = ("filled", "theirs", "reopened", "demo")

_METHODS = "|".join(sorted(MOVES, key=len, reverse=True))


def _pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    names = r"\w*[cC]ache\w*" + "".join(f"|{n}" for n in extra)
    return re.compile(rf"(?<![\w])(?P<recv>{names})\.(?P<old>{_METHODS})\b"
                      rf"(?P<call>\()?(?!\.\w)")


def rewrite(text: str, extra: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    pattern = _pattern(extra)
    changes: list[str] = []
    lines = text.splitlines(keepends=True)
    for number, line in enumerate(lines):
        if line.lstrip().startswith(("from ", "import ")):
            continue

        def move(match: re.Match[str], line: str = line) -> str:
            recv, old, call = match["recv"], match["old"], match["call"] or ""
            before = line[:match.start()]
            if before.endswith(("core.", "core/")) or (old in CALL_ONLY and not call):
                return match.group(0)
            store, new = MOVES[old]
            recv = "cache" if recv == "Cache" else recv
            return f"{recv}.{store}.{new}{call}"

        changed = pattern.sub(move, line)
        if changed != line:
            changes.append(f"{number + 1}: {changed.strip()}")
            lines[number] = changed
            _realign(lines, number, line)
    return "".join(lines), changes


def _open_brackets(line: str) -> list[int]:
    """Columns of the brackets a line leaves open (strings and comments skipped)."""
    stack: list[int] = []
    quote = ""
    skip = False
    for col, char in enumerate(line):
        if skip:
            skip = False
        elif quote:
            skip = char == "\\"
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "#":
            break
        elif char in "([{":
            stack.append(col)
        elif char in ")]}" and stack:
            stack.pop()
    return stack


def _realign(lines: list[str], number: int, before: str) -> None:
    """Continuation lines aligned with the bracket a rewritten line left open move with it."""
    old, new = _open_brackets(before), _open_brackets(lines[number])
    if not old or len(old) != len(new) or old[-1] == new[-1]:
        return
    was, now = old[-1] + 1, new[-1] + 1
    depth = len(old)
    for j in range(number + 1, len(lines)):
        line = lines[j]
        stripped = line.lstrip(" ")
        if stripped.strip() and len(line) - len(stripped) == was and depth == len(old):
            lines[j] = " " * now + stripped
        depth += sum(line.count(c) for c in "([{") - sum(line.count(c) for c in ")]}")
        if depth <= 0:
            return


def main(paths: list[str]) -> int:
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        files += sorted(path.rglob("*.py")) + sorted(path.rglob("*.md")) if path.is_dir() \
            else [path]
    for path in files:
        if "core/cache/" in path.as_posix() or path.name == Path(__file__).name:
            continue
        extra = TEST_NAMES if "tests" in path.parts else ()
        text = path.read_text(encoding="utf-8")
        new, changes = rewrite(text, extra)
        if changes:
            path.write_text(new, encoding="utf-8")
            print(f"{path}: {len(changes)}")
            for change in changes:
                print(f"    {change}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
