"""What the sync indicator shows for a session right now: the controller's progress in
words, and what to do when there is no account to sign with yet. Shared by the indicator
and the sync dialogs (neither imports the other)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...core.sync import SyncState
from .texts import Look, describe

if TYPE_CHECKING:
    from ..session import Session
    from .controller import SyncController


def current_look(session: Session) -> Look:
    controller: SyncController | None = getattr(session, "sync", None)
    progress = controller.progress if controller is not None else None
    look = describe(progress, session.cache.outbox.pending_count())
    if progress is not None and progress.state is SyncState.LOCKED and not (
            session.wallet.accounts()):
        # nothing to unlock yet: say what to do instead
        return replace(
            look, text=QCoreApplication.translate("sync_look", "Create an account to sync"),
            headline=QCoreApplication.translate("sync_look", "No account yet"),
            message=QCoreApplication.translate(
                "sync_look", "Create or import an account on the Wallet page (Ctrl+4): "
                "sending submissions and reserving tasks need its signature. Campaigns and "
                "files still download."))
    return look
