"""Image classification: one chip per label, with its colour and hotkey; chosen ones lit.

Single-label tasks light one chip (choosing another moves the light);
multi-label tasks toggle each. The chips never take the keyboard focus: the
label hotkeys are the keyboard way to choose.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .palette import key_text
from .shapes import text_color_on


class LabelChips(QWidget):
    """A column of checkable label chips."""

    #: a chip was clicked (label name)
    label_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelChips")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self.multi = False

    def set_labels(self, names: Sequence[str], colors: Mapping[str, str],
                   keys: Mapping[str, str], multi: bool, read_only: bool = False) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.hint:
                widget.deleteLater()
        self.buttons = {}
        self.multi = multi
        for name in names:
            key = keys.get(name)
            button = QPushButton(f"{name}\t{key_text(key)}" if key else name)
            button.setObjectName("labelChip")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setEnabled(not read_only)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(34)
            button.setToolTip(f"{name} — press {key_text(key)}" if key else name)
            button.setStyleSheet(_chip_style(QColor(colors.get(name, "#888888"))))
            button.clicked.connect(lambda _checked=False, n=name: self._clicked(n))
            self.buttons[name] = button
            self._layout.addWidget(button)
        self.hint.setText("Pick every label that applies." if multi else "Pick one label.")
        self._layout.addWidget(self.hint)
        self._layout.addStretch(1)

    def set_chosen(self, chosen: Collection[str]) -> None:
        for name, button in self.buttons.items():
            button.setChecked(name in chosen)
            button.setText(("✓ " if name in chosen else "") + button.text().removeprefix("✓ "))

    def chosen(self) -> list[str]:
        return [name for name, button in self.buttons.items() if button.isChecked()]

    def _clicked(self, name: str) -> None:
        # the body decides what is lit: put the button back until render() says otherwise
        button = self.buttons[name]
        button.setChecked(not button.isChecked())
        self.label_chosen.emit(name)


def _chip_style(color: QColor) -> str:
    tint = QColor(color)
    tint.setAlpha(45)
    rgba = f"rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()})"
    return (
        f"QPushButton#labelChip {{ text-align: left; padding: 6px 10px;"
        f" border: 1px solid {color.name()}; border-left: 6px solid {color.name()};"
        f" border-radius: 5px; background: {rgba}; }}"
        f"QPushButton#labelChip:checked {{ background: {color.name()};"
        f" color: {text_color_on(color).name()}; font-weight: bold; }}"
    )
