"""Run as a script (``python -m tests.ui.clipped_text``) under a scale factor: opens the
demo window at the size of the screen, shows every page and a task of every kind, and
prints one line per QLabel / QPushButton whose text is wider than the widget (then
exits 1), or "no clipped text" (exit 0). The scale factor must be set before Qt
starts, hence a separate process (tests/ui/test_accessibility.py starts it)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.demo import load_demo
from datafi_desktop.core.profile import Profile
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.app import create_application
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session

TASKS = ("text-cls-001", "text-spans-001", "compare-001", "img-cls-001", "img-boxes-001",
         "img-poly-001", "collect-001")


def settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def clipped(window: QWidget) -> list[str]:
    """Visible single-line labels and push buttons whose text does not fit."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if "Elided" in type(widget).__name__:
            continue  # elides on purpose and shows the whole text in its tooltip
        if isinstance(widget, QLabel):
            text = widget.text()
            if (not text or widget.wordWrap() or widget.textFormat() == Qt.TextFormat.RichText
                    or "<" in text or "\n" in text):
                continue
            room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent() \
                if widget.indent() > 0 else widget.contentsRect().width() - 2 * widget.margin()
            need = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
        elif isinstance(widget, QPushButton):
            text = widget.text().replace("&&", "&").replace("&", "")
            if not text:
                continue
            room = widget.width() - 8
            if not widget.icon().isNull():
                room -= widget.iconSize().width() + 4
            need = widget.fontMetrics().horizontalAdvance(text)
        else:
            continue
        if need > room + 1:
            found.append(f"{type(widget).__name__} {widget.objectName() or '-'} "
                         f"{text[:40]!r}: text {need} px > {room} px")
    return found


def main() -> int:
    app = create_application()
    root = Path(tempfile.mkdtemp()) / "profile"
    profile = Profile(root).ensure()
    cache = Cache.for_profile(profile)
    load_demo(cache)
    session = Session(profile, cache, Wallet(profile.wallet_dir, scrypt_n=2**12))
    window = MainWindow(session)
    screen = window.screen().availableGeometry()
    window.setGeometry(screen)
    window.show()
    settle(app)
    problems: list[str] = []
    for page_id in window.pages:
        window.show_page(page_id)
        settle(app)
        problems += [f"{page_id}: {p}" for p in clipped(window)]
    window.show_page("tasks")
    assert window.editor is not None
    for task_id in TASKS:
        row = cache.tasks.find_task("demo", task_id)
        assert row is not None, task_id
        window.editor.go_to(row.uid)
        settle(app, 1.0)
        problems += [f"{task_id}: {p}" for p in clipped(window)]
    print(f"screen {screen.width()}x{screen.height()} logical, "
          f"scale {window.devicePixelRatio()}")
    for line in dict.fromkeys(problems):
        print(line)
    if not problems:
        print("no clipped text")
    session.stop()
    window.close()
    cache.close()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
