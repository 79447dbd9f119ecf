"""Screenshots for issue 12 (items 6, 11, 12): the layout while labeling, the window
reopened, and the first window on small screens. Run under Xvfb, once per screen:

    xvfb-run -s "-screen 0 1280x800x24"  python scripts/screenshots_layout.py layout --label after
    xvfb-run -s "-screen 0 1600x900x24"  python scripts/screenshots_layout.py reopen --label after
    xvfb-run -s "-screen 0 1280x720x24"  python scripts/screenshots_layout.py small --label after
    QT_SCALE_FACTOR=2 xvfb-run -s "-screen 0 2560x1600x24" \\
        python scripts/screenshots_layout.py small --label after

``--label before`` with ``PYTHONPATH`` pointing at an older checkout shoots the same
scenes with that code (the script uses only what both have). Writes into
``docs/screenshots``:

    layout-boxes-<label>.png   an image task with its prediction, then after the first
                               edit and a quality report, side by side; the red lines
                               mark where the chips and the canvas were
    reopen-<label>.png         the second start after working on an image task at
                               1600×900
    small-<w>x<h>-<label>.png  the whole screen with the first window on it
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
TEST_PHRASE = "test test test test test test test test test test test junk"
PASSWORD = "screenshot password"  # noqa: S105 (a throwaway demo wallet)


def settle(ms: int = 500) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


class Scene:
    """A demo profile with an unlocked account; windows opened and closed on it."""

    def __init__(self) -> None:
        from datafi_desktop.core.profile import temporary_profile
        from datafi_desktop.core.wallet import Wallet
        from datafi_desktop.ui.app import create_application, open_session, start_translations

        self.app = create_application()

        start_translations("en")  # the plural forms, as the app installs them
        self.profile = temporary_profile("datafi-shots-")
        self.session = open_session(self.profile, demo=True,
                                    wallet=Wallet(self.profile.wallet_dir, scrypt_n=2**12))
        info = self.session.wallet.import_mnemonic(TEST_PHRASE, PASSWORD, label="Demo")
        self.session.wallet.unlock(info.address, PASSWORD)
        self.address = info.address
        self.session.remember_account(info.address)
        self.session.notify_wallet()

    def window(self, size: tuple[int, int] | None = None) -> Any:
        from PySide6.QtTest import QTest

        from datafi_desktop.ui.main_window import MainWindow
        from datafi_desktop.ui.session import Session

        window = MainWindow(Session(self.profile, self.session.cache, self.session.wallet))
        if size is not None:
            window.resize(*size)
        window.show()
        QTest.qWaitForWindowExposed(window, 10_000)
        window.show_page("tasks")
        settle()
        return window

    def select(self, window: Any, task_id: str) -> None:
        editor, page = window.editor, window.pages["tasks"]
        row = self.session.cache.tasks.find_task("demo", task_id)
        done: list[int] = []
        editor.shown.connect(done.append)
        page.select_task(row.uid)
        if editor.uid != row.uid:
            editor.open_task(row.uid)
        deadline = time.monotonic() + 20
        while row.uid not in done and time.monotonic() < deadline:
            settle(20)
        editor.focus_pane()
        settle()

    def close(self) -> None:
        self.session.stop()
        self.session.wallet.lock()
        self.session.cache.close()
        shutil.rmtree(self.profile.root, ignore_errors=True)


def save(image: Any, name: str) -> None:
    path = OUT / name
    image.save(path, optimize=True)
    print(f"screenshots: {path.relative_to(ROOT)} {image.width}×{image.height}")


def pil(pixmap: Any) -> Any:
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.toImage().save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")


def shoot_layout(scene: Scene, label: str) -> None:
    from PIL import Image, ImageDraw
    from PySide6.QtCore import QPoint

    window = scene.window((1280, 800))
    scene.select(window, "img-boxes-001")
    pane = window.editor.pane
    ratio = window.devicePixelRatioF()
    marks = [pane.label_bar.mapTo(window, QPoint(0, 0)).y(),
             pane.canvas.mapTo(window, QPoint(0, 0)).y()]
    first = pil(window.grab())
    pane.canvas_actions.next_shape.trigger()  # Tab: select the first predicted box
    pane.canvas_actions.delete.trigger()  # Delete: the first edit, the banner goes
    scene.session.cache.reviews.set_quality("demo", scene.address, {
        "agreement": 0.5, "agreement_pairs": 4, "gold_accuracy": None, "gold_answers": 0,
        "submissions": {"accepted": 3, "pending": 2}})
    scene.session.notify_tasks()
    settle()
    second = pil(window.grab())
    window.close()
    gap = 12
    both = Image.new("RGB", (first.width * 2 + gap, first.height), "white")
    both.paste(first, (0, 0))
    both.paste(second, (first.width + gap, 0))
    draw = ImageDraw.Draw(both)
    for y in marks:
        draw.line([(0, int(y * ratio)), (both.width, int(y * ratio))], fill=(220, 0, 0),
                  width=1)
    save(both.resize((both.width // 2, both.height // 2), Image.Resampling.LANCZOS),
         f"layout-boxes-{label}.png")


def shoot_reopen(scene: Scene, label: str) -> None:
    window = scene.window((1600, 860))
    scene.select(window, "img-boxes-002")
    window.close()
    settle()
    again = scene.window()
    settle(1500)
    save(pil(again.grab()), f"reopen-{label}.png")
    again.close()


def shoot_small(scene: Scene, label: str) -> None:
    window = scene.window()
    scene.select(window, "text-cls-001")
    settle(800)
    screen = scene.app.primaryScreen()
    size = screen.geometry()
    ratio = screen.devicePixelRatio()
    shot = pil(screen.grabWindow(0))
    name = f"small-{int(size.width() * ratio)}x{int(size.height() * ratio)}-{label}.png"
    save(shot, name)
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scene", choices=["layout", "reopen", "small"])
    parser.add_argument("--label", default="after")
    args = parser.parse_args(argv)
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen" or not os.environ.get("DISPLAY"):
        print("screenshots: needs an X display; run under xvfb-run", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    scene = Scene()
    try:
        {"layout": shoot_layout, "reopen": shoot_reopen, "small": shoot_small}[args.scene](
            scene, args.label)
    finally:
        scene.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
