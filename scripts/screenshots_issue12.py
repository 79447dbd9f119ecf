"""Before/after screenshots of issue 12 items 4 and 5 (predictions, comparison).

    xvfb-run -s "-screen 0 1280x800x24" python scripts/screenshots_issue12.py SUFFIX

Makes, in docs/screenshots (1280×800, the demo campaign):

    predicted-spans-SUFFIX.png     demo task 18 (text-spans-003): one span added by
                                   the annotator, then Previous and Next task
                                   (the model's spans should still be dashed)
    predicted-boxes-SUFFIX.png     img-boxes-001 with its first box relabeled
    compare-prefer-b-SUFFIX.png    compare-001 (the model prefers A, rates 5 and 5)
                                   after the annotator pressed B

Run it once on the code before the fix with SUFFIX=before (PYTHONPATH pointing at
that checkout) and once after with SUFFIX=after.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import PASSWORD, SIZE, TEST_PHRASE, save  # noqa: E402


def main() -> int:
    suffix = sys.argv[1] if len(sys.argv) > 1 else "after"
    out = ROOT / "docs" / "screenshots"
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtTest import QTest

    from datafi_desktop.core import editing as ed
    from datafi_desktop.core.profile import temporary_profile
    from datafi_desktop.core.wallet import Wallet
    from datafi_desktop.ui.app import create_application, open_session, start_translations
    from datafi_desktop.ui.main_window import MainWindow

    app = create_application()

    start_translations("en")  # the plural forms, as the app installs them
    profile = temporary_profile("datafi-shots-")
    session = open_session(profile, demo=True, wallet=Wallet(profile.wallet_dir, scrypt_n=2**12))
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
        editor = window.editor
        assert editor is not None

        def settle(ms: int = 500) -> None:
            deadline = time.monotonic() + ms / 1000
            while time.monotonic() < deadline:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

        def select(task_id: str) -> None:
            row = session.cache.tasks.find_task("demo", task_id)
            assert row is not None, task_id
            page.select_task(row.uid)  # type: ignore[attr-defined]
            if editor.uid != row.uid:
                editor.open_task(row.uid)
            settle(1500)
            editor.focus_pane()

        window.show_page("tasks")
        select("text-spans-003")
        text = editor.pane.current.task.text
        start = text.index("coding camp")
        editor.pane.edit(ed.add_span(editor.body(), start, start + 11, "MISC", len(text)),
                         "Label MISC")
        settle()
        editor.previous_task()
        settle()
        select("text-spans-003")
        save(window.grab(), out / f"predicted-spans-{suffix}.png")

        select("img-boxes-001")
        editor.pane.edit(ed.relabel(editor.body(), "boxes", 0, "bus"), "Relabel")
        settle()
        save(window.grab(), out / f"predicted-boxes-{suffix}.png")

        select("compare-001")
        editor.pane.choose("B")
        settle()
        save(window.grab(), out / f"compare-prefer-b-{suffix}.png")
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
