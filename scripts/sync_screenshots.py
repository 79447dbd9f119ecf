"""Screenshots of the sync indicator in each state, from a real ``--demo`` setup.

    xvfb-run -s "-screen 0 1280x800x24" python scripts/sync_screenshots.py [--out DIR]

Uses the current DISPLAY (Xvfb or a real X server). The demo profile, its
in-process hub and a wallet (the public test phrase: never fund it) are set up
as ``datafi-desktop --demo`` does; then the screen is grabbed (so the popover
shows too) in ``--out`` (default ``/tmp/sync-shots``):

    sync-off.png       a profile with no hub: "Sync off"
    sync-locked.png    the wallet locked: "Unlock to sync"
    sync-synced.png    unlocked, the demo tasks leased, a submission sent: "Synced just now"
    sync-syncing.png   "Syncing… 120/500" (a progress snapshot handed to the controller:
                       a real push of 500 is over before a screen can be grabbed)
    sync-offline.png   the hub stopped, three submissions made offline: "Offline — 3 to
                       send", the popover open with the full message
    sync-details.png   Sync details, after the hub came back and everything was sent
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEST_PHRASE = "test test test test test test test test test test test junk"
PASSWORD = "screenshot password"  # noqa: S105 (a throwaway demo wallet)
FAST = {"interval_s": 3600, "probe_min_s": 0.2, "probe_max_s": 1.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "sync-shots")
    args = parser.parse_args(argv)
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen" or not os.environ.get("DISPLAY"):
        print("sync screenshots: needs an X display; run under xvfb-run", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    return shoot(args.out)


def shoot(out: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from datafi_desktop.core.profile import temporary_profile
    from datafi_desktop.core.sync import SyncPhase, SyncState
    from datafi_desktop.core.wallet import Wallet
    from datafi_desktop.hub.server.inprocess import start_hub
    from datafi_desktop.hub.settings import HubSettings
    from datafi_desktop.ui.app import create_application, open_session, start_translations
    from datafi_desktop.ui.main_window import MainWindow
    from datafi_desktop.ui.sync.dialogs import open_details_dialog
    from datafi_desktop.ui.sync.setup import start_demo_sync

    app = create_application()

    start_translations("en")  # the plural forms, as the app installs them
    profile = temporary_profile("datafi-sync-shots-")
    session = open_session(profile, demo=True, wallet=Wallet(profile.wallet_dir,
                                                              scrypt_n=2**12))
    setup = None
    try:
        info = session.wallet.import_mnemonic(TEST_PHRASE, PASSWORD, label="Demo")
        session.remember_account(info.address)
        window = MainWindow(session)
        window.resize(1280, 800)
        window.move(0, 0)
        window.show()
        QTest.qWaitForWindowExposed(window, 10_000)
        indicator = window.status.sync

        def wait(predicate: Callable[[], bool], what: str, timeout: float = 60) -> None:
            deadline = time.monotonic() + timeout
            while not predicate():
                if time.monotonic() > deadline:
                    raise TimeoutError(f"sync screenshots: waited too long for {what}")
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

        def settle(ms: int = 300) -> None:
            deadline = time.monotonic() + ms / 1000
            wait(lambda: time.monotonic() > deadline, "nothing")

        def grab(name: str) -> None:
            settle()
            screen = QGuiApplication.primaryScreen()
            pixmap = screen.grabWindow(0)
            pixmap.save(str(out / name), "PNG")
            print(f"sync screenshots: {out / name}  [{indicator.text()}]")

        grab("sync-off.png")
        setup = start_demo_sync(session, **FAST)
        wait(lambda: indicator.text() == "Unlock to sync", "the locked state")
        grab("sync-locked.png")

        session.wallet.unlock(info.address, PASSWORD)
        session.notify_wallet()
        submit = _submitter(session)
        wait(lambda: any(session.cache.tasks.get_task(s.uid).leased_until
                         for s in session.cache.tasks.task_summaries("demo")), "the leases")
        submit()
        wait(lambda: indicator.text() == "Synced just now"
             and session.cache.outbox.pending_count() == 0, "the first push")
        grab("sync-synced.png")

        controller = session.sync
        assert controller is not None
        real = controller.progress
        controller._on_progress(real.with_(state=SyncState.SYNCING, phase=SyncPhase.PUSH,
                                           done=120, total=500,
                                           message="Sending 500 submissions"))
        grab("sync-syncing.png")
        controller._on_progress(real)

        assert setup.hub is not None
        port = setup.hub.port
        setup.hub.stop()
        for _ in range(3):
            submit()
        wait(lambda: indicator.text() == "Offline — 3 to send", "the offline state")
        indicator.show_popover()
        grab("sync-offline.png")
        if indicator.popover is not None:
            indicator.popover.hide()

        setup.hub = start_hub(HubSettings(data_dir=profile.root / "hub"), port=port)
        wait(lambda: indicator.text() == "Synced just now"
             and session.cache.outbox.pending_count() == 0, "the hub to come back")
        dialog = open_details_dialog(session, window)
        dialog.move(360, 140)
        grab("sync-details.png")
        dialog.close()
        window.close()
        return 0
    finally:
        session.stop()
        if setup is not None:
            setup.stop()
        session.wallet.lock()
        session.cache.close()
        shutil.rmtree(profile.root, ignore_errors=True)
        del app


def _submitter(session: object) -> Callable[[], None]:
    """Submit the next leased text task with its first label, as the editor does."""

    def submit() -> None:
        cache = session.cache  # type: ignore[attr-defined]
        for summary in cache.tasks.task_summaries("demo", states=("new",),
                                                  kinds=("text_classification",)):
            row = cache.tasks.get_task(summary.uid)
            if row.leased_until is None:
                continue
            label = row.task.config.label_names[0]
            cache.submissions.submit(row.uid, {"kind": "text_classification", "labels": [label]},
                                     session.wallet.signer())  # type: ignore[attr-defined]
            session.notify_tasks()  # type: ignore[attr-defined]
            session.notify_outbox()  # type: ignore[attr-defined]
            return
        raise RuntimeError("no leased text task left to submit")

    return submit


if __name__ == "__main__":
    sys.exit(main())
