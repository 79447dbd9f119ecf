"""Colours, fonts and the application style: Fusion with a restrained palette.

One accent colour (blue), neutral greys, and a handful of state colours used
by the queue's pills. Sizes are in device-independent pixels so the same
numbers look right at 1280×800 and on a 4K screen with a scale factor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .focus import FocusRingStyle, ring_style_sheet
from .tr_marks import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    nav: str
    danger: str
    ok: str
    warn: str
    #: the keyboard focus ring (≥ 3:1 against the window and base, WCAG 1.4.11)
    focus: str = "#2F5FD0"
    name: str = "light"


LIGHT = Colors(
    window="#F4F5F7", base="#FFFFFF", alt_base="#F8F9FB", text="#1D2129", muted="#5E6673",
    border="#D5D9E0", accent="#2F5FD0", accent_text="#FFFFFF", nav="#E9ECF1",
    danger="#B42318", ok="#176B3F", warn="#845800", focus="#1F4FC0", name="light",
)
DARK = Colors(
    window="#1E2127", base="#16181D", alt_base="#1B1E23", text="#E6E8EC", muted="#9BA3AF",
    border="#3A3F48", accent="#5B8DEF", accent_text="#0B0D10", nav="#25292F",
    danger="#F97066", ok="#47CD89", warn="#F5B83D", focus="#8AB4FF", name="dark",
)
#: black and white with a yellow accent and focus ring (Settings: View ▸ High contrast)
HIGH_CONTRAST = Colors(
    window="#000000", base="#000000", alt_base="#101010", text="#FFFFFF", muted="#E6E6E6",
    border="#FFFFFF", accent="#FFD60A", accent_text="#000000", nav="#000000",
    danger="#FF8A80", ok="#7CFFB2", warn="#FFD60A", focus="#00E5FF", name="high_contrast",
)
THEMES: dict[str, Colors] = {c.name: c for c in (LIGHT, DARK, HIGH_CONTRAST)}

#: the badge's (background, text)
BADGE = ("#FFF1C2", "#6B4E00")

#: Pill colours of task states: (background, text). Readable on light and dark.
STATE_COLORS: dict[str, tuple[str, str]] = {
    "new": ("#E3E8F0", "#33415C"),
    "draft": ("#FFF1C2", "#6B4E00"),
    "skipped": ("#E6E6E6", "#555555"),
    "queued": ("#DCE8FF", "#1F4AA8"),
    "sent": ("#E4DEFF", "#4B2FA6"),
    "accepted": ("#D5F2E0", "#146C3C"),
    "rejected": ("#FDDCDC", "#A11B1B"),
    "paid": ("#CFF1EE", "#0D5F58"),
}

#: English names of task states and kinds (marked for translation in the context
#: "theme"); what is shown goes through :func:`state_name`, :func:`kind_name`, :func:`kind_short`
STATE_NAMES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("theme", "New"), "draft": QT_TRANSLATE_NOOP("theme", "Draft"),
    "skipped": QT_TRANSLATE_NOOP("theme", "Skipped"),
    "queued": QT_TRANSLATE_NOOP("theme", "Queued"), "sent": QT_TRANSLATE_NOOP("theme", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("theme", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("theme", "Rejected"), "paid": QT_TRANSLATE_NOOP("theme", "Paid"),
}

#: Short names and icon names of task kinds, for narrow columns and chips.
KIND_SHORT: dict[str, tuple[str, str]] = {
    "text_classification": (QT_TRANSLATE_NOOP("theme", "Text"), "kind-text"),
    "text_spans": (QT_TRANSLATE_NOOP("theme", "Spans"), "kind-spans"),
    "comparison": (QT_TRANSLATE_NOOP("theme", "A/B"), "kind-comparison"),
    "image_classification": (QT_TRANSLATE_NOOP("theme", "Image"), "kind-image"),
    "bounding_boxes": (QT_TRANSLATE_NOOP("theme", "Boxes"), "kind-boxes"),
    "polygons": (QT_TRANSLATE_NOOP("theme", "Polygons"), "kind-polygons"),
    "collection": (QT_TRANSLATE_NOOP("theme", "Collect"), "kind-collection"),
}

KIND_NAMES: dict[str, str] = {
    "text_classification": QT_TRANSLATE_NOOP("theme", "Text classification"),
    "text_spans": QT_TRANSLATE_NOOP("theme", "Text spans (NER)"),
    "comparison": QT_TRANSLATE_NOOP("theme", "Comparison (A/B)"),
    "image_classification": QT_TRANSLATE_NOOP("theme", "Image classification"),
    "bounding_boxes": QT_TRANSLATE_NOOP("theme", "Bounding boxes"),
    "polygons": QT_TRANSLATE_NOOP("theme", "Polygons"),
    "collection": QT_TRANSLATE_NOOP("theme", "Data collection"),
}


def state_name(state: str) -> str:
    """A task state in the UI's language ("accepted" → "Accepted"); unknown ones as they are."""
    name = STATE_NAMES.get(state)
    return QCoreApplication.translate("theme", name) if name else state


