"""The strip that says the body on screen is a model's prediction, not yet the user's."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ..elided_label import ElidedLabel
from ..icons import icon


class PredictionBanner(QFrame):
    """"Prediction by MODEL — check each item: edit it, or accept it". Shown while the
    body is the untouched prediction; the editor hides it on the first edit (an
    acceptance is one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("predictionBanner")
        self.setStyleSheet("QFrame#predictionBanner { background: #FFF1C2; border: 1px solid "
                           "#E8C766; border-radius: 6px; } QFrame#predictionBanner QLabel "
                           "{ color: #5A4100; background: transparent; border: none; }")
        self.icon = QLabel()
        # one line whatever the width: the banner's room above the pane is reserved
        self.text = ElidedLabel()
        self.text.setObjectName("predictionText")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 5, 10, 5)
        lay.setSpacing(8)
        lay.addWidget(self.icon)
        lay.addWidget(self.text, 1)
        self.model: str | None = None
        self.hide()

    def show_for(self, model: str, accept_keys: str) -> None:
        self.model = model
        size = self.fontMetrics().height()
        self.icon.setPixmap(icon("review", "#5A4100").pixmap(size, size))
        self.text.setText(self.tr("Prediction by {model} — check each item: edit it, or "
                                  "accept it with Enter ({keys} accepts all)").format(
                                      model=model, keys=accept_keys))
        self.show()

    def clear(self) -> None:
        self.model = None
        self.hide()
