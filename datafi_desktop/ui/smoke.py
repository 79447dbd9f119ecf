"""``datafi-desktop --smoke``: open the window, label with every pane, sign once, close.

For each task kind in the cache, the first task is opened in the task editor and
must be drawn by its own pane (images decoded), not by the read-only fallback.
On a throwaway ``--demo`` profile it then creates a wallet account in that
profile, labels and submits a text classification task through the editor, and
checks that the outbox row's EIP-712 signature verifies for that account and the
campaign's domain. Prints one line per step; returns 0 when all of it worked,
1 otherwise, so a packaging job can tell what broke.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

from ..core import editing, operations
from ..core.errors import DataFiError
from ..core.protocol import verify_typed
from .editor import TaskEditor
from .editor.fallback import PreviewPane
from .main_window import MainWindow
from .session import Session

TIMEOUT_S = 30.0
#: the throwaway account's password (the demo profile is deleted on exit)
SMOKE_PASSWORD = "smoke test password"  # noqa: S105


def _wait(done: Callable[[], bool], timeout: float = TIMEOUT_S) -> bool:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return done()


def run_smoke(window: MainWindow) -> int:
    QCoreApplication.processEvents()
    editor = window.editor
    if editor is None:
        print("smoke: no task editor (no Tasks page)", file=sys.stderr)
        return 1
    session = window.session
    kinds = sorted(session.cache.tasks.kind_counts(session.campaign_id))
    if not kinds:
        print("smoke: no tasks in the cache", file=sys.stderr)
        return 1
    failures = sum(not _open_kind(editor, session, kind) for kind in kinds)
    if _throwaway(session):
        failures += not _sign_one(editor, session)
    else:
        print("smoke: signing skipped (only on a throwaway --demo profile)")
    window.close()
    QCoreApplication.processEvents()
    return 0 if failures == 0 else 1


def _open_kind(editor: TaskEditor, session: Session, kind: str) -> bool:
    first = session.cache.tasks.task_summaries(session.campaign_id, kinds=[kind], limit=1)[0]
    outcome: dict[str, object] = {}

    def shown(uid: int) -> None:
        outcome.setdefault("shown", uid)

    def failed(_uid: int, message: str) -> None:
        outcome.setdefault("failed", message)

    editor.shown.connect(shown)
    editor.failed.connect(failed)
    editor.open_task(-1)
    editor.go_to(first.uid, focus=False)
    _wait(lambda: bool(outcome))
    editor.shown.disconnect(shown)
    editor.failed.disconnect(failed)
    pane = editor.pane
    ok = outcome.get("shown") == first.uid and pane is not None
    if ok and isinstance(pane, PreviewPane):
        ok, detail = False, f"no pane: {pane.note.text()}"
    elif ok and pane is not None:
        detail = f"ok ({type(pane).__name__})"
    else:
        detail = str(outcome.get("failed", "timed out"))
    print(f"smoke: {kind} {first.task_id}: {detail}")
    return ok


def _throwaway(session: Session) -> bool:
    """A --demo profile: a fresh folder in the temporary directory, deleted on exit."""
    temp = Path(tempfile.gettempdir()).resolve()
    return temp in session.profile.root.resolve().parents


def _sign_one(editor: TaskEditor, session: Session) -> bool:
    cache, wallet = session.cache, session.wallet
    todo = cache.tasks.task_summaries(session.campaign_id, states=["new", "draft"],
                                      kinds=["text_classification"], limit=1)
    if not todo:
        print("smoke: signing: no text classification task left to submit", file=sys.stderr)
        return False
    uid = todo[0].uid
    try:
        created = wallet.create(SMOKE_PASSWORD, label="smoke test")
        session.run(lambda: operations.unlock(wallet, created.address, SMOKE_PASSWORD))
    except DataFiError as exc:
        print(f"smoke: signing: cannot make a throwaway account: {exc}", file=sys.stderr)
        return False
    outcome: dict[str, str] = {}
    editor.submitted.connect(lambda sid: outcome.setdefault("id", sid))
    editor.status_message.connect(lambda text: outcome.setdefault("message", text))
    editor.go_to(uid, focus=False)
    _wait(lambda: editor.uid == uid and editor.pane is not None)
    pane, row = editor.pane, editor.row
    if pane is None or row is None:
        print("smoke: signing: the task did not open", file=sys.stderr)
        return False
    body = pane.body()
    if not body.get("labels"):
        label = row.task.config.label_names[0]
        pane.edit(editing.toggle_label(body, label, multi=row.task.config.multi), "smoke")
    outbox_before = sum(cache.outbox.counts().values())
    editor.submit()
    _wait(lambda: "id" in outcome or "Not submitted" in outcome.get("message", ""))
    session.run(lambda: operations.lock(wallet))
    if "id" not in outcome:
        print(f"smoke: signing failed: {outcome.get('message', 'timed out')}", file=sys.stderr)
        return False
    submission = cache.submissions.get(outcome["id"])
    # the demo's sync may already be sending it: count the outbox rows in every state
    if sum(cache.outbox.counts().values()) != outbox_before + 1:
        print("smoke: signing: the submission has no outbox row", file=sys.stderr)
        return False
    try:
        verify_typed(submission.typed_data, submission.signature, created.address,
                     cache.tasks.get_campaign(submission.campaign_id).domain)
    except DataFiError as exc:
        print(f"smoke: signing: the outbox row's signature does not verify: {exc}",
              file=sys.stderr)
        return False
    print(f"smoke: signed {submission.task_id} as {created.address}: outbox row "
          f"{submission.id} verifies")
    return True
