"""The label chips: one coloured toggle per label, showing its hotkey ("1 positive").

A chip is painted by hand so that the key cap, the colour and the checked state
look the same on every style and scale factor. Clicking a chip (or Space on a
focused chip) emits :attr:`LabelBar.label_clicked`; the pane decides what the
label does (choose, toggle, add a span, relabel).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from ....core.contrast import best_text_on
from ...theme import colors, named
from .flow_layout import FlowLayout


def contrast_text(color: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``color`` (WCAG; one of them always
    reaches the 4.5:1 of AA, see core.contrast)."""
    return QColor(best_text_on(color.name()))


def tint(color: QColor, amount: float, base: QColor | None = None) -> QColor:
    """``color`` mixed into ``base`` (the theme's base colour): 0 = base, 1 = color."""
    under = base or QColor(colors().base)
    return QColor.fromRgbF(
        under.redF() + (color.redF() - under.redF()) * amount,
        under.greenF() + (color.greenF() - under.greenF()) * amount,
        under.blueF() + (color.blueF() - under.blueF()) * amount,
    )


def key_text(key: str) -> str:
    return key.upper() if len(key) == 1 else key


@dataclass(frozen=True)
class LabelSpec:
    name: str
    key: str  # "" when the label has no hotkey
    color: str
    description: str = ""


class LabelChip(QAbstractButton):
    """A checkable, coloured chip: [key] name."""

    def __init__(self, spec: LabelSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.color = QColor(spec.color)
        self.setCheckable(True)
        self.setText(spec.name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        tip = (self.tr("{label} — press {key}").format(label=spec.name, key=key_text(spec.key))
               if spec.key else spec.name)
        self.setToolTip(tip + (f"\n{spec.description}" if spec.description else ""))
        self.setAccessibleName(
            self.tr("Label {label}, key {key}").format(label=spec.name, key=spec.key) if spec.key
            else self.tr("Label {label}").format(label=spec.name))
        self._tip = self.toolTip()
        #: checked because a model predicted it, and not touched since (drawn dashed and pale)
        self.predicted = False

    def set_predicted(self, model: str | None) -> None:
        predicted = model is not None
        if predicted != self.predicted:
            self.predicted = predicted
            self.update()
        self.setToolTip(self._tip + ("\n" + self.tr("· predicted by {model}: press the key twice "
                                                     "or submit to make it yours").format(
            model=model) if predicted else ""))

    def _key_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        return font

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        text_w = QFontMetrics(bold).horizontalAdvance(self.spec.name)
        height = fm.height() + 12
        cap = (height - 10 + 6) if self.spec.key else 0
        return QSize(12 + cap + text_w + 14, height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        c = colors()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        radius = rect.height() / 2
        checked = self.isChecked()
        hover = self.underMouse()
        predicted = checked and self.predicted
        fill = (tint(self.color, 0.5) if predicted else self.color if checked
                else tint(self.color, 0.28 if hover else 0.16))
        text = contrast_text(fill) if checked else QColor(c.text)
        p.setPen(QPen(self.color.darker(150), 2, Qt.PenStyle.DashLine) if predicted
                 else QPen(self.color.darker(125) if checked else self.color, 1.5))
        p.setBrush(fill)
        p.drawRoundedRect(rect, radius, radius)
        if self.hasFocus():  # the focus ring, as on every control (ui/focus.py)
            p.setPen(QPen(QColor(c.focus), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5), radius, radius)
        rtl = self.isRightToLeft()  # right to left: the key on the right, the name before it

        def place(r: QRectF) -> QRectF:
            return QRectF(rect.left() + rect.right() - r.right(), r.top(), r.width(),
                          r.height()) if rtl else r

        x = rect.left() + 10
        if self.spec.key:
            side = rect.height() - 9
            cap = QRectF(x - 3, rect.top() + 4.5, side, side)
            x = cap.right() + 7
            cap = place(cap)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(255, 255, 255, 215) if not checked or text.lightness() < 128
                       else QColor(0, 0, 0, 70))
            p.drawRoundedRect(cap, 4, 4)
            p.setFont(self._key_font())
            p.setPen(QColor("#111111") if not checked or text.lightness() < 128
                     else QColor("#FFFFFF"))
            p.drawText(cap, Qt.AlignmentFlag.AlignCenter, key_text(self.spec.key))
        font = QFont(self.font())
        font.setBold(checked)
        p.setFont(font)
        p.setPen(text)
        side_align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        p.drawText(place(QRectF(x, rect.top(), rect.right() - x, rect.height())),
                   Qt.AlignmentFlag.AlignVCenter | side_align | Qt.AlignmentFlag.AlignAbsolute,
                   self.spec.name)
        p.end()

    def enterEvent(self, event: object) -> None:
        self.update()
        # silenced below: PySide6's stubs type the event as QEnterEvent; Qt passes a QEvent
        super().enterEvent(event)  # type: ignore[arg-type]

    def leaveEvent(self, event: object) -> None:
        self.update()
        # silenced below: PySide6's stubs type the event as QEnterEvent; Qt passes a QEvent
        super().leaveEvent(event)  # type: ignore[arg-type]


class LabelBar(QWidget):
    """The task's labels as chips, wrapping onto more rows when the pane is narrow."""

    label_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "labelBar")
        self._layout = FlowLayout(self, spacing=6)
        self.chips: dict[str, LabelChip] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_labels(self, specs: list[LabelSpec]) -> None:
        for chip in self.chips.values():
            self._layout.removeWidget(chip)
            chip.hide()
            chip.setParent(None)
            chip.deleteLater()
        self.chips = {}
        for spec in specs:
            chip = named(LabelChip(spec, self), f"chip:{spec.name}")
            chip.clicked.connect(lambda _checked=False, name=spec.name: self._clicked(name))
            self._layout.addWidget(chip)
            chip.setVisible(True)
            self.chips[spec.name] = chip
        self.updateGeometry()

    def _clicked(self, name: str) -> None:
        # the pane decides the checked state when it renders the new body
        self.chips[name].setChecked(not self.chips[name].isChecked())
        self.label_clicked.emit(name)

    def set_checked(self, names: set[str] | list[str] | tuple[str, ...]) -> None:
        wanted = set(names)
        for name, chip in self.chips.items():
            if chip.isChecked() != (name in wanted):
                chip.setChecked(name in wanted)

    def set_predicted(self, names: set[str], model: str | None) -> None:
        """Mark the chips a model checked and nobody touched since."""
        for name, chip in self.chips.items():
            chip.set_predicted(model if name in names else None)

    def predicted(self) -> list[str]:
        return [name for name, chip in self.chips.items() if chip.predicted]

    def checked(self) -> list[str]:
        return [name for name, chip in self.chips.items() if chip.isChecked()]
