"""What the annotator sees of the review, put in the window:

- the editor's submission strip says the verdict, the reviewer's reason or correction and
  who reviewed when (``editor/header.py``); "Show correction" (Alt+C, in the Label menu)
  draws the corrected label in the read-only pane, and again the annotator's own;
- the queue names corrected tasks and gives each reviewed task's verdict as a tooltip
  (``queue_model.py`` with :class:`.lookup.VerdictLookup`);
- "My quality" on the Tasks page: agreement, gold accuracy, counts, and a warning when
  the gold threshold holds the rewards (:class:`.quality.QualityStrip`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QMenu, QWidget

from ..status_bar import short_address
from .quality import QualityStrip

if TYPE_CHECKING:
    from ..main_window import MainWindow

SHOW_CORRECTION_KEYS = "Alt+C"



def install_verdicts(window: MainWindow) -> QualityStrip | None:
    """Wire the verdict views into the window; returns the quality strip (or None without
    a Tasks page)."""
    strip = None
    page = window.pages.get("tasks")
    panel = page.findChild(QWidget, "queuePanel") if page is not None else None
    layout = panel.layout() if panel is not None else None
    if isinstance(layout, QBoxLayout):
        strip = QualityStrip(window.session, panel)  # a parent first: it may show itself
        layout.insertWidget(min(2, layout.count()), strip)  # under the title and progress
    editor = window.editor
    if editor is None:
        return strip
    bar = editor.submission_bar

    def toggled(on: bool) -> None:
        submission, pane = bar.submission, editor.pane
        if submission is None or pane is None or pane.current is None \
                or pane.current.task.id != submission.task_id or not editor.read_only:
            return
        body = bar.correction if on else dict(submission.annotation)
        if body is None:
            return
        pane.show_body(dict(body))
        reviewer = short_address(str((submission.verdict or {}).get("reviewer") or ""))
        editor.status_message.emit(
            QCoreApplication.translate("install_verdicts", "Showing the correction by {reviewer}")
            .format(reviewer=reviewer) if on
            else QCoreApplication.translate("install_verdicts", "Showing your label"))

    bar.correction_toggled.connect(toggled)
    act = QAction(QCoreApplication.translate("install_verdicts",
                                             "Show the reviewer's &correction"), window)
    act.setObjectName("actionShowCorrection")
    act.setShortcut(QKeySequence(SHOW_CORRECTION_KEYS))
    act.setToolTip(QCoreApplication.translate(
        "install_verdicts", "Draw the reviewer's corrected label in the pane, or your own again"))

    def show_correction() -> None:
        if bar.isVisible() and bar.correction is not None:
            bar.correction_button.toggle()
        else:
            editor.status_message.emit(QCoreApplication.translate(
                "install_verdicts", "This task has no reviewer's correction to show"))

    act.triggered.connect(show_correction)
    window.addAction(act)
    menu = window.findChild(QMenu, "menuLabel")
    if menu is not None:
        actions = menu.actions()
        again = next((i for i, a in enumerate(actions)
                      if a.objectName() == "actionLabelAgain"), None)
        if again is not None and again + 1 < len(actions):
            menu.insertAction(actions[again + 1], act)
        else:
            menu.addAction(act)
    return strip
