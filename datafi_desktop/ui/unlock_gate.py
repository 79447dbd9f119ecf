"""Doing something that needs the unlocked wallet: ask for the password first.

:class:`UnlockGate` is what the editor's submit and the Review page's verdicts
share: a locked wallet opens the :class:`~.wallet_dialogs.UnlockDialog` and the
action continues once it is unlocked; a wallet without any account offers the
Wallet page instead. Subclasses say what is being signed in their messages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from .session import Session
from .tr_marks import QT_TRANSLATE_NOOP
from .wallet_dialogs import UnlockDialog


class UnlockGate(QObject):
    #: the action did not happen (a message for the user)
    failed = Signal(str)
    #: there is no account to sign with and the user chose to make one
    wallet_page_requested = Signal()

    #: the question shown when the wallet has no account at all
    #: (marked in the "UnlockGate" context, translated where shown)
    no_account_text = QT_TRANSLATE_NOOP(
        "UnlockGate", "This is signed with your wallet, and it has no account yet.")
    #: reported when the user does not go and make one
    no_account_failed = QT_TRANSLATE_NOOP(
        "UnlockGate", "Not signed: create or import an account to sign with.")

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._window = parent
        self.dialog: UnlockDialog | None = None
        self.question: QMessageBox | None = None

    @property
    def busy(self) -> bool:
        return self.dialog is not None or self.question is not None

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
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("UnlockGate", "No account to sign with"),
                          QCoreApplication.translate("UnlockGate", self.no_account_text),
                          QMessageBox.StandardButton.Cancel, self._window.window())
        box.setObjectName("noAccountBox")
        go = box.addButton(QCoreApplication.translate("UnlockGate", "Go to the wallet"),
                           QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(go)
        self.question = box

        def finished(_result: int) -> None:
            self.question = None
            box.deleteLater()
            if box.clickedButton() is go:
                self.wallet_page_requested.emit()
            self.failed.emit(QCoreApplication.translate("UnlockGate", self.no_account_failed))

        box.finished.connect(finished)
        box.open()
