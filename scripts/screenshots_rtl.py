"""Right-to-left screenshots (issue 17 item 3) of the real window under X, in Arabic:

    xvfb-run -a -s "-screen 0 1280x800x24" python scripts/screenshots_rtl.py

``--lang ar`` as the app does it (``ui.app.start_translations``: the Arabic
translator, ``QLocale.setDefault`` and a right-to-left layout direction), the demo
campaign, then in ``--out`` (docs/screenshots):

    rtl-ar-<page>.png      the Tasks page with each pane (text classification,
                           Arabic spans, image classification, boxes, polygons,
                           comparison, collection), Review, Rewards and Wallet at 1280×800
    rtl-ar-<page>-2x.png   the same at QT_SCALE_FACTOR=2 on a 2560×1600 screen
                           (a child process on its own Xvfb screen)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import PASSWORD, TEST_PHRASE, save  # noqa: E402

PANES = (("tasks-text", "text-cls-001"), ("tasks-spans", "text-spans-013"),
         ("tasks-image", "img-cls-001"), ("tasks-boxes", "img-boxes-001"),
         ("tasks-polygons", "img-poly-001"), ("tasks-comparison", "compare-001"),
         ("tasks-collection", "collect-001"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="ar")
    parser.add_argument("--only", choices=["1x", "2x"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen" or not os.environ.get("DISPLAY"):
        print("screenshots_rtl: needs an X display; run under xvfb-run", file=sys.stderr)
        return 2
    if args.only:
        return shoot(args.out, args.lang, args.only)
    code = shoot(args.out, args.lang, "1x")
    if code == 0:
        env = dict(os.environ, QT_SCALE_FACTOR="2", QT_ENABLE_HIGHDPI_SCALING="1")
        command = [sys.executable, str(Path(__file__).resolve()), "--out", str(args.out),
                   "--lang", args.lang, "--only", "2x"]
        xvfb = shutil.which("xvfb-run")
        if xvfb:
            command = [xvfb, "-a", "-s", "-screen 0 2560x1600x24", *command]
        code = subprocess.run(command, env=env, check=False).returncode  # noqa: S603
    return code


def shoot(out: Path, lang: str, mode: str) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtTest import QTest

    from datafi_desktop.core.profile import temporary_profile
    from datafi_desktop.core.wallet import Wallet
    from datafi_desktop.ui.app import create_application, open_session, start_translations
    from datafi_desktop.ui.main_window import MainWindow
    from datafi_desktop.ui.queue_page import QueuePage

    app = create_application()
    start_translations(lang)
    profile = temporary_profile("datafi-rtl-shots-")
    session = open_session(profile, demo=True,
                           wallet=Wallet(profile.wallet_dir, scrypt_n=2**12))
    suffix = "-2x" if mode == "2x" else ""
    try:
        info = session.wallet.import_mnemonic(TEST_PHRASE, PASSWORD, label="Demo")
        session.wallet.unlock(info.address, PASSWORD)
        session.remember_account(info.address)
        session.notify_wallet()
        window = MainWindow(session)
        if mode == "2x":
            window.setGeometry(window.screen().availableGeometry())
        else:
            window.resize(1280, 800)
        window.show()
        QTest.qWaitForWindowExposed(window, 10_000)
        window.activateWindow()
        page = window.pages["tasks"]
        assert isinstance(page, QueuePage)
        editor = window.editor
        assert editor is not None

        def settle(ms: int = 500) -> None:
            deadline = time.monotonic() + ms / 1000
            while time.monotonic() < deadline:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

        window.show_page("tasks")
        for name, task_id in PANES:
            row = session.cache.tasks.find_task("demo", task_id)
            assert row is not None, task_id
            page.select_task(row.uid)
            if editor.uid != row.uid:
                editor.open_task(row.uid)
            settle(1500)
            save(window.grab(), out / f"rtl-{lang}-{name}{suffix}.png")
        for page_id in ("review", "rewards", "wallet"):
            window.show_page(page_id)
            settle(1500)
            save(window.grab(), out / f"rtl-{lang}-{page_id}{suffix}.png")
        window.close()
        return 0
    finally:
        session.stop()
        session.wallet.lock()
        session.cache.close()
        shutil.rmtree(profile.root, ignore_errors=True)
        del app


if __name__ == "__main__":
    sys.exit(main())
