"""The labels of one task side by side: the one under review, the other annotators',
their consensus. One card each; the card whose label the pane shows is outlined.
A click on a card (or O on the page) swaps its label into the pane.

::

    [● Under review · 0xAb12…9f3e   ] [● 0x77c1…02aa · accepted  ] [Consensus (2 of 3)]
    [  negative                     ] [  negative · agrees 100 % ] [  negative         ]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..theme import colors, named

#: dashed outlines of other annotators' shapes (and their card swatches)
OTHER_COLORS = ("#D81B60", "#00897B", "#F9A825", "#5E35B1", "#6D4C41", "#039BE5")


@dataclass(frozen=True)
class CardSpec:
    """One label to show: ``role`` is "reviewed", "other", "consensus" or "mine"."""

    role: str
    title: str
    annotation: dict[str, Any] | None
    summary: str
    note: str = ""
    color: str = ""
    tooltip: str = ""


class ElidedLabel(QLabel):
    """One line of plain text, elided at the end to the width it gets."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(20)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self.full = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight,
                                              max(self.width(), 20))
        super().setText(shown)


class LabelCard(QFrame):
    clicked = Signal()

    def __init__(self, spec: CardSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("labelCard")
        self.setProperty("role", spec.role)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(spec.tooltip or f"{spec.title}\n{spec.summary}")
        em = self.fontMetrics().horizontalAdvance("M")
        self.setMinimumWidth(em * 9)
        self.setMaximumWidth(em * 18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # children and layouts belong to the card from the start: a child made without a
        # parent is briefly a window of its own, and reparenting it loses the focus
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 5, 8, 5)
        lay.setSpacing(1)
        top = QHBoxLayout()
        top.setSpacing(4)
        lay.addLayout(top)
        self.swatch = named(QLabel("●" if spec.color else "", self), "cardSwatch")
        self.swatch.setStyleSheet(f"color: {spec.color};" if spec.color else "")
        self.swatch.setVisible(bool(spec.color))
        self.title = named(ElidedLabel(spec.title, self), "cardTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.summary = named(ElidedLabel(spec.summary, self), "cardSummary")
        self.note = named(ElidedLabel(spec.note, self), "cardNote")
        self.note.setProperty("role", "muted")
        self.note.setVisible(bool(spec.note))
        top.addWidget(self.swatch)
        top.addWidget(self.title, 1)
        lay.addWidget(self.summary)
        lay.addWidget(self.note)
        self.set_current(False)

    def set_current(self, current: bool) -> None:
        c = colors()
        border = f"2px solid {c.accent}" if current else f"1px solid {c.border}"
        pad = "" if current else "margin: 1px;"
        self.setStyleSheet(f"QFrame#labelCard {{ background: {c.base}; border: {border}; "
                           f"border-radius: 6px; {pad} }}")
        self.setProperty("current", current)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class LabelsStrip(QScrollArea):
    #: the user asked to see card ``index``'s label in the pane
    show_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelsStrip")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.inner = QWidget()
        self.row = QHBoxLayout(self.inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.row.addStretch(1)
        self.setWidget(self.inner)
        self.cards: list[LabelCard] = []
        self.current = -1
        line = self.fontMetrics().height()
        self.setFixedHeight(line * 3 + 26)

    def set_cards(self, specs: list[CardSpec]) -> None:
        for card in self.cards:
            self.row.removeWidget(card)
            card.hide()  # gone now, deleted when the event loop gets to it
            card.deleteLater()
        self.cards = []
        for i, spec in enumerate(specs):
            card = LabelCard(spec, self.inner)
            card.clicked.connect(lambda i=i: self.show_requested.emit(i))
            self.row.insertWidget(i, card, 10)  # cards grow to their widest before the stretch
            self.cards.append(card)
        self.current = -1
        self.set_current(0 if specs else -1)

    def set_current(self, index: int) -> None:
        self.current = index
        for i, card in enumerate(self.cards):
            card.set_current(i == index)
        if 0 <= index < len(self.cards):
            self.ensureWidgetVisible(self.cards[index])

    def spec(self, index: int) -> CardSpec | None:
        return self.cards[index].spec if 0 <= index < len(self.cards) else None
