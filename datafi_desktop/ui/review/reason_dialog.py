"""Reject: say why. The campaign's reasons on number keys, free text, Enter confirms.

::

    ┌ Reject: say why ───────────────────────────────────────┐
    │ 1  Wrong label                                          │
    │ 2  Missing labels                                       │
    │ …                                                       │
    │ Details [ the text is sarcastic                      ]  │
    │ (Say why: pick a reason or write one)        [Cancel] [Reject] │
    └─────────────────────────────────────────────────────────┘

A number picks its reason (again: unpicks it); typing a letter in the list goes
on in the details field; Enter confirms, Esc cancels. A reason is required:
with neither a picked reason nor details the dialog says so and stays open.
The reason is ``compose_reason(picked, details)`` ("Wrong label: the text is
sarcastic").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.models.annotations import MAX_REASON_CHARS
from ...core.review import compose_reason
from ..theme import named
from ..tr_marks import QT_TRANSLATE_NOOP

EMPTY_MESSAGE = QT_TRANSLATE_NOOP("RejectDialog",
                                  "Say why: pick a reason (its number) or write one.")


class RejectDialog(QDialog):
    def __init__(self, reasons: Sequence[str], parent: QWidget | None = None, *,
                 annotator: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("rejectDialog")
        self.setWindowTitle(self.tr("Reject: say why"))
        self.reasons = [r for r in reasons if r.strip()]
        how = self.tr("Press a reason's number, add details if you like, then Enter. "
                      "Esc cancels.")
        intro = QLabel(self.tr("Reject the label by {annotator}. {how}").format(
            annotator=annotator, how=how) if annotator else how)
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.list = named(QListWidget(), "rejectReasons")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for n, reason in enumerate(self.reasons, start=1):
            key = str(n) if n <= 9 else " "
            item = QListWidgetItem(f"{key}   {reason}")
            item.setData(Qt.ItemDataRole.UserRole, reason)
            self.list.addItem(item)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        rows = max(1, min(len(self.reasons), 9))
        self.list.setMinimumHeight(self.list.sizeHintForRow(0) * rows + 8
                                   if self.reasons else 0)
        if not self.reasons:
            self.list.hide()  # (never show() a widget before it has its parent)
        self.list.installEventFilter(self)
        self.error = named(QLabel(), "rejectError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.details = named(QLineEdit(), "rejectDetails")
        self.details.setMaxLength(MAX_REASON_CHARS)
        self.details.setPlaceholderText(self.tr("Details (required when no reason is picked)"))
        self.details.textChanged.connect(lambda _t: self.error.clear())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Reject", "verb: reject the submission"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("rejectConfirm")
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.list)
        lay.addWidget(QLabel(self.tr("Details")))
        lay.addWidget(self.details)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.number_actions: list[QAction] = []
        for n in range(1, min(len(self.reasons), 9) + 1):
            act = QAction(self.tr("Reason {number}").format(number=n), self)
            act.setShortcut(QKeySequence(str(n)))
            act.triggered.connect(lambda _c=False, row=n - 1: self.pick(row))
            self.addAction(act)
            self.number_actions.append(act)
        self.list.itemClicked.connect(lambda item: self.pick(self.list.row(item)))
        self.resize(self.fontMetrics().horizontalAdvance("M") * 34, self.sizeHint().height())
        (self.list if self.reasons else self.details).setFocus()

    # --- the answer ----------------------------------------------------------------------

    @property
    def picked(self) -> str | None:
        items = self.list.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    @property
    def reason(self) -> str:
        return compose_reason(self.picked, self.details.text())

    def pick(self, row: int) -> None:
        """Pick reason ``row`` (0-based); picking the picked one again unpicks it."""
        item = self.list.item(row)
        if item is None:
            return
        if item.isSelected() and self.picked is not None:
            self.list.clearSelection()
        else:
            self.list.setCurrentRow(row)
            item.setSelected(True)
        self.error.clear()

    def accept(self) -> None:
        if not self.reason:
            self.error.setText(self.tr(EMPTY_MESSAGE) if self.reasons
                               else self.tr("Say why: write the reason."))
            (self.list if self.reasons and not self.details.text() else self.details
             ).setFocus()
            return
        super().accept()

    # --- keys in the list ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A letter typed in the reason list goes on in the details field."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.ShiftModifier)
            if plain and text and text.isprintable() and not text.isdigit() \
                    and not text.isspace():
                self.details.setFocus(Qt.FocusReason.OtherFocusReason)
                self.details.insert(text)
                return True
        return super().eventFilter(watched, event)
