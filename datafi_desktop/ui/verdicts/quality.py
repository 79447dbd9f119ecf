"""My quality: the annotator's running agreement and gold accuracy in a campaign, as
the hub last reported them (``cache.reviews.quality``), how often they submitted the model's
suggestion unchanged (the rubber-stamp figure, issue 19), and a warning when the gold
or the rubber-stamp threshold holds the rewards. Re-read after every sync cycle,
unlock and campaign change.

The strip is always there with the same height (four lines: title, figures, the
rubber-stamp figure, then the hold or the counts), before the first figures too, so
nothing in the queue below it moves when the hub's report arrives or grows (issue 12,
item 6)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.changes import OpChanges
from ...core.quality_figures import rubber_stamp_of
from ..elided_label import ElidedLabel
from ..session import Session
from ..status_bar import short_address
from ..theme import colors, named, set_role
from .stamp_text import held_line, stamp_line, stamp_tooltip
from .texts import counts_text, quality_text


class QualityStrip(QFrame):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityStrip")
        self.session = session
        self.figures: dict[str, Any] | None = None
        self.title = named(QLabel(), "qualityTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        # one line each, cut with "…" (the whole text in the tooltip): the strip's
        # height never changes with what the hub reports
        self.figures_label = named(ElidedLabel(), "qualityFigures")
        self.stamp = named(ElidedLabel(), "qualityStamp")
        self.counts = named(ElidedLabel(), "qualityCounts")
        self.counts.setProperty("role", "muted")
        self.held = named(ElidedLabel(), "qualityHeld")
        self.held.setProperty("role", "error")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.figures_label)
        lay.addWidget(self.stamp)
        lay.addWidget(self.counts)
        lay.addWidget(self.held)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        line = self.fontMetrics().height()
        margins = lay.contentsMargins()
        self.setFixedHeight(margins.top() + margins.bottom() + 4 * line + 3 * lay.spacing()
                            + 2)
        c = colors()
        self.setStyleSheet(f"QFrame#qualityStrip {{ background: {c.base}; "
                           f"border: 1px solid {c.border}; border-radius: 6px; }}")
        # the figures come with the hub's status feed (a sync's submissions changes)
        session.operation_did_execute.connect(self._operation_did_execute)
        session.campaign_changed.connect(lambda _c: self.refresh())
        self.refresh()

    def _operation_did_execute(self, changes: OpChanges, _origin: object) -> None:
        if changes.submissions or changes.wallet or changes.all_tasks:
            self.refresh()

    def refresh(self) -> None:
        """Read the figures of the current account in the current campaign."""
        campaign = self.session.campaign_id
        account = self.session.default_account()
        figures = (self.session.cache.reviews.quality(campaign, account)
                   if campaign is not None and account else None)
        self.figures = figures
        self.title.setToolTip(self.tr(
            "Your running figures in this campaign, as the hub last reported them: agreement "
            "with other annotators of the same tasks, and your score on gold tasks (known "
            "answers)"))
        if figures is None:
            self.title.setText(self.tr("My quality"))
            self.figures_label.setText(self.tr("No figures yet: the hub reports them once "
                                               "your work has been compared and reviewed."))
            set_role(self.figures_label, "muted")
            self._show_stamp(None)
            self.counts.setText("")
            self.counts.show()
            self.held.setText("")
            self.held.hide()
            return
        self.title.setText(self.tr("My quality · {account}").format(
            account=short_address(account or "")))
        set_role(self.figures_label, "")
        self.figures_label.setText(quality_text(figures))
        self._show_stamp(figures)
        counts = counts_text(figures)
        self.counts.setText(counts)
        held = held_line(figures)
        self.held.setText(held)
        self.held.setToolTip(counts)
        # the third line: the hold when rewards are held (the counts in its tooltip),
        # else the counts
        self.held.setVisible(bool(held))
        self.counts.setVisible(not held)
        set_role(self.held, "error")

    def _show_stamp(self, figures: dict[str, Any] | None) -> None:
        """The rubber-stamp line: muted, or a warning when the hub flags the account."""
        self.stamp.setText(stamp_line(figures))
        self.stamp.setToolTip(stamp_tooltip(figures))
        stamp = rubber_stamp_of(figures)
        set_role(self.stamp, "error" if stamp is not None and stamp.flagged else "muted")
