"""Widgets of the Rewards page: the three figures of a campaign, and the claims table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.cache.rewards import ClaimRecord
from ...core.rewards import RewardSummary
from .. import locale_format as lf
from ..status_bar import short_address
from ..theme import colors, monospace_font, named
from ..tr_marks import QT_TRANSLATE_NOOP

STATE_TEXT = {
    "requested": QT_TRANSLATE_NOOP("ClaimsTable", "Waiting (sent at the next sync)"),
    "pending": QT_TRANSLATE_NOOP("ClaimsTable", "Pending"),
    "confirmed": QT_TRANSLATE_NOOP("ClaimsTable", "Confirmed"),
    "failed": QT_TRANSLATE_NOOP("ClaimsTable", "Failed"),
    "dropped": QT_TRANSLATE_NOOP("ClaimsTable", "Dropped"),
}
VIA_TEXT = {"wallet": QT_TRANSLATE_NOOP("ClaimsTable", "Wallet"),
            "relayer": QT_TRANSLATE_NOOP("ClaimsTable", "Hub relayer")}


class Figure(QWidget):
    """A big amount with its name above and a line of explanation below."""

    def __init__(self, name: str, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.caption = QLabel(name.upper())
        self.caption.setProperty("role", "muted")
        font = self.caption.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() - 1)
        self.caption.setFont(font)
        self.amount = named(QLabel("—"), f"{object_name}Amount")
        big = self.amount.font()
        big.setPointSizeF(big.pointSizeF() + 7)
        big.setBold(True)
        self.amount.setFont(big)
        self.amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = named(QLabel(), f"{object_name}Detail")
        self.detail.setProperty("role", "muted")
        self.detail.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.caption)
        lay.addWidget(self.amount)
        lay.addWidget(self.detail)

    def set(self, amount: str, detail: str) -> None:
        self.amount.setText(amount)
        self.detail.setText(detail)


class SummaryCard(QFrame):
    """Pending, claimable and claimed for one campaign, with balances underneath."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rewardsCard")
        self.setProperty("role", "card")
        self.pending = Figure(self.tr("Pending"), "pending")
        self.claimable = Figure(self.tr("Claimable"), "claimable")
        self.claimed = Figure(self.tr("Claimed"), "claimed")
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        for col, figure in enumerate((self.pending, self.claimable, self.claimed)):
            grid.addWidget(figure, 0, col)
            grid.setColumnStretch(col, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet(f"color: {colors().border};")
        self.balances = named(QLabel(), "rewardsBalances")
        self.balances.setWordWrap(True)
        self.balances.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain_line = named(QLabel(), "rewardsChain")
        self.chain_line.setProperty("role", "muted")
        self.chain_line.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 14)
        lay.setSpacing(10)
        lay.addLayout(grid)
        lay.addWidget(line)
        lay.addWidget(self.balances)
        lay.addWidget(self.chain_line)

    def show_summary(self, s: RewardSummary) -> None:
        def fmt(amount: int | None) -> str:
            return lf.token_amount(amount, s.decimals, s.symbol)

        pending = s.pending
        self.pending.set(fmt(pending) if pending is not None else "—",
                         self.tr("accepted, not settled yet") if pending is not None
                         else self.tr("not known yet: sync with the hub"))
        epoch = s.entitlement.epoch if s.entitlement is not None else None
        if s.in_flight:
            detail = self.tr("{amount} being claimed now").format(amount=fmt(s.in_flight))
        elif epoch is not None:
            detail = self.tr("settled in epoch {epoch}").format(epoch=lf.integer(epoch))
            if s.root_current is False:
                detail = self.tr("{detail} — a newer epoch is on-chain: refresh").format(
                    detail=detail)
        else:
            detail = self.tr("nothing settled yet")
        self.claimable.set(fmt(s.claimable), detail)
        self.claimed.set(fmt(s.claimed), self.tr("paid to your account"))
        self.balances.setText(self.balance_text(s, fmt))
        self.chain_line.setText(self.chain_text(s))

    def balance_text(self, s: RewardSummary, fmt: Callable[[int | None], str]) -> str:
        st = s.status
        parts = [self.tr("Token balance <b>{amount}</b>").format(amount=fmt(st.token_balance))
                 if st.token_balance is not None else self.tr("Token balance —"),
                 self.tr("ETH for gas <b>{amount}</b>").format(amount=lf.wei(st.eth_balance))
                 if st.eth_balance is not None else self.tr("ETH for gas —")]
        return " · ".join(parts)

    def chain_text(self, s: RewardSummary) -> str:
        st = s.status
        where = (self.tr("the in-process demo chain") if s.chain.rpc_url == "embedded"
                 else s.chain.rpc_url)
        parts = [self.tr("Chain {chain} ({where}) · distributor {distributor}").format(
            chain=s.chain.chain_id, where=where, distributor=short_address(s.chain.distributor))]
        if st.chain_error:
            parts.append(self.tr("chain: {error}").format(error=st.chain_error))
        elif st.chain_checked_at:
            parts.append(self.tr("read at {time}").format(
                time=lf.time_of_day(st.chain_checked_at, seconds=True)))
        if st.hub_error:
            parts.append(self.tr("hub: {error}").format(error=st.hub_error))
        return " · ".join(parts)

    def clear(self) -> None:
        for figure in (self.pending, self.claimable, self.claimed):
            figure.set("—", "")
        self.balances.clear()
        self.chain_line.clear()


