"""One rating scale of a comparison task, reachable by keyboard.

The pane focuses a scale with its letter; then digits rate (two digits on a
0–10 scale), Left/Right step, Home/End jump to the ends and Delete clears.
Scales of up to eleven values are segmented buttons; longer ones a spin box.
While a scale has the focus it takes these keys before any pane shortcut.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....core.comparison_editing import step_rating, typed_rating
from ....core.models.tasks import RatingScale
from ...theme import Colors, named
from ..text.label_bar import key_text

#: at most this many values are shown as buttons
MAX_SEGMENTS = 11
#: digits typed within this many seconds make one number
DIGIT_WINDOW = 1.0

_KEYS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_Up: 1}
_CLEAR = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
_ENDS = (Qt.Key.Key_Home, Qt.Key.Key_End)


def scale_style(c: Colors) -> str:
    return f"""
QFrame#ratingScale {{ border: 1px solid transparent; border-radius: 6px; }}
QFrame#ratingScale:focus {{ border: 2px solid {c.accent}; background: {c.alt_base}; }}
QLabel#scaleKey {{
    background: {c.alt_base}; border: 1px solid {c.border}; border-radius: 4px;
    padding: 0 5px; font-weight: 700;
}}
QPushButton#segment {{
    min-width: 26px; padding: 3px 6px; border: 1px solid {c.border};
    background: {c.base}; color: {c.text}; border-radius: 0;
}}
QPushButton#segment:hover {{ background: {c.alt_base}; }}
QPushButton#segment:checked {{
    background: {c.accent}; color: {c.accent_text}; border-color: {c.accent};
    font-weight: 700;
}}
"""


class RatingScaleWidget(QFrame):
    """[H] helpfulness   [1][2][3][4][5]   (description below)."""

    #: (scale name, rating or None to clear)
    rated = Signal(str, object)
    #: a key that cannot rate this scale, in words for the status bar
    problem = Signal(str)

    def __init__(self, scale: RatingScale, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingScale")
        self.scale, self.key = scale, key
        self.value: int | None = None
        self._digits, self._typed_at = "", 0.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Rating {scale}, {low} to {high}").format(
            scale=scale.name, low=scale.min, high=scale.max))
        cap = named(QLabel(key_text(key)), "scaleKey")
        cap.setVisible(bool(key))
        name = named(QLabel(scale.name), "scaleName")
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(6)
        #: "· predicted by …" while the rating is a model's that nobody set (text, never
        #: hidden, so that nothing moves when it goes)
        self.predicted_note = named(QLabel(""), "scalePredicted")
        self.predicted_note.setProperty("role", "muted")
        head.addWidget(cap)
        head.addWidget(name)
        head.addWidget(self.predicted_note)
        head.addStretch(1)
        self.buttons: dict[int, QPushButton] = {}
        self.spin: QSpinBox | None = None
        values = range(scale.min, scale.max + 1)
        if len(values) <= MAX_SEGMENTS:
            group = QButtonGroup(self)
            group.setExclusive(False)
            row = QHBoxLayout()
            row.setSpacing(0)
            for v in values:
                button = named(QPushButton(str(v)), "segment")
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(lambda _c=False, v=v: self._clicked(v))
                group.addButton(button)
                row.addWidget(button)
                self.buttons[v] = button
            head.addLayout(row)
        else:
            spin = QSpinBox()
            spin.setRange(scale.min - 1, scale.max)
            spin.setSpecialValueText("–")
            spin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            spin.valueChanged.connect(self._spun)
            self.spin = spin
            head.addWidget(spin)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 5, 8, 5)
        lay.setSpacing(2)
        lay.addLayout(head)
        if scale.description:
            desc = named(QLabel(scale.description), "scaleDescription")
            desc.setWordWrap(True)
            desc.setProperty("role", "muted")
            lay.addWidget(desc)
        self.setToolTip(f"{scale.name}: {scale.min}–{scale.max}" + (
            self.tr(" (press {key}, then a number)").format(key=key_text(key)) if key else ""))

    @property
    def predicted(self) -> bool:
        return bool(self.predicted_note.text())

    def set_predicted(self, model: str | None) -> None:
        """Mark the rating as a model's, not set by the annotator (None: theirs)."""
        self.predicted_note.setText(self.tr("· predicted by {model}").format(model=model)
                                    if model else "")
        self.predicted_note.setToolTip(self.tr("The model's rating: rate it yourself, or "
                                               "confirm it when you submit") if model else "")

    def set_value(self, value: int | None) -> None:
        self.value = value
        for v, button in self.buttons.items():
            button.setChecked(v == value)
        if self.spin is not None:
            self.spin.blockSignals(True)
            self.spin.setValue(self.scale.min - 1 if value is None else value)
            self.spin.blockSignals(False)

    def _emit(self, value: int | None) -> None:
        self.set_value(self.value)  # the pane re-renders with what the body holds
        self.rated.emit(self.scale.name, value)

    def _clicked(self, value: int) -> None:
        self._emit(None if value == self.value else value)

    def _spun(self, value: int) -> None:
        self._emit(None if value < self.scale.min else value)

    # --- keys --------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self._handles(event):
                event.accept()
                return True
        return super().event(event)

    def _handles(self, event: QKeyEvent) -> bool:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        return plain and (event.text().isdigit() or event.key() in _KEYS
                          or event.key() in _CLEAR or event.key() in _ENDS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handles(event):
            super().keyPressEvent(event)
            return
        lo, hi = self.scale.min, self.scale.max
        if event.text().isdigit():
            now = time.monotonic()
            buffer = self._digits if now - self._typed_at < DIGIT_WINDOW else ""
            value, self._digits = typed_rating(buffer, event.text(), lo, hi)
            self._typed_at = now
            if value is not None:
                self._emit(value)
            else:
                self.problem.emit(self.tr("{scale} goes from {low} to {high}").format(
                    scale=self.scale.name, low=lo, high=hi))
        elif event.key() in _CLEAR:
            self._emit(None)
        elif event.key() in _ENDS:
            self._emit(lo if event.key() == Qt.Key.Key_Home else hi)
        else:
            self._emit(step_rating(self.value, _KEYS[Qt.Key(event.key())], lo, hi))
        event.accept()
