"""Submitting a draft: unlock the wallet if needed, then sign and queue it.

:class:`Submitter` runs the part of the flow that may need the user: a locked
wallet opens the unlock dialog (the submission continues once it is unlocked);
no account at all offers the Wallet page. Signing and the write of submission
and outbox row are ``core.operations.submit`` (one transaction), which says
what it changed. Every failure is reported
through :attr:`Submitter.failed` in words, and the draft stays where it was.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal

from ...core import operations
from ...core.errors import (
    AnnotationValidationError,
    CacheError,
    DataFiError,
    WalletLockedError,
)
from ...core.flow import submittable
from ..unlock_gate import UnlockGate

log = logging.getLogger(__name__)


class Submitter(UnlockGate):
    #: the submission was signed and queued: an ``OpResult`` of its SubmissionRow and
    #: what changed (the editor announces it)
    submitted = Signal(object)

    @property
    # silenced below: a property where the base class has a plain attribute
    def no_account_text(self) -> str:  # type: ignore[override]
        return self.tr("Submissions are signed with your wallet, and it has no account yet. "
                       "Create one, or import one you already have, on the Wallet page. Your "
                       "draft is kept.")

    @property
    # silenced below: a property where the base class has a plain attribute
    def no_account_failed(self) -> str:  # type: ignore[override]
        return self.tr("Not submitted: create or import an account to sign with. Your draft "
                       "is kept.")

    def submit(self, uid: int, body: dict[str, Any]) -> None:
        """Sign ``body`` as the annotation of task ``uid``, unlocking first if needed."""
        self.when_unlocked(lambda: self._sign(uid, body),
                           self.tr("Not submitted: the wallet is still locked. Your draft is "
                                   "kept."))

    def _sign(self, uid: int, body: dict[str, Any]) -> None:
        wallet = self.session.wallet
        try:
            signer = wallet.signer()
        except WalletLockedError:  # locked itself in between: ask again
            self.submit(uid, body)
            return
        try:
            result = operations.submit(self.session.cache, uid, submittable(body), signer)
        except AnnotationValidationError as exc:
            self.failed.emit(self.tr("Not submitted: {error}. Your draft is kept.").format(
                error=exc))
            return
        except WalletLockedError:
            self.failed.emit(self.tr("Not submitted: the wallet locked itself. Your draft is "
                                     "kept."))
            return
        except (CacheError, DataFiError, OSError) as exc:  # CacheError: SQLite failed
            log.exception("submission of task %s failed", uid)
            self.failed.emit(self.tr("Not submitted: the cache could not store it ({error}). "
                                     "Your draft is kept.").format(error=exc))
            return
        self.session.remember_account(signer.address)
        self.submitted.emit(result)
