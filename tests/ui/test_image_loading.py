"""Opening images in the pane: EXIF orientation, bad files with a message in the pane,
and large photographs at screen resolution first, full resolution on zoom."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageOps
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.cache import AssetStore
from datafi_desktop.core.resources import resource
from datafi_desktop.ui.panes.image_pane import ImagePane

from .image_support import (
    LOAD_TIMEOUT,
    demo_task,
    drag,
    key,
    make_pane,
    make_task,
    open_task,
    scene_image,
)


@pytest.fixture
def store(tmp_path: Path) -> AssetStore:
    return AssetStore(tmp_path / "assets")


@pytest.fixture
def pane(qtbot, app: QApplication) -> ImagePane:
    return make_pane(qtbot)


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return (struct.pack(">I", len(body)) + kind + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))


def png_bomb(path: Path, width: int = 30_000, height: int = 30_000) -> Path:
    """A PNG header claiming 900 megapixels over a tiny zlib stream."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
                     + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
                     + _png_chunk(b"IEND", b""))
    return path


def _pixel(pane: ImagePane, x: float, y: float) -> tuple[int, int, int]:
    """The colour the pane's pixmap shows at image pixel (x, y)."""
    item = pane.canvas.pixmap_item
    assert item is not None
    image = item.pixmap().toImage()
    scale = pane.canvas.decoded_scale
    color = image.pixelColor(int(x * scale), int(y * scale))
    return color.red(), color.green(), color.blue()


@pytest.mark.parametrize(("task_id", "name", "size"), [
    ("img-boxes-003", "street-03.jpg", (1024, 768)),  # stored 768×1024, orientation 8
    ("img-poly-003", "fruit-05.jpg", (768, 1024)),  # stored 1024×768, orientation 6
])
def test_exif_rotated_demo_images_are_upright(qtbot, pane: ImagePane, store: AssetStore,
                                              task_id: str, name: str,
                                              size: tuple[int, int]) -> None:
    task = demo_task(store, task_id)
    said: list[str] = []
    pane.message.connect(said.append)
    open_task(qtbot, pane, task, store, {"kind": task.kind.value, "boxes": [], "polygons": []})
    canvas = pane.canvas
    assert said == [], "the task's size matches the upright image"
    assert canvas.state == "ready"
    assert canvas.image_size == size
    pixmap = canvas.pixmap_item.pixmap()
    assert (pixmap.width() > pixmap.height()) == (size[0] > size[1])
    with Image.open(resource("demo", "images", name)) as stored:
        upright = ImageOps.exif_transpose(stored).convert("RGB")
    assert upright.size == size
    for fx, fy in ((0.1, 0.1), (0.5, 0.3), (0.9, 0.85), (0.2, 0.9)):
        x, y = size[0] * fx, size[1] * fy
        expected = upright.getpixel((int(x), int(y)))
        shown = _pixel(pane, x, y)
        assert sum(abs(a - b) for a, b in zip(shown, expected, strict=True)) < 90, (fx, fy)


def test_a_box_on_a_rotated_image_is_in_displayed_pixels(qtbot, pane: ImagePane,
                                                          store: AssetStore) -> None:
    task = demo_task(store, "img-boxes-003")
    open_task(qtbot, pane, task, store, {"kind": "bounding_boxes", "boxes": []})
    canvas = pane.canvas
    canvas.zoom_actual()
    canvas.centerOn(900, 600)
    key(qtbot, pane, Qt.Key.Key_B)
    drag(qtbot, canvas, (850, 560), (1000, 700))
    box = pane.body()["boxes"][0]
    assert (box["x"], box["y"]) == pytest.approx((850, 560), abs=1.5)
    assert (box["w"], box["h"]) == pytest.approx((150, 140), abs=2)
    assert box["x"] + box["w"] <= 1024 and box["y"] + box["h"] <= 768


