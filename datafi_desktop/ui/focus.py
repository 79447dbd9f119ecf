"""Keyboard focus that can be seen and never gets stuck.

- :class:`FocusRingStyle` draws a 2-pixel ring in the theme's focus colour around the
  control that has the keyboard focus (buttons, check boxes, combo boxes, fields, item
  views), on top of what Fusion draws, which is too faint to find at a glance.
- :class:`TabEscape`: Ctrl+Tab and Ctrl+Shift+Tab always move the focus to the next /
  previous control, also out of the widgets where Tab has a meaning of its own (the
  span text and the image canvas, where Tab walks the spans and shapes, as in
  labelme), so no control is a keyboard trap.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

#: the primitives and controls the ring is drawn around (when they have the focus)
_RING_PRIMITIVES = frozenset({
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
    QStyle.PrimitiveElement.PE_PanelButtonTool,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_FrameFocusRect,
})
RING_WIDTH = 2.0


class FocusRingStyle(QProxyStyle):
    """Fusion plus a clearly visible focus ring in ``color``."""

    def __init__(self, base: str, color: str) -> None:
        super().__init__(base)
        self.ring = QColor(color)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _RING_PRIMITIVES and option.state & QStyle.StateFlag.State_HasFocus:
            self.draw_ring(painter, QRectF(option.rect))

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if (control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
                and option.state & QStyle.StateFlag.State_HasFocus):
            self.draw_ring(painter, QRectF(option.rect))

    def draw_ring(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.ring, RING_WIDTH))
        half = RING_WIDTH / 2
        painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), 3.0, 3.0)
        painter.restore()


def ring_style_sheet(color: str) -> str:
    """The ring for the item views and text areas, which draw their own frame."""
    return (f"QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus, "
            f"QAbstractScrollArea[focusRing=\"true\"]:focus {{ border: {int(RING_WIDTH)}px "
            f"solid {color}; }}\n")


def _takes_tab_focus(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() \
        and widget.isEnabled() and widget.focusProxy() is None


def next_in_chain(widget: QWidget, forward: bool = True) -> QWidget | None:
    """The control Tab would reach from ``widget`` (in its window), or None."""
    window = widget.window()
    candidate: QWidget | None = widget
    for _ in range(10_000):
        assert candidate is not None
        candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()
        if candidate is None or candidate is widget:
            return None
        if candidate.window() is window and _takes_tab_focus(candidate):
            return candidate
    return None


class TabEscape(QObject):
    """Ctrl+Tab / Ctrl+Shift+Tab: the next / previous control, whatever has the focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or not mods & ctrl:
            return False
        focused = QApplication.focusWidget()
        if focused is None or watched is not focused:
            return False
        forward = event.key() == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
        target = next_in_chain(focused, forward)
        if target is not None:
            reason = (Qt.FocusReason.TabFocusReason if forward
                      else Qt.FocusReason.BacktabFocusReason)
            target.setFocus(reason)
        return True




def install(app: QApplication) -> TabEscape:
    existing = app.findChild(TabEscape, "tabEscape")
    if isinstance(existing, TabEscape):
        return existing
    escape = TabEscape(app)
    escape.setObjectName("tabEscape")
    app.installEventFilter(escape)
    return escape
