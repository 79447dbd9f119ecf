"""Accessibility (issue 17, item 5): every focusable control has an accessible name; Tab
goes through each page in reading order and never gets stuck (Ctrl+Tab leaves the
widgets where Tab walks spans or shapes); the focus ring is drawn; text and label chips
reach WCAG AA contrast in every theme; label colours keep a non-hue cue for the
colour-vision deficiencies; the high-contrast theme is remembered; nothing is clipped
at 200 % (a separate process, tests/ui/clipped_text.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from datafi_desktop.core.contrast import (
    AA_GRAPHICS,
    AA_TEXT,
    DEFICIENCIES,
    confusable_pairs,
    contrast_ratio,
    delta_e,
    simulate,
)
from datafi_desktop.core.models.tasks import PALETTE
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.panes.image.shapes import text_color_on
from datafi_desktop.ui.panes.text.label_bar import LabelChip, contrast_text, tint
from datafi_desktop.ui.theme import BADGE, STATE_COLORS, THEMES, colors

from .editor_support import click_row, editor_of
from .window_support import reopen

ROOT = Path(__file__).resolve().parents[2]
TASKS = ("text-cls-001", "text-spans-001", "compare-001", "img-cls-001", "img-boxes-001",
         "img-poly-001", "collect-001")


def unnamed(root: QWidget) -> list[str]:
    """Visible widgets that take the focus and have no accessible name."""
    QApplication.processEvents()
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
            for w in [root, *root.findChildren(QWidget)]
            if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not w.accessibleName()]


# --- names ------------------------------------------------------------------------------


def test_every_page_names_its_controls(window: MainWindow) -> None:
    for page_id in window.pages:
        window.show_page(page_id)
        assert unnamed(window) == [], page_id


@pytest.mark.parametrize("task_id", TASKS)
def test_every_pane_names_its_controls(qtbot: Any, window: MainWindow, task_id: str) -> None:
    click_row(qtbot, window, task_id)
    assert unnamed(window) == []
    pane = editor_of(window).pane
    assert pane is not None and pane.isVisible()
    # the buttons say what they do beyond their name (from their tooltips)
    buttons = [b for b in window.findChildren(QWidget, "submitButton") if b.isVisible()]
    assert buttons and all(b.accessibleDescription() for b in buttons)


def test_dialogs_name_their_controls(qtbot: Any, window: MainWindow,
                                     account: Any) -> None:
    account()
    wallet = window.pages["wallet"]
    window.show_page("wallet")
    for open_dialog in (wallet.create_account, wallet.import_account, wallet.export,  # type: ignore[attr-defined]
                        window.show_shortcuts):
        dialog = open_dialog()
        assert isinstance(dialog, QDialog)
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.reject()


def test_icon_only_and_selectable_widgets_get_explicit_names(qtbot: Any,
                                                              window: MainWindow) -> None:
    click_row(qtbot, window, "img-boxes-001")
    canvas = window.findChild(QWidget, "annotationCanvas")
    assert canvas is not None and canvas.accessibleName() == "Image"
    assert "Tab" in canvas.accessibleDescription()
    assert canvas.viewport().accessibleName() == "Image"  # type: ignore[attr-defined]


# --- keyboard ---------------------------------------------------------------------------


def tab_walk(qtbot: Any, window: MainWindow, start: QWidget, presses: int,
             tab_walks: QWidget | None = None) -> list[str]:
    """Press Tab ``presses`` times from ``start``: the object names of the widgets the
    focus was on. Inside ``tab_walks`` (a pane where Tab selects the next span or
    shape) the key is Ctrl+Tab, as a keyboard user would press it there."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=2000)
    seen = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None, f"the focus got lost after {seen}"
        seen.append(focused.objectName().split(":")[0])  # chips are "chip:<label>"
        key = Qt.Key.Key_Tab
        mods = Qt.KeyboardModifier.NoModifier
        if tab_walks is not None and (focused is tab_walks or tab_walks.isAncestorOf(focused)):
            mods = Qt.KeyboardModifier.ControlModifier
        qtbot.keyClick(focused, key, mods)
    return seen


