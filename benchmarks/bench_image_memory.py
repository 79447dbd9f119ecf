"""Peak memory (resident set high-water mark) with a 50-megapixel photo open in the editor.

    python benchmarks/bench_image_memory.py [--megapixels 50]
    python benchmarks/bench_image_memory.py --tiff-side 40000   # a 40,000² tiled TIFF

The JPEG (8664×5776) is made by Pillow in a child process, so that making it
does not count. This process opens the real window on a demo profile, then the
photo's task in the image pane (timed from the editor's ``go_to`` to its ``shown``,
waited for in the event loop), and reads ``VmHWM`` and ``VmRSS`` from
``/proc/self/status``: at rest, once the screen-sized picture is drawn, and once
"100 %" has drawn the full resolution (photos over 16 MP and TIFFs: the tiles on screen,
from a pyramid built once in the background; smaller photos: the whole photo decoded).
Linux only.
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._common import machine  # noqa: E402 (after the path is set)
from benchmarks._gui import vm_kib, wait  # noqa: E402


def mib(kib: int) -> str:
    return f"{kib / 1024:.0f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megapixels", type=float, default=50.0)
    parser.add_argument("--tiff-side", type=int, default=0,
                        help="a square tiled TIFF of this side instead of a JPEG")
    args = parser.parse_args()
    if args.tiff_side:
        with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
            scan = Path(tmp) / "scan.tif"
            subprocess.run([sys.executable, "-c", _WRITE_TIFF, str(scan), str(args.tiff_side)],
                           check=True)
            measure(Path(tmp), scan, (args.tiff_side, args.tiff_side))
        return
    height = int(math.sqrt(args.megapixels * 1e6 * 2 / 3) // 8 * 8)
    width = int(height * 3 // 2)
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        photo = Path(tmp) / "big.jpg"
        subprocess.run([sys.executable, "-c",
                        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
                        "from benchmarks._gui import make_photo;"
                        "make_photo(Path(sys.argv[2]), (int(sys.argv[3]), int(sys.argv[4])))",
                        str(ROOT), str(photo), str(width), str(height)], check=True)
        measure(Path(tmp), photo, (width, height))


_WRITE_TIFF = """
import sys
import numpy as np, tifffile
path, side, tile = sys.argv[1], int(sys.argv[2]), 512
def tiles(w, h, k):
    for r in range((h + tile - 1) // tile):
        for c in range((w + tile - 1) // tile):
            yield np.full((tile, tile, 3), ((c << k) * 7 % 256, (r << k) * 3 % 256, 90), np.uint8)
sizes = [(side, side)]
while max(sizes[-1]) > 1000:
    sizes.append(((sizes[-1][0] + 1) // 2, (sizes[-1][1] + 1) // 2))
with tifffile.TiffWriter(path, bigtiff=True) as tw:
    for k, (w, h) in enumerate(sizes):
        tw.write(tiles(w, h, k), shape=(h, w, 3), dtype=np.uint8, tile=(tile, tile),
                 compression="zlib", photometric="rgb",
                 subifds=len(sizes) - 1 if k == 0 else None, subfiletype=1 if k else 0)
"""


def measure(folder: Path, photo: Path, size: tuple[int, int]) -> None:
    from PySide6.QtGui import QGuiApplication

    from datafi_desktop.core.models import parse_campaign, parse_task
    from datafi_desktop.core.profile import Profile
    from datafi_desktop.core.tiles import set_tiles_cache_dir
    from datafi_desktop.core.wallet import Wallet
    from datafi_desktop.ui.app import create_application, open_session
    from datafi_desktop.ui.main_window import MainWindow
    from datafi_desktop.ui.panes.image_pane import ImagePane

    app = create_application()
    profile = Profile(folder / "profile").ensure()
    set_tiles_cache_dir(folder / "tiles")
    session = open_session(profile, demo=True, wallet=Wallet(profile.wallet_dir, scrypt_n=2**12))
    cache = session.cache
    sha = cache.assets.put_file(photo)
    cache.tasks.upsert_campaign(parse_campaign({"id": "bench-big", "name": "A big photo"}))
    cache.tasks.add_tasks("bench-big", [parse_task({
        "id": "big-photo", "kind": "bounding_boxes",
        "data": {"image": sha, "width": size[0], "height": size[1]},
        "config": {"labels": ["sign", "door"]}})])
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    editor = window.editor
    assert editor is not None
    wait(lambda: editor.row is not None, 10)  # the first demo task, in the text pane
    rows = [("window open on the demo (a text task shown)", vm_kib("VmRSS"), vm_kib("VmHWM"))]

    shown: list[int] = []
    editor.shown.connect(shown.append)
    session.set_campaign("bench-big")
    uid = cache.tasks.task_summaries("bench-big")[0].uid
    start = time.perf_counter()
    editor.go_to(uid)
    if not wait(lambda: uid in shown, 120):
        raise SystemExit("the photo was not shown within 120 s")
    opened_ms = (time.perf_counter() - start) * 1000
    pane = editor.pane
    assert isinstance(pane, ImagePane)
    canvas = pane.canvas
    wait(lambda: False, 0.5)
    rows.append((f"photo shown fitted in {opened_ms:.0f} ms from go_to (decoded at "
                 f"{canvas.decoded_scale:.0%} of full size)",
                 vm_kib("VmRSS"), vm_kib("VmHWM")))
    canvas.zoom_actual()
    tiles = canvas.tiles

    def sharp() -> bool:
        canvas.viewport().update()
        settled = tiles.ready and not tiles._pending and not tiles._wanted and tiles._cache
        return canvas.decoded_scale >= 0.999 or bool(settled)

    if not wait(sharp, 180):
        raise SystemExit("the full resolution did not arrive within 180 s")
    wait(lambda: False, 0.5)
    how = (f"{len(tiles._cache)} tiles, {tiles.cached_bytes / 2**20:.0f} MiB" if tiles.ready
           else "the whole image decoded")
    rows.append((f"100 %: the full resolution drawn ({how})", vm_kib("VmRSS"),
                 vm_kib("VmHWM")))
    session.set_campaign("demo")
    editor.next_task()
    wait(lambda: False, 1.0)
    held = canvas.pixmap_item.pixmap().width() if canvas.pixmap_item is not None else 0
    rows.append((f"moved on to a text task (the hidden image pane holds a {held} px wide "
                 "pixmap)", vm_kib("VmRSS"), vm_kib("VmHWM")))

    print(f"machine: {machine()}")
    print(f"Qt platform: {QGuiApplication.platformName()}, window 1280×800; photo "
          f"{size[0]}×{size[1]} = {size[0] * size[1] / 1e6:.1f} MP, "
          f"{photo.stat().st_size / 2**20:.1f} MiB {photo.suffix[1:].upper()}")
    for text, rss, hwm in rows:
        print(f"{text}: RSS {mib(rss)}, peak (VmHWM) {mib(hwm)}")
    base = rows[0][2]
    print(f"peak with the {size[0] * size[1] / 1e6:.0f} MP image open: {mib(rows[1][2])} fitted "
          f"(+{mib(rows[1][2] - base)}), {mib(rows[2][2])} at 100 % (+{mib(rows[2][2] - base)})")
    window.close()
    session.stop()
    cache.close()
    del app


if __name__ == "__main__":
    main()
