"""Submitting a draft: unlock the wallet if needed, then sign and queue it.

:class:`Submitter` runs the part of the flow that may need the user: a locked
wallet opens the unlock dialog (the submission continues once it is unlocked);
no account at all offers the Wallet page. Signing and the write of submission
and outbox row are ``Cache.submit`` (one transaction). Every failure is reported
through :attr:`Submitter.failed` in words, and the draft stays where it was.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.errors import AnnotationValidationError, DataFiError, WalletLockedError
from ...core.flow import submittable
from ..session import Session
from ..wallet_dialogs import UnlockDialog

log = logging.getLogger(__name__)


class Submitter(QObject):
    #: the submission was signed and queued (its SubmissionRow)
    submitted = Signal(object)
    #: it was not (a message for the user; the draft is kept)
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

    def submit(self, uid: int, body: dict[str, Any]) -> None:
        """Sign ``body`` as the annotation of task ``uid``, unlocking first if needed."""
        if self.busy:
            return
        wallet = self.session.wallet
        if not wallet.is_locked:
            self._sign(uid, body)
        elif not wallet.accounts():
            self._offer_wallet()
        else:
            self._unlock_then_sign(uid, body)

    # --- steps ----------------------------------------------------------------------

    def _unlock_then_sign(self, uid: int, body: dict[str, Any]) -> None:
        dialog = UnlockDialog(self.session, parent=self._window.window())
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result:
                self._sign(uid, body)
            else:
                self.failed.emit("Not submitted: the wallet is still locked. "
                                 "Your draft is kept.")

        dialog.finished.connect(finished)
        dialog.open()

    def _offer_wallet(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "No account to sign with",
                          "Submissions are signed with your wallet, and it has no account "
                          "yet. Create one, or import one you already have, on the Wallet "
                          "page. Your draft is kept.",
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
            self.failed.emit("Not submitted: create or import an account to sign with. "
                             "Your draft is kept.")

        box.finished.connect(finished)
        box.open()

    def _sign(self, uid: int, body: dict[str, Any]) -> None:
        wallet = self.session.wallet
        try:
            signer = wallet.signer()
        except WalletLockedError:  # locked itself in between: ask again
            if wallet.accounts():
                self._unlock_then_sign(uid, body)
            else:
                self._offer_wallet()
            return
        try:
            row = self.session.cache.submit(uid, submittable(body), signer)
        except AnnotationValidationError as exc:
            self.failed.emit(f"Not submitted: {exc}. Your draft is kept.")
            return
        except WalletLockedError:
            self.failed.emit("Not submitted: the wallet locked itself. Your draft is kept.")
            return
        except (DataFiError, sqlite3.Error, OSError) as exc:
            log.exception("submission of task %s failed", uid)
            self.failed.emit(f"Not submitted: the cache could not store it ({exc}). "
                             "Your draft is kept.")
            return
        self.session.remember_account(signer.address)
        self.submitted.emit(row)
