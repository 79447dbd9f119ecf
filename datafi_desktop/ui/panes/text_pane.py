"""The text pane: text classification (single and multi-label) and text spans (NER).

    ┌ instructions ─────────────────────────────────────────────────┐
    │ [1 negative] [2 mixed] [3 neutral] [4 positive]   label chips │
    ├───────────────────────────────────────────┬───────────────────┤
    │ the text (read-only, selectable, wrapped, │ Spans (4)         │
    │ each paragraph in its own direction)      │ [PER] Zoë Lefèvre │
    │ spans: tinted background, stacked         │ 0–12 · predicted  │
    │ underlines, a label tag under each start  │ …                 │
    ├───────────────────────────────────────────┴───────────────────┤
    │ hint: which keys do what                                       │
    └────────────────────────────────────────────────────────────────┘

Every change goes through :meth:`AnnotationPane.edit` with the pure functions of
``core.editing`` and ``core.text_editing``; span offsets are code points,
converted from Qt's UTF-16 positions with ``core.textoffsets.OffsetMap``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QTextCursor, QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...core.editing import set_field, toggle_label
from ...core.models import TaskKind
from ...core.predictions import prediction_of
from ...core.text_editing import display_text, find_span, predicted_keys
from ..theme import named
from ..tr_marks import QT_TRANSLATE_NOOP
from .base import AnnotationPane, Body, PaneTask
from .text.actions import drop_actions, make_action
from .text.glyphs import report_missing
from .text.label_bar import LabelBar, LabelSpec, key_text
from .text.span_list import SpanListView
from .text.span_view import SpanTextView
from .text.spans_controller import SpansController

_MOVE = QTextCursor.MoveOperation
HINTS = {
    "single": QT_TRANSLATE_NOOP("TextPane",
                                "Press a label's key (or click it) to choose it · Enter submits"),
    "multi": QT_TRANSLATE_NOOP(
        "TextPane", "Press label keys (or click) to tick and untick · Del clears · Enter submits"),
    "spans": QT_TRANSLATE_NOOP(
        "TextPane", "Select text (drag, Shift+arrows, Ctrl+Shift+arrows by word), then press a "
                    "label key · click or Tab to a span to relabel it · Del deletes · Esc "
                    "clears · F6 span list · Enter accepts a predicted span, else submits"),
}

READ_ONLY_HINTS = {
    False: QT_TRANSLATE_NOOP("TextPane", "Read-only: this task was submitted"),
    True: QT_TRANSLATE_NOOP("TextPane", "Read-only: this task was submitted · Tab and "
                                        "Shift+Tab go through the spans · F6 span list"),
}


class TextPane(AnnotationPane):
    """Labels a text: chips and number/letter keys for classification; select-and-key
    spans with a side list for NER."""

    kinds = (TaskKind.TEXT_CLASSIFICATION, TaskKind.TEXT_SPANS)
    #: the editor may show the task's instructions itself and turn this off
    show_instructions = True

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(undo_stack, parent)
        self.setObjectName("textPane")
        self.instructions = named(QLabel(), "paneInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setProperty("role", "muted")
        self.instructions.setTextFormat(Qt.TextFormat.PlainText)
        self.label_bar = LabelBar(self)
        self.label_bar.label_clicked.connect(self.press_label)
        # after a click on a chip the keys go to the text again (the next label key)
        self.label_bar.label_clicked.connect(lambda _name: self.focus_default())
        self.view = SpanTextView(self)
        self.span_list = SpanListView(self)
        self.list_title = named(QLabel(self.tr("Spans")), "spanListTitle")
        font = self.list_title.font()
        font.setBold(True)
        self.list_title.setFont(font)
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.setSpacing(4)
        side_lay.addWidget(self.list_title)
        side_lay.addWidget(self.span_list, 1)
        side.setMinimumWidth(150)
        self.side = side
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.hint = named(QLabel(), "paneHint")
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(self.instructions)
        lay.addWidget(self.label_bar)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.hint)
        self.spans = SpansController(self, self.view, self.span_list)
        self._label_actions: list[QAction] = []
        self._text = ""
        self._build_fixed_actions()
        self.setFocusProxy(self.view)

    # --- actions ----------------------------------------------------------------------

    def _build_fixed_actions(self) -> None:
        on_view = Qt.ShortcutContext.WidgetShortcut  # keys the text view owns
        view = self.view
        self.submit_action = make_action(self, self.tr("Submit (when complete)"),
                                         ["Return", "Enter"],
                                         self.request_submit, name="paneSubmit")
        self.clear_labels_action = make_action(self, self.tr("Clear the labels"),
                                               ["Del", "Backspace"],
                                               self.clear_labels, name="clearLabels")
        self.delete_action = make_action(self, self.tr("Delete the selected span"),
                                         ["Del", "Backspace"],
                                         self.spans.delete, name="deleteSpan")
        self.next_action = make_action(view, self.tr("Next span"),
                                       ["Tab"], lambda: self.spans.cycle(True),
                                       context=on_view, name="nextSpan", repeat=True)
        self.prev_action = make_action(view, self.tr("Previous span"), ["Shift+Tab"],
                                       lambda: self.spans.cycle(False), context=on_view,
                                       name="previousSpan", repeat=True)
        self.escape_action = make_action(self, self.tr("Clear the selection"),
                                         ["Esc"], self.spans.clear,
                                         name="clearSelection")
        self.word_actions = [
            make_action(view, self.tr("Extend the selection by a word"), ["Ctrl+Shift+Right"],
                        lambda: self.spans.extend_word(forward=True), context=on_view,
                        name="extendWordRight", repeat=True),
            make_action(view, self.tr("Extend the selection back by a word"), ["Ctrl+Shift+Left"],
                        lambda: self.spans.extend_word(forward=False), context=on_view,
                        name="extendWordLeft", repeat=True),
            make_action(view, self.tr("Extend the selection by a character"), ["Shift+Right"],
                        lambda: self.spans.extend(_MOVE.Right), context=on_view,
                        name="extendCharRight", repeat=True),
            make_action(view, self.tr("Extend the selection back by a character"), ["Shift+Left"],
                        lambda: self.spans.extend(_MOVE.Left), context=on_view,
                        name="extendCharLeft", repeat=True),
        ]
        self.list_action = make_action(self, self.tr("Go to the span list and back"), ["F6"],
                                       self.toggle_list_focus, name="spanListFocus")
        self._spans_only = [self.delete_action, self.next_action, self.prev_action,
                            self.escape_action, *self.word_actions, self.list_action]

    def actions(self) -> list[QAction]:
        """Label keys first, then the pane's other keys; rebuilt by every :meth:`open`."""
        if self.current is None:
            return []
        if self._is_spans():
            return [*self._label_actions, *self._spans_only, self.submit_action]
        extra = [self.clear_labels_action] if self.current.task.config.multi else []
        return [*self._label_actions, *extra, self.submit_action]

    def _rebuild_label_actions(self) -> None:
        drop_actions(self, self._label_actions)
        assert self.current is not None
        config = self.current.task.config
        if self._is_spans():
            verb = self.tr("Label the selection (or the selected span): {label}")
        elif config.multi:
            verb = self.tr("Tick or untick: {label}")
        else:
            verb = self.tr("Choose: {label}")
        self._label_actions = [
            make_action(self, verb.format(label=name), [key_text(key)], self._label_slot(name),
                        name=f"label:{name}")
            for key, name in config.hotkeys().items()
        ]
        spans = self._is_spans()
        for action in self._spans_only:
            action.setEnabled(spans)
        self.clear_labels_action.setEnabled(not spans and config.multi)

    # --- the contract -----------------------------------------------------------------

    def show_task(self, pane_task: PaneTask) -> None:
        task = pane_task.task
        config = task.config
        spans = task.kind is TaskKind.TEXT_SPANS
        self._text = display_text(task.text)
        self.instructions.setText(config.instructions)
        self.instructions.setVisible(self.show_instructions and bool(config.instructions))
        keys = {name: key for key, name in config.hotkeys().items()}
        self.label_bar.set_labels([
            LabelSpec(label.name, keys.get(label.name, ""), config.color_of(label.name),
                      label.description) for label in config.labels])
        self.view.set_text(self._text, spans_mode=spans)
        boxes = report_missing(self._text, self.view.font())  # once per session, not silently
        if boxes is not None:
            self.message.emit(boxes)
        self.side.setVisible(spans)
        if spans:
            # the model's spans stay marked while unchanged, whatever the body's history
            # (drafts, restarts, undo): the marking is by value (core.predictions)
            prediction = prediction_of(task)
            model = prediction.model if prediction is not None else None
            self.spans.open(self._text, {n: config.color_of(n) for n in config.label_names},
                            predicted_keys(task, model), model)
            width = max(400, self.width())
            side = max(180, min(320, int(width * 0.3)))
            self.splitter.setSizes([width - side, side])
        mode = "spans" if spans else ("multi" if config.multi else "single")
        hint = READ_ONLY_HINTS[spans] if pane_task.read_only else HINTS[mode]
        self.hint.setText(QCoreApplication.translate("TextPane", hint))
        self._rebuild_label_actions()

    def draw_body(self, body: Body) -> None:
        if self._is_spans():
            self.spans.render(body)
            self.list_title.setText(self.tr("Spans ({count})").format(
                count=len(body.get("spans") or [])))
        else:
            self.label_bar.set_checked(list(body.get("labels") or []))
            use = self.pending_predictions(body)  # accepted or edited: the annotator's
            self.label_bar.set_predicted(use.labels(body) if use else set(),
                                         use.model if use else None)

    def focus_default(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_prediction(self) -> str | None:
        """The selected span, when it is a model's nobody accepted yet (Enter accepts it)."""
        index = find_span(self._body, self.spans.selected) if self._is_spans() else None
        use = self.pending_predictions()
        path = f"spans[{index}]"
        return path if index is not None and use is not None and path in use.items else None

    # --- user actions -------------------------------------------------------------------

    def press_label(self, name: str) -> None:
        """What a label key or chip does in the current kind."""
        if self.current is None:
            return
        if self.current.read_only:
            self.draw_body(self._body)
            self.message.emit(self.tr("This task is read-only"))
            return
        if self._is_spans():
            self.spans.label(name)
            return
        multi = self.current.task.config.multi
        chosen = name in (self._body.get("labels") or [])
        what = ((self.tr("Untick {label}") if chosen else self.tr("Tick {label}")) if multi
                else self.tr("Choose {label}"))
        new = toggle_label(self._body, name, multi=multi)
        if new == self._body:
            self.draw_body(self._body)
        self.edit(new, what.format(label=name))

    def clear_labels(self) -> None:
        if self.current is not None and not self._is_spans() and self._body.get("labels"):
            self.edit(set_field(self._body, "labels", []), self.tr("Clear the labels"))

    def toggle_list_focus(self) -> None:
        if self.span_list.hasFocus():
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.span_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- helpers ----------------------------------------------------------------------

    def _label_slot(self, name: str) -> Callable[[], None]:
        return lambda: self.press_label(name)

    def _is_spans(self) -> bool:
        return self.current is not None and self.current.task.kind is TaskKind.TEXT_SPANS
