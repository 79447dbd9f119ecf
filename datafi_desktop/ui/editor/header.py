"""The editor's header (kind, state pill, task id) and, for a submitted task, the
strip with its submission state and the "Label again" button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.cache import SubmissionRow, TaskRow
from ..accessibility import accessible
from ..icons import icon
from ..theme import (
    KIND_SHORT,
    STATE_COLORS,
    kind_name,
    kind_short,
    named,
    state_name,
)
from ..tr_marks import QT_TRANSLATE_NOOP
from ..verdicts.texts import correction_of, correction_sentence, reviewer_line

STATE_SENTENCES = {
    "queued": QT_TRANSLATE_NOOP("SubmissionBar",
                                "Signed and queued: it is sent to the hub at the next sync."),
    "sent": QT_TRANSLATE_NOOP("SubmissionBar", "Sent to the hub: waiting for review."),
    "accepted": QT_TRANSLATE_NOOP("SubmissionBar", "Accepted by a reviewer."),
    "paid": QT_TRANSLATE_NOOP("SubmissionBar", "Accepted, and its reward is paid."),
}
#: the same when the reviewer corrected the label
CORRECTED_SENTENCES = {
    "accepted": QT_TRANSLATE_NOOP("SubmissionBar", "Accepted with a correction."),
    "paid": QT_TRANSLATE_NOOP("SubmissionBar",
                              "Accepted with a correction, and its reward is paid."),
}


def pill_style(state: str) -> str:
    bg, fg = STATE_COLORS.get(state, ("#E3E8F0", "#33415C"))
    return (f"background:{bg}; color:{fg}; border-radius:8px; padding:1px 8px; "
            "font-weight:600;")


class EditorHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_icon = QLabel()
        self.title = named(QLabel(), "editorTitle")
        self.title.setProperty("role", "title")
        self.state = named(QLabel(), "editorState")
        self.task_id = named(QLabel(), "editorTaskId")
        accessible(self.task_id, self.tr("Task id"))
        self.task_id.setProperty("role", "muted")
        self.task_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(self.kind_icon)
        lay.addWidget(self.title)
        lay.addWidget(self.state)
        lay.addStretch(1)
        lay.addWidget(self.task_id)
        self.clear()

    def set_row(self, row: TaskRow) -> None:
        kind = row.task.kind.value
        short, icon_name = kind_short(kind), KIND_SHORT.get(kind, ("", "kind-text"))[1]
        size = self.title.fontMetrics().height()
        self.kind_icon.setPixmap(icon(icon_name).pixmap(size, size))
        self.kind_icon.setToolTip(short)
        self.title.setText(kind_name(kind))
        self.task_id.setText(row.task.id)
        self.set_state(row.state)

    def set_state(self, state: str) -> None:
        self.state.setText(state_name(state))
        self.state.setStyleSheet(pill_style(state))
        self.state.setProperty("state", state)
        self.state.show()

    def clear(self) -> None:
        self.kind_icon.clear()
        self.title.setText(self.tr("No task selected"))
        self.task_id.clear()
        self.state.hide()


class SubmissionBar(QFrame):
    """What happened to the submitted version of this task, and "Label again"."""

    label_again = Signal()
    #: "Show correction" was turned on (show the reviewer's correction) or off
    correction_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submissionBar")
        self.text = named(QLabel(), "submissionText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        #: the verdict's details: the reviewer's correction, who reviewed and when
        self.detail = named(QLabel(), "verdictDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correction_button = named(QPushButton(self.tr("Show correction")),
                                       "showCorrectionButton")
        self.correction_button.setCheckable(True)
        self.correction_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.correction_button.toggled.connect(self._correction_toggled)
        self.button = named(QPushButton(self.tr("Label again")), "labelAgainButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.label_again)
        texts = QVBoxLayout()
        texts.setSpacing(1)
        texts.addWidget(self.text)
        texts.addWidget(self.detail)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 5, 6, 5)
        lay.addLayout(texts, 1)
        lay.addWidget(self.correction_button)
        lay.addWidget(self.button)
        self.submission: SubmissionRow | None = None
        self.hide()

    def show_submission(self, submission: SubmissionRow, shortcut: str) -> None:
        self.submission = submission
        status = submission.status
        correction = correction_of(submission.verdict)
        if status == "rejected":
            sentence = (self.tr("Rejected by a reviewer: {reason}. Label it again to correct "
                                "it.").format(reason=submission.reason) if submission.reason
                        else self.tr("Rejected by a reviewer. Label it again to correct it."))
        elif correction is not None and status in CORRECTED_SENTENCES:
            sentence = self.tr(CORRECTED_SENTENCES[status])
        else:
            sentence = self.tr(STATE_SENTENCES[status]) if status in STATE_SENTENCES else status
        self.text.setText(self.tr("{sentence} Shown read-only.").format(sentence=sentence))
        detail = " ".join(p for p in (correction_sentence(submission.verdict),
                                      reviewer_line(submission.verdict)) if p)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._reset_correction()
        self.correction_button.setVisible(correction is not None)
        self.button.setToolTip(self.tr("Start a new draft from this submission ({keys})").format(
            keys=shortcut))
        bg, fg = STATE_COLORS.get(status, ("#E3E8F0", "#33415C"))
        self.setStyleSheet(f"QFrame#submissionBar {{ background: {bg}; border-radius: 6px; }}"
                           f" QFrame#submissionBar QLabel {{ color: {fg}; }}")
        self.show()

    def clear(self) -> None:
        self.submission = None
        self._reset_correction()
        self.hide()

    @property
    def correction(self) -> dict[str, object] | None:
        """The reviewer's correction of the submission shown, if it was corrected."""
        return correction_of(self.submission.verdict) if self.submission is not None else None

    def _reset_correction(self) -> None:
        """Back to the submission's own label (the pane shows it when a task opens)."""
        was_on = self.correction_button.isChecked()
        self.correction_button.blockSignals(True)
        self.correction_button.setChecked(False)
        self.correction_button.blockSignals(False)
        self.correction_button.setText(self.tr("Show correction"))
        if was_on:
            self.correction_toggled.emit(False)

    def _correction_toggled(self, on: bool) -> None:
        self.correction_button.setText(self.tr("Show my label") if on
                                       else self.tr("Show correction"))
        self.correction_toggled.emit(on)
