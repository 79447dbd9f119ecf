"""The review page's actions (each with its keys, for the Review menu and F1) and the
bar of buttons under the item.

The single keys are scoped to the page (``WidgetWithChildrenShortcut``): they act
while the focus is anywhere in the page and never on another page. Sign and Cancel
carry their keys for the menus only: while correcting, :class:`.keys.CorrectionKeys`
delivers Ctrl+Enter and Esc (they are window keys of the task editor too).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..theme import named
from . import keys as k

translate = QCoreApplication.translate  # lupdate reads translate("Context", "Text")


def _action(owner: QWidget, text: str, shortcuts: Sequence[str], name: str, tip: str,
            *, scoped: bool = True) -> QAction:
    action = QAction(text, owner)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setAutoRepeat(False)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if scoped:
        owner.addAction(action)  # active while the focus is in the page
    return action


def key_hint(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                     for s in action.shortcuts() if not s.isEmpty())


class ReviewActions:
    def __init__(self, page: QWidget) -> None:
        self.accept = _action(
            page, translate("ReviewActions", "&Accept"), k.ACCEPT_KEYS,
            "actionReviewAccept",
            translate("ReviewActions", "The label is right: sign an accept"))
        self.reject = _action(
            page, translate("ReviewActions", "&Reject…"), k.REJECT_KEYS,
            "actionReviewReject",
            translate("ReviewActions", "The label is wrong: say why, then sign a reject"))
        self.correct = _action(
            page, translate("ReviewActions", "&Correct"), k.CORRECT_KEYS,
            "actionReviewCorrect",
            translate("ReviewActions", "Fix the label in the pane, then sign the correction"))
        self.sign = _action(
            page, translate("ReviewActions", "&Sign the correction"), k.SIGN_KEYS,
            "actionReviewSignCorrection",
            translate("ReviewActions", "Sign the corrected label"), scoped=False)
        self.cancel = _action(
            page, translate("ReviewActions", "Cancel the correctio&n"), k.CANCEL_KEYS,
            "actionReviewCancelCorrection",
            translate("ReviewActions", "Back to the label under review"), scoped=False)
        self.next = _action(
            page, translate("ReviewActions", "&Next submission"), k.NEXT_KEYS,
            "actionReviewNext",
            translate("ReviewActions", "Leave this one for later and show the next"))
        self.previous = _action(
            page, translate("ReviewActions", "&Previous submission"), k.PREVIOUS_KEYS,
            "actionReviewPrevious",
            translate("ReviewActions", "Show the one before"))
        self.other = _action(
            page, translate("ReviewActions", "Show the next &label of this task"), k.OTHER_KEYS,
            "actionReviewOtherLabel",
            translate("ReviewActions", "The other annotators' labels and the consensus, "
                                      "in turn"))
        self.fetch = _action(
            page, translate("ReviewActions", "&Get more to review"), k.FETCH_KEYS,
            "actionReviewFetch",
            translate("ReviewActions", "Lease submissions of other annotators from the hub "
                                      "(then sync)"))
        self.quality = _action(
            page, translate("ReviewActions", "Annotators' &quality…"), k.QUALITY_KEYS,
            "actionReviewQuality",
            translate("ReviewActions", "Every annotator's figures in this campaign, as "
                                      "the hub reports them (reviewers and admins)"))

    def menu(self) -> list[QAction | None]:
        return [self.accept, self.reject, self.correct, None, self.sign, self.cancel, None,
                self.next, self.previous, self.other, None, self.fetch, self.quality]

    def set_mode(self, mode: str, *, busy: bool = False) -> None:
        """Enable what the mode allows: "review", "correct", "done" or "empty"."""
        judging = mode == "review" and not busy
        for action in (self.accept, self.reject, self.correct):
            action.setEnabled(judging)
        correcting = mode == "correct"
        self.sign.setEnabled(correcting and not busy)
        self.cancel.setEnabled(correcting and not busy)
        for action in (self.next, self.previous, self.other, self.fetch):
            action.setEnabled(not correcting)


class VerdictBar(QWidget):
    """Buttons for the actions (with their keys), and the page's message line."""

    def __init__(self, acts: ReviewActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBar")
        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        lay = QHBoxLayout()
        lay.setSpacing(6)
        column.addLayout(lay)
        for name, action, label in (
                ("accept", acts.accept, self.tr("✓ Accept")),
                ("reject", acts.reject, self.tr("✗ Reject…")),
                ("correct", acts.correct, self.tr("✎ Correct")),
                ("sign", acts.sign, self.tr("Sign correction")),
                ("cancel", acts.cancel, self.tr("Cancel"))):
            lay.addWidget(self._button(name, action, label))
        lay.addStretch(1)
        for name, action, label in (("previous", acts.previous, self.tr("Previous")),
                                    ("next", acts.next, self.tr("Next"))):
            lay.addWidget(self._button(name, action, label))
        self.message = named(QLabel(self), "reviewMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setProperty("role", "muted")
        self.message.setMinimumHeight(self.message.fontMetrics().height())  # no jumps
        column.addWidget(self.message)
        self.buttons["accept"].setStyleSheet("QPushButton:enabled { color: #146C3C; "
                                             "font-weight: 600; }")
        self.buttons["reject"].setStyleSheet("QPushButton:enabled { color: #A11B1B; "
                                             "font-weight: 600; }")

    def _button(self, name: str, action: QAction, label: str) -> QPushButton:
        keys = key_hint(action)
        button = named(QPushButton(f"{label}  {keys.split(',')[0]}", self), f"review-{name}")
        button.setToolTip(f"{action.toolTip()} ({keys})")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do it; focus stays put
        button.clicked.connect(action.trigger)

        def sync() -> None:
            button.setEnabled(action.isEnabled())

        action.changed.connect(sync)
        sync()
        self.buttons[name] = button
        return button

    def set_correcting(self, correcting: bool) -> None:
        for name in ("accept", "reject", "correct"):
            self.buttons[name].setVisible(not correcting)
        for name in ("sign", "cancel"):
            self.buttons[name].setVisible(correcting)
