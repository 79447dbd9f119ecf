"""The cold-start hook the start benchmark uses: the app quits once its window is painted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_exit_when_shown_paints_the_window_and_exits(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DATAFI_EXIT_WHEN_SHOWN": "1",
           "DATAFI_PROFILE": str(tmp_path / "profile")}
    done = subprocess.run([sys.executable, "-m", "datafi_desktop"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("main window shown")
    # it opened (and so created) the profile it was given
    assert (tmp_path / "profile" / "cache.sqlite3").is_file()
