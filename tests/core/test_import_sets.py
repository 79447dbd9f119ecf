"""Which modules the command line loads (issue 16: start fast).

``datafi-desktop --version``, ``--help`` and the headless commands' ``--help`` must
not load Qt, web3, eth-account, pydantic or SQLAlchemy, and opening the cache must
not load pandas or numpy (sqlite-utils imports both when they are installed).
Each case runs in a fresh interpreter, so what another test imported cannot hide
a regression. The timing itself lives in ``benchmarks/bench_start.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("PySide6", "web3", "eth_account", "pydantic", "sqlalchemy", "fastapi", "eth_tester")

_PROBE = """
import json, sys
from datafi_desktop.cli import main
try:
    main({argv!r})
except SystemExit:
    pass
print("@@" + json.dumps(sorted({{m.split(".")[0] for m in sys.modules}})))
"""


def loaded_by(argv: list[str]) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.format(argv=argv)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    marker = [line for line in result.stdout.splitlines() if line.startswith("@@")]
    assert marker, f"probe failed: {result.stderr[-2000:]}"
    return set(json.loads(marker[-1][2:]))


@pytest.mark.parametrize("argv", [
    ["--version"],
    ["--help"],
    ["wallet", "--help"],
    ["cache", "--help"],
    ["verify", "--help"],
])
def test_version_and_help_load_no_heavy_stack(argv: list[str]) -> None:
    loaded = loaded_by(argv)
    assert "datafi_desktop" in loaded
    assert not loaded & set(HEAVY), f"{argv} loaded {sorted(loaded & set(HEAVY))}"


def test_cache_status_loads_neither_pandas_nor_the_signing_stack(tmp_path) -> None:
    from datafi_desktop.core.cache import Cache
    from datafi_desktop.core.models import parse_campaign
    from datafi_desktop.core.profile import Profile

    with Cache.for_profile(Profile(tmp_path / "p").ensure()) as cache:  # a campaign to list
        cache.tasks.upsert_campaign(parse_campaign({"id": "c", "name": "A campaign"}))
    loaded = loaded_by(["--profile", str(tmp_path / "p"), "cache", "status"])
    assert "sqlite_utils" in loaded  # it did open the cache
    assert not loaded & {"pandas", "numpy", "PySide6", "web3", "eth_account", "sqlalchemy",
                         "pydantic", "eth_utils", "eth_keys"}


def test_pandas_still_imports_after_the_cache() -> None:
    """Hiding pandas while sqlite-utils loads must not break it for anyone later."""
    code = (
        "import datafi_desktop.core.cache, sqlite_utils.db as d, numpy\n"
        "assert d.pd is None and d.np is None\n"
        "print(numpy.arange(3).sum())"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3"


def test_command_in_skips_option_values() -> None:
    from datafi_desktop.cli import command_in

    assert command_in(["--profile", "cache", "wallet", "list"]) == "wallet"
    assert command_in(["--demo"]) is None
    assert command_in(["-v", "verify", "x"]) == "verify"
    assert command_in(["nonsense"]) is None


_GUI_PROBE = """
import json, os, sys
os.environ["DATAFI_EXIT_WHEN_SHOWN"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from datafi_desktop.cli import main
main(["--profile", sys.argv[1]])
print("@@" + json.dumps(sorted(sys.modules)))
"""

#: what the first screen never needs: the chain, the signing stack (eth-keys and
#: eth-utils included: the status bar reads the address from the wallet's files), the
#: task models (pydantic), the HTTP client of the sync, the embedded EVM and hub, and
#: numerical libraries
NOT_AT_FIRST_PAINT = ("web3", "eth_account", "eth_keyfile", "eth_keys", "eth_utils", "py_ecc",
                      "coincurve", "pydantic", "httpx", "rich", "aiohttp", "eth_tester",
                      "sqlalchemy", "fastapi", "uvicorn", "numpy", "pandas", "tifffile",
                      "uuid6")
#: our own modules the first screen does not build: the pages not shown, the task editor
#: and its panes, the task models, the sync runner
OURS_NOT_AT_FIRST_PAINT = (
    "datafi_desktop.ui.review_page", "datafi_desktop.ui.rewards_page",
    "datafi_desktop.ui.wallet_page", "datafi_desktop.ui.editor.task_editor",
    "datafi_desktop.ui.panes.base", "datafi_desktop.ui.preview_views",
    "datafi_desktop.core.models.tasks", "datafi_desktop.core.models.campaign",
    "datafi_desktop.core.protocol", "datafi_desktop.core.sync.runner",
    "datafi_desktop.ui.sync.controller",
)


def first_paint_modules(profile: Path) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", _GUI_PROBE, str(profile)],
        capture_output=True, text=True, timeout=180, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    marker = [line for line in result.stdout.splitlines() if line.startswith("@@")]
    assert marker, f"the window did not open: {result.stderr[-2000:]}"
    return set(json.loads(marker[-1][2:]))


def assert_first_screen_only(loaded: set[str]) -> None:
    tops = {m.split(".")[0] for m in loaded}
    assert "PySide6" in tops and "datafi_desktop.ui.queue_page" in loaded
    assert not tops & set(NOT_AT_FIRST_PAINT), sorted(tops & set(NOT_AT_FIRST_PAINT))
    assert not loaded & set(OURS_NOT_AT_FIRST_PAINT), sorted(loaded & set(OURS_NOT_AT_FIRST_PAINT))


def test_the_main_window_paints_without_the_chain_or_the_hub(tmp_path: Path) -> None:
    assert_first_screen_only(first_paint_modules(tmp_path / "profile"))


def test_a_profile_with_tasks_and_an_account_paints_as_light(tmp_path: Path) -> None:
    """A campaign, tasks in the queue and an account in the status bar: still no task
    models and no signing stack before the first paint."""
    from datafi_desktop.core.cache import Cache
    from datafi_desktop.core.models import parse_campaign, parse_task
    from datafi_desktop.core.profile import Profile
    from datafi_desktop.core.wallet import Wallet

    profile = Profile(tmp_path / "profile").ensure()
    with Cache.for_profile(profile) as cache:
        cache.tasks.upsert_campaign(parse_campaign({"id": "c", "name": "A campaign"}))
        cache.tasks.add_tasks("c", [parse_task({
            "id": f"t{i}", "kind": "text_classification", "data": {"text": f"text {i}"},
            "config": {"labels": ["a", "b"]}}) for i in range(50)])
    address = Wallet(profile.wallet_dir, scrypt_n=2**12).import_private_key(
        "0x" + "11" * 32, "a long enough password").address
    loaded = first_paint_modules(profile.root)
    assert_first_screen_only(loaded)
    assert "datafi_desktop.core.addresses" in loaded  # it did list the account
    assert address.startswith("0x") and address != address.lower()
