"""Image classification: one chip per label, with its colour and hotkey; chosen ones lit.

Single-label tasks light one chip (choosing another moves the light);
multi-label tasks toggle each. The chips never take the keyboard focus: the
label hotkeys are the keyboard way to choose.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .palette import key_text
from .shapes import text_color_on

CHIP_HEIGHT = 36


class LabelChip(QPushButton):
    """A checkable chip: colour bar, name, a tick when chosen, the hotkey on the right."""

    def __init__(self, name: str, color: str, key: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setObjectName("labelChip")
        self.name, self.color, self.key = name, QColor(color), key_text(key) if key else ""
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(f"{name} — press {self.key}" if self.key else name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(self.name) + 80, CHIP_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        chosen = self.isChecked()
        background = QColor(self.color)
        background.setAlpha(255 if chosen else (70 if self.underMouse() else 40))
        painter.setPen(QPen(self.color, 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 6, 6)
        painter.fillRect(QRectF(rect.left(), rect.top() + 4, 5, rect.height() - 8), self.color)
        ink = text_color_on(self.color) if chosen else self.palette().color(
            QPalette.ColorRole.ButtonText)
        if not self.isEnabled():
            ink.setAlpha(140)
        font = self.font()
        font.setBold(chosen)
        painter.setFont(font)
        painter.setPen(ink)
        text_rect = rect.adjusted(16, 0, -44, 0)
        tick = "✓  " if chosen else ""
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter),
                         QFontMetrics(font).elidedText(tick + self.name,
                                                       Qt.TextElideMode.ElideRight,
                                                       int(text_rect.width())))
        if self.key:
            badge = QRectF(rect.right() - 34, rect.center().y() - 10, 24, 20)
            painter.setPen(QPen(ink, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(badge, 4, 4)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.key)
        painter.end()


class LabelChips(QWidget):
    """A column of label chips."""

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
        self.buttons: dict[str, LabelChip] = {}
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
            chip = LabelChip(name, colors.get(name, "#888888"), keys.get(name), self)
            chip.setEnabled(not read_only)
            chip.clicked.connect(lambda _checked=False, n=name: self._clicked(n))
            self.buttons[name] = chip
            self._layout.addWidget(chip)
        self.hint.setText("Pick every label that applies." if multi else "Pick one label.")
        self._layout.addWidget(self.hint)
        self._layout.addStretch(1)

    def set_chosen(self, chosen: Collection[str]) -> None:
        for name, button in self.buttons.items():
            button.setChecked(name in chosen)

    def chosen(self) -> list[str]:
        return [name for name, button in self.buttons.items() if button.isChecked()]

    def _clicked(self, name: str) -> None:
        # the body decides what is lit: put the chip back until render() says otherwise
        button = self.buttons[name]
        button.setChecked(not button.isChecked())
        self.label_chosen.emit(name)
