"""One review item on screen: who labeled what, the labels side by side, and the task
with the label drawn in its pane (read-only), or editable while it is corrected.

::

    [icon] Text classification  text-cls-004        by 0xAb12…9f3e · 14 Mar 09:05 (3 min ago)
    [Under review · 0xAb12…] [0x77c1… · agrees 0 %] [Consensus · no majority]   ← O, click
    ┌ the pane (TextPane, ComparisonPane, ImagePane …), read-only ────────────────────────┐
    │ other annotators' boxes and polygons dashed over the image, one colour each           │
    └────────────────────────────────────────────────────────────────────────────────────────┘

The panes are the editor's (``panes.registry``), one instance per family made on first
use, with their own undo stack: a correction is edited exactly as a label is.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...core.cache.reviews import ReviewQueueItem, ReviewRow
from ...core.flow import submit_problems
from ..accessibility import accessible
from ..editor.fallback import PreviewPane
from ..editor.pane_set import PaneSet
from ..icons import icon
from ..panes.base import AnnotationPane, PaneTask
from ..session import Session
from ..status_bar import short_address
from ..theme import KIND_SHORT, kind_name, kind_short, named
from .cards import build_cards
from .keys import silence_conflicts
from .labels_strip import CardSpec, LabelsStrip
from .overlay import OthersOverlay
from .summary import created_at_ms, when

SHAPE_KINDS = ("bounding_boxes", "polygons")
#: the panes' contexts of "This task is read-only" (the message replaced while reviewing)
READ_ONLY_CONTEXTS = ("AnnotationPane", "TextPane", "CollectionPane", "ItemLabeler")


def flags_text(flags: tuple[dict[str, Any], ...]) -> str:
    """What the hub found at intake, one line per flag (empty without flags)."""
    lines = [QCoreApplication.translate("ReviewItemView", "Possible copy: {detail}").format(
        detail=flag.get("detail") or flag.get("kind")) for flag in flags]
    return "\n".join(lines)

class ReviewItemView(QWidget):
    #: a short message for the page's message line
    message = Signal(str)
    #: the pane asked to submit (Enter on a complete label) while correcting
    sign_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewItemView")
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.panes = PaneSet(self.undo_stack, session, None, self._adopt)
        self.item: ReviewQueueItem | None = None
        self.review: ReviewRow | None = None
        self.pane: AnnotationPane | None = None
        #: "empty", "review" (read-only), "correct" (editable) or "done" (reviewed here)
        self.mode = "empty"
        self.cards: list[CardSpec] = []
        self.overlays: dict[int, OthersOverlay] = {}

        self.kind_icon = QLabel()
        self.title = named(QLabel(), "reviewTitle")
        self.title.setProperty("role", "title")
        self.task_id = named(QLabel(), "reviewTaskId")
        accessible(self.task_id, self.tr("Task id"))
        self.task_id.setProperty("role", "muted")
        self.task_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.byline = named(QLabel(), "reviewByline")
        accessible(self.byline, self.tr("Submitted by"))
        self.byline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.kind_icon)
        head.addWidget(self.title)
        head.addWidget(self.task_id)
        head.addStretch(1)
        head.addWidget(self.byline)
        self.strip = LabelsStrip()
        self.strip.show_requested.connect(self.show_card)
        self.others_box = named(QCheckBox(self.tr("&Others' shapes")), "othersShapes")
        self.others_box.setToolTip(self.tr("Draw the other annotators' boxes or polygons dashed "
                                           "over the image, in the colour of their card (Alt+O)"))
        self.others_box.setChecked(True)
        self.others_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.others_box.toggled.connect(lambda _on: self._update_overlay())
        strip_row = QHBoxLayout()
        strip_row.addWidget(self.strip, 1)
        strip_row.addWidget(self.others_box, 0, Qt.AlignmentFlag.AlignTop)
        self.flags_note = named(QLabel(), "reviewFlags")  # what deduplication found
        self.flags_note.setWordWrap(True)
        self.flags_note.setTextFormat(Qt.TextFormat.PlainText)
        self.flags_note.setStyleSheet("QLabel#reviewFlags { background: #FDE2E1; "
                                      "color: #8A1C14; border-radius: 4px; padding: 4px 8px; }")
        self.flags_note.hide()
        self.banner = named(QLabel(), "reviewBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        self.stack = named(QStackedWidget(), "reviewPaneStack")
        self.placeholder = named(QLabel(), "reviewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setProperty("role", "muted")
        self.stack.addWidget(self.placeholder)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(head)
        lay.addLayout(strip_row)
        lay.addWidget(self.flags_note)
        lay.addWidget(self.banner)
        lay.addWidget(self.stack, 1)
        self.clear("")

    # --- showing ---------------------------------------------------------------------------

    def clear(self, text: str) -> None:
        self._leave_pane()
        self.item, self.review, self.mode, self.cards = None, None, "empty", []
        self.undo_stack.clear()
        self.kind_icon.clear()
        self.title.setText(self.tr("Nothing to review"))
        self.task_id.clear()
        self.byline.clear()
        self.strip.set_cards([])
        self.strip.hide()
        self.others_box.hide()
        self.flags_note.hide()
        self.banner.hide()
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    def show_item(self, item: ReviewQueueItem, review: ReviewRow | None = None) -> None:
        """Show ``item`` read-only, its label drawn; ``review``: the verdict made here."""
        self.item, self.review = item, review
        self.mode = "done" if review is not None else "review"
        self.flags_note.setText(flags_text(item.flags))
        self.flags_note.setVisible(bool(item.flags))
        kind = item.kind
        short, icon_name = kind_short(kind), KIND_SHORT.get(kind, ("", "kind-text"))[1]
        size = self.title.fontMetrics().height()
        self.kind_icon.setPixmap(icon(icon_name).pixmap(size, size))
        self.kind_icon.setToolTip(short)
        self.title.setText(kind_name(kind))
        self.task_id.setText(item.task_id)
        needed = max(item.reviews_needed - item.reviews_done, 0)
        byline = self.tr("by {annotator} · {when}").format(
            annotator=short_address(item.annotator), when=when(created_at_ms(item.typed_data)))
        if needed:
            byline += " · " + self.tr("%n more review(s) needed", "", needed)
        self.byline.setText(byline)
        self.byline.setToolTip(self.tr("Labeled and signed by {annotator}").format(
            annotator=item.annotator))
        self.cards = build_cards(item, review)
        self.strip.set_cards(self.cards)
        self.strip.show()
        self.others_box.setVisible(kind in SHAPE_KINDS and len(self.cards) > 1)
        self.banner.hide()
        self._open(item.annotation, read_only=True)

    def show_card(self, index: int) -> None:
        """Show card ``index``'s label in the pane (read-only; not while correcting)."""
        if self.item is None or self.pane is None:
            return
        spec = self.strip.spec(index)
        if spec is None:
            return
        if self.mode == "correct":
            self.message.emit(self.tr("Sign the correction (Ctrl+Enter) or cancel it (Esc) first"))
            return
        if spec.annotation is None:
            self.message.emit(f"{spec.title}: {spec.summary}")
            return
        self.pane.show_body(copy.deepcopy(spec.annotation))
        self.strip.set_current(index)
        self._update_overlay()
        self.message.emit(self.tr("Showing {card}: {summary}").format(
            card=spec.title, summary=spec.summary) if index else
            self.tr("Showing the label under review"))

    def next_card(self) -> None:
        if self.cards:
            start = self.strip.current
            for step in range(1, len(self.cards) + 1):
                index = (start + step) % len(self.cards)
                if self.cards[index].annotation is not None:
                    self.show_card(index)
                    return

    # --- correcting ------------------------------------------------------------------------

    @property
    def can_correct(self) -> bool:
        return (self.item is not None and self.mode == "review"
                and self.pane is not None and not isinstance(self.pane, PreviewPane))

    def start_correction(self) -> bool:
        """Make the pane editable, starting from the label on screen."""
        if not self.can_correct or self.item is None:
            return False
        spec = self.strip.spec(self.strip.current)
        start = spec.annotation if spec is not None and spec.annotation else self.item.annotation
        self.mode = "correct"
        self._open(start, read_only=False)
        if spec is None or spec.role == "reviewed":
            start_text = self.tr("Correcting, starting from the label under review: edit it "
                                 "with the pane's keys, then Ctrl+Enter signs the correction · "
                                 "Esc cancels · Ctrl+Z undoes")
        else:
            start_text = self.tr("Correcting, starting from {card}: edit it with the pane's "
                                 "keys, then Ctrl+Enter signs the correction · Esc cancels · "
                                 "Ctrl+Z undoes").format(card=spec.title)
        self.banner.setText(start_text)
        self.banner.setStyleSheet("QLabel#reviewBanner { background: #FFF1C2; color: #6B4E00;"
                                  " border-radius: 6px; padding: 5px 10px; }")
        self.banner.show()
        if self.pane is not None:
            self.pane.focus_default()
        return True

    def cancel_correction(self) -> None:
        if self.mode == "correct" and self.item is not None:
            self.show_item(self.item)

    def correction(self) -> dict[str, Any]:
        return self.pane.body() if self.pane is not None else {}

    def problems(self) -> list[str]:
        if self.item is None or self.pane is None:
            return []
        body = self.correction()
        return submit_problems(self.item.task, body) + self.pane.problems(body)

    def set_done_note(self, text: str, error: bool = False) -> None:
        bg, fg = ("#FDDCDC", "#A11B1B") if error else ("#E3E8F0", "#33415C")
        self.banner.setText(text)
        self.banner.setStyleSheet(f"QLabel#reviewBanner {{ background: {bg}; color: {fg};"
                                  " border-radius: 6px; padding: 5px 10px; }")
        self.banner.setVisible(bool(text))

    # --- panes -----------------------------------------------------------------------------

    def _open(self, body: dict[str, Any], *, read_only: bool) -> None:
        assert self.item is not None
        pane = self.panes.pane_for(self.item.task.kind)
        if self.pane is not None and self.pane is not pane:
            self.pane.release()
        self.stack.setCurrentWidget(pane)
        self.pane = pane
        self.undo_stack.clear()
        pane.open(PaneTask(task=self.item.task, body=copy.deepcopy(body),
                           source="submission" if read_only else "draft", model=None,
                           assets=self.session.cache.assets, read_only=read_only))
        hint = getattr(pane, "hint", None)
        if isinstance(hint, QWidget):
            hint.setVisible(not read_only)  # "read-only: this task was submitted" is not true
        if read_only:
            silence_conflicts(pane.actions())
        self._update_overlay()

    def _adopt(self, pane: AnnotationPane) -> None:
        pane.message.connect(self._pane_message)
        pane.submit_requested.connect(self._pane_submit)
        canvas = getattr(pane, "canvas", None)
        if canvas is not None:
            self.overlays[id(pane)] = OthersOverlay(canvas)
        self.stack.addWidget(pane)

    def _pane_message(self, text: str) -> None:
        read_only = {QCoreApplication.translate(context, "This task is read-only")
                     for context in READ_ONLY_CONTEXTS}
        if self.mode in ("review", "done") and text in read_only:
            text = self.tr("Read-only while reviewing: press C to correct the label")
        self.message.emit(text)

    def _pane_submit(self) -> None:
        if self.mode == "correct" and self.sender() is self.pane:
            self.sign_requested.emit()

    def _leave_pane(self) -> None:
        for overlay in self.overlays.values():
            overlay.clear()
        if self.pane is not None:
            self.pane.release()
            self.pane = None

    def overlay(self) -> OthersOverlay | None:
        return self.overlays.get(id(self.pane)) if self.pane is not None else None

    def _update_overlay(self) -> None:
        overlay = self.overlay()
        if overlay is None:
            return
        if self.item is None or self.item.kind not in SHAPE_KINDS \
                or not self.others_box.isChecked():
            overlay.clear()
            return
        shown = self.strip.current if self.mode != "correct" else -1
        layers = [(spec.annotation, spec.color, spec.title)
                  for i, spec in enumerate(self.cards)
                  if i != shown and spec.annotation is not None
                  and spec.role in ("reviewed", "other") and spec.color]
        overlay.show(layers)
