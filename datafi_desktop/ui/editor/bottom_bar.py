"""The editor's bottom bar: why the task cannot be submitted yet, the flow buttons
(previous, skip, next, submit) and the campaign's progress."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.flow import Progress
from .. import locale_format as lf
from ..accessibility import plain_label
from ..theme import named, set_role
from .actions import shortcut_text

#: "◀ Previous" / "Next ▶" point the other way in a mirrored (right-to-left) window,
#: where Next sits on the left: the arrows are not Unicode-mirrored characters
MIRRORED_ARROWS = str.maketrans("◀▶", "▶◀")


class ActionButton(QPushButton):
    """A push button that triggers a QAction and follows its enabled state."""

    def __init__(self, action: QAction, text: str, name: str) -> None:
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        super().__init__(text.translate(MIRRORED_ARROWS) if rtl else text)
        self.setObjectName(name)
        self.action = action
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus in the pane
        #: why the button is disabled while its action stays enabled (its shortcut then
        #: says why in the status bar instead of doing nothing without a word)
        self.blocked = ""
        self.clicked.connect(action.trigger)
        action.changed.connect(self._sync)
        self._sync()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.setText(self.text().translate(MIRRORED_ARROWS))
        super().changeEvent(event)

    def block(self, reason: str) -> None:
        """Disable the button with ``reason`` as its tooltip ("" enables it again)."""
        self.blocked = reason
        self._sync()

    def _sync(self) -> None:
        self.setEnabled(self.action.isEnabled() and not self.blocked)
        tip = self.action.toolTip() or plain_label(self.action.text())
        keys = shortcut_text(self.action)
        self.setToolTip(self.blocked or (f"{tip} ({keys})" if keys else tip))


class BottomBar(QWidget):
    def __init__(self, previous: QAction, skip: QAction, next_: QAction, submit: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = named(QLabel(), "editorProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setProperty("role", "muted")
        # its line stays when there is nothing to say: the pane above keeps its height
        self.problems.setMinimumHeight(self.problems.fontMetrics().height())
        policy = self.problems.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.problems.setSizePolicy(policy)
        self.previous = ActionButton(previous, self.tr("◀ Previous"), "previousButton")
        self.skip = ActionButton(skip, self.tr("Skip"), "skipButton")
        self.next = ActionButton(next_, self.tr("Next ▶"), "nextButton")
        self.submit = ActionButton(submit, self.tr("Submit"), "submitButton")
        self.submit.setDefault(False)
        self.submit.setStyleSheet(
            "QPushButton#submitButton { font-weight: 600; padding: 4px 14px; }")
        self.progress_text = named(QLabel(), "editorProgressText")
        self.progress_text.setProperty("role", "muted")
        self.progress = named(QProgressBar(), "editorProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 7)
        self.progress.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.previous)
        row.addWidget(self.skip)
        row.addWidget(self.next)
        row.addStretch(1)
        row.addWidget(self.progress_text)
        row.addWidget(self.progress)
        row.addSpacing(6)
        row.addWidget(self.submit)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.problems)
        lay.addLayout(row)

    def follow(self, pane: QWidget) -> None:
        """Tab reaches the flow buttons after the pane's controls (reading order): the
        buttons move behind the last of the pane's widgets that follow them."""
        last: QWidget = self.submit
        widget = self.submit.nextInFocusChain()
        for _ in range(500):
            if widget is None or not (widget is pane or pane.isAncestorOf(widget)):
                break
            last, widget = widget, widget.nextInFocusChain()
        if last is self.submit:
            return  # in place already
        for first, second in pairwise([last, self.previous, self.skip, self.next,
                                       self.submit]):
            QWidget.setTabOrder(first, second)

    def set_progress(self, progress: Progress) -> None:
        self.progress_text.setText(self.tr("{done} of {total} done").format(
            done=lf.integer(progress.done), total=lf.integer(progress.total)))
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        self.progress.setToolTip(self.tr("{percent} of the campaign's tasks are done").format(
            percent=f"{progress.fraction:.0%}"))

    def show_problems(self, problems: list[str], *, error: bool = False) -> None:
        """Hints (muted) while editing; an error after a refused submit or a failure."""
        set_role(self.problems, "error" if error else "muted")
        self.problems.setText(" · ".join(problems))
        self.problems.setVisible(bool(problems))
