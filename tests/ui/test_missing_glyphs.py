"""Characters no installed font can draw are reported once (status message and log),
not shown as boxes silently; Arabic, Devanagari, Thai, CJK and emoji have fonts
(scripts/system_deps.sh installs the Noto fonts)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont

from datafi_desktop.ui.panes.text import glyphs

from . import test_text_pane as base
from .test_text_pane import spans_task

demo, open_pane, stack = base.demo, base.open_pane, base.stack
NO_FONT = "\U0010fffd\U0010fffc"  # private use, plane 16: in no font


@pytest.fixture(autouse=True)
def fresh() -> Iterator[None]:
    glyphs.forget_reported()
    yield
    glyphs.forget_reported()


def test_every_demo_script_has_a_font(app, demo) -> None:
    texts = [t.text for t in demo.values() if t.kind.value == "text_spans"]
    assert any("ก" <= c <= "๛" for t in texts for c in t)  # Thai is among them
    for text in texts:
        assert glyphs.missing_characters(text, QFont()) == [], text


def test_missing_characters_are_named(app) -> None:
    text = f"Hello مرحبا {NO_FONT[0]} नमस्ते {NO_FONT[1]} 中文 {NO_FONT[0]}"
    assert glyphs.missing_characters(text, QFont()) == [NO_FONT[0], NO_FONT[1]]
    assert glyphs.missing_characters("", QFont()) == []


def test_the_pane_reports_boxes_once(qtbot, open_pane, caplog) -> None:
    messages: list[str] = []
    with caplog.at_level(logging.WARNING, logger=glyphs.__name__):
        pane = open_pane(spans_task("Plain text only."))
        pane.message.connect(messages.append)
        open_pane(spans_task(f"Ada {NO_FONT[0]} Lovelace", "t2"))
        open_pane(spans_task(f"Again {NO_FONT[0]}", "t3"))  # already reported: quiet
        open_pane(spans_task(f"New {NO_FONT[1]} and {NO_FONT[0]}", "t4"))
    assert len(messages) == 2
    assert "U+10FFFD" in messages[0] and "fonts-noto-core" in messages[0]
    assert "U+10FFFC" in messages[1] and "U+10FFFD" not in messages[1]
    warnings = [r for r in caplog.records if r.name == glyphs.__name__]
    assert len(warnings) == 2 and "U+10FFFD" in warnings[0].getMessage()
