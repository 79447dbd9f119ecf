"""The comparison pane (model evaluation): which of two answers is better, and why.

    ┌ instructions ─────────────────────────────────────────────┐
    │ Prompt (read-only, scrolls)                               │
    ├─────────────────────────────┬─────────────────────────────┤
    │ [A] Answer A     Preferred  │ [B] Answer B                │
    │ (read-only, scrolls)        │                             │
    ├─────────────────────────────┴─────────────────────────────┤
    │ Which answer is better?  [A A is better] [T Tie] [B B …]  │
    │ [H] helpfulness [1][2][3][4][5] │ reason (optional)       │
    │ [C] correctness [1][2][3][4][5] │                         │
    └────────────────────────────────────────────────────────────┘

Keys: A, B and T choose (while the focus is not in the reason field, which takes
printable keys first); R writes the reason and Esc leaves it; a scale's letter
focuses it, then digits rate. Typing the reason is one undo step (merge id).
Digits do not choose a side: on a focused scale they are the rating.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ...core.comparison_editing import scale_hotkeys
from ...core.editing import set_entry, set_field
from ...core.models import TaskKind
from ..accessibility import accessible
from ..theme import colors, named
from ..tr_marks import QT_TRANSLATE_NOOP
from .base import AnnotationPane, Body, PaneTask
from .comparison.choice_bar import ChoiceBar
from .comparison.output_card import CardState, OutputCard, card_style
from .comparison.rating_scale import RatingScaleWidget, scale_style
from .comparison.reason_edit import PLACEHOLDER as REASON_PLACEHOLDER
from .comparison.reason_edit import ReasonEdit
from .text.actions import drop_actions, make_action
from .text.label_bar import key_text

#: the undo merge id of typing in the reason field ("REAS")
REASON_MERGE_ID = 0x52454153
CHOICE_WORDS = {"A": QT_TRANSLATE_NOOP("ComparisonPane", "A is better"),
                "B": QT_TRANSLATE_NOOP("ComparisonPane", "B is better"),
                "tie": QT_TRANSLATE_NOOP("ComparisonPane", "Tie")}
HINT = QT_TRANSLATE_NOOP("ComparisonPane",
                         "A, B or T chooses · R writes the reason, Esc leaves it · a scale's "
                         "letter, then a digit, rates · Enter submits")


class ComparisonPane(AnnotationPane):
    """A prompt, two answers side by side, the choice, rating scales and a reason."""

    kinds = (TaskKind.COMPARISON,)
    #: the editor may show the task's instructions itself and turn this off
    show_instructions = True

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(undo_stack, parent)
        self.setObjectName("comparisonPane")
        accessible(self, self.tr("Comparison"),
                   self.tr("Compare the two answers to the prompt and choose the better one"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(card_style(colors()) + scale_style(colors()))
        self.instructions = named(QLabel(), "paneInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setProperty("role", "muted")
        self.instructions.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = OutputCard("", self.tr("Prompt"), "promptText", output=False)
        self.prompt.view.setMinimumHeight(self.prompt.view.fontMetrics().lineSpacing() + 24)
        self.card_a = OutputCard("A", self.tr("Answer A"), "outputA")
        self.card_b = OutputCard("B", self.tr("Answer B"), "outputB")
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(self.card_a)
        sides.addWidget(self.card_b)
        sides.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.prompt)
        self.splitter.addWidget(sides)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.choice_bar = ChoiceBar(self)
        self.choice_bar.chosen.connect(self.choose)
        self.ratings_box = QWidget()
        self.ratings_layout = QVBoxLayout(self.ratings_box)
        self.ratings_layout.setContentsMargins(0, 0, 0, 0)
        self.ratings_layout.setSpacing(2)
        self.scales: dict[str, RatingScaleWidget] = {}
        self.reason = ReasonEdit(self)
        self.reason.textChanged.connect(self._reason_typed)
        self.reason.setMaximumHeight(self.reason.fontMetrics().lineSpacing() * 5 + 18)
        self.reason_title = named(QLabel(self.tr("Reason (optional) — R")), "reasonTitle")
        reason_box = QVBoxLayout()
        reason_box.setSpacing(4)
        reason_box.addWidget(self.reason_title)
        reason_box.addWidget(self.reason)
        reason_box.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addWidget(self.ratings_box, 2, Qt.AlignmentFlag.AlignTop)
        bottom.addLayout(reason_box, 3)
        self.hint = named(QLabel(self.tr(HINT)), "paneHint")
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(self.instructions)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.choice_bar)
        lay.addLayout(bottom)
        lay.addWidget(self.hint)
        self._scale_actions: list[QAction] = []
        self._fixed_actions = [
            make_action(self, self.tr("Choose A: A is better"), ["A"], lambda: self.choose("A"),
                        name="chooseA"),
            make_action(self, self.tr("Choose B: B is better"), ["B"], lambda: self.choose("B"),
                        name="chooseB"),
            make_action(self, self.tr("Choose a tie"), ["T"], lambda: self.choose("tie"),
                        name="chooseTie"),
            make_action(self, self.tr("Write the reason"),
                        ["R"], self.focus_reason, name="focusReason"),
            make_action(self, self.tr("Leave the text field"), ["Esc"], self.leave_field,
                        name="leaveField"),
        ]
        self.submit_action = make_action(self, self.tr("Submit (when a side is chosen)"),
                                         ["Return", "Enter"], self.request_submit,
                                         name="paneSubmit")

    # --- the contract -------------------------------------------------------------------

    def show_task(self, pane_task: PaneTask) -> None:
        task = pane_task.task
        data = task.data
        self.instructions.setText(task.config.instructions)
        self.instructions.setVisible(self.show_instructions and bool(task.config.instructions))
        self.prompt.set_text(str(data.get("prompt", "")))
        self.card_a.set_text(str(data.get("a", "")))
        self.card_b.set_text(str(data.get("b", "")))
        self._build_scales(pane_task)
        self.reason.setReadOnly(pane_task.read_only)
        self.reason.setPlaceholderText(self.tr("No reason given") if pane_task.read_only
                                       else QCoreApplication.translate("ReasonEdit",
                                                                       REASON_PLACEHOLDER))
        self.reason.set_text_quietly("")
        self.hint.setText(self.tr("Read-only: this task was submitted") if pane_task.read_only
                          else self.tr(HINT))
        self._size_prompt(str(data.get("prompt", "")))

    def draw_body(self, body: Body) -> None:
        choice = body.get("choice")
        self.choice_bar.set_choice(choice)
        states: tuple[CardState, CardState] = ("none", "none")
        if choice == "A":
            states = ("chosen", "other")
        elif choice == "B":
            states = ("other", "chosen")
        elif choice == "tie":
            states = ("tie", "tie")
        self.card_a.set_state(states[0])
        self.card_b.set_state(states[1])
        ratings = body.get("ratings") or {}
        use = self.pending_predictions(body)
        for name, widget in self.scales.items():
            value = ratings.get(name)
            widget.set_value(value if isinstance(value, int) else None)
            widget.set_predicted(use.model if use and f"ratings.{name}" in use.items else None)
        self.reason.set_text_quietly(str(body.get("reason") or ""))

    def actions(self) -> list[QAction]:
        return [*self._fixed_actions, *self._scale_actions, self.submit_action]

    def focus_default(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ------------------------------------------------------------------------

    def _build_scales(self, pane_task: PaneTask) -> None:
        for widget in self.scales.values():
            self.ratings_layout.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        drop_actions(self, self._scale_actions)
        scales = pane_task.task.config.ratings
        keys = scale_hotkeys(s.name for s in scales)
        self.scales, self._scale_actions = {}, []
        for scale in scales:
            widget = RatingScaleWidget(scale, keys.get(scale.name, ""), self.ratings_box)
            widget.rated.connect(self.rate)
            widget.problem.connect(self.message)
            self.ratings_layout.addWidget(widget)
            widget.setVisible(True)  # now, not when the layout gets round to it
            self.scales[scale.name] = widget
            if scale.name in keys:
                self._scale_actions.append(make_action(
                    self, self.tr("Rate {scale} (then press {low}–{high})").format(
                        scale=scale.name, low=scale.min, high=scale.max),
                    [key_text(keys[scale.name])], self._focus_slot(widget),
                    name=f"rate:{scale.name}"))
        self.ratings_box.setVisible(bool(scales))

    def _size_prompt(self, prompt: str) -> None:
        """Give the prompt the room it needs (up to a third), the answers the rest."""
        total = self.splitter.height() if self.splitter.height() > 100 else 500
        view = self.prompt.view
        per_line = max(20, view.viewport().width() // max(1, view.fontMetrics().averageCharWidth()))
        lines = sum(1 + len(line) // per_line for line in prompt.splitlines() or [""])
        wanted = view.fontMetrics().lineSpacing() * lines + 56
        prompt_height = max(72, min(wanted, total // 3))
        self.splitter.setSizes([prompt_height, total - prompt_height])

    def _focus_slot(self, widget: QWidget) -> Callable[[], None]:
        return lambda: widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- edits ----------------------------------------------------------------------------

    def choose(self, choice: str) -> None:
        """Choose a side. The ratings rate the answer chosen: changing the preference
        clears those given to the other one (in the same undo step)."""
        if self.current is None:
            return
        before = self._body.get("choice")
        if before == choice:
            self.draw_body(self._body)
            return
        new = set_field(self._body, "choice", choice)
        rated = {k: v for k, v in (self._body.get("ratings") or {}).items() if v is not None}
        cleared = before is not None and bool(rated) and not self.current.read_only
        if cleared:
            new = set_field(new, "ratings", {})
        self.edit(new, self.tr("Choose: {choice}").format(choice=self.tr(CHOICE_WORDS[choice])))
        if self.current.read_only:
            self.draw_body(self._body)
        elif cleared:
            rated_side = {"A": self.tr("answer A"), "B": self.tr("answer B"),
                          "tie": self.tr("both answers")}
            self.message.emit(self.tr("Ratings cleared: they rated {before}. Rate {now} now "
                                      "(Ctrl+Z brings them back)").format(
                before=rated_side[str(before)], now=rated_side[choice]))

    def submit_question(self, body: Body) -> str | None:
        """Ratings the annotator never set (a model's) are submitted only when confirmed."""
        if self.current is None:
            return None
        use = self.pending_predictions(body)
        names = [item.split(".", 1)[1] for item in use.items
                 if item.startswith("ratings.")] if use else []
        if not names:
            return None
        ratings = body.get("ratings") or {}
        listed = ", ".join(f"{name} {ratings.get(name)}" for name in names)
        assert use is not None
        return self.tr("You did not set these ratings: {ratings}. They are the prediction of "
                       "{model}. Submit them under your signature as your own ratings?").format(
            ratings=listed, model=use.model)

    def rate(self, name: str, value: int | None) -> None:
        if self.current is None:
            return
        text = (self.tr("Rate {scale}: {value}").format(scale=name, value=value)
                if value is not None else self.tr("Clear the {scale} rating").format(scale=name))
        self.edit(set_entry(self._body, "ratings", name, value), text)
        if self.current.read_only:
            self.draw_body(self._body)

    def _reason_typed(self) -> None:
        if self.current is None or self.current.read_only:
            return
        text = self.reason.toPlainText()
        if len(text) > ReasonEdit.max_chars:
            text = text[:ReasonEdit.max_chars]
            self.reason.set_text_quietly(text)
            self.message.emit(self.tr("A reason holds at most %n character(s)", "",
                                      ReasonEdit.max_chars))
        self.edit(set_field(self._body, "reason", text), self.tr("Write the reason"),
                  REASON_MERGE_ID)

    # --- focus and submit -----------------------------------------------------------------

    def focus_reason(self) -> None:
        self.reason.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def leave_field(self) -> None:
        """Esc: from the reason (or any other field of the pane) back to the pane."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
