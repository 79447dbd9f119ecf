"""Time from "next" to the next task drawn, in the task editor of the real window.

    python benchmarks/bench_next_task.py [--rounds 12] [--megapixels 24]

"Next" is the editor's Next action (Alt+Right): save any draft, ask the cache for
the next task to do, select it in the queue, open it in its pane. "Drawn" is the
pane's ``shown`` signal (for an image: the screen-sized decode is on the canvas)
followed by the first paint of a widget of the pane. Two runs: the demo's text
tasks, and a campaign of distinct 24-megapixel JPEGs (6000×4000, made with Pillow
in a temporary folder). Uses ``QT_QPA_PLATFORM=offscreen`` unless another
platform is set (under Xvfb, painting goes through X).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import machine
from benchmarks._gui import PaintWatch, make_photo, wait


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--megapixels", type=int, default=24, choices=(12, 24, 48))
    args = parser.parse_args()
    side = {12: (4000, 3000), 24: (6000, 4000), 48: (8000, 6000)}[args.megapixels]

    from PySide6.QtGui import QGuiApplication

    from datafi_desktop.core.models import parse_campaign, parse_task
    from datafi_desktop.core.profile import Profile
    from datafi_desktop.core.wallet import Wallet
    from datafi_desktop.ui.app import create_application, open_session
    from datafi_desktop.ui.main_window import MainWindow

    app = create_application()
    with tempfile.TemporaryDirectory(prefix="bench-next-") as tmp:
        folder = Path(tmp)
        profile = Profile(folder / "profile").ensure()
        session = open_session(profile, demo=True,
                               wallet=Wallet(profile.wallet_dir, scrypt_n=2**12))
        started = time.perf_counter()
        photos = [make_photo(folder / f"photo-{i}.jpg", side, seed=i)
                  for i in range(args.rounds + 1)]
        made = time.perf_counter() - started
        cache = session.cache
        cache.tasks.upsert_campaign(parse_campaign({"id": "bench-photos", "name": "Photos"}))
        tasks = []
        for i, photo in enumerate(photos):
            sha = cache.assets.put_file(photo)
            tasks.append(parse_task({"id": f"photo-{i:03d}", "kind": "image_classification",
                                     "data": {"image": sha, "width": side[0],
                                              "height": side[1]},
                                     "config": {"labels": ["street", "park", "kitchen"]}}))
        cache.tasks.add_tasks("bench-photos", tasks)
        window = MainWindow(session)
        window.resize(1280, 800)
        window.show()
        wait(lambda: window.isVisible() and window.editor is not None)
        editor = window.editor
        assert editor is not None
        watch = PaintWatch(lambda: editor.pane)

        def run(campaign: str) -> tuple[list[float], list[float], str]:
            session.set_campaign(campaign)
            first = cache.tasks.task_summaries(campaign, limit=1)[0].uid
            seen: list[tuple[int, float]] = []
            editor.shown.connect(lambda uid: (seen.append((uid, time.perf_counter())),
                                              watch.arm()))
            editor.go_to(first)
            wait(lambda: any(uid == first for uid, _t in seen))
            wait(lambda: watch.painted_at > 0, 5)
            shown_ms, drawn_ms = [], []
            for _ in range(args.rounds):
                seen.clear()
                watch.armed = False
                start = time.perf_counter()
                editor.editor_actions.next.trigger()
                target = editor.uid
                if not wait(lambda t=target: any(u == t for u, _ in seen) and
                            watch.painted_at > 0):
                    raise SystemExit(f"task {target} was not drawn within 60 s")
                shown_at = next(t for u, t in seen if u == target)
                shown_ms.append((shown_at - start) * 1000)
                drawn_ms.append((watch.painted_at - start) * 1000)
            editor.shown.disconnect()
            return shown_ms, drawn_ms, type(editor.pane).__name__

        print(f"machine: {machine()}")
        print(f"Qt platform: {QGuiApplication.platformName()}, window 1280×800, "
              f"{args.rounds} rounds each")
        for title, campaign in (("text task", "demo"),
                                (f"{args.megapixels} MP JPEG ({side[0]}×{side[1]})",
                                 "bench-photos")):
            shown_ms, drawn_ms, pane = run(campaign)
            print(f"next → drawn, {title} ({pane}): median {statistics.median(drawn_ms):.0f} ms,"
                  f" min {min(drawn_ms):.0f} ms, max {max(drawn_ms):.0f} ms "
                  f"(shown signal: median {statistics.median(shown_ms):.0f} ms)")
        print(f"(made {len(photos)} photos of {photos[0].stat().st_size / 2**20:.1f} MiB "
              f"in {made:.1f} s)")
        window.close()
        session.stop()
        cache.close()
    del app


if __name__ == "__main__":
    main()
