"""The Review page: other annotators' submissions leased for review, judged by key.

::

    ┌ Review ───────────────┬──────────────────────────────────────────────────────┐
    │ Campaign [demo     ▾] │ [icon] Text classification  t-004   by 0xAb… · 3 min ago │
    │ [50] [Get more  G]    │ [Under review · 0xAb…] [0x77… · agrees 0 %] [Consensus] │
    │ To review ▾           │ ┌ the task, the label drawn (read-only pane) ────────┐ │
    │ # Kind Annotator Label│ │                                                    │ │
    │ 1 Text 0xAb…  negative│ └────────────────────────────────────────────────────┘ │
    │ 2 Boxes 0x77… 3 boxes │ [✓ Accept A] [✗ Reject… R] [✎ Correct C]  msg [K] [J] │
    └───────────────────────┴──────────────────────────────────────────────────────┘

    A ─→ VerdictSigner (unlock if locked) ─→ core.review.make_review ─→ review + outbox
    R ─→ RejectDialog (reasons on 1–9, details, Enter) ─→ make_review(reject, reason)
    C ─→ the pane editable from the label ─→ Ctrl+Enter ─→ make_review(correct, body)
         ─→ the item is reviewed ─→ the next one is shown; the sync pushes the verdict
    G ─→ cache.reviews.request_reviews(campaign, N) ─→ session.sync.sync_now() ─→ leased items
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ..core.cache.reviews import ReviewQueueItem, ReviewRow
from ..core.changes import OpChanges, OpResult
from ..core.errors import CacheError
from .pages import Page
from .review.actions import ReviewActions, VerdictBar
from .review.fetch import ReviewFetcher
from .review.item_view import ReviewItemView
from .review.keys import CorrectionKeys
from .review.list_panel import ReviewListPanel
from .review.quality_dialog import AnnotatorsQualityDialog, open_quality_dialog
from .review.reason_dialog import RejectDialog
from .review.signing import VerdictSigner
from .review.summary import verdict_name, when
from .session import Session
from .status_bar import short_address
from .theme import named, set_role
from .tr_marks import QT_TRANSLATE_NOOP


class ReviewPage(Page):
    page_id = "review"
    title = QT_TRANSLATE_NOOP("Page", "Review")
    icon_name = "review"
    order = 20
    shortcut = "Ctrl+2"
    menu_title = QT_TRANSLATE_NOOP("Page", "Re&view")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.acts = ReviewActions(self)
        self.panel = ReviewListPanel(session.cache)
        self.model = self.panel.model
        self.view = ReviewItemView(session)
        self.bar = VerdictBar(self.acts)
        self.signer = VerdictSigner(session, self)
        self.fetcher = ReviewFetcher(session, self)
        self.keys = CorrectionKeys(self, sign=self.sign_correction, cancel=self.cancel_correction,
                                   undo=self.view.undo_stack.undo,
                                   redo=self.view.undo_stack.redo, pane=lambda: self.view.pane)
        self.reject_dialog: RejectDialog | None = None
        self._shown: tuple[str, str, str] | None = None
        right = named(QWidget(), "reviewDetail")
        column = QVBoxLayout(right)
        column.setContentsMargins(12, 14, 16, 8)
        column.setSpacing(6)
        column.addWidget(self.view, 1)
        column.addWidget(self.bar)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "reviewSplitter")
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([380, 900])
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        self.setFocusProxy(self.panel.table)

        acts = self.acts
        acts.accept.triggered.connect(lambda: self.judge("accept"))
        acts.reject.triggered.connect(self.reject)
        acts.correct.triggered.connect(self.correct)
        acts.sign.triggered.connect(self.sign_correction)
        acts.cancel.triggered.connect(self.cancel_correction)
        acts.next.triggered.connect(lambda: self.step_item(1))
        acts.previous.triggered.connect(lambda: self.step_item(-1))
        acts.other.triggered.connect(self.view.next_card)
        acts.fetch.triggered.connect(self.fetch)
        acts.quality.triggered.connect(self.show_quality)
        self.panel.fetch_button.clicked.connect(self.fetch)
        self.panel.campaigns.currentIndexChanged.connect(lambda _i: self.reload())
        self.panel.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.panel.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.message.connect(self.say)
        self.view.sign_requested.connect(self.sign_correction)
        self.signer.signed.connect(self._signed)
        self.signer.failed.connect(lambda text: self.say(text, error=True))
        self.fetcher.message.connect(self.panel.set_fetch_message)
        self.fetcher.busy_changed.connect(self.panel.set_busy)
        self.fetcher.finished.connect(lambda _result: self.reload())
        session.operation_did_execute.connect(self._operation_did_execute)
        session.campaign_changed.connect(self._campaign_changed)
        session.stopped.connect(self.keys.stop)
        self.panel.fill_campaigns(session.campaign_id)
        self.reload()

    # --- the page contract ---------------------------------------------------------------

    def page_actions(self) -> list[QAction | None]:
        return self.acts.menu()

    def activated(self) -> None:
        self.reload()
        if self.view.mode == "correct" and self.view.pane is not None:
            self.view.pane.focus_default()
        else:
            self.panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- the list ----------------------------------------------------------------------

    @property
    def campaign_id(self) -> str | None:
        return self.panel.campaign_id

    @property
    def item(self) -> ReviewQueueItem | None:
        return self.view.item

    def reload(self) -> None:
        """Read the list again from the cache, keeping the current item (or its row)."""
        if self.view.mode == "correct":
            self._update_footer()
            return  # the correction stays on screen; the list follows after it
        self.panel.fill_campaigns(self.session.campaign_id)
        row = self.panel.current_row()
        current = self.view.item.submission_id if self.view.item is not None else None
        own = [a.address for a in self.session.wallet.accounts()]
        self.model.load(self.campaign_id, self.panel.state_key, own)
        found = self.model.row_of(current) if current else -1
        self.panel.select_row(found if found >= 0 else max(row, 0))
        if self.model.rowCount() == 0:
            self._show_row(-1)
        self._update_footer()

    def step_item(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            self.say(self.tr("Nothing to move to: press G to get submissions to review"))
            return
        row = self.panel.current_row() + step
        if not 0 <= row < rows:
            self.say(self.tr("This is the last one") if step > 0
                     else self.tr("This is the first one"))
            return
        self.panel.select_row(row)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_row(current.row() if current.isValid() else -1)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self._shown = None
            self.view.clear(self._empty_text())
            self._set_mode()
            return
        item = self.model.item(row)
        review = self.model.verdicts.get(item.submission_id)
        key = (item.submission_id, item.state, review.status if review else "")
        if key == self._shown and self.view.item is not None:
            return
        self._shown = key
        self.view.show_item(item, review)
        if review is not None:
            self._show_done(review)
        self._set_mode()

    def _show_done(self, review: ReviewRow) -> None:
        status = {"queued": self.tr("signed, waiting to be sent"),
                  "sent": self.tr("the hub has it")}.get(review.status) or self.tr(
            "refused by the hub: {reason}").format(
                reason=review.reason_from_hub or self.tr("no reason"))
        reason = f" ({review.reason})" if review.reason else ""
        done = {"accept": self.tr("You accepted it{reason} {when} · {status}"),
                "reject": self.tr("You rejected it{reason} {when} · {status}"),
                "correct": self.tr("You corrected it{reason} {when} · {status}")}.get(
            review.verdict, f"{review.verdict}{{reason}} {{when}} · {{status}}")
        self.view.set_done_note(done.format(reason=reason, when=when(review.created_at),
                                            status=status), error=review.status == "rejected")

    def _empty_text(self) -> str:
        if self.campaign_id is None:
            return self.tr("No campaign yet: sync with a hub to get one.")
        if self.panel.state_key == "reviewed":
            return self.tr("No verdicts made here yet in this campaign.")
        if self.campaign_id in self.fetcher.refused:
            # no "Press G" beside a role error: G cannot work until the role is granted
            return self.tr("This account is not a reviewer of campaign “{campaign}”.\n\n"
                           "Ask the campaign's admin for the reviewer role (on the hub: "
                           "datafi-hub role grant CAMPAIGN ADDRESS reviewer), then press G."
                           ).format(campaign=self.campaign_id)
        hub = ("" if self.fetcher.available else "\n\n" + self.tr(
            "Sync is off (no hub): start the app with --hub URL to lease submissions."))
        return self.tr("Nothing to review here.\n\nPress G to lease up to %n submission(s) "
                       "of other annotators from the hub. They stay on this computer, so you "
                       "can review them offline.", "", self.panel.count.value()) + hub

    def _update_footer(self) -> None:
        campaign = self.campaign_id
        cache = self.session.cache
        open_count = cache.reviews.review_item_count(campaign) if campaign else 0
        made = cache.reviews.all(campaign_id=campaign) if campaign else []
        waiting = sum(1 for r in made if r.status == "queued")
        parts = [self.tr("{count} to review").format(count=open_count),
                 self.tr("{count} reviewed here").format(count=len(made))]
        if waiting:
            parts.append(self.tr("{count} waiting to be sent").format(count=waiting))
        if self.model.hidden_own:
            parts.append(self.tr("{count} of your own not listed: someone else reviews them")
                         .format(count=self.model.hidden_own))
        self.panel.footer.setText(" · ".join(parts))
        refused = [r for r in made if r.status == "rejected"]
        self.panel.refused.setVisible(bool(refused))
        if refused:
            self.panel.refused.setText(
                self.tr("%n verdict(s) refused by the hub: {reason}", "", len(refused)).format(
                    reason=refused[0].reason_from_hub or self.tr("no reason given")))
            self.panel.refused.setToolTip("\n".join(
                f"{verdict_name(r.verdict)} {r.submission_id}: {r.reason_from_hub}"
                for r in refused[:20]))

    # --- verdicts ------------------------------------------------------------------------

    def _judgeable(self) -> ReviewQueueItem | None:
        item = self.view.item
        if item is None or self.signer.busy or self.reject_dialog is not None:
            return None
        if self.view.mode != "review":
            self.say(self.tr("Already reviewed here") if self.view.mode == "done" else
                     self.tr("Finish the correction first"))
            return None
        return item

    def judge(self, verdict: str, reason: str = "") -> None:
        item = self._judgeable()
        if item is not None:
            self.signer.sign(item, verdict, reason)

    def reject(self) -> None:
        item = self._judgeable()
        if item is None:
            return
        campaign = self._campaign_reasons(item.campaign_id)
        dialog = RejectDialog(campaign, self.window(),
                              annotator=short_address(item.annotator))
        self.reject_dialog = dialog

        def finished(result: int) -> None:
            self.reject_dialog = None
            dialog.deleteLater()
            if result and self.view.item is item:
                self.signer.sign(item, "reject", dialog.reason)
            else:
                self.say(self.tr("Not rejected"))
            QTimer.singleShot(0, self.window().activateWindow)  # a WM would do it
            self.panel.table.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    def _campaign_reasons(self, campaign_id: str) -> tuple[str, ...]:
        try:
            return self.session.cache.tasks.get_campaign(campaign_id).reject_reasons
        except CacheError:
            return ()

    def correct(self) -> None:
        if self._judgeable() is None:
            return
        if not self.view.start_correction():
            self.say(self.tr("This kind of task cannot be corrected here: accept or reject it"))
            return
        self.keys.start()
        self._set_mode()
        self.say(self.tr("Correcting: Ctrl+Enter signs the correction, Esc cancels"))

    def sign_correction(self) -> None:
        item = self.view.item
        if self.view.mode != "correct" or item is None or self.signer.busy:
            return
        problems = self.view.problems()
        if problems:
            self.say(self.tr("Not signed yet: {problem}").format(problem=problems[0]), error=True)
            return
        self.signer.sign(item, "correct", "", self.view.correction())

    def cancel_correction(self) -> None:
        if self.view.mode != "correct":
            return
        self.keys.stop()
        self._shown = None
        self.view.cancel_correction()
        self._set_mode()
        self.panel.table.setFocus()
        self.say(self.tr("Correction cancelled: nothing was signed"))

    def _signed(self, result: OpResult[ReviewRow]) -> None:
        row = result.value
        self.keys.stop()
        self.view.mode = "review"  # lets reload() run; the item is reviewed now
        text = {"accept": self.tr("Accepted and signed ({signer}); queued for the hub"),
                "reject": self.tr("Rejected and signed ({signer}); queued for the hub"),
                "correct": self.tr("Corrected and signed ({signer}); queued for the hub")
                }.get(row.verdict, f"{row.verdict} ({{signer}})")
        self.say(text.format(signer=short_address(row.signer)))
        self.reload()
        self.session.changed(result.changes, self)  # the footer, the status bar
        self.panel.table.setFocus()

    def _set_mode(self) -> None:
        mode = self.view.mode
        self.acts.set_mode(mode)
        self.bar.set_correcting(mode == "correct")

    def say(self, text: str, error: bool = False) -> None:
        self.bar.message.setText(text)
        set_role(self.bar.message, "error" if error else "muted")

    # --- fetching and the sync -------------------------------------------------------------

    def fetch(self) -> None:
        campaign = self.campaign_id
        if campaign is None:
            self.say(self.tr("No campaign to review yet: sync with a hub first"), error=True)
            return
        count = self.panel.count.value()

        def fetch() -> None:
            self.fetcher.fetch(campaign, count)

        if self.session.sync is not None and self.session.wallet.is_locked:
            self.signer.when_unlocked(fetch, self.tr("Not fetched: the wallet is still locked."))
        else:
            fetch()

    def show_quality(self) -> AnnotatorsQualityDialog:
        """Every annotator's figures in the page's campaign (non-modal)."""
        return open_quality_dialog(self.session, self.campaign_id, self.window())

    def _operation_did_execute(self, changes: OpChanges, origin: object) -> None:
        if origin is not self and (changes.reviews or changes.wallet or changes.campaigns):
            self.reload()  # a sync's verdicts and review items, another account
        elif changes.outbox:
            self._update_footer()

    def _campaign_changed(self, campaign_id: str) -> None:
        if self.view.mode != "correct":
            self.panel.fill_campaigns(campaign_id)
            self.panel.set_campaign(campaign_id)