def test_tab_goes_through_the_tasks_page_in_reading_order(qtbot: Any,
                                                          window: MainWindow) -> None:
    click_row(qtbot, window, "text-cls-001")
    start = window.findChild(QWidget, "stateFilter")
    assert start is not None
    seen = tab_walk(qtbot, window, start, 16)
    order = ["stateFilter", "kindFilter", "queueSearch", "queueTable", "taskText", "chip",
             "previousButton", "skipButton", "nextButton", "submitButton", "statusAccount"]
    firsts = [name for name in dict.fromkeys(seen) if name in order]
    assert firsts == order, " ".join(seen)
    assert seen.count("chip") == 4  # one stop per label chip
    assert seen[seen.index("statusAccount") + 1] == "stateFilter"  # round, not stuck


@pytest.mark.parametrize("task_id", ["text-spans-001", "img-boxes-001"])
def test_ctrl_tab_leaves_the_widgets_where_tab_walks_spans_or_shapes(
        qtbot: Any, window: MainWindow, task_id: str) -> None:
    click_row(qtbot, window, task_id)
    name = "taskText" if task_id.startswith("text") else "annotationCanvas"
    start = window.findChild(QWidget, name)
    assert start is not None
    pane = editor_of(window).pane
    assert pane is not None
    seen = tab_walk(qtbot, window, start, 30, tab_walks=pane)
    assert seen[0] == name and seen[1] != name, seen
    assert "submitButton" in seen and seen.count(name) >= 2, seen  # went round


@pytest.mark.parametrize("page_id, expected", [
    ("rewards", ["rewardsCampaign", "refreshRewardsButton", "statusAccount"]),
    ("wallet", ["createButton", "importButton", "statusAccount"]),
])
def test_tab_goes_round_the_other_pages(qtbot: Any, window: MainWindow, page_id: str,
                                        expected: list[str]) -> None:
    window.show_page(page_id)
    start = window.findChild(QWidget, expected[0])
    assert start is not None
    seen = tab_walk(qtbot, window, start, 2 * len(expected))
    assert seen == expected * 2


def ring_pixels(widget: QWidget, ring: str) -> int:
    image: QImage = widget.grab().toImage()
    target = QColor(ring)
    count = 0
    for y in range(image.height()):
        for x in range(0, image.width()):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - target.red()) + abs(pixel.green() - target.green())
                    + abs(pixel.blue() - target.blue())) < 40:
                count += 1
    return count


def test_the_focused_control_has_a_visible_ring(qtbot: Any, window: MainWindow) -> None:
    window.show_page("wallet")
    button = window.findChild(QWidget, "createButton")
    other = window.findChild(QWidget, "importButton")
    assert button is not None and other is not None
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    focused = ring_pixels(button, colors().focus)
    assert focused >= 2 * (button.width() + button.height())  # about a 2-px frame
    assert ring_pixels(other, colors().focus) < focused / 10


# --- contrast ---------------------------------------------------------------------------


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_theme_text_reaches_aa(theme: str) -> None:
    c = THEMES[theme]
    backgrounds = {"window": c.window, "base": c.base, "alt_base": c.alt_base, "nav": c.nav}
    failing = [(fg, bg, round(contrast_ratio(getattr(c, fg), value), 2))
               for fg in ("text", "muted", "accent", "danger", "ok", "warn")
               for bg, value in backgrounds.items()
               if contrast_ratio(getattr(c, fg), value) < AA_TEXT]
    assert failing == []
    assert contrast_ratio(c.accent_text, c.accent) >= AA_TEXT  # selected rows, nav
    assert min(contrast_ratio(c.focus, v) for v in backgrounds.values()) >= AA_GRAPHICS


