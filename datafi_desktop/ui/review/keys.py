"""The keys of the review page, and who gets them while a correction is made.

Reviewing uses single keys scoped to the page (``WidgetWithChildrenShortcut``):
A accept, R reject, C correct, J / K next and previous, O the next label card,
G get more to review. The pane's own actions bound to one of these keys are
disabled while the pane only shows a label (Qt would find the key ambiguous and
fire neither); :func:`silence_conflicts` does that after every ``pane.open``.

While a correction is made the pane gets its keys back and the page's single keys
are off. Ctrl+Enter (sign), Ctrl+Z / Ctrl+Shift+Z (undo, redo on the correction)
and Esc (cancel) are also window shortcuts of the task editor, so
:class:`CorrectionKeys` claims them first, with an application event filter that
is installed only while correcting and acts only when the focus is in the page.
Esc goes to the pane when the pane has something of its own to cancel (a text
field, a text selection, a polygon being traced, a selected shape).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ..panes.base import AnnotationPane

ACCEPT_KEYS = ("A",)
REJECT_KEYS = ("R",)
CORRECT_KEYS = ("C",)
NEXT_KEYS = ("J",)
PREVIOUS_KEYS = ("K",)
OTHER_KEYS = ("O",)
FETCH_KEYS = ("G",)
#: the Annotators' quality dialog (not a single key: it may be asked while correcting)
QUALITY_KEYS = ("Ctrl+Shift+Q",)
SIGN_KEYS = ("Ctrl+Return", "Ctrl+Enter")
CANCEL_KEYS = ("Esc",)
REVIEW_KEYS = {*ACCEPT_KEYS, *REJECT_KEYS, *CORRECT_KEYS, *NEXT_KEYS, *PREVIOUS_KEYS,
               *OTHER_KEYS, *FETCH_KEYS}

_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_KEYPAD = Qt.KeyboardModifier.KeypadModifier


def silence_conflicts(actions: Iterable[QAction], keys: set[str] = REVIEW_KEYS) -> list[QAction]:
    """Disable the actions with a shortcut among ``keys``; returns them."""
    wanted = {QKeySequence(k).toString() for k in keys}
    silenced = []
    for action in actions:
        if any(s.toString() in wanted for s in action.shortcuts()):
            action.setEnabled(False)
            silenced.append(action)
    return silenced


def _editable_text(widget: QWidget | None) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return False


def pane_wants_escape(pane: AnnotationPane | None, focus: QWidget | None) -> bool:
    """Whether Esc has a job in the pane right now (it then goes to the pane)."""
    if pane is None:
        return False
    if _editable_text(focus):
        return True
    canvas = getattr(pane, "canvas", None)
    if canvas is not None and bool(getattr(canvas, "collection", None)):
        tool = getattr(getattr(canvas, "tool", None), "value", "select")
        return (getattr(canvas, "draft", None) is not None
                or getattr(canvas, "selected", None) is not None or tool != "select")
    spans = getattr(pane, "spans", None)
    view = getattr(pane, "view", None)
    side = getattr(pane, "side", None)
    if spans is not None and view is not None and side is not None and side.isVisible():
        return view.textCursor().hasSelection() or getattr(spans, "selected", None) is not None
    return False


class CorrectionKeys(QObject):
    """Claims Ctrl+Enter, Esc, Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y for the correction."""

    def __init__(self, page: QWidget, *, sign: Callable[[], None], cancel: Callable[[], None],
                 undo: Callable[[], None], redo: Callable[[], None],
                 pane: Callable[[], AnnotationPane | None]) -> None:
        super().__init__(page)
        self.page = page
        self._sign, self._cancel, self._undo, self._redo = sign, cancel, undo, redo
        self._pane = pane
        self.active = False

    def start(self) -> None:
        app = QApplication.instance()
        if not self.active and app is not None:
            app.installEventFilter(self)
            self.active = True

    def stop(self) -> None:
        app = QApplication.instance()
        if self.active and app is not None:
            app.removeEventFilter(self)
        self.active = False

    def handler(self, event: QKeyEvent, focus: QWidget | None) -> Callable[[], None] | None:
        mods = event.modifiers() & ~_KEYPAD
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == _CTRL:
            return self._sign
        if key == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
            return None if pane_wants_escape(self._pane(), focus) else self._cancel
        if key == Qt.Key.Key_Z and mods == _CTRL:
            return self._undo
        if (key == Qt.Key.Key_Z and mods == _CTRL | _SHIFT) or (key == Qt.Key.Key_Y
                                                                and mods == _CTRL):
            return self._redo
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        focus = QApplication.focusWidget()
        if focus is None or watched is not focus or not (
                focus is self.page or self.page.isAncestorOf(focus)):
            return False
        assert isinstance(event, QKeyEvent)
        handler = self.handler(event, focus)
        if handler is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            handler()
        return True
