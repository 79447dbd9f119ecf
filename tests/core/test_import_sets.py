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
    loaded = loaded_by(["--profile", str(tmp_path / "p"), "cache", "status"])
    assert "sqlite_utils" in loaded  # it did open the cache
    assert not loaded & {"pandas", "numpy", "PySide6", "web3", "eth_account", "sqlalchemy"}


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
print("@@" + json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""

#: what the first screen never needs: the chain, the signing stack's BLS constants,
#: the embedded EVM and hub, and numerical libraries
NOT_AT_FIRST_PAINT = ("web3", "eth_account", "eth_keyfile", "py_ecc", "aiohttp", "eth_tester",
                      "sqlalchemy", "fastapi", "uvicorn", "numpy", "pandas", "tifffile")


def test_the_main_window_paints_without_the_chain_or_the_hub(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _GUI_PROBE, str(tmp_path / "profile")],
        capture_output=True, text=True, timeout=180, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    marker = [line for line in result.stdout.splitlines() if line.startswith("@@")]
    assert marker, f"the window did not open: {result.stderr[-2000:]}"
    loaded = set(json.loads(marker[-1][2:]))
    assert "PySide6" in loaded and "datafi_desktop" in loaded
    assert not loaded & set(NOT_AT_FIRST_PAINT), sorted(loaded & set(NOT_AT_FIRST_PAINT))
