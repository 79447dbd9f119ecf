"""Screenshots of model assistance (issue 19), with the test ML backend running locally.

    xvfb-run -s "-screen 0 1280x800x24" python scripts/screenshots_issue19.py

Makes, in docs/screenshots (1280×800, the demo campaign):

    assist-prediction.png   text-cls-002 after Ctrl+P: the backend's label marked as
                            predicted, the banner offering to accept it (Ctrl+Enter)
    assist-interactive.png  a polygon task after a Ctrl+click on the green object: the
                            backend's polygon proposed, dashed (Enter accepts, Esc rejects)
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from screenshots import PASSWORD, SIZE, TEST_PHRASE, save  # noqa: E402


def fruit_image(folder: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 600), (236, 232, 222))
    draw = ImageDraw.Draw(image)
    draw.ellipse((120, 140, 360, 420), fill=(52, 110, 70))
    draw.rectangle((470, 170, 690, 430), fill=(236, 196, 40))
    path = folder / "fruit.png"
    image.save(path)
    return path


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    from PySide6.QtCore import QCoreApplication, QEventLoop, QPointF
    from PySide6.QtTest import QTest

    from datafi_desktop.core.models import parse_task
    from datafi_desktop.core.profile import temporary_profile
    from datafi_desktop.core.wallet import Wallet
    from datafi_desktop.ui.app import create_application, open_session, start_translations
    from datafi_desktop.ui.main_window import MainWindow
    from tests.assist.ml_backend import BackendServer, train_sentiment

    app = create_application()

    start_translations("en")  # the plural forms, as the app installs them
    backend = BackendServer(train_sentiment()).start()
    profile = temporary_profile("datafi-shots-")
    session = open_session(profile, demo=True, wallet=Wallet(profile.wallet_dir, scrypt_n=2**12))
    folder = Path(tempfile.mkdtemp())
    try:
        info = session.wallet.import_mnemonic(TEST_PHRASE, PASSWORD, label="Demo")
        session.wallet.unlock(info.address, PASSWORD)
        session.remember_account(info.address)
        session.notify_wallet()
        cache = session.cache
        campaign = cache.tasks.get_campaign("demo")
        cache.tasks.upsert_campaign(campaign.model_copy(update={"ml_backends": (backend.url,)}))
        path = fruit_image(folder)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        cache.assets.put_file(path, expected=sha)
        cache.tasks.add_tasks("demo", [parse_task({
            "id": "fruit-poly", "kind": "polygons",
            "data": {"image": sha, "width": 800, "height": 600, "filename": "fruit.png"},
            "config": {"labels": ["apple", "lemon"]}})], source="local")
        window = MainWindow(session)
        window.resize(*SIZE)
        window.show()
        QTest.qWaitForWindowExposed(window, 10_000)
        page = window.pages["tasks"]
        editor = window.editor
        assert editor is not None

        def settle(ms: int = 500, until: object = None) -> None:
            deadline = time.monotonic() + ms / 1000
            while time.monotonic() < deadline:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
                if callable(until) and until():
                    break

        def select(task_id: str) -> None:
            row = cache.tasks.find_task("demo", task_id)
            assert row is not None, task_id
            page.select_task(row.uid)  # type: ignore[attr-defined]
            if editor.uid != row.uid:
                editor.open_task(row.uid)
            settle(1500)
            editor.focus_pane()

        window.show_page("tasks")
        session.notify_tasks()
        select("text-cls-002")
        editor.assistant.ask()
        settle(20_000, lambda: editor.banner.isVisible())
        settle(300)
        save(window.grab(), out / "assist-prediction.png")

        select("fruit-poly")
        assist = editor.pane.canvas.assist  # type: ignore[attr-defined]
        assist.point(QPointF(240, 280), True)
        settle(20_000, lambda: assist.proposal is not None)
        settle(300)
        save(window.grab(), out / "assist-interactive.png")
        window.close()
        return 0
    finally:
        session.stop()
        session.wallet.lock()
        session.cache.close()
        backend.stop()
        shutil.rmtree(profile.root, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
        del app


if __name__ == "__main__":
    sys.exit(main())
