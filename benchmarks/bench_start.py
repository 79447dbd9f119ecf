"""Start time of the packaged app against the same start in the virtual environment.

    python benchmarks/bench_start.py                      # bundle in dist/datafi-desktop
    python benchmarks/bench_start.py --bundle DIR --runs 5

Each command runs ``--runs`` times (after one untimed warm-up run, so both read from a
warm page cache) and the median wall time is reported:

- ``--version``: process start to exit; for the bundle: the bootloader, unpacking nothing
  (one folder), the Python start-up and the CLI's imports;
- cold start to the main window shown (``DATAFI_EXIT_WHEN_SHOWN=1``: the app quits once
  the window's first frame is painted), on an empty profile and with ``--demo`` (which
  first starts the demo chain and hub);
- ``--demo --smoke`` offscreen: a fresh demo profile, the demo chain (eth-tester on py-evm)
  and in-process hub started, the main window, every task kind opened in the editor, one
  submission signed; the whole life of a short session.

The virtual environment's commands are this Python's ``datafi-desktop`` console script
(next to ``sys.executable``), or ``python -m datafi_desktop`` when there is none.
Build the bundle first with ``packaging/build.sh``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import machine

ROOT = Path(__file__).resolve().parents[1]


def venv_command() -> list[str]:
    script = Path(sys.executable).parent / "datafi-desktop"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "datafi_desktop"]


def timed(cmd: list[str], runs: int, extra_env: dict[str, str] | None = None
          ) -> tuple[float, list[float]]:
    """Median and all wall times of ``runs`` runs (one warm-up first); fails loudly."""
    times = []
    with tempfile.TemporaryDirectory(prefix="datafi-bench-start-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DATAFI_")}
        env.update(QT_QPA_PLATFORM="offscreen", TMPDIR=tmp, **(extra_env or {}))
        env["DATAFI_PROFILE"] = str(Path(tmp) / "profile")
        for n in range(runs + 1):
            start = time.perf_counter()
            proc = subprocess.run(cmd, env=env, cwd=tmp, capture_output=True, text=True,
                                  timeout=300)
            elapsed = time.perf_counter() - start
            if proc.returncode != 0:
                raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n"
                                 f"{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
            if n:  # the first run only warms the page cache
                times.append(elapsed)
    return statistics.median(times), times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "datafi-desktop")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    exe = args.bundle / "datafi-desktop"
    if exe.is_file():
        bundle_size = sum(p.stat().st_size for p in args.bundle.rglob("*")
                          if p.is_file() and not p.is_symlink())  # PyInstaller links Qt libs
        print(f"bundle {args.bundle} ({bundle_size / 2**20:.0f} MiB)")
    else:
        print(f"no bundle at {args.bundle} (packaging/build.sh makes one): venv only")
    print(f"venv {' '.join(venv_command())}")
    shown = {"DATAFI_EXIT_WHEN_SHOWN": "1"}
    cases = (("--version", ["--version"], None),
             ("(empty profile) → main window shown", [], shown),
             ("--demo → main window shown", ["--demo"], shown),
             ("--demo --smoke (offscreen)", ["--demo", "--smoke"], None))
    rows = []
    for label, extra, env in cases:
        bundle, bundle_all = timed([str(exe), *extra], args.runs, env) if exe.is_file() else (
            float("nan"), [])
        venv, venv_all = timed([*venv_command(), *extra], args.runs, env)
        rows.append((label, bundle, venv))
        print(f"  {label}: bundle {fmt(bundle_all)}, venv {fmt(venv_all)}")
    print()
    print(f"| start (median of {args.runs}) | bundle | virtual environment |")
    print("| --- | --- | --- |")
    for label, bundle, venv in rows:
        print(f"| `datafi-desktop {label}` | {bundle:.2f} s | {venv:.2f} s |")
    print(f"\nMachine: {machine()}")
    if shutil.which("hyperfine"):
        print("(hyperfine is installed: `hyperfine -w 1 -r 5 'dist/datafi-desktop/"
              "datafi-desktop --version' 'datafi-desktop --version'` gives the same figure)")


def fmt(times: list[float]) -> str:
    return "[" + ", ".join(f"{t:.2f}" for t in times) + "] s"


if __name__ == "__main__":
    main()
