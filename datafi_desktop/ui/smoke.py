"""``datafi-desktop --smoke``: open the window, show the first task of each kind, close.

Returns 0 when every kind in the cache could be shown (images decoded), 1 otherwise,
and prints one line per kind, so a packaging job can tell what broke.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEventLoop

from .main_window import MainWindow
from .queue_page import QueuePage

TIMEOUT_S = 30.0


def run_smoke(window: MainWindow) -> int:
    process = QCoreApplication.processEvents
    process()
    page = window.pages.get("tasks")
    if not isinstance(page, QueuePage):
        print("smoke: no Tasks page", file=sys.stderr)
        return 1
    cache = window.session.cache
    campaign_id = window.session.campaign_id
    kinds = sorted(cache.kind_counts(campaign_id))
    if not kinds:
        print("smoke: no tasks in the cache", file=sys.stderr)
        return 1
    failures = 0
    for kind in kinds:
        first = cache.task_summaries(campaign_id, kinds=[kind], limit=1)[0]
        outcome: dict[str, object] = {}

        def shown(uid: int, o: dict[str, object] = outcome) -> None:
            o.setdefault("shown", uid)

        def failed(_uid: int, message: str, o: dict[str, object] = outcome) -> None:
            o.setdefault("failed", message)

        page.preview.shown.connect(shown)
        page.preview.failed.connect(failed)
        page.preview.show_task(cache.get_task(first.uid))
        deadline = time.monotonic() + TIMEOUT_S
        while not outcome and time.monotonic() < deadline:
            process(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        page.preview.shown.disconnect(shown)
        page.preview.failed.disconnect(failed)
        ok = outcome.get("shown") == first.uid
        failures += not ok
        detail = "ok" if ok else str(outcome.get("failed", "timed out"))
        print(f"smoke: {kind} {first.task_id}: {detail}")
    window.close()
    process()
    return 0 if failures == 0 else 1
