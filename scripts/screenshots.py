"""Screenshots of the real window for the docs, from the demo campaign.

    xvfb-run -s "-screen 0 1280x800x24" python scripts/screenshots.py [--out docs/screenshots]

Uses the current DISPLAY (a real X server or Xvfb, not the offscreen platform, so
fonts and styles are the ones users get). Makes, in ``--out``:

    main-window.png      the Tasks page with a text task selected (1280×800)
    queue-image.png      the Tasks page with an image task and its predicted boxes
    wallet.png           the Wallet page with an unlocked account
    main-window-2x.png   main-window at QT_SCALE_FACTOR=2 (2560×1600), in a child
                         process on its own 2560×1600 Xvfb screen when xvfb-run exists
    pane-<kind>.png      the task editor with each kind's pane on a demo task (text
                         classification, text spans, comparison, image classification,
                         bounding boxes, polygons, collection), 1280×800; kinds whose
                         pane is not installed are listed as TODO instead
    pane-<kind>-2x.png   the bounding boxes and collection panes at 2560×1600

The wallet is made with the core API from the well-known public test phrase
(never fund it), so every run shows the same address.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEST_PHRASE = "test test test test test test test test test test test junk"
PASSWORD = "screenshot password"  # noqa: S105 (a throwaway demo wallet)
MAX_BYTES = 400_000
SIZE = (1280, 800)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", choices=["1x", "2x"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen" or not os.environ.get("DISPLAY"):
        print("screenshots: needs an X display; run under xvfb-run", file=sys.stderr)
        return 2
    if args.only == "2x":
        return shoot(args.out, scale=2)
    code = shoot(args.out, scale=1)
    if code == 0 and args.only is None:
        code = shoot_2x_in_child(args.out)
    return code


def shoot_2x_in_child(out: Path) -> int:
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_ENABLE_HIGHDPI_SCALING="1")
    command = [sys.executable, str(Path(__file__).resolve()), "--out", str(out), "--only", "2x"]
    xvfb = shutil.which("xvfb-run")
    if xvfb:
        command = [xvfb, "-a", "-s", "-screen 0 2560x1600x24", *command]
    return subprocess.run(command, env=env, check=False).returncode  # noqa: S603


def shoot(out: Path, scale: int) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtTest import QTest

    from datafi_desktop.core.profile import temporary_profile
    from datafi_desktop.core.wallet import Wallet
    from datafi_desktop.ui.app import create_application, open_session, start_translations
    from datafi_desktop.ui.main_window import MainWindow
    from datafi_desktop.ui.queue_page import QueuePage

    app = create_application()

    start_translations("en")  # the plural forms, as the app installs them
    profile = temporary_profile("datafi-shots-")
    session = open_session(profile, demo=True,
                           wallet=Wallet(profile.wallet_dir, scrypt_n=2**12))
    try:
        info = session.wallet.import_mnemonic(TEST_PHRASE, PASSWORD, label="Demo")
        session.wallet.unlock(info.address, PASSWORD)
        session.remember_account(info.address)
        session.notify_wallet()
        window = MainWindow(session)
        window.resize(*SIZE)
        window.show()
        QTest.qWaitForWindowExposed(window, 10_000)
        page = window.pages["tasks"]
        assert isinstance(page, QueuePage)

        def settle(ms: int = 400) -> None:
            deadline = time.monotonic() + ms / 1000
            while time.monotonic() < deadline:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

        editor = window.editor
        assert editor is not None

        def select(task_id: str) -> None:
            row = session.cache.tasks.find_task("demo", task_id)
            assert row is not None, task_id
            done: list[int] = []
            editor.shown.connect(done.append)
            page.select_task(row.uid)
            if editor.uid != row.uid:
                editor.open_task(row.uid)
            deadline = time.monotonic() + 20
            while row.uid not in done and time.monotonic() < deadline:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            editor.shown.disconnect(done.append)
            editor.focus_pane()
            settle()

        window.show_page("tasks")
        select("text-spans-002")
        if scale == 2:
            save(window.grab(), out / "main-window-2x.png")
            for kind in ("bounding_boxes", "collection"):
                shoot_pane(kind, select, editor, window, out, suffix="-2x")
            return 0
        save(window.grab(), out / "main-window.png")
        select("img-boxes-001")
        save(window.grab(), out / "queue-image.png")
        todo = [kind for kind in PANE_TASKS if not shoot_pane(kind, select, editor, window, out)]
        window.show_page("wallet")
        settle()
        save(window.grab(), out / "wallet.png")
        window.close()
        if todo:
            print("screenshots: TODO, no pane installed yet for: " + ", ".join(todo))
        return 0
    finally:
        session.stop()
        session.wallet.lock()
        session.cache.close()
        shutil.rmtree(profile.root, ignore_errors=True)
        del app


#: the demo task each pane is shown with (one with a model prediction where there is one)
PANE_TASKS = {
    "text_classification": "text-cls-001",
    "text_spans": "text-spans-002",
    "comparison": "compare-001",
    "image_classification": "img-cls-002",
    "bounding_boxes": "img-boxes-001",
    "polygons": "img-poly-002",
    "collection": "collect-001",
}


def shoot_pane(kind: str, select: Any, editor: Any, window: Any, out: Path,
               suffix: str = "") -> bool:
    """``pane-<kind>.png``; False (nothing written) when the kind has no pane yet."""
    from datafi_desktop.core.models import TaskKind
    from datafi_desktop.ui.editor.fallback import PreviewPane

    if editor.pane_type_for(TaskKind(kind)) is None:
        return False
    select(PANE_TASKS[kind])
    if isinstance(editor.pane, PreviewPane):
        return False
    if kind == "collection":
        fill_collection(editor)
    save(window.grab(), out / f"pane-{kind.replace('_', '-')}{suffix}.png")
    return True


def fill_collection(editor: Any) -> None:
    """Import a demo photo, fill in the details and choose a label, as a collector would."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from datafi_desktop.core import editing as ed
    from datafi_desktop.core.demo import demo_dir

    pane = editor.pane
    done: list[str] = []
    pane.imported.connect(done.append)
    pane.import_failed.connect(done.append)
    pane.import_path(demo_dir() / "images" / "street-02.jpg")
    deadline = time.monotonic() + 20
    while not done and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    body = pane.body()
    for name, value in (("location", "Rue Haute, Brussels"), ("condition", "worn"),
                        ("language", "French, Dutch")):
        body = ed.set_entry(body, "metadata", name, value)
    pane.edit(body, "Fill in the details")
    pane.labeler.choose("street name")
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def save(pixmap: object, path: Path) -> int:
    """PNG via Pillow with optimize=True; a palette image when that is still too big."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPixmap

    assert isinstance(pixmap, QPixmap)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.toImage().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    image.save(path, optimize=True)
    if path.stat().st_size > MAX_BYTES:
        image.quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                       dither=Image.Dither.FLOYDSTEINBERG).save(path, optimize=True)
    print(f"screenshots: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} "
          f"{image.width}×{image.height}, {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