class ClaimsTable(QTableWidget):
    """Each claim: when, amount, how, state, transaction, block and the reason."""

    HEADERS = (QT_TRANSLATE_NOOP("ClaimsTable", "When"),
               QT_TRANSLATE_NOOP("ClaimsTable", "Amount"),
               QT_TRANSLATE_NOOP("ClaimsTable", "Via"), QT_TRANSLATE_NOOP("ClaimsTable", "State"),
               QT_TRANSLATE_NOOP("ClaimsTable", "Transaction"),
               QT_TRANSLATE_NOOP("ClaimsTable", "Block"),
               QT_TRANSLATE_NOOP("ClaimsTable", "Reason"))

    def __init__(self) -> None:
        super().__init__(0, len(self.HEADERS))
        self.setObjectName("claimsTable")
        self.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setStyleSheet("QTableWidget#claimsTable::item { padding: 0 10px 0 4px; }")
        self.doubleClicked.connect(lambda _i: self.copy_hash())
        self.records: list[ClaimRecord] = []

    def show_claims(self, claims: list[ClaimRecord], summary: RewardSummary) -> None:
        self.records = list(claims)
        c = colors()
        tone = {"confirmed": c.ok, "failed": c.danger, "dropped": c.danger,
                "pending": c.warn, "requested": c.warn}
        self.setRowCount(len(claims))
        for row, claim in enumerate(claims):
            amount = claim.amount if claim.amount is not None else (
                max(0, claim.cumulative_amount - summary.claimed) if claim.is_open else None)
            when = lf.date_time(claim.created_at)
            cells = [
                when,
                lf.token_amount(amount, summary.decimals, summary.symbol),
                self.tr(VIA_TEXT[claim.via]) if claim.via in VIA_TEXT else claim.via,
                self.tr(STATE_TEXT[claim.state]) if claim.state in STATE_TEXT else claim.state,
                (claim.tx_hash[:10] + "…" + claim.tx_hash[-6:]) if claim.tx_hash else "—",
                lf.integer(claim.block_number) if claim.block_number is not None else "—",
                claim.error or "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setForeground(QColor(tone.get(claim.state, c.text)))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if col == 4:
                    item.setFont(monospace_font())
                    item.setToolTip(self.tr("{hash}\n(double-click to copy)").format(
                        hash=claim.tx_hash) if claim.tx_hash else "")
                if col == 6 and claim.error:
                    item.setToolTip(claim.error)
                self.setItem(row, col, item)

    def fit_rows(self, most: int = 8) -> None:
        """As tall as its rows (up to ``most``, then it scrolls): no empty box below."""
        rows = min(max(self.rowCount(), 1), most)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(rows)) if self.rowCount() \
            else self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(height + 2)

    def copy_hash(self) -> None:
        row = self.currentRow()
        if 0 <= row < len(self.records) and self.records[row].tx_hash:
            clipboard = QGuiApplication.clipboard()
            if clipboard is not None:
                clipboard.setText(str(self.records[row].tx_hash))
