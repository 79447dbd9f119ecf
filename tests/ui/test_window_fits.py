"""The first window fits the screen it opens on, and later ones open where the user
left them (issue 12, item 12). The small screens are real: a child process with Qt's
offscreen screen set to 1280×720, and to 2560×1600 at a scale factor of 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from datafi_desktop.core.window_place import Rect
from datafi_desktop.ui.main_window import MainWindow

from .window_support import reopen

PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton
from datafi_desktop.core.cache import Cache
from datafi_desktop.core.demo import load_demo
from datafi_desktop.core.profile import Profile
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.app import create_application
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session

app = create_application()
profile = Profile(Path(sys.argv[1])).ensure()
cache = Cache.for_profile(profile)
load_demo(cache)
window = MainWindow(Session(profile, cache, Wallet(profile.wallet_dir, scrypt_n=2**12)))
window.show()
for _ in range(20):
    app.processEvents()

def rect(widget):
    top = widget.mapToGlobal(QPoint(0, 0))
    return [top.x(), top.y(), widget.width(), widget.height()]

available = app.primaryScreen().availableGeometry()
submit = window.findChild(QPushButton, "submitButton")
print(json.dumps({
    "available": [available.x(), available.y(), available.width(), available.height()],
    "frame": [window.frameGeometry().x(), window.frameGeometry().y(),
              window.frameGeometry().width(), window.frameGeometry().height()],
    "status": rect(window.statusBar()), "submit": rect(submit),
    "status_visible": window.statusBar().isVisible(),
}))
window.close()
cache.close()
"""


def probe(tmp_path: Path, width: int, height: int, scale: int = 1) -> dict[str, list[int]]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "small", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               TMPDIR=str(tmp_path))
    if scale != 1:
        env.update(QT_SCALE_FACTOR=str(scale), QT_ENABLE_HIGHDPI_SCALING="1")
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "profile")],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return x >= ox and y >= oy and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize(("width", "height", "scale"), [(1280, 720, 1), (2560, 1600, 2)])
def test_the_first_window_fits_a_small_screen(tmp_path: Path, width: int, height: int,
                                              scale: int) -> None:
    found = probe(tmp_path, width, height, scale)
    available = found["available"]
    assert available[2:] == [width // scale, height // scale]
    frame = found["frame"]
    # room is left for the window manager's title bar, which the frame does not include
    assert inside(frame, [available[0], available[1], available[2], available[3] - 24]), found
    assert found["status_visible"]
    assert inside(found["status"], frame), "the status bar is cut off"
    assert inside(found["submit"], frame), "Submit is off the window"


def test_size_and_place_are_remembered(qtbot, window: MainWindow) -> None:
    window.resize(1200, 700)
    window.move(40, 30)
    qtbot.waitUntil(lambda: window.pos().x() == 40, timeout=2000)
    again = reopen(qtbot, window)
    try:
        assert (again.x(), again.y(), again.width(), again.height()) == (40, 30, 1200, 700)
        # that screen is gone (a laptop without its monitor): back onto the one there is
        target = again.window_state.place([Rect(0, 0, 1024, 600)])
        assert target.x >= 0 and target.y >= 0
        assert target.x + target.w <= 1024 and target.y + target.h <= 600
        assert again.findChild(QPushButton, "submitButton") is not None
    finally:
        again.close()
