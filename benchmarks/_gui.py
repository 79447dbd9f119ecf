"""Helpers of the GUI benchmarks: photo-like test JPEGs, a window on a demo profile,
and "drawn" = the pane said it is shown and has painted since."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_photo(path: Path, size: tuple[int, int], seed: int = 0) -> Path:
    """A JPEG about as large as a camera's (a 24 MP one is ~8 MiB at quality 90):
    gradients and shapes under sensor-like noise, which is what makes photos big."""
    from PIL import Image, ImageDraw

    width, height = size
    small = Image.new("RGB", (max(1, width // 8), max(1, height // 8)))
    draw = ImageDraw.Draw(small)
    for y in range(small.height):  # a sky-to-ground gradient
        shade = int(40 + 180 * y / small.height)
        draw.line([(0, y), (small.width, y)], fill=((shade + seed * 37) % 256, shade, 255 - shade))
    for i in range(40):  # some objects
        x, y = (i * 977 + seed * 131) % small.width, (i * 613 + seed * 71) % small.height
        draw.ellipse((x, y, x + 60 + i * 3, y + 40 + i * 2),
                     fill=((i * 53) % 256, (i * 97) % 256, (i * 29 + seed) % 256))
    image = small.resize(size, Image.Resampling.BILINEAR)
    fine = Image.effect_noise(size, 40)
    coarse = Image.effect_noise((max(1, width // 4), max(1, height // 4)), 60).resize(size)
    Image.blend(image, Image.merge("RGB", [fine, coarse, fine]), 0.3).save(path, "JPEG",
                                                                            quality=90)
    return path


def wait(done: Callable[[], bool], timeout: float = 60.0) -> bool:
    """Run the event loop as the app does — asleep between events, not spinning on the UI
    thread — until ``done()`` or ``timeout`` seconds. A 5 ms timer looks at ``done``."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start()
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    poll.stop()
    return done()


class PaintWatch:
    """Notes the time of the first paint of any widget inside ``root()`` after arm()."""

    def __init__(self, root: Callable[[], object]) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication, QWidget

        watch = self

        class Filter(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if (watch.armed and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)):
                    top = root()
                    if isinstance(top, QWidget) and (obj is top or top.isAncestorOf(obj)):
                        watch.painted_at = watch.painted_at or time.perf_counter()
                return False

        self.armed = False
        self.painted_at = 0.0
        self._filter = Filter()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self._filter)

    def arm(self) -> None:
        self.armed, self.painted_at = True, 0.0


def vm_kib(field: str) -> int:
    """VmHWM (peak resident set) or VmRSS of this process, in KiB (Linux)."""
    with open("/proc/self/status", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")
