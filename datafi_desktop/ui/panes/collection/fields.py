"""The metadata fields a collection task asks for (``task.config.fields``).

One input per field, titled by the campaign (``FieldDef.display_title``: its
title, else the key humanized): text and date in a line edit (a date has a "Today"
button), a number in a line edit that keeps what is typed until it parses, a
choice and a yes/no in a combo box whose first entry means "not set". Required
fields are marked with an asterisk; a text field the campaign limits
(``min_chars``/``max_chars``) has a character counter beside it. The form only
reports what the user typed (:attr:`MetadataForm.value_edited`); the pane turns
that into an undoable edit and :meth:`MetadataForm.set_values` shows whatever
body is current.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ....core.models.tasks import FieldDef
from ...theme import named
from .counter import CharCounter
from .inputs import FieldKeys

_INT = re.compile(r"^[+-]?\d+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NOT_SET = "—"


def parse_number(text: str) -> int | float | str | None:
    """What a number field holds: None when empty, a number when it parses, else the
    text itself (so the submit check can say "must be a number")."""
    text = text.strip().replace(",", ".") if text.count(",") == 1 and "." not in text else (
        text.strip())
    if not text:
        return None
    if _INT.match(text):
        return int(text)
    try:
        value = float(text)
    except ValueError:
        return text
    return value if value == value and value not in (float("inf"), float("-inf")) else text


def date_problem(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        return QCoreApplication.translate("MetadataForm", "write the date as YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError:
        return QCoreApplication.translate("MetadataForm", "not a real date")
    return None


class MetadataForm(QWidget):
    #: the user changed a field: (name, value or None to clear, typing — merge the edits)
    value_edited = Signal(str, object, bool)

    def __init__(self, keys: FieldKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metadataForm")
        self._keys = keys
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: tuple[FieldDef, ...] = ()
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        #: text fields the campaign limits: their character counters
        self.counters: dict[str, CharCounter] = {}
        self.legend = named(QLabel(self.tr("* required")), "requiredLegend")
        self.legend.setProperty("role", "muted")

    def set_fields(self, fields: tuple[FieldDef, ...], read_only: bool) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields, self.inputs = fields, {}
        self.legend = named(QLabel(self.tr("* required")), "requiredLegend")
        self.legend.setProperty("role", "muted")
        self.counters = {}
        for spec in fields:
            widget, row = self._make(spec)
            widget.setEnabled(not read_only)
            self.inputs[spec.name] = widget
            # the campaign's title for the field (else its key humanized), never the raw key
            label = QLabel(spec.display_title + (" *" if spec.required else ""))
            label.setBuddy(widget)
            if spec.description:
                label.setToolTip(spec.description)
                widget.setToolTip(spec.description)
            self.form.addRow(label, row)
        if any(f.required for f in fields):
            self.form.addRow(self.legend)
        inputs = list(self.inputs.values())
        for before, after in pairwise(inputs):
            QWidget.setTabOrder(before, after)  # Tab goes down the form, row wrappers or not

    def set_values(self, metadata: dict[str, Any]) -> None:
        for spec in self.fields:
            widget = self.inputs[spec.name]
            value = metadata.get(spec.name)
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                index = widget.findData(value) if value is not None else 0
                widget.setCurrentIndex(max(0, index))
            elif spec.type == "number":
                if parse_number(widget.text()) != value:  # keep "1." while it is typed
                    widget.setText("" if value is None else str(value))
            elif widget.text() != ("" if value is None else str(value)):
                widget.setText("" if value is None else str(value))
            widget.blockSignals(False)
            if spec.name in self.counters:
                self.counters[spec.name].count(value if isinstance(value, str) else "")

    def first_input(self) -> QWidget | None:
        return next(iter(self.inputs.values()), None)

    def problems(self, metadata: dict[str, Any]) -> list[str]:
        found = []
        for spec in self.fields:
            if spec.type == "date":
                problem = date_problem(metadata.get(spec.name))
                if problem:
                    found.append(f"{spec.display_title}: {problem}")
        return found

    # --- inputs ---------------------------------------------------------------------------

    def _make(self, spec: FieldDef) -> tuple[QLineEdit | QComboBox, QWidget]:
        name = spec.name
        if spec.type in ("choice", "bool"):
            combo = named(QComboBox(), f"field:{name}")
            combo.addItem(NOT_SET, None)
            if spec.type == "bool":
                combo.addItem(self.tr("Yes"), True)
                combo.addItem(self.tr("No"), False)
            else:
                for choice in spec.choices:
                    combo.addItem(choice, choice)
            combo.activated.connect(
                lambda index, c=combo, n=name: self.value_edited.emit(n, c.itemData(index), False))
            return combo, combo
        edit = named(QLineEdit(), f"field:{name}")
        self._keys.watch(edit)
        if spec.type == "number":
            edit.setPlaceholderText(self.tr("a number"))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.textEdited.connect(
                lambda text, n=name: self.value_edited.emit(n, parse_number(text), True))
            return edit, edit
        edit.textEdited.connect(
            lambda text, n=name: self.value_edited.emit(n, text or None, True))
        if spec.type != "date":
            edit.setPlaceholderText(spec.description)
            if spec.min_chars is None and spec.max_chars is None:
                return edit, edit
            row = QWidget()
            counter = CharCounter(f"counter:{name}", row)  # a child: never a window
            counter.set_limits(spec.min_chars, spec.max_chars)
            counter.count("")
            self.counters[name] = counter
            lay = QHBoxLayout(row)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(edit, 1)
            lay.addWidget(counter)
            return edit, row
        edit.setPlaceholderText(self.tr("YYYY-MM-DD", "how to write a date; it is stored as ISO"))
        today = named(QToolButton(), f"today:{name}")
        today.setText(self.tr("Today"))
        today.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        today.clicked.connect(
            lambda _checked=False, n=name: self.value_edited.emit(n, date.today().isoformat(),
                                                                  False))
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(edit, 1)
        lay.addWidget(today)
        return edit, row
