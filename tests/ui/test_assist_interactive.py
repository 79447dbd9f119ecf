"""Ctrl+click in the image pane: the test backend's pixel model returns the object's
polygon, shown as a proposal; Esc rejects, Enter accepts as one undoable edit; a
failing backend says why and changes nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPointF, Qt

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.models import parse_task
from datafi_desktop.ui.assist.interactive_tool import InteractiveAssist
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.panes.image_pane import ImagePane
from tests.assist.ml_backend import BackendServer, train_sentiment

from .editor_support import CTRL, DEMO, click_row, editor_of

W, H = 400, 300
ELLIPSE = (60, 60, 180, 200)


@pytest.fixture
def fruit_task(demo_cache: Cache, tmp_path: Path) -> str:
    image = Image.new("RGB", (W, H), (245, 245, 240))
    draw = ImageDraw.Draw(image)
    draw.ellipse(ELLIPSE, fill=(210, 40, 30))
    draw.rectangle((240, 80, 360, 220), fill=(240, 200, 40))
    path = tmp_path / "fruit.png"
    image.save(path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    demo_cache.assets.put_file(path, expected=sha)
    task = parse_task({"id": "fruit-poly", "kind": "polygons",
                       "data": {"image": sha, "width": W, "height": H},
                       "config": {"labels": ["apple", "lemon"]}})
    demo_cache.tasks.add_tasks(DEMO, [task], source="local")
    return task.id


@pytest.fixture
def backend(demo_cache: Cache) -> Iterator[BackendServer]:
    server = BackendServer(train_sentiment()).start()
    campaign = demo_cache.tasks.get_campaign(DEMO)
    demo_cache.tasks.upsert_campaign(campaign.model_copy(update={"ml_backends": (server.url,)}))
    yield server
    server.stop()


def ctrl_click(qtbot, pane: ImagePane, x: float, y: float) -> None:  # type: ignore[no-untyped-def]
    canvas = pane.canvas
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, CTRL,
                     canvas.mapFromScene(QPointF(x, y)))


def test_ctrl_click_proposes_a_polygon_esc_rejects_enter_accepts(
        qtbot, fruit_task: str, window: MainWindow, demo_cache: Cache,
        backend: BackendServer) -> None:
    editor = editor_of(window)
    click_row(qtbot, window, fruit_task)
    pane = editor.pane
    assert isinstance(pane, ImagePane)
    assist = pane.canvas.assist
    assert isinstance(assist, InteractiveAssist)
    with qtbot.waitSignal(assist.proposed, timeout=20_000) as got:
        ctrl_click(qtbot, pane, 120, 130)
    shape = got.args[0]
    xs = [x for x, _ in shape["points"]]
    assert ELLIPSE[0] - 1 <= min(xs) and max(xs) <= ELLIPSE[2] + 2  # the apple, not the lemon
    assert editor.body()["polygons"] == []  # a proposal is not the body
    qtbot.keyClick(pane.canvas, Qt.Key.Key_Escape)
    assert assist.proposal is None and editor.body()["polygons"] == []
    with qtbot.waitSignal(assist.proposed, timeout=20_000):
        ctrl_click(qtbot, pane, 120, 130)
    qtbot.keyClick(pane.canvas, Qt.Key.Key_Return)
    polygons = editor.body()["polygons"]
    assert len(polygons) == 1 and polygons[0]["label"] == pane.canvas.active_label
    assert polygons[0]["points"] == [list(p) for p in shape["points"]]
    assert demo_cache.submissions.all(task_uid=editor.uid) == []
    editor.undo_stack.undo()
    assert editor.body()["polygons"] == []
    editor.undo_stack.redo()
    assert len(editor.body()["polygons"]) == 1


def test_a_failing_backend_changes_nothing(qtbot, fruit_task: str, window: MainWindow,
                                           backend: BackendServer) -> None:
    editor = editor_of(window)
    click_row(qtbot, window, fruit_task)
    pane = editor.pane
    assert isinstance(pane, ImagePane)
    backend.mode = "error"
    with qtbot.waitSignal(pane.canvas.assist.failed, timeout=20_000) as failed:
        ctrl_click(qtbot, pane, 120, 130)
    assert "HTTP 500" in failed.args[0]
    assert pane.canvas.assist.proposal is None and editor.body()["polygons"] == []
    with qtbot.waitSignal(pane.canvas.assist.failed, timeout=20_000) as failed:
        ctrl_click(qtbot, pane, 5, 5)  # background, and still failing
    assert editor.body()["polygons"] == []


def test_ctrl_drag_sends_a_rough_box(qtbot, fruit_task: str, window: MainWindow,
                                     backend: BackendServer) -> None:
    editor = editor_of(window)
    click_row(qtbot, window, fruit_task)
    pane = editor.pane
    assert isinstance(pane, ImagePane)
    canvas = pane.canvas
    start, end = canvas.mapFromScene(QPointF(225, 65)), canvas.mapFromScene(QPointF(375, 235))
    with qtbot.waitSignal(canvas.assist.proposed, timeout=20_000) as got:
        qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, CTRL, start)
        for step in range(1, 6):
            qtbot.mouseMove(canvas.viewport(), start + (end - start) * step / 5)
        qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, CTRL, end)
    context = backend.requests[-1]["body"]["params"]["context"]["result"]
    assert [item["type"] for item in context] == ["rectanglelabels"]
    xs = [x for x, _ in got.args[0]["points"]]
    assert min(xs) >= 239 and max(xs) <= 362  # the lemon inside the rough box
    assert editor.body()["polygons"] == []  # the rough box itself is not a shape
