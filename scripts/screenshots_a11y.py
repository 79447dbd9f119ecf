"""Accessibility screenshots (issue 17 item 5) of the real window under X, from the demo:

    xvfb-run -a -s "-screen 0 1280x800x24" python scripts/screenshots_a11y.py

Makes, in ``--out`` (docs/screenshots):

    high-contrast-<page>.png   View ▸ High contrast on the Tasks (a text and an image
                               task), Review, Rewards and Wallet pages, 1280×800, with
                               the keyboard focus on a control so its ring shows
    scale200-<page>.png        every page and the span and boxes panes at
                               QT_SCALE_FACTOR=2 on a 2560×1600 screen (a child
                               process on its own Xvfb screen)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", choices=["hc", "2x"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen" or not os.environ.get("DISPLAY"):
        print("screenshots_a11y: needs an X display; run under xvfb-run", file=sys.stderr)
        return 2
    if args.only:
        return shoot(args.out, args.only)
    code = shoot(args.out, "hc")
    if code == 0:
        env = dict(os.environ, QT_SCALE_FACTOR="2", QT_ENABLE_HIGHDPI_SCALING="1")
        command = [sys.executable, str(Path(__file__).resolve()), "--out", str(args.out),
                   "--only", "2x"]
        xvfb = shutil.which("xvfb-run")
        if xvfb:
            command = [xvfb, "-a", "-s", "-screen 0 2560x1600x24", *command]
        code = subprocess.run(command, env=env, check=False).returncode  # noqa: S603
    return code


def shoot(out: Path, mode: str) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from datafi_desktop.core.preferences import Preferences
    from datafi_desktop.core.profile import temporary_profile
    from datafi_desktop.core.wallet import Wallet
    from datafi_desktop.ui.app import create_application, open_session, start_translations
    from datafi_desktop.ui.appearance import HIGH_CONTRAST
    from datafi_desktop.ui.main_window import MainWindow
    from datafi_desktop.ui.queue_page import QueuePage

    app = create_application()

    start_translations("en")  # the plural forms, as the app installs them
    profile = temporary_profile("datafi-a11y-shots-")
    session = open_session(profile, demo=True,
                           wallet=Wallet(profile.wallet_dir, scrypt_n=2**12))
    try:
        info = session.wallet.import_mnemonic(TEST_PHRASE, PASSWORD, label="Demo")
        session.wallet.unlock(info.address, PASSWORD)
        session.remember_account(info.address)
        session.notify_wallet()
        if mode == "hc":  # remembered from an earlier run: applied before the window is built
            Preferences(session.cache).set(HIGH_CONTRAST, True)
        window = MainWindow(session)
        screen = window.screen().availableGeometry()
        if mode == "2x":
            window.setGeometry(screen)
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

        def select(task_id: str) -> None:
            row = session.cache.tasks.find_task("demo", task_id)
            assert row is not None, task_id
            page.select_task(row.uid)
            if editor.uid != row.uid:
                editor.open_task(row.uid)
            settle(1500)

        def focus(name: str) -> None:
            widget = window.findChild(QWidget, name)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
            settle(200)

        prefix = "high-contrast" if mode == "hc" else "scale200"
        window.show_page("tasks")
        select("text-cls-001")
        chips = [w for w in window.findChildren(QWidget) if w.objectName().startswith("chip:")
                 and w.isVisible()]
        if chips:
            chips[1 if len(chips) > 1 else 0].setFocus(Qt.FocusReason.TabFocusReason)
            settle(200)
        save(window.grab(), out / f"{prefix}-tasks-text.png")
        select("img-boxes-001")
        focus("queueSearch")
        save(window.grab(), out / f"{prefix}-tasks-boxes.png")
        if mode == "2x":
            select("text-spans-002")
            save(window.grab(), out / f"{prefix}-tasks-spans.png")
            select("collect-001")
            save(window.grab(), out / f"{prefix}-tasks-collection.png")
            select("compare-001")
            save(window.grab(), out / f"{prefix}-tasks-comparison.png")
        for page_id, control in (("review", "reviewTable"), ("rewards", "rewardsCampaign"),
                                 ("wallet", "createButton")):
            window.show_page(page_id)
            settle()
            focus(control)
            save(window.grab(), out / f"{prefix}-{page_id}.png")
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
