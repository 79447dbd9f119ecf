"""A titled, read-only, scrollable text: the prompt or one model's output.

An output card shows whether its side is chosen: an accent border and a
"Preferred" tag for the chosen side, "Tie" on both for a tie, a muted header
for the side not chosen.
"""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...theme import Colors, colors, monospace_font, named
from ...tr_marks import QT_TRANSLATE_NOOP

CardState = Literal["none", "chosen", "other", "tie"]
_CODE = re.compile(r"(^|\n)( {4}|\t|```)|(^|\n)(def |class |import |for |if |#include)")


def looks_like_code(text: str) -> bool:
    return _CODE.search(text) is not None


def reader(name: str) -> QPlainTextEdit:
    """A read-only text view that keeps line breaks and indentation, selectable by
    mouse and keyboard, each paragraph in its own direction."""
    view = named(QPlainTextEdit(), name)
    view.setReadOnly(True)
    view.setUndoRedoEnabled(False)
    view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setTabChangesFocus(True)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() + 1.0)
    view.setFont(font)
    option = view.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    view.document().setDefaultTextOption(option)
    view.document().setDocumentMargin(8)
    return view


def set_reader_text(view: QPlainTextEdit, text: str, base: QFont) -> None:
    """Show ``text``; code-like text in a monospace font so its indentation reads."""
    font = QFont(base)
    if looks_like_code(text):
        font = monospace_font()
        font.setPointSizeF(base.pointSizeF() - 0.5)
    view.setFont(font)
    view.setPlainText(text)


def card_style(c: Colors) -> str:
    return f"""
QFrame#outputCard, QFrame#promptCard {{
    background: {c.base}; border: 1px solid {c.border}; border-radius: 8px;
}}
QFrame#outputCard[state="chosen"] {{ border: 2px solid {c.accent}; }}
QFrame#outputCard[state="tie"] {{ border: 2px solid {c.warn}; }}
QLabel#cardBadge {{
    background: {c.alt_base}; color: {c.text}; border: 1px solid {c.border};
    border-radius: 5px; padding: 0 7px; font-weight: 700;
}}
QFrame#outputCard[state="chosen"] QLabel#cardBadge {{
    background: {c.accent}; color: {c.accent_text}; border-color: {c.accent};
}}
QLabel#cardTag {{ border-radius: 4px; padding: 1px 6px; font-weight: 600; }}
QFrame#outputCard[state="chosen"] QLabel#cardTag {{
    background: {c.accent}; color: {c.accent_text};
}}
QFrame#outputCard[state="tie"] QLabel#cardTag {{ background: #FFF1C2; color: #6B4E00; }}
QFrame#outputCard[state="other"] QLabel#cardTitle {{ color: {c.muted}; }}
QLabel#cardTitle {{ font-weight: 600; }}
"""


class OutputCard(QFrame):
    """[badge] title ··· tag / the text."""

    TAGS: ClassVar[dict[str, str]] = {"none": "",
                                      "chosen": QT_TRANSLATE_NOOP("OutputCard", "Preferred"),
                                      "other": "", "tie": QT_TRANSLATE_NOOP("OutputCard", "Tie")}

    def __init__(self, badge: str, title: str, view_name: str, *, output: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputCard" if output else "promptCard")
        self.setProperty("state", "none")
        self.badge = named(QLabel(badge), "cardBadge")
        self.badge.setVisible(bool(badge))
        self.title = named(QLabel(title), "cardTitle")
        self.tag = named(QLabel(""), "cardTag")
        self.tag.hide()
        self.view = reader(view_name)
        self.title.setBuddy(self.view)  # its accessible name (ui/accessibility.py)
        self._font = QFont(self.view.font())
        head = QHBoxLayout()
        head.setContentsMargins(10, 8, 10, 0)
        head.setSpacing(8)
        head.addWidget(self.badge)
        head.addWidget(self.title, 1)
        head.addWidget(self.tag)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.setSpacing(2)
        lay.addLayout(head)
        lay.addWidget(self.view, 1)

    def set_text(self, text: str) -> None:
        set_reader_text(self.view, text, self._font)

    def set_state(self, state: CardState) -> None:
        if self.property("state") == state:
            return
        self.setProperty("state", state)
        self.tag.setText(self.tr(self.TAGS[state]) if self.TAGS[state] else "")
        self.tag.setVisible(bool(self.TAGS[state]))
        for widget in (self, self.badge, self.title, self.tag):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.update()

    def state(self) -> CardState:
        value: CardState = self.property("state")
        return value


def pane_style() -> str:
    return card_style(colors())
