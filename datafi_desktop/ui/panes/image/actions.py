"""The canvas's keyboard actions, each a QAction with its shortcut for menus and the cheat sheet.

The actions are added to the widget that hosts the canvas with
``Qt.WidgetWithChildrenShortcut``: they fire while the keyboard focus is in
that widget (canvas, palette, shape list) and never steal keys from another
pane, whether or not the editor also lists them in a menu. Keys:

=====================  ==================================================
V                      select tool (click, drag to move, handles resize)
B / P                  draw boxes / draw polygons
Esc                    cancel the polygon being drawn, else deselect, else select tool
Enter                  close the polygon being drawn
Tab / Shift+Tab        select the next / previous shape
Delete, Backspace      delete the selected vertex, else the selected shape
Arrows (Shift: 10 px)  nudge the selection; scroll when nothing is selected
H                      hide or show the selected shape, or all shapes
= or + / -             zoom in / out (the wheel zooms too, under the pointer)
F / 0                  fit the image / 100 % (one image pixel per screen pixel)
=====================  ==================================================
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ...tr_marks import QT_TRANSLATE_NOOP
from .canvas import AnnotationCanvas
from .tools import Tool

#: (text, short text, key, dx, dy) of the nudges by 1 px and by 10 px
NUDGES = (
    (QT_TRANSLATE_NOOP("CanvasActions", "Nudge left 1 px (scroll when nothing is selected)"),
     QT_TRANSLATE_NOOP("CanvasActions", "Nudge left"), "Left", -1, 0),
    (QT_TRANSLATE_NOOP("CanvasActions", "Nudge right 1 px (scroll when nothing is selected)"),
     QT_TRANSLATE_NOOP("CanvasActions", "Nudge right"), "Right", 1, 0),
    (QT_TRANSLATE_NOOP("CanvasActions", "Nudge up 1 px (scroll when nothing is selected)"),
     QT_TRANSLATE_NOOP("CanvasActions", "Nudge up"), "Up", 0, -1),
    (QT_TRANSLATE_NOOP("CanvasActions", "Nudge down 1 px (scroll when nothing is selected)"),
     QT_TRANSLATE_NOOP("CanvasActions", "Nudge down"), "Down", 0, 1),
)
NUDGES_10 = (
    (QT_TRANSLATE_NOOP("CanvasActions", "Nudge left 10 px"),
     QT_TRANSLATE_NOOP("CanvasActions", "Nudge left 10"), "Left", -1, 0),
    (QT_TRANSLATE_NOOP("CanvasActions", "Nudge right 10 px"),
     QT_TRANSLATE_NOOP("CanvasActions", "Nudge right 10"), "Right", 1, 0),
    (QT_TRANSLATE_NOOP("CanvasActions", "Nudge up 10 px"),
     QT_TRANSLATE_NOOP("CanvasActions", "Nudge up 10"), "Up", 0, -1),
    (QT_TRANSLATE_NOOP("CanvasActions", "Nudge down 10 px"),
     QT_TRANSLATE_NOOP("CanvasActions", "Nudge down 10"), "Down", 0, 1),
)


class CanvasActions(QObject):
    """Builds and enables the actions of one canvas."""

    def __init__(self, canvas: AnnotationCanvas, host: QWidget) -> None:
        super().__init__(host)
        self.canvas = canvas
        self.host = host
        make = self._make
        self.select_tool = make(
            QT_TRANSLATE_NOOP("CanvasActions", "Select tool"),
            QT_TRANSLATE_NOOP("CanvasActions", "Select  V"), ["V"],
            lambda: canvas.set_tool(Tool.SELECT), checkable=True)
        self.box_tool = make(
            QT_TRANSLATE_NOOP("CanvasActions", "Draw boxes"),
            QT_TRANSLATE_NOOP("CanvasActions", "Box  B"), ["B"],
            lambda: canvas.set_tool(Tool.BOX), checkable=True)
        self.polygon_tool = make(
            QT_TRANSLATE_NOOP("CanvasActions", "Draw polygons"),
            QT_TRANSLATE_NOOP("CanvasActions", "Polygon  P"), ["P"],
            lambda: canvas.set_tool(Tool.POLYGON), checkable=True)
        self.cancel = make(
            QT_TRANSLATE_NOOP("CanvasActions", "Cancel drawing, deselect"),
            QT_TRANSLATE_NOOP("CanvasActions", "Cancel"), ["Esc"], canvas.escape)
        self.finish_polygon = make(
            QT_TRANSLATE_NOOP("CanvasActions", "Close the polygon"),
            QT_TRANSLATE_NOOP("CanvasActions", "Close"), ["Return", "Enter"],
            canvas.finish_polygon)
        self.next_shape = make(
            QT_TRANSLATE_NOOP("CanvasActions", "Select next shape"),
            QT_TRANSLATE_NOOP("CanvasActions", "Next"), ["Tab"],
            lambda: canvas.select_next(1), repeat=True)
        self.previous_shape = make(
            QT_TRANSLATE_NOOP("CanvasActions", "Select previous shape"),
            QT_TRANSLATE_NOOP("CanvasActions", "Previous"), ["Shift+Tab"],
            lambda: canvas.select_next(-1), repeat=True)
        self.delete = make(
            QT_TRANSLATE_NOOP("CanvasActions", "Delete shape or vertex"),
            QT_TRANSLATE_NOOP("CanvasActions", "Delete"), ["Delete", "Backspace"],
            canvas.delete_selected)
        self.toggle_hidden = make(
            QT_TRANSLATE_NOOP("CanvasActions", "Hide or show shape (all when none is selected)"),
            QT_TRANSLATE_NOOP("CanvasActions", "Hide  H"), ["H"], canvas.toggle_hidden)
        self.nudges: list[QAction] = []
        for text, short, key, dx, dy in NUDGES:
            self.nudges.append(make(text, short, [key], self._nudger(dx, dy), repeat=True))
        for text, short, key, dx, dy in NUDGES_10:
            self.nudges.append(make(text, short, [f"Shift+{key}"],
                                    self._nudger(dx * 10, dy * 10), repeat=True))
        self.zoom_in = make(QT_TRANSLATE_NOOP("CanvasActions", "Zoom in"), "+",
                            ["=", "+", "Ctrl+="], canvas.zoom_in, repeat=True)
        self.zoom_out = make(QT_TRANSLATE_NOOP("CanvasActions", "Zoom out"), "−",
                             ["-", "Ctrl+-"], canvas.zoom_out, repeat=True)
        self.fit = make(QT_TRANSLATE_NOOP("CanvasActions", "Fit the image in the view"),
                        QT_TRANSLATE_NOOP("CanvasActions", "Fit"), ["F"], canvas.fit)
        self.actual = make(QT_TRANSLATE_NOOP("CanvasActions", "Zoom to 100 % (actual pixels)"),
                           "100%", ["0", "Ctrl+0"], canvas.zoom_actual)
        self.tools = (self.select_tool, self.box_tool, self.polygon_tool)
        canvas.tool_changed.connect(self._show_tool)
        canvas.drawing_changed.connect(lambda _on: self.update_enabled())
        canvas.image_ready.connect(lambda _size: self.update_enabled())
        canvas.image_failed.connect(lambda _message: self.update_enabled())
        self.update_enabled()

    def view_actions(self) -> list[QAction]:
        return [self.zoom_in, self.zoom_out, self.fit, self.actual]

    def shape_actions(self) -> list[QAction]:
        tool = self.polygon_tool if self.canvas.polygons else self.box_tool
        return [self.select_tool, tool, self.cancel, self.finish_polygon, self.next_shape,
                self.previous_shape, self.delete, self.toggle_hidden, *self.nudges]

    def actions(self) -> list[QAction]:
        """The actions that mean something for the canvas's current kind."""
        shapes = self.shape_actions() if self.canvas.collection else []
        return [*shapes, *self.view_actions()]

    def update_enabled(self) -> None:
        canvas = self.canvas
        shapes = bool(canvas.collection)
        writable = shapes and not canvas.read_only and canvas.state != "failed"
        for action in (self.select_tool, self.cancel, self.next_shape, self.previous_shape,
                       self.toggle_hidden, *self.nudges):
            action.setEnabled(shapes)
        self.box_tool.setEnabled(writable and not canvas.polygons)
        self.polygon_tool.setEnabled(writable and canvas.polygons)
        self.delete.setEnabled(writable)
        self.finish_polygon.setEnabled(canvas.draft is not None)
        self._show_tool(canvas.tool.value)

    def _show_tool(self, tool: str) -> None:
        for action, name in zip(self.tools, ("select", "box", "polygon"), strict=True):
            action.setChecked(name == tool)

    def _nudger(self, dx: int, dy: int) -> Callable[[], None]:
        return lambda: self.canvas.nudge(dx, dy)

    def _make(self, text: str, short: str, keys: list[str], slot: Callable[[], None],
              checkable: bool = False, repeat: bool = False) -> QAction:
        """An action from English ``text`` and ``short`` (shown translated)."""
        action = QAction(self.tr(text), self.host)
        # "actionImageSelectTool", "actionImageNudgeLeft10px", … for tests and menus
        words = "".join(c if c.isalnum() else " " for c in text.split("(")[0]).split()
        action.setObjectName("actionImage" + "".join(w[:1].upper() + w[1:] for w in words))
        action.setIconText(self.tr(short))
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{self.tr(text)} ({', '.join(keys)})")
        action.setCheckable(checkable)
        # holding a key repeats moves, zooms and Tab; never deletes or tool switches
        action.setAutoRepeat(repeat)
        action.triggered.connect(lambda _checked=False: slot())
        self.host.addAction(action)
        return action
