"""Helpers for the image pane tests: real images in a real asset store, a pane driven by
mouse and keys through qtbot at mapped scene coordinates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack

from datafi_desktop.core.cache import AssetStore
from datafi_desktop.core.flow import starting_point
from datafi_desktop.core.models import Task, parse_task
from datafi_desktop.core.resources import resource
from datafi_desktop.ui.panes.base import PaneTask
from datafi_desktop.ui.panes.image.canvas import AnnotationCanvas
from datafi_desktop.ui.panes.image_pane import ImagePane

LABELS = [{"name": "car", "color": "#4E79A7"}, {"name": "person", "color": "#E15759"},
          {"name": "bicycle", "color": "#76B7B2"}]
LOAD_TIMEOUT = 20_000
NO = Qt.KeyboardModifier.NoModifier


def scene_image(path: Path, size: tuple[int, int] = (400, 300)) -> Path:
    """A small picture with some structure (so a wrong orientation would show)."""
    im = Image.new("RGB", size, (90, 120, 160))
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 0, size[0] // 4, size[1] // 4), fill=(250, 250, 20))
    draw.ellipse((size[0] // 2, size[1] // 2, size[0] - 10, size[1] - 10), fill=(200, 30, 30))
    im.save(path)
    return path


def make_task(store: AssetStore, image: Path, kind: str, size: tuple[int, int] | None = None,
              labels: list[Any] | None = None, multi: bool = False,
              task_id: str = "t-1", filename: str | None = None) -> Task:
    sha = store.put_file(image)
    if size is None:
        with Image.open(image) as im:
            size = im.size
    return parse_task({"id": task_id, "kind": kind,
                       "data": {"image": sha, "width": size[0], "height": size[1],
                                "filename": filename or f"images/{image.name}"},
                       "config": {"labels": labels or LABELS, "multi": multi}})


def make_pane(qtbot: Any, size: tuple[int, int] = (1000, 700)) -> ImagePane:
    pane = ImagePane(QUndoStack())
    qtbot.addWidget(pane)
    pane.resize(*size)
    with qtbot.waitExposed(pane):
        pane.show()
    return pane


def open_task(qtbot: Any, pane: ImagePane, task: Task, store: AssetStore,
              body: dict[str, Any] | None = None, read_only: bool = False,
              wait: bool = True) -> None:
    start = starting_point(task, None)
    pane.undo_stack.clear()
    pane.open(PaneTask(task, body if body is not None else start.body, start.source,
                       start.model, store, read_only))
    if wait:
        qtbot.waitUntil(lambda: pane.canvas.state in ("ready", "failed"), timeout=LOAD_TIMEOUT)
    pane.focus_default()


def vp(canvas: AnnotationCanvas, x: float, y: float) -> QPoint:
    """The viewport point showing image pixel (x, y)."""
    return canvas.mapFromScene(QPointF(x, y))


def click(qtbot: Any, canvas: AnnotationCanvas, x: float, y: float,
          mods: Qt.KeyboardModifier = NO) -> None:
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, mods, vp(canvas, x, y))


def double_click(qtbot: Any, canvas: AnnotationCanvas, x: float, y: float) -> None:
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, NO, vp(canvas, x, y))


def press(qtbot: Any, canvas: AnnotationCanvas, x: float, y: float,
          mods: Qt.KeyboardModifier = NO,
          button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    qtbot.mousePress(canvas.viewport(), button, mods, vp(canvas, x, y))


def move(qtbot: Any, canvas: AnnotationCanvas, x: float, y: float) -> None:
    qtbot.mouseMove(canvas.viewport(), vp(canvas, x, y))


def release(qtbot: Any, canvas: AnnotationCanvas, x: float, y: float,
            mods: Qt.KeyboardModifier = NO,
            button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    qtbot.mouseRelease(canvas.viewport(), button, mods, vp(canvas, x, y))


def drag(qtbot: Any, canvas: AnnotationCanvas, start: tuple[float, float],
         end: tuple[float, float], mods: Qt.KeyboardModifier = NO, steps: int = 4) -> None:
    """Press at ``start``, move in a few steps, release at ``end`` (image pixels)."""
    press(qtbot, canvas, *start, mods)
    for i in range(1, steps + 1):
        t = i / steps
        move(qtbot, canvas, start[0] + (end[0] - start[0]) * t,
             start[1] + (end[1] - start[1]) * t)
    release(qtbot, canvas, *end, mods)


def key(qtbot: Any, pane: ImagePane, name: str | Qt.Key,
        mods: Qt.KeyboardModifier = NO) -> None:
    """A key press where the user's focus is: the canvas."""
    qtbot.keyClick(pane.canvas, name, mods)


def demo_task(store: AssetStore, task_id: str) -> Task:
    for line in resource("demo", "tasks.jsonl").read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        if data["id"] == task_id:
            data.pop("gold", None)
            store.put_file(resource("demo", data["data"]["filename"]))
            return parse_task(data)
    raise LookupError(task_id)
