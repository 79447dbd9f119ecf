"""The image pane with large photographs: open to drawn, full resolution on zoom, edits
with many boxes, and peak memory with a 50-megapixel photo open.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_image_pane.py [--rounds 5]

Times are milliseconds (median of the rounds) from ``ImagePane.open()`` to the
pane's ``shown`` signal (the screen-sized pixmap on screen, decoded on the
thread pool) and from a zoom to 100 % to the full-resolution pixmap swapped
in. Memory is the peak resident set of a fresh process (``VmHWM``) that opens
the photo, then zooms until the full resolution is in.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtGui import QUndoStack

from benchmarks._common import machine
from benchmarks._gui import wait
from datafi_desktop.core.cache import AssetStore
from datafi_desktop.core.models import Task, parse_task
from datafi_desktop.ui.app import create_application
from datafi_desktop.ui.panes.base import PaneTask
from datafi_desktop.ui.panes.image_pane import ImagePane

SIZES = {"24 MP": (6000, 4000), "50 MP": (8660, 5774)}
BOXES = 500
LABELS = ["car", "person", "bicycle", "bus"]


def make_photo(path: Path, size: tuple[int, int]) -> Path:
    """A JPEG with detail everywhere (noise over a gradient), like a real photograph."""
    noise = Image.effect_noise((size[0] // 4, size[1] // 4), 50).resize(size)
    base = Image.linear_gradient("L").resize(size)
    Image.merge("RGB", (noise, base, Image.blend(noise, base, 0.5))).save(path, quality=88)
    return path


def task_for(assets: AssetStore, path: Path, size: tuple[int, int]) -> Task:
    sha = assets.put_file(path)
    return parse_task({"id": f"bench-{size[0]}", "kind": "bounding_boxes",
                       "data": {"image": sha, "width": size[0], "height": size[1],
                                "filename": path.name},
                       "config": {"labels": LABELS}})


def boxes(size: tuple[int, int], count: int) -> list[dict[str, object]]:
    rnd = random.Random(7)
    return [{"label": rnd.choice(LABELS), "x": rnd.randrange(0, size[0] - 200),
             "y": rnd.randrange(0, size[1] - 200), "w": rnd.randrange(20, 200),
             "h": rnd.randrange(20, 200)} for _ in range(count)]


def wait_for(condition: object, timeout: float = 60.0) -> None:
    """Wait in the event loop (benchmarks._gui.wait), never spinning on the UI thread."""
    if not wait(condition, timeout):  # type: ignore[arg-type]
        raise TimeoutError("the image was not drawn in time")


def sharp(pane: ImagePane) -> bool:
    """The full resolution is on screen: the whole photo decoded, or (over 30 MP) every
    tile the view shows decoded and drawn."""
    canvas = pane.canvas
    tiles = canvas.tiles
    if canvas.decoded_scale >= 0.999:
        return True
    canvas.viewport().update()
    return bool(tiles.ready and tiles._cache and not tiles._pending and not tiles._wanted)


def open_and_zoom(pane: ImagePane, task: Task, body: dict[str, object],
                  assets: AssetStore) -> tuple[float, float]:
    """Milliseconds from open() to shown, and from "100 %" to the full resolution drawn
    (photos over 30 MP: the first time, that includes building the pyramid)."""
    shown: list[bool] = []
    pane.shown.connect(lambda: shown.append(True))
    pane.undo_stack.clear()
    start = time.perf_counter()
    pane.open(PaneTask(task, body, "draft", None, assets))
    wait_for(lambda: shown)
    pane.canvas.viewport().repaint()
    opened = (time.perf_counter() - start) * 1000
    pane.shown.disconnect()
    start = time.perf_counter()
    pane.canvas.zoom_actual()
    wait_for(lambda: sharp(pane))
    pane.canvas.viewport().repaint()
    return opened, (time.perf_counter() - start) * 1000


def timings(rounds: int, tmp: Path) -> None:
    app = create_application()
    assets = AssetStore(tmp / "assets")
    pane = ImagePane(QUndoStack())
    pane.resize(1200, 760)
    pane.show()
    app.processEvents()
    for name, size in SIZES.items():
        path = make_photo(tmp / f"{name.replace(' ', '')}.jpg", size)
        task = task_for(assets, path, size)
        body = {"kind": "bounding_boxes", "boxes": boxes(size, BOXES)}
        samples = [open_and_zoom(pane, task, body, assets) for _ in range(rounds)]
        side = max(pane.canvas.screen_side(), 0)
        print(f"{name} JPEG ({size[0]}×{size[1]}, {path.stat().st_size / 2**20:.1f} MiB), "
              f"{BOXES} boxes, view {pane.canvas.viewport().width()}×"
              f"{pane.canvas.viewport().height()}")
        print(f"  open → drawn (decoded ≤ {side} px)    "
              f"{statistics.median(s[0] for s in samples):8.1f} ms")
        print(f"  100 % → full resolution swapped in    "
              f"{statistics.median(s[1] for s in samples):8.1f} ms")
    canvas = pane.canvas
    canvas.fit()
    canvas.select(10)
    edits = []
    for _ in range(rounds * 4):
        start = time.perf_counter()
        canvas.nudge(1, 0)
        canvas.viewport().repaint()
        edits.append((time.perf_counter() - start) * 1000)
    print(f"  nudge a box (edit + undo stack + render + paint) {statistics.median(edits):6.1f} ms")
    pane.close()


def peak_memory(name: str, path: Path, tmp: Path) -> None:
    """Run in a fresh process: peak RSS before, when drawn, and at full resolution."""
    size = SIZES[name]
    app = create_application()
    assets = AssetStore(tmp / "assets")
    task = task_for(assets, path, size)
    pane = ImagePane(QUndoStack())
    pane.resize(1200, 760)
    pane.show()
    app.processEvents()
    before = hwm()
    shown: list[bool] = []
    pane.shown.connect(lambda: shown.append(True))
    pane.open(PaneTask(task, {"kind": "bounding_boxes", "boxes": []}, "draft", None, assets))
    wait_for(lambda: shown)
    drawn = hwm()
    pane.canvas.zoom_actual()
    wait_for(lambda: sharp(pane))
    full = hwm()
    print(f"{before:.0f} {drawn:.0f} {full:.0f}")


def hwm() -> float:
    """Peak resident set size of this process so far (MiB)."""
    with open("/proc/self/status", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--memory", choices=sorted(SIZES), help=argparse.SUPPRESS)
    parser.add_argument("--photo", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.memory:
            peak_memory(args.memory, args.photo, tmp)
            return
        print(f"image pane, median of {args.rounds}")
        print(f"machine: {machine()}; Qt platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}")
        timings(args.rounds, tmp)
        for size_name, size in SIZES.items():
            photo = make_photo(tmp / "memory.jpg", size)
            out = subprocess.run([sys.executable, __file__, "--memory", size_name, "--photo",
                                  str(photo)], check=True, capture_output=True,
                                 text=True).stdout.split()
            before, drawn, full = (float(v) for v in out[:3])
            print(f"{size_name} peak memory (resident): {before:.0f} MiB before, "
                  f"{drawn:.0f} MiB drawn at screen size, {full:.0f} MiB at full resolution")


if __name__ == "__main__":
    main()
