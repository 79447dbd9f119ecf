"""Screenshots of issue 12 items 4, 10, 14 and 15 (accepting predictions, field titles
and text limits, the demo's review path, box tags).

    xvfb-run -s "-screen 0 1280x800x24" python scripts/screenshots_issue12_more.py

Makes, in docs/screenshots (1280×800, the demo with its in-process hub):

    prediction-accepted.png   text-spans-003: the first predicted span accepted (Enter),
                              the other three still dashed "· predicted"
    box-tags.png              img-boxes-001: eleven predicted boxes, tags that do not
                              cover one another, the first box accepted
    collection-limits.png     collect-003 with 714 characters pasted: the red counter
                              and the refusal; the fields' titles
    review-demo.png           the Review page after G: the demo annotators' work
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
    out = ROOT / "docs" / "screenshots"
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtTest import QTest

    from datafi_desktop.core import text_editing as te
    from datafi_desktop.core.profile import temporary_profile
    from datafi_desktop.core.wallet import Wallet
    from datafi_desktop.ui.app import (
        create_application,
        open_session,
        open_sync,
        start_translations,
    )
    from datafi_desktop.ui.main_window import MainWindow

    app = create_application()

    start_translations("en")  # the plural forms, as the app installs them
    profile = temporary_profile("datafi-shots-")
    session = open_session(profile, demo=True, wallet=Wallet(profile.wallet_dir, scrypt_n=2**12))
    setup = open_sync(session, demo=True)
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
        pane = editor.pane
        pane.spans.selected = te.span_key(pane.body()["spans"][0])
        pane.request_submit()  # Enter on the selected predicted span: accepted
        settle()
        save(window.grab(), out / "prediction-accepted.png")

        select("img-boxes-001")
        editor.pane.canvas.select(0)
        editor.pane.accept_predictions(["boxes[0]"])
        settle()
        save(window.grab(), out / "box-tags.png")

        select("collect-003")
        editor.pane.text.setPlainText("The street light at the corner is broken. " * 17)
        editor.submit()
        settle()
        save(window.grab(), out / "collection-limits.png")

        window.show_page("review")
        settle(2000)
        review = window.pages["review"]
        review.panel.fetch_button.click()  # what G does
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and review.model.rowCount() == 0:
            settle(300)
        settle(1500)
        save(window.grab(), out / "review-demo.png")
        window.close()
        return 0
    finally:
        setup.stop()
        session.stop()
        session.wallet.lock()
        session.cache.close()
        shutil.rmtree(profile.root, ignore_errors=True)
        del app


if __name__ == "__main__":
    sys.exit(main())