def _bad_file(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{kind}.jpg"
    if kind == "zero-byte":
        path.write_bytes(b"")
    elif kind == "corrupt":
        path.write_bytes(b"\xff\xd8\xff\xe0" + b"\x13\x37" * 500)
    elif kind == "truncated":
        whole = tmp_path / "whole.jpg"
        Image.effect_noise((800, 600), 40).convert("RGB").save(whole, quality=90)
        data = whole.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    elif kind == "not-an-image":
        path.write_text("hello, I am a text file", encoding="utf-8")
    else:
        path = png_bomb(tmp_path / "bomb.png")
    return path


@pytest.mark.parametrize(("kind", "words"), [
    ("zero-byte", "empty"),
    ("corrupt", "corrupt|truncated|not an image"),
    ("truncated", "truncated"),
    ("not-an-image", "not an image"),
    ("bomb", "too large to open safely"),
])
def test_bad_files_show_a_clear_message_in_the_pane(qtbot, pane: ImagePane, store: AssetStore,
                                                    tmp_path: Path, kind: str,
                                                    words: str) -> None:
    import re

    path = _bad_file(kind, tmp_path)
    size = (30_000, 30_000) if kind == "bomb" else (800, 600)
    task = make_task(store, path, "bounding_boxes", size=size, filename=f"photos/{path.name}")
    body = {"kind": "bounding_boxes", "boxes": [{"label": "car", "x": 1, "y": 1, "w": 5,
                                                 "h": 5}]}
    open_task(qtbot, pane, task, store, body)
    canvas = pane.canvas
    assert canvas.state == "failed"
    message = canvas.overlay.text()
    assert canvas.overlay.isVisible()
    assert path.name in message, "the message names the file (not its hash)"
    assert re.search(words, message), message
    assert canvas.overlay.geometry().center() == canvas.viewport().geometry().center()
    # nothing to draw on, nothing lost
    key(qtbot, pane, Qt.Key.Key_B)
    drag(qtbot, canvas, (10, 10), (100, 100))
    assert pane.body() == body
    assert "labels of this task are kept" in pane.hint.text()


def test_a_missing_asset_says_so(qtbot, pane: ImagePane, store: AssetStore,
                                 tmp_path: Path) -> None:
    image = scene_image(tmp_path / "gone.png")
    task = make_task(store, image, "polygons", filename="images/gone.png")
    assert task.image_hash is not None
    store.path(task.image_hash).unlink()
    open_task(qtbot, pane, task, store, {"kind": "polygons", "polygons": []})
    assert pane.canvas.state == "failed"
    assert "gone.png is not on this computer yet" in pane.canvas.overlay.text()


def test_the_next_task_clears_the_message(qtbot, pane: ImagePane, store: AssetStore,
                                          tmp_path: Path) -> None:
    bad = make_task(store, _bad_file("zero-byte", tmp_path), "bounding_boxes", size=(80, 60))
    open_task(qtbot, pane, bad, store, {"kind": "bounding_boxes", "boxes": []})
    assert pane.canvas.overlay.isVisible()
    good = make_task(store, scene_image(tmp_path / "good.png"), "bounding_boxes", task_id="t-2")
    open_task(qtbot, pane, good, store, {"kind": "bounding_boxes", "boxes": []})
    assert pane.canvas.state == "ready"
    assert not pane.canvas.overlay.isVisible()


@pytest.mark.slow
def test_a_15_megapixel_photo_opens_at_screen_size_then_sharpens_whole(
        qtbot, pane: ImagePane, store: AssetStore, tmp_path: Path) -> None:
    """Under ``TILED_ABOVE_PIXELS`` (16 MP) the whole photo is decoded at 100 %; above
    it, tiles (tests/ui/test_image_tiles.py)."""
    path = tmp_path / "big.jpg"
    big = Image.linear_gradient("L").resize((4800, 3200)).convert("RGB")
    big.paste((255, 0, 0), (4000, 2400, 4600, 3000))
    big.save(path, quality=85)
    task = make_task(store, path, "bounding_boxes")
    open_task(qtbot, pane, task, store, {"kind": "bounding_boxes", "boxes": [
        {"label": "car", "x": 4000, "y": 2400, "w": 600, "h": 600}]})
    canvas = pane.canvas
    first = canvas.pixmap_item.pixmap()
    assert first.width() < 4800 and first.height() < 3200
    assert max(first.width(), first.height()) <= canvas.screen_side()
    assert canvas.image_size == (4800, 3200), "the scene stays in image pixels"
    assert canvas.layer.item(0).rect().right() == 4600
    with qtbot.waitSignal(canvas.resolution_changed, timeout=LOAD_TIMEOUT):
        key(qtbot, pane, Qt.Key.Key_0)  # 100 %: the small pixmap is far too coarse
    sharp = canvas.pixmap_item.pixmap()
    assert (sharp.width(), sharp.height()) == (4800, 3200)
    assert canvas.decoded_scale == 1.0
    assert canvas.zoom_factor() == pytest.approx(1.0), "the swap keeps the zoom"
    assert canvas.image_size == (4800, 3200)
    canvas.centerOn(4300, 2700)
    assert canvas.mapToScene(canvas.viewport().rect().center()).x() == pytest.approx(4300, abs=2)
    centre = canvas.viewport().rect().center()
    grabbed = canvas.viewport().grab().toImage()
    red = grabbed.pixelColor(QPoint(centre.x(), centre.y()))
    assert red.red() > 200 and red.green() < 60, "the full-resolution pixels are on screen"


def test_a_bad_file_fails_the_pane_with_its_message(qtbot, pane: ImagePane, store: AssetStore,
                                                    tmp_path: Path) -> None:
    task = make_task(store, _bad_file("truncated", tmp_path), "image_classification",
                     size=(800, 600), filename="images/cut.jpg")
    with qtbot.waitSignal(pane.failed, timeout=LOAD_TIMEOUT) as failed:
        open_task(qtbot, pane, task, store, {"kind": "image_classification", "labels": []},
                  wait=False)
    assert failed.args[0] == "cut.jpg is truncated (the file ends early)"
    assert pane.problems(pane.body()) == ["The image cannot be shown, so it cannot be labeled"]


def test_closing_the_pane_during_a_decode_is_harmless(qtbot, app: QApplication,
                                                      store: AssetStore, tmp_path: Path) -> None:
    from datafi_desktop.ui.worker import background_pool

    path = tmp_path / "slow.jpg"
    Image.effect_noise((3000, 2000), 60).convert("RGB").save(path, quality=95)
    task = make_task(store, path, "bounding_boxes")
    pane = ImagePane(QUndoStack())
    pane.resize(800, 600)
    pane.show()
    open_task(qtbot, pane, task, store, {"kind": "bounding_boxes", "boxes": []}, wait=False)
    assert pane.canvas.loader.busy
    pane.close()
    pane.deleteLater()
    qtbot.wait(1)
    del pane
    assert background_pool().waitForDone(20_000)
    qtbot.wait(50)  # the result is delivered to no one, without an error


def test_a_task_size_that_does_not_match_the_file_is_reported(qtbot, pane: ImagePane,
                                                              store: AssetStore,
                                                              tmp_path: Path) -> None:
    image = scene_image(tmp_path / "wide.png", (400, 300))
    task = make_task(store, image, "bounding_boxes", size=(300, 400))  # swapped by mistake
    with qtbot.waitSignal(pane.message, timeout=LOAD_TIMEOUT) as said:
        open_task(qtbot, pane, task, store, {"kind": "bounding_boxes", "boxes": []}, wait=False)
    assert said.args[0].startswith("The image is 400×300 pixels but the task says 300×400")
    assert pane.canvas.image_size == (300, 400), "the shapes keep the task's coordinates"
