"""The span-labeling behaviour of the text pane: which span is selected, what a
label key, a click, Tab, Delete and Escape do, and keeping the text view and the
side list in step.

The selected span is view state, not part of the body: it is remembered by its
(start, end, label) key, so it survives edits that re-sort the spans and is
dropped when an undo takes it away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QTextCursor

from ....core import text_editing as te
from ....core import word_snap
from ....core.editing import Body, EditError, remove_item, spans_at
from ....core.textoffsets import OffsetMap
from .highlighter import DrawnSpan
from .span_list import SpanListView, SpanRow, relation_note, snippet
from .span_view import SpanTextView

if TYPE_CHECKING:
    from ..text_pane import TextPane


class SpansController(QObject):
    def __init__(self, pane: TextPane, view: SpanTextView, span_list: SpanListView) -> None:
        super().__init__(pane)
        self.pane, self.view, self.list = pane, view, span_list
        self.text = ""
        self.offsets = OffsetMap("")
        self.selected: te.SpanKey | None = None
        self.predicted: set[te.SpanKey] = set()
        self.model_name: str | None = None
        self._colors: dict[str, QColor] = {}
        self._drawn: list[DrawnSpan] = []
        self._syncing = False
        view.clicked.connect(self.click)
        view.describe = self.describe
        view.snap = self.snap
        view.word_at = self.word_at
        span_list.selectionModel().currentChanged.connect(self._list_current)
        span_list.doubleClicked.connect(lambda _index: self.view.setFocus())

    def open(self, text: str, colors: dict[str, str], predicted: set[te.SpanKey],
             model: str | None) -> None:
        self.text, self.offsets = text, OffsetMap(text)
        self.selected, self.predicted, self.model_name = None, predicted, model
        self._colors = {name: QColor(value) for name, value in colors.items()}
        self._drawn = []

    def _color(self, label: str) -> QColor:
        color = self._colors.get(label)
        if color is None:
            color = self._colors[label] = QColor("#888888")
        return color

    # --- rendering -------------------------------------------------------------------

    def render(self, body: Body) -> None:
        spans = list(body.get("spans") or [])
        to16 = self.offsets.to_utf16
        tracks = te.span_tracks(spans)
        # a model's span stays marked until it is edited or accepted (core.prediction_accept)
        use = self.pane.pending_predictions(body)
        pending = use.indices("spans") if use is not None else set()
        self._drawn = [DrawnSpan(to16(s["start"]), to16(s["end"]), s["label"],
                                 self._color(s["label"]), tracks[i], i in pending)
                       for i, s in enumerate(spans)]
        related = te.overlaps(spans)
        rows = []
        for i, span in enumerate(spans):
            notes = [(te.relation(span, spans[j]) or "overlaps", spans[j]["label"])
                     for j in related[i]]
            rows.append(SpanRow(span["label"], self._color(span["label"]).name(),
                                snippet(self.text[span["start"]:span["end"]]), span["start"],
                                span["end"], relation_note(notes[:3]), i in pending))
        self._syncing = True
        try:
            self.list.span_model.set_rows(rows)
        finally:
            self._syncing = False
        if te.find_span(body, self.selected) is None:
            self.selected = None
        self.show_selection(reveal=False)

    def show_selection(self, *, reveal: bool) -> None:
        """Draw the selected span, select its row and chip; ``reveal`` scrolls to it."""
        body = self.pane._body
        index = te.find_span(body, self.selected)
        self.view.set_spans(self._drawn, index)
        self._syncing = True
        try:
            self.list.select_row(index)
        finally:
            self._syncing = False
        self.pane.label_bar.set_checked([self.selected[2]] if index is not None and
                                        self.selected else [])
        if reveal and index is not None:
            drawn = self._drawn[index]
            self.view.place_caret(drawn.end, reveal=True)
            self.view.place_caret(drawn.start, reveal=True)

    # --- user actions ------------------------------------------------------------------

    def label(self, name: str) -> None:
        """A label key or chip: label the selected text, or relabel the selected span."""
        sel16 = self.view.selection()
        selection = None
        if sel16 is not None:
            selection = (self.offsets.to_code_point(sel16[0]),
                         self.offsets.to_code_point(sel16[1]))
        body = self.pane._body
        try:
            new, key = te.apply_span_label(body, name, self.text, selection, self.selected)
        except EditError as exc:
            self.pane.message.emit(str(exc))
            return
        words = f"{name} “{snippet(self.text[key[0]:key[1]])}”"
        added = selection is not None
        self.selected = key
        if sel16 is not None:
            self.view.place_caret(sel16[1], reveal=False)
        if new == body:
            self.show_selection(reveal=False)
            self.pane.message.emit(self.tr("Already marked: {span}").format(span=words))
            return
        self.pane.edit(new, (self.tr("Add span {span}") if added
                             else self.tr("Relabel span {span}")).format(span=words))
        self.pane.message.emit((self.tr("Add span: {span}") if added
                                else self.tr("Relabel span: {span}")).format(span=words))

    def delete(self) -> None:
        body = self.pane._body
        index = te.find_span(body, self.selected)
        if index is None:
            self.pane.message.emit(self.tr("Select a span first: click it or press Tab"))
            return
        start, end, label = te.span_key(body["spans"][index])
        self.selected = None
        self.pane.edit(remove_item(body, "spans", index),
                       self.tr("Delete span {label} “{text}”").format(
                           label=label, text=snippet(self.text[start:end])))

    def cycle(self, forward: bool) -> None:
        spans = self.pane._body.get("spans") or []
        if not spans:
            self.pane.message.emit(self.tr("No spans yet: select some text and press a label key"))
            return
        current = te.find_span(self.pane._body, self.selected)
        caret = self.offsets.to_code_point(self.view.caret())
        index = te.next_span(spans, current, caret, forward)
        self.select_index(index, reveal=True)

    def clear(self) -> None:
        """Escape: drop the text selection and the selected span."""
        self.view.place_caret(self.view.caret(), reveal=False)
        self.selected = None
        self.show_selection(reveal=False)
        if self.list.hasFocus():
            self.view.setFocus()

    def click(self, position: int) -> None:
        """A click on the text: select the innermost span under it; clicking again on an
        overlap steps outwards through the spans there."""
        if position < 0:
            hits: list[int] = []
        else:
            hits = spans_at(self.pane._body, self.offsets.to_code_point(position))
        spans = self.pane._body.get("spans") or []
        keys = [te.span_key(spans[i]) for i in hits]
        if not keys:
            if self.selected is not None:
                self.selected = None
                self.show_selection(reveal=False)
            return
        key = keys[(keys.index(self.selected) + 1) % len(keys)] if self.selected in keys \
            else keys[0]
        self.selected = key
        self.show_selection(reveal=False)
        selected = self.tr("Selected {label} “{text}”").format(
            label=key[2], text=snippet(self.text[key[0]:key[1]]))
        if len(keys) > 1:
            selected += self.tr(" (1 of %n here: click again for the next)", "", len(keys))
        self.pane.message.emit(selected)

    def select_index(self, index: int | None, *, reveal: bool) -> None:
        spans = self.pane._body.get("spans") or []
        self.selected = te.span_key(spans[index]) if index is not None and 0 <= index < len(
            spans) else None
        self.show_selection(reveal=reveal)

    def extend(self, operation: QTextCursor.MoveOperation) -> None:
        self.view.move_selection(operation)

    def extend_word(self, *, forward: bool) -> None:
        """Ctrl+Shift+→ / ←: the selection's moving end to the next word's end, or back
        to the previous word (core.word_snap, in code points). ``forward`` is the
        arrow's screen direction (→): in a right-to-left paragraph → goes back in the
        text, as Qt's own Shift+arrows do."""
        cursor = self.view.textCursor()
        if cursor.block().textDirection() == Qt.LayoutDirection.RightToLeft:
            forward = not forward
        to_cp, to16 = self.offsets.to_code_point, self.offsets.to_utf16
        anchor, caret = word_snap.extend_by_word(self.text, to_cp(cursor.anchor()),
                                                 to_cp(cursor.position()), forward=forward)
        self.view.select(to16(anchor), to16(caret))
        self.view.ensureCursorVisible()

    # --- snapping the mouse to words (UTF-16 positions in, UTF-16 out) ------------------

    def snap(self, start16: int, end16: int) -> tuple[int, int]:
        to_cp, to16 = self.offsets.to_code_point, self.offsets.to_utf16
        start, end = word_snap.snap_selection(self.text, to_cp(start16), to_cp(end16))
        return to16(start), to16(end)

    def word_at(self, position16: int) -> tuple[int, int] | None:
        word = word_snap.word_at(self.text, self.offsets.to_code_point(position16))
        return None if word is None else (self.offsets.to_utf16(word[0]),
                                          self.offsets.to_utf16(word[1]))

    def _list_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self.select_index(current.row(), reveal=False)
        drawn = self._drawn[current.row()] if current.row() < len(self._drawn) else None
        if drawn is not None:  # scroll the text to it without taking the focus
            self.view.place_caret(drawn.start, reveal=True)

    # --- tooltips ----------------------------------------------------------------------

    def describe(self, position: int) -> str:
        spans = self.pane._body.get("spans") or []
        use = self.pane.pending_predictions()
        pending = use.indices("spans") if use is not None else set()
        lines = []
        for i in spans_at(self.pane._body, self.offsets.to_code_point(position)):
            span = spans[i]
            line = f"{span['label']}: “{snippet(self.text[span['start']:span['end']])}”"
            if i in pending:
                line += (self.tr(" (predicted by {model})").format(model=self.model_name)
                         if self.model_name else self.tr(" (predicted)"))
            lines.append(line)
        return "\n".join(lines)
