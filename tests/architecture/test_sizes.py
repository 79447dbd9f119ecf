"""Module and function sizes in ``datafi_desktop`` (issue 18): no module over 500 lines and
no function over 60, except the entries below. The lists may only shrink: an entry that is
no longer needed fails the test too, so whoever splits a module also strikes it here."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "datafi_desktop"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60

# Modules still over the limit, each with its line count when listed (to be split).
MODULES_OVER: dict[str, int] = {
}

# Functions still over the limit (``module:function``). Alembic migrations are history:
# they are never edited once released, so they are not counted.
FUNCTIONS_OVER: set[str] = {
    "hub/intake/submissions.py:_store",
    "hub/api/rewards.py:add_routes",
    "hub/api/review.py:add_routes",
    "hub/cli/main.py:build_parser",
    "core/cache/schema.py:_v1",
    "ui/queue_page.py:__init__",
    "ui/wallet_page.py:__init__",
    "ui/rewards_page.py:__init__",
    "hub/settlement/relayer.py:relay_claim",
    "ui/review/list_panel.py:__init__",
    "core/formats/label_studio.py:_annotation",
    "core/formats/label_studio.py:_convert_one",
    "hub/settlement/settle.py:post_epoch",
    "ui/panes/comparison_pane.py:__init__",
    "hub/campaigns/leases.py:lease_tasks",
    "hub/review/quality.py:after_intake",
    "core/merkle_hashing.py:_word_encoder",
    "core/quality_report.py:agreement_report",
    "ui/review/item_view.py:__init__",
    "hub/cli/chain.py:cmd_deploy",
    "core/cache/submissions.py:submit",
    "hub/accounts/auth.py:sign_in",
    "ui/panes/collection/media.py:__init__",
    "hub/settlement/settle.py:build_epoch",
    "core/siwe.py:parse",
    "ui/panes/comparison/rating_scale.py:__init__",
}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def module_lines() -> dict[str, int]:
    return {_name(p): len(p.read_text(encoding="utf-8").splitlines()) for p in _modules()}


def long_functions() -> dict[str, int]:
    found: dict[str, int] = {}
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    key = f"{_name(path)}:{node.name}"
                    found[key] = max(length, found.get(key, 0))
    return found


def test_the_counter_sees_the_package() -> None:
    lines = module_lines()
    assert len(lines) > 200 and lines["cli.py"] > 10


def test_no_new_module_passes_500_lines() -> None:
    over = {m: n for m, n in module_lines().items() if n > MAX_MODULE_LINES}
    new = sorted(set(over) - set(MODULES_OVER))
    assert not new, f"modules over {MAX_MODULE_LINES} lines (split them): {new}"
    grown = sorted(m for m in over if m in MODULES_OVER and over[m] > MODULES_OVER[m])
    assert not grown, f"listed modules grew (split them instead): {grown}"


def test_the_module_allow_list_only_shrinks() -> None:
    lines = module_lines()
    stale = sorted(m for m in MODULES_OVER if lines.get(m, 0) <= MAX_MODULE_LINES)
    assert not stale, f"no longer over the limit, strike from MODULES_OVER: {stale}"


def test_no_new_function_passes_60_lines() -> None:
    new = sorted(set(long_functions()) - FUNCTIONS_OVER)
    assert not new, f"functions over {MAX_FUNCTION_LINES} lines (split them): {new}"


def test_the_function_allow_list_only_shrinks() -> None:
    stale = sorted(FUNCTIONS_OVER - set(long_functions()))
    assert not stale, f"no longer over the limit, strike from FUNCTIONS_OVER: {stale}"


def test_the_allow_lists_stay_short() -> None:
    assert len(MODULES_OVER) <= 5 and len(FUNCTIONS_OVER) <= 30
