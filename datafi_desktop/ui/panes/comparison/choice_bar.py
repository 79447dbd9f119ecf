"""A / tie / B as three chips with their keys; the chosen one is filled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...theme import colors, named
from ...tr_marks import QT_TRANSLATE_NOOP
from ..text.label_bar import LabelChip, LabelSpec

CHOICES = (("A", "a", QT_TRANSLATE_NOOP("ComparisonPane", "A is better")),
           ("tie", "t", QT_TRANSLATE_NOOP("ComparisonPane", "Tie")),
           ("B", "b", QT_TRANSLATE_NOOP("ComparisonPane", "B is better")))


class ChoiceBar(QWidget):
    #: "A", "B" or "tie", clicked
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choiceBar")
        c = colors()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        title = named(QLabel(self.tr("Which answer is better?")), "choiceTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        lay.addWidget(title)
        self.chips: dict[str, LabelChip] = {}
        for value, key, text in CHOICES:
            color = c.warn if value == "tie" else c.accent
            spec = LabelSpec(QCoreApplication.translate("ComparisonPane", text), key, color)
            chip = named(LabelChip(spec, self), f"choice:{value}")
            bigger = QFont(chip.font())
            bigger.setPointSizeF(bigger.pointSizeF() + 0.5)
            chip.setFont(bigger)
            chip.clicked.connect(lambda _c=False, v=value: self._clicked(v))
            lay.addWidget(chip)
            self.chips[value] = chip
        lay.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _clicked(self, value: str) -> None:
        chip = self.chips[value]
        chip.setChecked(not chip.isChecked())  # the pane renders the body's choice
        self.chosen.emit(value)

    def set_choice(self, choice: str | None) -> None:
        for value, chip in self.chips.items():
            chip.setChecked(value == choice)