def test_pills_badges_and_label_chips_reach_aa() -> None:
    pairs = [(fg, bg, f"state {s}") for s, (bg, fg) in STATE_COLORS.items()]
    pairs.append((BADGE[1], BADGE[0], "badge"))
    for color in PALETTE:
        q = QColor(color)
        pairs.append((contrast_text(q).name(), color, "checked chip"))
        predicted = tint(q, 0.5, QColor("#FFFFFF"))
        pairs.append((contrast_text(predicted).name(), predicted.name(), "predicted chip"))
        pairs.append((text_color_on(q).name(), color, "shape tag"))
        for c in THEMES.values():
            for amount in (0.16, 0.28):  # unchecked chip, hovered
                under = tint(q, amount, QColor(c.base)).name()
                pairs.append((c.text, under, f"unchecked chip {c.name}"))
    failing = [(what, fg, bg, round(contrast_ratio(fg, bg), 2)) for fg, bg, what in pairs
               if contrast_ratio(fg, bg) < AA_TEXT]
    assert failing == []


# --- colour-vision deficiencies ---------------------------------------------------------


def test_the_first_palette_colours_stay_apart_for_each_deficiency() -> None:
    """Okabe-Ito (the first seven): any two stay ≥ 10 ΔE apart as each deficiency sees
    them; the seven Tableau colours after them do not, so every label also carries its
    name (and key) as text: the next test."""
    for deficiency in DEFICIENCIES:
        assert confusable_pairs(PALETTE[:7], deficiency) == [], deficiency
    assert any(confusable_pairs(PALETTE, d) for d in DEFICIENCIES)
    # the simulation does something: red and green collapse for deuteranopia
    assert delta_e(simulate("#E15759", "deuteranopia"), simulate("#59A14F", "deuteranopia")) \
        < delta_e("#E15759", "#59A14F") / 5


def test_labels_carry_their_name_as_well_as_their_colour(qtbot: Any,
                                                         window: MainWindow) -> None:
    click_row(qtbot, window, "text-cls-001")
    chips = [c for c in window.findChildren(LabelChip) if c.isVisible()]
    assert chips and all(c.spec.name in c.text() and c.spec.key for c in chips)
    click_row(qtbot, window, "img-boxes-001")  # a model's boxes are the starting point
    canvas = window.findChild(QWidget, "annotationCanvas")
    layer = canvas.layer  # type: ignore[union-attr]
    body = editor_of(window).body()
    shapes = body.get("boxes") or body.get("shapes") or []
    assert shapes, body
    assert [layer.tag(i).text for i in range(len(shapes))] == [s["label"] for s in shapes]


# --- high contrast ----------------------------------------------------------------------


def test_high_contrast_is_remembered(qtbot: Any, window: MainWindow) -> None:
    action = window.findChild(type(window.act_quit), "actionHighContrast")
    assert action is not None and not action.isChecked()
    action.trigger()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert colors().name == "high_contrast"
    assert app.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    again = reopen(qtbot, window)
    assert again.findChild(type(window.act_quit), "actionHighContrast").isChecked()
    assert colors().name == "high_contrast"
    again.appearance.set_high_contrast(False)
    assert colors().name != "high_contrast"
    assert app.palette().color(QPalette.ColorRole.Window) != QColor("#000000")


# --- 200 % ------------------------------------------------------------------------------


@pytest.mark.slow
def test_no_text_is_clipped_at_200_percent(tmp_path: Path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text('{"screens": [{"name": "s", "x": 0, "y": 0, "width": 2560, '
                      '"height": 1600, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    env = dict(os.environ, QT_SCALE_FACTOR="2",
               QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    done = subprocess.run([sys.executable, "-m", "tests.ui.clipped_text"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert "screen 1280x800 logical, scale 2.0" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0, done.stdout
    assert "no clipped text" in done.stdout
