"""The text of a text task: read-only, selectable by mouse and keyboard, wrapped,
each paragraph laid out in its own direction, with spans drawn over it.

Positions here are Qt's: UTF-16 units of the document. The pane converts them to
the code points annotations store (``core.textoffsets.OffsetMap``) and makes
sure the document holds exactly the task's text (``core.text_editing.display_text``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QToolTip, QWidget

from ...accessibility import accessible
from .highlighter import DrawnSpan, SelectionKey, span_selections
from .overlay import OverlayPainter, SpanIndex, line_gap, visible_lines, x_ranges
from .visual import visual_hull

#: a press and release closer than this (pixels) is a click, not a drag
CLICK_SLOP = 4
#: positions around the visible text whose spans get their backgrounds from Qt
WINDOW_MARGIN = 6000
#: line height of a classification text (percent): airy enough to read
READING_LINE_HEIGHT = 135


class SpanTextView(QTextEdit):
    """Shows a task's text; in spans mode also its spans, and reports clicks on them."""

    #: a click (not a drag): the document position of the character under the mouse, or -1
    clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskText")
        accessible(self, self.tr("Task text"),
                   self.tr("The text to label; select a passage and press a label's key"))
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursorWidth(2)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self.setMouseTracking(True)
        self.spans_mode = False
        self._index = SpanIndex.build([])
        self._selected: int | None = None
        self._overlay = OverlayPainter(self)
        self._selection_cache: dict[SelectionKey, QTextEdit.ExtraSelection] = {}
        #: the document positions whose spans are handed to Qt as ExtraSelections
        self._window = (0, -1)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._refresh_window())
        self._press: QPoint | None = None
        #: the tooltip for a document position (the pane sets it), or None for none
        self.describe: Callable[[int], str] | None = None
        #: a dragged selection (start, end) moved onto whole words, and the word at a
        #: position (the pane sets them; hold Alt while dragging for exact characters)
        self.snap: Callable[[int, int], tuple[int, int]] | None = None
        self.word_at: Callable[[int], tuple[int, int] | None] | None = None

    # --- content ----------------------------------------------------------------------

    def set_text(self, text: str, *, spans_mode: bool) -> None:
        """Show ``text`` (already made safe by ``display_text``) and forget the spans."""
        self.spans_mode = spans_mode
        self._index = SpanIndex.build([])
        self._selected = None
        self._overlay.reset()
        self._selection_cache.clear()
        self._window = (0, -1)
        self.setExtraSelections([])
        doc = self.document()
        doc.setPlainText(text)
        option = doc.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        fmt = QTextBlockFormat()
        if spans_mode:
            fmt.setLineHeight(line_gap(self.font()),
                              QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value)
        else:
            fmt.setLineHeight(READING_LINE_HEIGHT,
                              QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(4)
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(fmt)
        cursor = QTextCursor(doc)
        self.setTextCursor(cursor)

    def set_spans(self, spans: list[DrawnSpan], selected: int | None) -> None:
        """Draw ``spans``; ``selected`` (an index into it) gets an outline."""
        self._index = SpanIndex.build(spans)
        self._selected = selected
        self._refresh_window(force=True)
        self.viewport().update()

    def _refresh_window(self, *, force: bool = False) -> None:
        """Hand Qt the backgrounds of the spans on screen and a margin around them.

        Qt visits every ExtraSelection for each block it paints; in a long single
        paragraph that is all of them, so only nearby spans are passed, and the
        window moves when scrolling leaves it."""
        if not self._index.spans:
            if force:
                self.setExtraSelections([])
            return
        shown = [(line.start, line.end) for line in visible_lines(self, line_gap(self.font()))]
        low = min((a for a, _ in shown), default=0)
        high = max((b for _, b in shown), default=0)
        if not force and self._window[0] <= low and high <= self._window[1]:
            return
        self._window = (max(0, low - WINDOW_MARGIN), high + WINDOW_MARGIN)
        nearby = self._index.on(*self._window)
        self.setExtraSelections(span_selections(self.document(), self._index.spans,
                                                self._selected, self._selection_cache, nearby))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh_window()

    @property
    def spans(self) -> list[DrawnSpan]:
        return self._index.spans

    # --- cursor and selection ---------------------------------------------------------

    def selection(self) -> tuple[int, int] | None:
        """The selected document positions (start, end), or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    def select(self, start: int, end: int) -> None:
        """Select document positions [start, end) with the caret at ``end``."""
        limit = max(0, self.document().characterCount() - 1)
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(start, limit))
        cursor.setPosition(min(end, limit), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def place_caret(self, position: int, *, reveal: bool = True) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position, max(0, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        if reveal:
            self.ensureCursorVisible()

    def caret(self) -> int:
        return self.textCursor().position()

    def move_selection(self, operation: QTextCursor.MoveOperation) -> None:
        """Extend the selection (keep the anchor) by one step of ``operation``."""
        cursor = self.textCursor()
        cursor.movePosition(operation, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --- hit testing ------------------------------------------------------------------

    def char_at(self, point: QPoint) -> int:
        """Document position of the character drawn under ``point`` (viewport
        coordinates), or -1 when the point is not over any character."""
        doc_point = QPointF(point) + QPointF(self.horizontalScrollBar().value(),
                                             self.verticalScrollBar().value())
        hit = self.document().documentLayout().hitTest(doc_point, Qt.HitTestAccuracy.FuzzyHit)
        if hit < 0:
            return -1
        block = self.document().findBlock(hit)
        layout = block.layout()
        if layout is None:
            return -1
        rel = hit - block.position()
        line = layout.lineForTextPosition(rel)
        if not line.isValid():
            return -1
        origin = layout.position()
        y = doc_point.y() - origin.y() - line.y()
        if not 0 <= y < line.height() + (line_gap(self.font()) if self.spans_mode else 0):
            return -1
        x = doc_point.x() - origin.x()
        bidi = self._overlay.bidi(block)
        for c in (rel, layout.previousCursorPosition(rel)):
            if not line.textStart() <= c < line.textStart() + line.textLength():
                continue
            for x1, x2, _ in x_ranges(layout, line, c, layout.nextCursorPosition(c), bidi):
                if min(x1, x2) - 0.5 <= x <= max(x1, x2) + 0.5:
                    return block.position() + c
        return -1

    # --- events -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._index.spans:
            return
        painter = QPainter(self.viewport())
        try:
            self._overlay.paint(painter, self._index, self._selected)
        finally:
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint() if (
            event.button() == Qt.MouseButton.LeftButton) else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        point = event.position().toPoint()
        if (press is not None and event.button() == Qt.MouseButton.LeftButton
                and (point - press).manhattanLength() <= CLICK_SLOP
                and not self.textCursor().hasSelection()):
            self.clicked.emit(self.char_at(point))
            return
        if press is None or not self.spans_mode:
            return
        hull = visual_hull(self, press, point)  # mixed directions: what the eye dragged over
        if hull is not None:
            self.select(*hull)
        if self.snap is not None and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self._snap_selection()

    def _snap_selection(self) -> None:
        """A drag ended: its selection onto whole words, the caret where it was dragged."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.snap is None:
            return
        start, end = self.snap(cursor.selectionStart(), cursor.selectionEnd())
        if (start, end) == (cursor.selectionStart(), cursor.selectionEnd()):
            return
        if cursor.position() < cursor.anchor():
            self.select(end, start)  # dragged leftwards (or right to left text)
        else:
            self.select(start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double-click selects the word under the mouse (letters, marks, apostrophes
        inside it), never the space after it."""
        if self.spans_mode and self.word_at is not None \
                and event.button() == Qt.MouseButton.LeftButton:
            position = self.char_at(event.position().toPoint())
            word = self.word_at(position) if position >= 0 else None
            if word is not None:
                self.select(*word)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.char_at(event.pos()) if self.describe is not None else -1
            tip = self.describe(position) if (self.describe is not None and position >= 0) else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
