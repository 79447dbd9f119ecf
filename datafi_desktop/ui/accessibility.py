"""Accessible names and descriptions for every control, derived where the UI already says
what a control is, so that a screen reader announces "Submit, button: Sign this label
and queue it for upload" instead of "button".

:class:`AccessibleNamer` is an application-wide event filter (installed by
``create_application``): when a widget is shown or gets the keyboard focus, a
widget without an accessible name gets one from, in this order,

1. the label that is its buddy (``QLabel.setBuddy``) or its label in a ``QFormLayout``;
2. a button's or a (selectable) label's text (without ``&`` mnemonics, arrows and the trailing "…");
3. a text field's or combo box's placeholder text;
4. the first sentence of its tooltip;
5. the spin box or combo box it is the editor of (their inner line edit), the tab
   widget it is the tab bar of, or the scroll area or view it is the viewport of;

and an accessible description from its tooltip (or What's This) when that says more
than the name. Names set explicitly in the code (:func:`accessible`) are never overwritten;
derived ones are derived again when the widget is shown or gets the keyboard focus,
so a button whose text changed is announced by its new text. Icon-only buttons, views
and canvases have no text to derive from: their code names them with
:func:`accessible`.
"""

from __future__ import annotations

import re
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

#: the property that holds the name this module derived (so a later explicit one wins)
DERIVED = "_a11yDerivedName"
# Show and FocusIn only: Polish and ToolTipChange also arrive while a widget (e.g. a
# QMessageBox) is still being constructed, and touching it then crashes PySide
_EVENTS = frozenset({QEvent.Type.Show, QEvent.Type.FocusIn})
_TAGS = re.compile(r"<[^>]+>")
_SHORTCUT = re.compile(r"\s*\((?:Ctrl|Alt|Shift|Meta|F\d|Esc|Del|Space|Return|Enter)"
                       r"[^)]*\)\s*$")
_DECORATION = "◀▶◂▸←→‹›«»…⋯+"  # arrows and ellipses said by the text itself

W = TypeVar("W", bound=QWidget)
#: Qt's own dialogs name their controls themselves (and touching a QMessageBox's
#: widgets while it opens crashes PySide)
_QT_OWN = (QMessageBox, QFileDialog)


_MNEMONIC_SUFFIX = re.compile(r"\s*\(&[^&\s]\)")


def plain_label(text: str) -> str:
    """A menu text without its mnemonic, for a button or a list: "&Claim…" → "Claim…",
    and the "(&C)" that Chinese, Hindi and Arabic texts append goes too: "领取(&C)…" →
    "领取…" ("&&" stays a literal "&")."""
    text = _MNEMONIC_SUFFIX.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clean(text: str) -> str:
    """``text`` as a screen reader should say it: no markup, mnemonics, shortcut in
    parentheses or decorative arrows; whitespace collapsed."""
    text = _TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = _SHORTCUT.sub("", " ".join(text.split()))
    return text.strip().strip(_DECORATION).strip().rstrip(":").strip()


def first_sentence(text: str) -> str:
    text = clean(text)
    match = re.search(r"[.;:!?]\s", text + " ")
    return text[:match.start()].strip() if match else text


def accessible(widget: W, accessible_name: str, description: str = "") -> W:
    """``widget`` with an explicit accessible name (and description); returns it."""
    widget.setAccessibleName(accessible_name)
    widget.setProperty(DERIVED, None)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def _buddy_text(widget: QWidget) -> str:
    parent = widget.parentWidget()
    if parent is None:
        return ""
    layout = parent.layout()
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel) and label.text():
            return clean(label.text())
    for label in parent.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return clean(label.text())
    return ""


def derive_name(widget: QWidget) -> str:
    """The name the rules in the module's docstring give ``widget`` ("" for none)."""
    text = _buddy_text(widget)
    if not text and isinstance(widget, (QAbstractButton, QLabel)):
        text = clean(widget.text())
    if not text and isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        text = clean(widget.placeholderText())
    if not text and isinstance(widget, QComboBox):
        text = clean(widget.placeholderText())
    if not text and widget.toolTip():
        text = first_sentence(widget.toolTip())
    if not text:
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabWidget)) or (
                isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget):
            text = parent.accessibleName() or derive_name(parent)
    return text


def derive_description(widget: QWidget, accessible_name: str) -> str:
    for source in (widget.toolTip(), widget.whatsThis(), widget.statusTip()):
        text = clean(source)
        if text and text.casefold() != accessible_name.casefold():
            return text
    return ""


def apply(widget: QWidget) -> None:
    """Give ``widget`` a derived name and description unless it has an explicit one."""
    current = widget.accessibleName()
    derived = widget.property(DERIVED)
    if current and current != derived:
        return  # named explicitly
    new = derive_name(widget)
    if not new:
        return
    if new != current:
        widget.setAccessibleName(new)
        widget.setProperty(DERIVED, new)
    if not widget.accessibleDescription() or derived is not None:
        description = derive_description(widget, new)
        if description and description != widget.accessibleDescription():
            widget.setAccessibleDescription(description)


class AccessibleNamer(QObject):
    """The application-wide filter that calls :func:`apply` for each widget shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in _EVENTS and isinstance(watched, QWidget)
                and not isinstance(watched.window(), _QT_OWN)):
            apply(watched)
        return False


def install(app: QObject) -> AccessibleNamer:
    """Install the namer on ``app`` once; returns it."""
    existing = app.findChild(AccessibleNamer, "accessibleNamer")
    if isinstance(existing, AccessibleNamer):
        return existing
    namer = AccessibleNamer(app)
    namer.setObjectName("accessibleNamer")
    app.installEventFilter(namer)
    return namer
