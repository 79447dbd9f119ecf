"""The strip above the pane where the prediction banner or the submission strip shows.

Its height is reserved whether either is shown or not, so the first edit of a
prediction (the banner goes) or a submit (the next task may have none) never moves
the chips and the canvas under the pointer (issue 12, item 6)."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from .header import SubmissionBar
from .prediction_banner import PredictionBanner


class NoticeSlot(QWidget):
    def __init__(self, banner: PredictionBanner, submission_bar: SubmissionBar,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeSlot")
        self.banner, self.submission_bar = banner, submission_bar
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(banner)
        lay.addWidget(submission_bar)
        lay.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.reserve()

    def reserve(self) -> None:
        """Keep room for one line of banner or submission strip (the taller)."""
        bar = self.submission_bar
        layout = bar.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        strip = max(bar.button.sizeHint().height(), bar.fontMetrics().height()) \
            + margins.top() + margins.bottom()
        self.setMinimumHeight(max(self.banner.sizeHint().height(), strip))
