"""Signing a verdict: unlock the wallet if needed, then ``make_review``.

:class:`VerdictSigner` runs the part of a verdict that may need the user, as the
editor's ``Submitter`` does for submissions: a locked wallet opens the same
:class:`~..wallet_dialogs.UnlockDialog` (the verdict is signed once it is
unlocked); a wallet without an account offers the Wallet page. The review, its
outbox row and the item's state are written by ``core.operations.sign_review``
(``make_review``) in one transaction, which says what it changed; a refused
verdict (``ReviewError``: no reason, own submission, a correction that does not
fit) is reported in words and nothing is written.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal

from ...core import operations
from ...core.cache.reviews import ReviewQueueItem
from ...core.errors import CacheError, DataFiError, WalletLockedError
from ...core.review import ReviewError
from ..tr_marks import QT_TRANSLATE_NOOP
from ..unlock_gate import UnlockGate

log = logging.getLogger(__name__)


class VerdictSigner(UnlockGate):
    #: the verdict was signed and queued: an ``OpResult`` of its ReviewRow and what changed
    signed = Signal(object)

    no_account_text = QT_TRANSLATE_NOOP(
        "UnlockGate", "Verdicts are signed with your wallet, and it has no account yet. "
        "Create one, or import the account the hub knows as a reviewer, on the Wallet page.")

    def sign(self, item: ReviewQueueItem, verdict: str, reason: str = "",
             correction: dict[str, Any] | None = None) -> None:
        """Sign ``verdict`` on ``item``, unlocking the wallet first if needed."""
        self.when_unlocked(lambda: self._make(item, verdict, reason, correction),
                           self.tr("Not signed: the wallet is still locked."))

    def _make(self, item: ReviewQueueItem, verdict: str, reason: str,
              correction: dict[str, Any] | None) -> None:
        wallet = self.session.wallet
        try:
            signer = wallet.signer()
        except WalletLockedError:  # locked itself in between: ask again
            self.sign(item, verdict, reason, correction)
            return
        try:
            result = operations.sign_review(self.session.cache, item, verdict, reason,
                                            correction, signer)
        except ReviewError as exc:
            self.failed.emit(str(exc))
            return
        except WalletLockedError:
            self.failed.emit(self.tr("Not signed: the wallet locked itself. Try again."))
            return
        except (CacheError, DataFiError, OSError) as exc:  # CacheError: SQLite failed
            log.exception("verdict on %s failed", item.submission_id)
            self.failed.emit(self.tr("Not signed: the cache could not store it ({error}).")
                             .format(error=exc))
            return
        self.session.remember_account(signer.address)
        self.signed.emit(result)
