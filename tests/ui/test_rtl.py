"""Right to left: mirrored arrows on the editor's buttons, word keys that follow the
screen in an Arabic paragraph, span offsets that keep their order in a mirrored row."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from datafi_desktop.ui.editor.bottom_bar import ActionButton
from datafi_desktop.ui.panes.text.span_list import SpanRow

from . import test_text_pane as base
from .test_text_pane import key, spans, spans_task

demo, open_pane, stack = base.demo, base.open_pane, base.stack
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def rtl(app) -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_previous_and_next_arrows_point_the_reading_way(qtbot, app) -> None:
    action = QAction("Next")
    ltr = ActionButton(action, "Next ▶", "nextButton")
    qtbot.addWidget(ltr)
    assert ltr.text() == "Next ▶"
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        rtl_button = ActionButton(action, "Next ▶", "nextButton")
        qtbot.addWidget(rtl_button)
        assert rtl_button.text() == "Next ◀"  # Next sits on the left: it points left
        qtbot.waitUntil(lambda: ltr.text() == "Next ◀")  # a window that turns follows
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: ltr.text() == "Next ▶")


def test_ctrl_shift_left_goes_forward_in_an_arabic_paragraph(qtbot, open_pane) -> None:
    text = "افتتحت ليلى حداد مكتبة جديدة"
    pane = open_pane(spans_task(text))
    key(qtbot, pane, Qt.Key.Key_Left, CTRL_SHIFT)  # ← reads on in Arabic
    key(qtbot, pane, Qt.Key.Key_Left, CTRL_SHIFT)
    key(qtbot, pane, "p")
    assert spans(pane) == [(0, text.index(" حداد"), "PER")]  # "افتتحت ليلى"
    english = "Layla Haddad opened"
    pane = open_pane(spans_task(english, "en"))
    key(qtbot, pane, Qt.Key.Key_Right, CTRL_SHIFT)
    key(qtbot, pane, "p")
    assert spans(pane) == [(0, 5, "PER")]


def test_span_offsets_keep_their_order_in_a_mirrored_row(rtl) -> None:
    row = SpanRow("LOC", "#009E73", "القاهرة", 24, 31)
    assert row.detail.startswith("\u206624–31\u2069")  # isolated: never "31–24"
