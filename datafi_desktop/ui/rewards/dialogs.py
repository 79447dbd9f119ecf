"""Dialogs of the Rewards page: confirm a claim with the password, and the chain's RPC URL.

:class:`ClaimDialog` shows what the claim pays and — from the wallet — the gas it takes
and the EIP-1559 fees it offers (most likely cost and the most it can cost), then asks the
account's password again. The key is opened on a worker thread (scrypt takes about a
second); a wrong password keeps the dialog open with the reason. The result is a signed
transaction (``signed``), or a signed ClaimRequest for the hub's relayer (``request``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.chain.claims import (
    Entitlement,
    PreparedClaim,
    SignedClaim,
    claim_request,
    password_signer,
    sign_claim,
)
from ...core.models import ChainSettings
from ...core.protocol import Domain
from ...core.wallet import Wallet
from .. import locale_format as lf
from ..password_widgets import error_text
from ..theme import monospace_font, named, set_role
from ..worker import Job, run_in_background


class _PasswordDialog(QDialog):
    """A dialog that asks for the password and runs one job with it on the pool."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        self._job: Job | None = None
        self.note = named(QLabel(), "dialogError")
        self.note.setWordWrap(True)
        self.password = named(QLineEdit(), "claimPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("the account's password, asked again for a claim"))
        self.password.textChanged.connect(lambda _t: self.note.clear())
        self.password.returnPressed.connect(self._ok_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = named(QPushButton(ok_text), "okButton")
        self.ok.setDefault(True)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setAutoDefault(False)
            cancel.setIcon(QIcon())
        self.buttons.accepted.connect(self._ok_clicked)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout()
        lay = QVBoxLayout(self)
        lay.addLayout(self.body, 1)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _ok_clicked(self) -> None:
        if self.busy:
            return
        if not self.password.text():
            self.show_error(self.tr("Type the account's password to sign the claim."))
            return
        self._start(self.password.text())

    def _start(self, password: str) -> None:
        """Subclasses: call :meth:`_run` with the work to do with the password."""

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        set_role(self.note, "muted")
        self.note.setText(self.tr("Checking the password…"))
        self.ok.setEnabled(False)

        def finished(result: Any) -> None:
            self._job = None
            self.ok.setEnabled(True)
            self.note.clear()
            done(result)

        def failed(exc: BaseException) -> None:
            self._job = None
            self.ok.setEnabled(True)
            self.show_error(error_text(exc))
            self.password.selectAll()

        self._job = run_in_background(work, finished, failed)

    def show_error(self, text: str) -> None:
        set_role(self.note, "error")
        self.note.setText(text)

    def done(self, result: int) -> None:
        if self._job is not None:
            return  # the password check finishes first: its outcome must be shown
        self.password.clear()
        super().done(result)


def _value(text: str, name: str, mono: bool = False) -> QLabel:
    label = named(QLabel(text), name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if mono:
        label.setFont(monospace_font())
    return label


class ClaimDialog(_PasswordDialog):
    """Claim from the wallet: amount, gas and fees shown; the password signs."""

    def __init__(self, prepared: PreparedClaim, wallet: Wallet, chain: ChainSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Claim rewards"), self.tr("Sign and send"), parent)
        self.setObjectName("claimDialog")
        self.prepared = prepared
        self.wallet = wallet
        self.signed: SignedClaim | None = None
        p = prepared
        amount = lf.token_amount(p.amount, chain.token_decimals, chain.token_symbol)
        intro = QLabel(self.tr(
            "Claim <b>{amount}</b> from the distributor to your account. The transaction is "
            "signed here and sent from your wallet, which pays the gas.").format(amount=amount))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Account"), _value(p.sender, "claimAccount", mono=True))
        def fmt(value: int) -> str:
            return lf.token_amount(value, chain.token_decimals, chain.token_symbol)

        form.addRow(self.tr("Epoch"), _value(self.tr(
            "{epoch} (cumulative {cumulative}, already paid {paid})").format(
                epoch=lf.integer(p.entitlement.epoch),
                cumulative=fmt(p.entitlement.cumulative_amount),
                paid=fmt(p.already_claimed)), "claimEpoch"))
        form.addRow(self.tr("Gas"), _value(self.tr("{estimate} estimated · limit {limit}").format(
            estimate=lf.integer(p.gas_estimate), limit=lf.integer(p.gas_limit)), "claimGas"))
        form.addRow(self.tr("Fees per gas"), _value(self.tr(
            "max {most} (base {base} + tip {tip})").format(
                most=lf.gwei(p.fees.max_fee_per_gas), base=lf.gwei(p.fees.base_fee),
                tip=lf.gwei(p.fees.max_priority_fee_per_gas)), "claimFees"))
        form.addRow(self.tr("Network fee"), _value(self.tr("about {likely}, at most {most}").format(
            likely=lf.wei(p.likely_cost), most=lf.wei(p.max_cost)), "claimCost"))
        form.addRow(self.tr("Your ETH"), _value(lf.wei(p.eth_balance), "claimBalance"))
        form.addRow(self.tr("Nonce"), _value(lf.integer(p.nonce), "claimNonce"))
        form.addRow(self.tr("Password"), self.password)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        if not p.can_pay_gas:
            self.show_error(self.tr("Your ETH does not cover the most this can cost: claim "
                                    "through the hub instead (Ctrl+Shift+K)."))
            self.ok.setEnabled(False)
        self.password.setFocus()

    def _start(self, password: str) -> None:
        prepared, wallet = self.prepared, self.wallet

        def work() -> SignedClaim:
            with password_signer(wallet, prepared.sender, password) as signer:
                return sign_claim(prepared, signer)

        def signed(result: SignedClaim) -> None:
            self.signed = result
            self.accept()

        self._run(work, signed)


class HubClaimDialog(_PasswordDialog):
    """Claim through the hub's relayer: the password signs a ClaimRequest (no gas)."""

    def __init__(self, entitlement: Entitlement, claimable: int, domain: Domain,
                 wallet: Wallet, chain: ChainSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Claim through the hub"), self.tr("Sign and hand over"), parent)
        self.setObjectName("hubClaimDialog")
        self.entitlement = entitlement
        self.domain = domain
        self.wallet = wallet
        self.request: dict[str, Any] | None = None
        amount = lf.token_amount(claimable, chain.token_decimals, chain.token_symbol)
        intro = QLabel(self.tr(
            "The hub sends the claim of <b>{amount}</b> and pays its gas; the tokens go to "
            "your account all the same. You sign a request that names your account, the "
            "amount and the root, and expires in an hour. The hub relays a few claims per "
            "account and hour.").format(amount=amount))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Account"), _value(entitlement.account, "claimAccount", mono=True))
        form.addRow(self.tr("Epoch"), _value(lf.integer(entitlement.epoch), "claimEpoch"))
        form.addRow(self.tr("Password"), self.password)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.password.setFocus()

    def _start(self, password: str) -> None:
        ent, domain, wallet = self.entitlement, self.domain, self.wallet

        def work() -> dict[str, Any]:
            with password_signer(wallet, ent.account, password) as signer:
                return claim_request(ent, domain, signer)

        def signed(result: dict[str, Any]) -> None:
            self.request = result
            self.accept()

        self._run(work, signed)


class ChainSettingsDialog(QDialog):
    """The campaign's chain, and this profile's RPC URL override."""

    def __init__(self, campaign_chain: ChainSettings, override: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chainSettingsDialog")
        self.setWindowTitle(self.tr("Chain settings"))
        self.setMinimumWidth(520)
        self.url = named(QLineEdit(override or ""), "rpcUrlEdit")
        self.url.setPlaceholderText(self.tr("the campaign's: {url}").format(
            url=campaign_chain.rpc_url))
        self.error = named(QLabel(), "dialogError")
        set_role(self.error, "error")
        form = QFormLayout()
        token = f"{campaign_chain.token} ({campaign_chain.token_symbol})"
        form.addRow(self.tr("Chain id"), _value(str(campaign_chain.chain_id), "chainId"))
        form.addRow(self.tr("Distributor"), _value(campaign_chain.distributor,
                                                   "chainDistributor", mono=True))
        form.addRow(self.tr("Token"), _value(token, "chainToken", mono=True))
        form.addRow(self.tr("RPC URL"), self.url)
        hint = QLabel(self.tr("Leave empty to use the campaign's RPC URL. \"embedded\" is the "
                              "in-process chain of the demo."))
        set_role(hint, "muted")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def value(self) -> str | None:
        return self.url.text().strip() or None

    def _save(self) -> None:
        url = self.value()
        if url and url != "embedded" and not url.startswith(("http://", "https://")):
            self.error.setText(self.tr("An RPC URL starts with http:// or https:// (or is "
                                       "\"embedded\")."))
            return
        self.accept()


class KeepClaimDialog(_PasswordDialog):
    """The chain or the hub is out of reach: keep the claim for the next sync. The
    password is asked now (the sync sends it with the unlocked wallet later)."""

    def __init__(self, account: str, via: str, why: str, wallet: Wallet,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keep the claim for later"), self.tr("Keep it"), parent)
        self.setObjectName("keepClaimDialog")
        self.account = account
        self.via = via
        self.wallet = wallet
        text = self.tr(
            "{why}\n\nThe claim can wait: the next sync that reaches it carries it out while "
            "the wallet is unlocked — the hub's relayer sends it.") if via == "relayer" else (
            self.tr("{why}\n\nThe claim can wait: the next sync that reaches it carries it out "
                    "while the wallet is unlocked — your wallet sends it (the gas is estimated "
                    "then)."))
        intro = QLabel(text.format(why=why))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Account"), _value(account, "claimAccount", mono=True))
        form.addRow(self.tr("Password"), self.password)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.password.setFocus()

    def _start(self, password: str) -> None:
        wallet, account = self.wallet, self.account
        self._run(lambda: wallet.check_password(account, password), lambda _r: self.accept())
