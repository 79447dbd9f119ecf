"""The Rewards page: per campaign, pending, claimable and claimed amounts, the token balance,
and every claim with its transaction and block; claim from the wallet or through the hub.

Everything slow runs on the thread pool (:func:`.worker.run_in_background`) and reports back
here, where the results go to the cache (through :class:`~datafi_desktop.core.rewards.Rewards`):

- refresh: the hub's public proof endpoint and the chain (``gather``), pending claims
  followed to their receipts — again every few seconds while a claim is pending;
- claim: gas, fees and nonce (``prepare_claim``) → :class:`.rewards.dialogs.ClaimDialog`
  (the password asked again; signing on the pool) → the signed transaction is written
  ``pending`` → broadcast → followed until its receipt (also after a restart);
- claim through the hub: a signed ClaimRequest to the relayer;
- offline (chain or hub out of reach): the claim is kept ``requested`` and the next sync
  carries it out.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.chain.claims import (
    Entitlement,
    PreparedClaim,
    SignedClaim,
    TxStatus,
    prepare_claim,
)
from ..core.chain.client import ChainUnreachableError, ClaimRevertedError
from ..core.changes import OpChanges
from ..core.errors import DataFiError
from ..core.rewards import (
    Gathered,
    RelayRateLimitedError,
    RelayUnavailableError,
    Rewards,
    RewardSummary,
    broadcast,
    gather,
    relay_claim,
)
from ..core.sync.errors import HubUnreachableError
from .accessibility import plain_label
from .icons import icon
from .pages import Page
from .rewards.dialogs import ChainSettingsDialog, ClaimDialog, HubClaimDialog, KeepClaimDialog
from .rewards.views import ClaimsTable, SummaryCard
from .session import Session
from .status_bar import short_address
from .theme import named, set_role
from .tr_marks import QT_TRANSLATE_NOOP
from .worker import Job, run_in_background

if TYPE_CHECKING:
    from ..core.wire.rewards import RelayOut

log = logging.getLogger(__name__)

#: a pending claim's transaction is followed this often while the page is shown (the
#: chain cannot tell the app: the one poll left, see docs/ui.md)
POLL_MS = 3000
#: what a claim's step changes (its record, the amounts): every view that shows rewards
CLAIMS = OpChanges(rewards=True)


class RewardsPage(Page):
    page_id = "rewards"
    title = QT_TRANSLATE_NOOP("Page", "Rewards")
    icon_name = "rewards"
    order = 30
    shortcut = "Ctrl+3"
    menu_title = QT_TRANSLATE_NOOP("Page", "&Rewards")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rewards = Rewards(session.cache)
        self.summary: RewardSummary | None = None
        self.jobs: list[Job] = []
        self.claim_dialog: Any = None
        self._refreshing: Job | None = None
        self._build_actions()

        title = QLabel(self.tr("Rewards"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr(
            "Accepted work earns tokens. Each epoch the hub posts a Merkle root of everyone's "
            "earnings on-chain; claim what is settled from your wallet, or let the hub send "
            "the claim when you hold no ETH for gas."))
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        self.campaigns = named(QComboBox(), "rewardsCampaign")
        self.campaigns.currentIndexChanged.connect(lambda _i: self._campaign_picked())
        self.account_label = named(QLabel(), "rewardsAccount")
        self.account_label.setProperty("role", "muted")
        head = QHBoxLayout()
        campaign_label = QLabel(self.tr("&Campaign"))
        campaign_label.setBuddy(self.campaigns)  # its accessible name and Alt+C
        head.addWidget(campaign_label)
        head.addWidget(self.campaigns, 1)
        head.addWidget(self.account_label)
        head.addWidget(self._button(self.act_refresh, "refreshRewardsButton"))
        head.addWidget(self._button(self.act_chain, "chainSettingsButton"))

        self.card = SummaryCard()
        self.claim_button = self._button(self.act_claim, "claimButton", primary=True)
        self.hub_button = self._button(self.act_claim_hub, "claimHubButton")
        self.message = named(QLabel(), "rewardsMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "muted")
        actions = QHBoxLayout()
        actions.addWidget(self.claim_button)
        actions.addWidget(self.hub_button)
        actions.addWidget(self.message, 1)

        claims_title = QLabel(self.tr("Claims"))
        font = claims_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        claims_title.setFont(font)
        self.table = ClaimsTable()
        self.empty = named(QLabel(), "rewardsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        content = QWidget()
        content.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 84)
        lay = QVBoxLayout(content)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addLayout(head)
        lay.addWidget(self.empty)
        lay.addWidget(self.card)
        lay.addLayout(actions)
        lay.addWidget(claims_title)
        self.claims_title = claims_title
        lay.addWidget(self.table)
        lay.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.addWidget(content, 1)
        outer.addStretch(0)

        self._poll = QTimer(self)
        self._poll.setSingleShot(True)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)
        # a sync's proofs and amounts, a campaign's chain, another account
        session.operation_did_execute.connect(
            lambda changes, _origin: self.reload()
            if changes.rewards or changes.campaigns or changes.wallet else None)
        session.campaign_changed.connect(lambda _cid: self.reload())
        session.stopped.connect(self._stop)
        self.reload()

    # --- actions ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str, slot: Any, name: str, icon_name: str) -> QAction:
            act = QAction(icon(icon_name), text, self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        self.act_claim = action(self.tr("&Claim…"), "Ctrl+K", self.claim, "actionClaim",
                                "rewards")
        self.act_claim_hub = action(self.tr("Claim through the &hub…"), "Ctrl+Shift+K",
                                    self.claim_through_hub, "actionClaimHub", "sync")
        self.act_refresh = action(self.tr("&Refresh rewards"), "Ctrl+Shift+R", self.refresh,
                                  "actionRefreshRewards", "sync")
        self.act_chain = action(self.tr("Chain &settings…"), "Ctrl+Shift+U",
                                self.chain_settings, "actionChainSettings", "key")

    def page_actions(self) -> list[QAction | None]:
        return [self.act_claim, self.act_claim_hub, None, self.act_refresh, self.act_chain]

    def _button(self, action: QAction, name: str, primary: bool = False) -> QPushButton:
        button = named(QPushButton(action.icon(), plain_label(action.text())), name)
        button.setToolTip(f"{plain_label(action.text())} "
                          f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        if primary:
            button.setDefault(True)
        return button

    def _stop(self) -> None:
        """The session is over: no more polling, and late results are dropped."""
        self._poll.stop()
        for job in self.jobs:
            job.cancel()

    def activated(self) -> None:
        self.reload()
        self.refresh()

    def deactivated(self) -> None:
        self._poll.stop()

    # --- state --------------------------------------------------------------------------

    def account(self) -> str | None:
        return self.session.default_account()

    def campaign_id(self) -> str | None:
        data = self.campaigns.currentData()
        return str(data) if data else None

    def _campaign_picked(self) -> None:
        if not getattr(self, "_filling", False):
            self.reload()
            self.refresh()

    def reload(self) -> None:
        """Show what the cache holds (no network)."""
        campaigns = self.rewards.campaigns()
        wanted = self.campaign_id() or self.session.campaign_id
        self._filling = True
        try:
            self.campaigns.clear()
            for campaign in campaigns:
                self.campaigns.addItem(campaign.name, campaign.id)
            index = self.campaigns.findData(wanted)
            self.campaigns.setCurrentIndex(max(0, index))
        finally:
            self._filling = False
        account = self.account()
        cid = self.campaign_id()
        self.account_label.setText(self.tr("Account {address}").format(
            address=short_address(account)) if account else "")
        self.account_label.setToolTip(account or "")
        if account is None or cid is None:
            self.summary = None
            self.empty.setText(
                self.tr("No account yet: create or import one on the Wallet page (Ctrl+4).")
                if account is None else self.tr(
                    "No campaign here settles its rewards on a chain yet. Campaigns name "
                    "their chain and distributor; sync with the hub to fetch them."))
            self.empty.show()
            for widget in (self.card, self.claim_button, self.hub_button, self.table,
                           self.claims_title):
                widget.hide()
            self.act_claim.setEnabled(False)
            self.act_claim_hub.setEnabled(False)
            self.act_chain.setEnabled(cid is not None)
            return
        self.empty.hide()
        for widget in (self.card, self.claim_button, self.hub_button, self.table,
                       self.claims_title):
            widget.show()
        summary = self.rewards.summary(cid, account)
        self.summary = summary
        self.card.show_summary(summary)
        self.table.show_claims(summary.claims, summary)
        self.table.fit_rows()
        busy = any(c.is_open for c in summary.claims)
        self.act_claim.setEnabled(summary.claimable > 0 and not busy)
        campaign = self.session.cache.tasks.get_campaign(cid)
        self.act_claim_hub.setEnabled(summary.claimable > 0 and not busy
                                      and bool(campaign.hub_url))
        self.act_chain.setEnabled(True)
        if any(c.state == "pending" for c in summary.claims) and self.isVisible():
            self._poll.start()

    def ended(self, state: str, error: str | None) -> str:
        """What became of a claim that is neither pending nor confirmed."""
        error = error or self.tr("no reason given")
        if state == "failed":
            return self.tr("The claim failed: {error}").format(error=error)
        if state == "dropped":
            return self.tr("The claim was dropped: {error}").format(error=error)
        return self.tr("The claim is {state}: {error}").format(state=state, error=error)

    def say(self, text: str, role: str = "muted") -> None:
        set_role(self.message, role)
        self.message.setText(text)

    def _track(self, job: Job) -> Job:
        self.jobs = [j for j in self.jobs if not j.finished] + [job]
        if not self.session.active:
            job.cancel()
        return job

    # --- refresh ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask the hub and the chain (on the pool); pending claims are followed."""
        cid, account = self.campaign_id(), self.account()
        if cid is None or account is None:
            return
        if self._refreshing is not None and not self._refreshing.finished:
            return
        campaign = self.session.cache.tasks.get_campaign(cid)
        client = self.rewards.client(cid)
        claims = [c for c in self.session.cache.rewards.claims(campaign_id=cid, account=account)
                  if c.state == "pending"]
        hub_url = campaign.hub_url

        def done(result: Gathered) -> None:
            self._refreshing = None
            self.rewards.apply_gathered(result)
            self.session.changed(CLAIMS, self)

        def failed(exc: BaseException) -> None:
            self._refreshing = None
            self.say(self.tr("Could not refresh: {error}").format(error=exc), "error")

        self._refreshing = self._track(run_in_background(
            lambda: gather(client, hub_url, cid, account, claims), done, failed))

    # --- claim from the wallet ----------------------------------------------------------

    def claim(self) -> None:
        cid, account = self.campaign_id(), self.account()
        if cid is None or account is None:
            return
        entitlement = self.session.cache.rewards.entitlement(cid, account)
        if entitlement is None:
            self.say(self.tr("Nothing is settled for this account yet."))
            return
        client = self.rewards.client(cid)
        nonces = self.session.cache.rewards.pending_nonces(account)
        self.say(self.tr("Estimating the gas…"))
        self._track(run_in_background(
            lambda: prepare_claim(client, entitlement, local_nonces=nonces),
            self._prepared, lambda exc: self._prepare_failed(exc, account)))

    def _prepared(self, prepared: PreparedClaim) -> None:
        self.say("")
        if prepared.amount <= 0:
            self.say(self.tr("Nothing to claim: everything settled is already paid."))
            return
        assert self.summary is not None
        dialog = ClaimDialog(prepared, self.session.wallet, self.summary.chain, self.window())
        dialog.accepted.connect(lambda: self._signed(dialog.signed))
        self.claim_dialog = dialog
        dialog.open()

    def _prepare_failed(self, exc: BaseException, account: str) -> None:
        if isinstance(exc, ChainUnreachableError):
            self.say(str(exc), "error")
            self._offer_keep(account, "wallet",
                             self.tr("The chain cannot be reached: {error}.").format(error=exc))
        elif isinstance(exc, ClaimRevertedError):
            self.say(self.tr("The distributor would refuse this claim — {reason}").format(
                reason=exc.reason), "error")
            if exc.error_name in ("RootMismatch", "InvalidProof"):
                self.refresh()
        elif isinstance(exc, DataFiError):
            self.say(str(exc), "error")
        else:
            log.error("preparing a claim failed: %s", type(exc).__name__)
            self.say(self.tr("Could not prepare the claim ({error}).").format(
                error=type(exc).__name__), "error")

    def _signed(self, signed: SignedClaim | None) -> None:
        if signed is None:
            return
        record = self.rewards.record_signed(signed)  # written before it is broadcast
        client = self.rewards.client(record.campaign_id)
        self.session.changed(CLAIMS, self)  # the page reloads from it, like any view
        self.say(self.tr("Sending {transaction}…").format(transaction=signed.tx_hash[:10]))

        def sent(status: TxStatus) -> None:
            self.rewards.apply_status(record.id, status)
            self.say({"confirmed": self.tr("Claimed: the tokens are in your account."),
                      "pending": self.tr("Sent: waiting for the transaction to be mined."),
                      }.get(status.state, self.ended(status.state, status.error)),
                     "ok" if status.state == "confirmed" else
                     "muted" if status.state == "pending" else "error")
            self.session.changed(CLAIMS, self)
            self.refresh()

        def failed(exc: BaseException) -> None:
            # kept pending with its raw transaction: the next refresh or sync sends it again
            self.say(self.tr("Not sent yet ({error}); it will be sent again.").format(
                error=exc), "error")
            self.reload()

        self._track(run_in_background(lambda: broadcast(client, record), sent, failed))

    # --- claim through the hub ------------------------------------------------------------

    def claim_through_hub(self) -> None:
        cid, account = self.campaign_id(), self.account()
        if cid is None or account is None or self.summary is None:
            return
        entitlement = self.session.cache.rewards.entitlement(cid, account)
        campaign = self.session.cache.tasks.get_campaign(cid)
        if entitlement is None or not campaign.hub_url:
            self.say(self.tr("Nothing settled yet, or no hub for this campaign."))
            return
        dialog = HubClaimDialog(entitlement, self.summary.claimable, campaign.domain,
                                self.session.wallet, self.summary.chain, self.window())
        dialog.accepted.connect(lambda: self._relay(cid, campaign.hub_url or "",
                                                    dialog.entitlement, dialog.request))
        self.claim_dialog = dialog
        dialog.open()

    def _relay(self, cid: str, hub_url: str, entitlement: Entitlement,
               body: dict[str, Any] | None) -> None:
        """Hand the signed request to the hub through the core's relayed-claim steps: the
        claim is recorded ``requested`` first (here), relayed on the pool, and what the hub
        said is stored back here."""
        if body is None:
            return
        claim = self.rewards.begin_relay(entitlement)
        self.session.changed(CLAIMS, self)

        def done(answer: RelayOut) -> None:
            record = self.rewards.apply_relay_answer(claim.id, answer)
            self.say(self.tr("The hub sent your claim.")
                     if record.state in ("pending", "confirmed")
                     else self.ended(record.state, record.error),
                     "ok" if record.state == "confirmed" else "muted")
            self.session.changed(CLAIMS, self)
            self.refresh()

        def failed(exc: BaseException) -> None:
            record = self.rewards.apply_relay_error(claim.id, exc)
            if isinstance(exc, RelayRateLimitedError):
                self.say(self.tr("{error} (try again in {seconds} s)").format(
                    error=exc, seconds=exc.retry_after_s) if exc.retry_after_s else str(exc),
                    "error")
            elif record.state == "failed":
                self.say(self.tr("The hub refused: {error}").format(error=record.error),
                         "error")
            elif isinstance(exc, HubUnreachableError | RelayUnavailableError):
                self.say(self.tr("The hub cannot relay it now: the claim is kept and sent at "
                                 "the next sync."), "error")
            else:
                self.say(self.tr("Could not reach the hub's relayer ({error}).").format(
                    error=type(exc).__name__), "error")
            self.session.changed(CLAIMS, self)

        self.say(self.tr("Handing the claim to the hub…"))
        self._track(run_in_background(
            lambda: relay_claim(hub_url, cid, body), done, failed))

    # --- offline ---------------------------------------------------------------------------

    def _offer_keep(self, account: str, via: str, why: str) -> None:
        cid = self.campaign_id()
        if cid is None:
            return
        dialog = KeepClaimDialog(account, via, why, self.session.wallet, self.window())

        def keep() -> None:
            record = self.rewards.request_claim(cid, account, via)
            self.say(self.tr("Kept: the claim is sent at the next sync.")
                     if record.state == "requested" else
                     self.tr("A claim is already on its way."))
            self.session.changed(CLAIMS, self)

        dialog.accepted.connect(keep)
        self.claim_dialog = dialog
        dialog.open()

    # --- chain settings --------------------------------------------------------------------

    def chain_settings(self) -> None:
        cid = self.campaign_id()
        if cid is None:
            return
        campaign = self.session.cache.tasks.get_campaign(cid)
        override = self.session.cache.rewards.chain_override(cid).get("rpc_url")
        dialog = ChainSettingsDialog(campaign.chain, override, self.window())

        def save() -> None:
            try:
                self.rewards.set_rpc_url(cid, dialog.value())
            except DataFiError as exc:
                QMessageBox.warning(self.window(), self.tr("Chain settings"), str(exc))
                return
            self.say(self.tr("Chain settings saved."))
            self.session.changed(OpChanges(rewards=True, settings=True), self)
            self.refresh()

        dialog.accepted.connect(save)
        self.claim_dialog = dialog
        dialog.open()
