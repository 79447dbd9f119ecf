"""The editor's header (kind, state pill, task id) and, for a submitted task, the
strip with its submission state and the "Label again" button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.cache import SubmissionRow, TaskRow
from ..icons import icon
from ..theme import KIND_NAMES, KIND_SHORT, STATE_COLORS, STATE_NAMES, named

STATE_SENTENCES = {
    "queued": "Signed and queued: it is sent to the hub at the next sync.",
    "sent": "Sent to the hub: waiting for review.",
    "accepted": "Accepted by a reviewer.",
    "rejected": "Rejected by a reviewer",
    "paid": "Accepted, and its reward is paid.",
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
        short, icon_name = KIND_SHORT.get(kind, (kind, "kind-text"))
        size = self.title.fontMetrics().height()
        self.kind_icon.setPixmap(icon(icon_name).pixmap(size, size))
        self.kind_icon.setToolTip(short)
        self.title.setText(KIND_NAMES.get(kind, kind))
        self.task_id.setText(row.task.id)
        self.set_state(row.state)

    def set_state(self, state: str) -> None:
        self.state.setText(STATE_NAMES.get(state, state))
        self.state.setStyleSheet(pill_style(state))
        self.state.setProperty("state", state)
        self.state.show()

    def clear(self) -> None:
        self.kind_icon.clear()
        self.title.setText("No task selected")
        self.task_id.clear()
        self.state.hide()


class SubmissionBar(QFrame):
    """What happened to the submitted version of this task, and "Label again"."""

    label_again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submissionBar")
        self.text = named(QLabel(), "submissionText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = named(QPushButton("Label again"), "labelAgainButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.label_again)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 5, 6, 5)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.button)
        self.submission: SubmissionRow | None = None
        self.hide()

    def show_submission(self, submission: SubmissionRow, shortcut: str) -> None:
        self.submission = submission
        status = submission.status
        sentence = STATE_SENTENCES.get(status, status)
        if status == "rejected":
            sentence += f": {submission.reason}." if submission.reason else "."
            sentence += " Label it again to correct it."
        self.text.setText(f"{sentence} Shown read-only.")
        self.button.setToolTip(f"Start a new draft from this submission ({shortcut})")
        bg, fg = STATE_COLORS.get(status, ("#E3E8F0", "#33415C"))
        self.setStyleSheet(f"QFrame#submissionBar {{ background: {bg}; border-radius: 6px; }}"
                           f" QFrame#submissionBar QLabel {{ color: {fg}; }}")
        self.show()

    def clear(self) -> None:
        self.submission = None
        self.hide()