def kind_name(kind: str) -> str:
    """A task kind in the UI's language ("bounding_boxes" → "Bounding boxes")."""
    name = KIND_NAMES.get(kind)
    return QCoreApplication.translate("theme", name) if name else kind


def kind_short(kind: str) -> str:
    """A task kind's short name, for narrow columns and chips ("Boxes")."""
    short = KIND_SHORT.get(kind)
    return QCoreApplication.translate("theme", short[0]) if short else kind


_current: Colors = LIGHT
_style: FocusRingStyle | None = None


def colors() -> Colors:
    """The palette in use (light unless the system asks for dark)."""
    return _current


def monospace_font(point_delta: float = 0.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_delta:
        font.setPointSizeF(max(6.0, font.pointSizeF() + point_delta))
    return font


def _prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark)


def apply_style(app: QApplication, *, dark: bool | None = None,
                high_contrast: bool = False) -> Colors:
    """Fusion with a focus ring, our palette and a short style sheet for the few custom
    surfaces; ``high_contrast`` picks :data:`HIGH_CONTRAST` over light and dark."""
    global _current
    _current = c = (HIGH_CONTRAST if high_contrast else
                    DARK if (_prefers_dark() if dark is None else dark) else LIGHT)
    global _style
    # the proxy makes its own Fusion base (a base passed in from Python is not kept alive);
    # the module keeps the proxy while the application uses it
    _style = FocusRingStyle("Fusion", c.focus)
    app.setStyle(_style)
    pal = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window), (role.WindowText, c.text), (role.Base, c.base),
        (role.AlternateBase, c.alt_base), (role.Text, c.text), (role.Button, c.base),
        (role.ButtonText, c.text), (role.ToolTipBase, c.base), (role.ToolTipText, c.text),
        (role.Highlight, c.accent), (role.HighlightedText, c.accent_text),
        (role.PlaceholderText, c.muted), (role.Link, c.accent), (role.Mid, c.border),
        (role.Midlight, c.alt_base), (role.Dark, c.muted), (role.BrightText, c.danger),
    ):
        pal.setColor(r, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(disabled, r, QColor(c.muted))
    if high_contrast:  # buttons and frames outlined in white, not in grey
        for r in (role.Light, role.Shadow):
            pal.setColor(r, QColor(c.border))
    app.setPalette(pal)
    app.setStyleSheet(style_sheet(c))
    return c


def style_sheet(c: Colors) -> str:
    return ring_style_sheet(c.focus) + f"""
QListWidget#navigation {{
    background: {c.nav}; border: none; border-right: 1px solid {c.border};
    padding: 8px 6px; outline: 0;
}}
QListWidget#navigation::item {{
    padding: 8px 10px; margin: 2px 0; border-radius: 6px; color: {c.text};
}}
QListWidget#navigation::item:hover {{ background: {c.border}; }}
QListWidget#navigation::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
QLabel[role="title"] {{ font-size: 15pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ color: {c.muted}; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="error"] {{ color: {c.danger}; font-weight: 600; }}
QLabel[role="ok"] {{ color: {c.ok}; font-weight: 600; }}
QLabel[role="badge"] {{
    background: {BADGE[0]}; color: {BADGE[1]}; border-radius: 4px; padding: 1px 6px;
    font-weight: 600;
}}
QFrame[role="card"] {{
    background: {c.base}; border: 1px solid {c.border}; border-radius: 8px;
}}
QFrame[role="mnemonic"] {{
    background: {c.alt_base}; border: 1px solid {c.border}; border-radius: 8px;
}}
QStatusBar {{ border-top: 1px solid {c.border}; }}
QStatusBar::item {{ border: none; }}
QProgressBar {{
    border: 1px solid {c.border}; border-radius: 4px; background: {c.alt_base};
    text-align: center; min-height: 16px;
}}
QProgressBar::chunk {{ background: {c.ok}; border-radius: 3px; }}
QTableView {{ gridline-color: {c.border}; selection-background-color: {c.accent}; }}
QTableWidget#accountsTable::item {{ padding: 0 10px 0 4px; }}
QHeaderView::section {{
    background: {c.window}; border: none; border-bottom: 1px solid {c.border};
    padding: 4px 6px; font-weight: 600;
}}
"""


def set_role(widget: QWidget, role: str) -> None:
    """Change the ``role`` property the style sheet keys on, and re-apply the style."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


W = TypeVar("W", bound=QObject)


def named(obj: W, name: str) -> W:
    """``obj`` with its objectName set (tests and style sheets find widgets by it)."""
    obj.setObjectName(name)
    return obj
