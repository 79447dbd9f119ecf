"""My quality: the annotator's running agreement and gold accuracy in a campaign, as
the hub last reported them (``Cache.quality``), with a warning when the gold threshold
holds the rewards. Re-read after every sync cycle, unlock and campaign change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ..session import Session
from ..status_bar import short_address
from ..theme import colors, named, set_role
from .texts import counts_text, held_text, quality_text


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
        self.figures_label = named(QLabel(), "qualityFigures")
        self.figures_label.setWordWrap(True)
        self.counts = named(QLabel(), "qualityCounts")
        self.counts.setProperty("role", "muted")
        self.counts.setWordWrap(True)
        self.held = named(QLabel(), "qualityHeld")
        self.held.setWordWrap(True)
        self.held.setProperty("role", "error")
        self.held.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.figures_label)
        lay.addWidget(self.counts)
        lay.addWidget(self.held)
        c = colors()
        self.setStyleSheet(f"QFrame#qualityStrip {{ background: {c.base}; "
                           f"border: 1px solid {c.border}; border-radius: 6px; }}")
        session.tasks_changed.connect(self.refresh)
        session.wallet_changed.connect(self.refresh)
        session.campaign_changed.connect(lambda _c: self.refresh())
        session.sync_changed.connect(self._watch_sync)
        self._watched: object = None
        self._watch_sync()
        self.refresh()

    def refresh(self) -> None:
        """Read the figures of the current account in the current campaign."""
        campaign = self.session.campaign_id
        account = self.session.default_account()
        figures = (self.session.cache.quality(campaign, account)
                   if campaign is not None and account else None)
        self.figures = figures
        self.setVisible(figures is not None)
        if figures is None:
            return
        self.title.setText(f"My quality · {short_address(account or '')}")
        self.title.setToolTip("Your running figures in this campaign, as the hub last "
                              "reported them: agreement with other annotators of the same "
                              "tasks, and your score on gold tasks (known answers)")
        self.figures_label.setText(quality_text(figures))
        counts = counts_text(figures)
        self.counts.setText(counts)
        self.counts.setVisible(bool(counts))
        held = held_text(figures)
        self.held.setText(held)
        self.held.setVisible(bool(held))
        set_role(self.held, "error")

    def _watch_sync(self) -> None:
        sync = self.session.sync
        if sync is not None and sync is not self._watched:
            sync.cycle_finished.connect(lambda _p: self.refresh())
        self._watched = sync
