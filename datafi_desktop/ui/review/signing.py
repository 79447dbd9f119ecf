"""Signing a verdict: unlock the wallet if needed, then ``make_review``.

:class:`VerdictSigner` runs the part of a verdict that may need the user, as the
editor's ``Submitter`` does for submissions: a locked wallet opens the same
:class:`~..wallet_dialogs.UnlockDialog` (the verdict is signed once it is
unlocked); a wallet without an account offers the Wallet page. The review, its
outbox row and the item's state are written by ``core.review.make_review`` in
one transaction; a refused verdict (``ReviewError``: no reason, own submission,
a correction that does not fit) is reported in words and nothing is written.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.cache.reviews import ReviewQueueItem
from ...core.errors import DataFiError, WalletLockedError
from ...core.review import ReviewError, make_review
from ..session import Session
from ..wallet_dialogs import UnlockDialog

log = logging.getLogger(__name__)


class VerdictSigner(QObject):
    #: the verdict was signed and queued (its ReviewRow)
    signed = Signal(object)
    #: it was not (a message for the user)
    failed = Signal(str)
    #: there is no account to sign with and the user chose to make one
    wallet_page_requested = Signal()

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._window = parent
        self.dialog: UnlockDialog | None = None
        self.question: QMessageBox | None = None

    @property
    def busy(self) -> bool:
        return self.dialog is not None or self.question is not None

    def sign(self, item: ReviewQueueItem, verdict: str, reason: str = "",
             correction: dict[str, Any] | None = None) -> None:
        """Sign ``verdict`` on ``item``, unlocking the wallet first if needed."""
        self.when_unlocked(lambda: self._make(item, verdict, reason, correction),
                           "Not signed: the wallet is still locked.")

    def when_unlocked(self, then: Callable[[], None], still_locked: str) -> None:
        """Call ``then`` now if the wallet is unlocked, else after the unlock dialog (or
        report ``still_locked`` when the user cancels it)."""
        if self.busy:
            return
        wallet = self.session.wallet
        if not wallet.is_locked:
            then()
        elif not wallet.accounts():
            self._offer_wallet()
        else:
            self._unlock_then(then, still_locked)

    # --- steps ----------------------------------------------------------------------------

    def _unlock_then(self, then: Callable[[], None], still_locked: str) -> None:
        dialog = UnlockDialog(self.session, parent=self._window.window())
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            QTimer.singleShot(0, self._window.window().activateWindow)  # back to the page
            if result:
                then()
            else:
                self.failed.emit(still_locked)

        dialog.finished.connect(finished)
        dialog.open()

    def _offer_wallet(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "No account to sign with",
                          "Verdicts are signed with your wallet, and it has no account yet. "
                          "Create one, or import the account the hub knows as a reviewer, "
                          "on the Wallet page.",
                          QMessageBox.StandardButton.Cancel, self._window.window())
        box.setObjectName("noAccountBox")
        go = box.addButton("Go to the wallet", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(go)
        self.question = box

        def finished(_result: int) -> None:
            self.question = None
            box.deleteLater()
            if box.clickedButton() is go:
                self.wallet_page_requested.emit()
            self.failed.emit("Not signed: create or import an account to sign with.")

        box.finished.connect(finished)
        box.open()

    def _make(self, item: ReviewQueueItem, verdict: str, reason: str,
              correction: dict[str, Any] | None) -> None:
        wallet = self.session.wallet
        try:
            signer = wallet.signer()
        except WalletLockedError:  # locked itself in between: ask again
            self.sign(item, verdict, reason, correction)
            return
        try:
            row = make_review(self.session.cache, item, verdict, reason, correction, signer)
        except ReviewError as exc:
            self.failed.emit(str(exc))
            return
        except WalletLockedError:
            self.failed.emit("Not signed: the wallet locked itself. Try again.")
            return
        except (DataFiError, sqlite3.Error, OSError) as exc:
            log.exception("verdict on %s failed", item.submission_id)
            self.failed.emit(f"Not signed: the cache could not store it ({exc}).")
            return
        self.session.remember_account(signer.address)
        self.signed.emit(row)
