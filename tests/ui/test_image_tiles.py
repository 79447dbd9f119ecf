"""Zooming into images larger than a screen reads tiles (issue 16): the pane shows
a TIFF of any size (40,000 × 40,000 included, over Qt's 32,767-pixel limit) from
its levels, draws the tiles the zoom needs — equal to the reference pixels —
keeps the decoded tiles within their budget, draws a corrupt tile as missing
while the rest stays usable, and boxes stay in image pixels at every zoom."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import tifffile
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.cache import AssetStore
from datafi_desktop.core.tiles import TILE, set_tiles_cache_dir
from datafi_desktop.ui.panes.image.tiles import CACHE_BYTES, tile_debug_state
from datafi_desktop.ui.panes.image_pane import ImagePane

from .image_support import LOAD_TIMEOUT, make_pane, make_task, open_task


@pytest.fixture
def store(tmp_path: Path) -> AssetStore:
    set_tiles_cache_dir(tmp_path / "tiles")
    return AssetStore(tmp_path / "assets")


@pytest.fixture
def pane(qtbot, app: QApplication) -> ImagePane:
    return make_pane(qtbot)


def checker(width: int, height: int) -> np.ndarray:
    """Blue and yellow 64-pixel squares with a red 300 × 300 block at (4000, 2500)."""
    y, x = np.mgrid[0:height, 0:width]
    light = ((x // 64) + (y // 64)) % 2 == 0
    out = np.where(light[:, :, None], np.array([240, 220, 40], np.uint8),
                   np.array([30, 60, 200], np.uint8)).astype(np.uint8)
    out[2500:2800, 4000:4300] = (220, 20, 20)
    return out


def settle_tiles(qtbot, pane: ImagePane) -> None:
    canvas = pane.canvas
    canvas.viewport().repaint()
    qtbot.waitUntil(lambda: canvas.tiles.ready, timeout=LOAD_TIMEOUT)
    for _ in range(40):  # paint, fetch, paint again until nothing is missing
        canvas.viewport().repaint()
        qtbot.wait(50)
        state = tile_debug_state(canvas.tiles)
        if state["pending"] == 0 and state["cached"] and not canvas.tiles._wanted:
            return
    raise AssertionError(f"tiles did not settle: {tile_debug_state(canvas.tiles)}")


def screen_pixel(pane: ImagePane, x: float, y: float) -> tuple[int, int, int]:
    canvas = pane.canvas
    point = canvas.mapFromScene(x, y)
    grabbed = canvas.viewport().grab().toImage()
    ratio = grabbed.devicePixelRatio()
    color = grabbed.pixelColor(QPoint(int(point.x() * ratio), int(point.y() * ratio)))
    return color.red(), color.green(), color.blue()


def test_a_tiff_zoomed_to_100_percent_shows_exact_tiles(qtbot, pane: ImagePane,
                                                        store: AssetStore,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "survey.tif"
    reference = checker(6000, 4000)
    tifffile.imwrite(path, reference, tile=(256, 256), photometric="rgb", compression="zlib")
    task = make_task(store, path, "bounding_boxes", size=(6000, 4000))
    open_task(qtbot, pane, task, store, {"kind": "bounding_boxes", "boxes": [
        {"label": "car", "x": 100, "y": 2500, "w": 300, "h": 300}]})
    canvas = pane.canvas
    assert canvas.state == "ready", canvas.error
    first = canvas.pixmap_item.pixmap()
    assert max(first.width(), first.height()) <= canvas.screen_side()
    canvas.zoom_actual()
    canvas.centerOn(4150, 2650)
    settle_tiles(qtbot, pane)
    assert screen_pixel(pane, 4150, 2650) == (220, 20, 20)
    # a checker square edge, exact at 100 %: the base pixmap alone would blur it
    for x, y in ((3968 + 10, 2560 + 10), (3968 + 70, 2560 + 10)):
        assert screen_pixel(pane, x, y) == tuple(int(v) for v in reference[y, x])
    assert canvas.layer.item(0).rect().right() == 400, "boxes stay in image pixels"
    assert tile_debug_state(canvas.tiles)["bytes"] <= CACHE_BYTES


@pytest.mark.slow
def test_a_40000_pixel_tiff_opens_fitted_and_reads_tiles_at_any_zoom(
        qtbot, pane: ImagePane, store: AssetStore, tmp_path: Path) -> None:
    path = tmp_path / "scan.tif"
    side = 40_000

    def tiles(w: int, h: int, shrink: int):
        for r in range((h + TILE - 1) // TILE):
            for c in range((w + TILE - 1) // TILE):
                value = ((c * shrink) * 7 + (r * shrink) * 3) % 256
                yield np.full((TILE, TILE), value, np.uint8)

    sizes = [(side, side)]
    while max(sizes[-1]) > 1000:
        sizes.append(((sizes[-1][0] + 1) // 2, (sizes[-1][1] + 1) // 2))
    with tifffile.TiffWriter(path, bigtiff=True) as tw:
        for k, (w, h) in enumerate(sizes):
            tw.write(tiles(w, h, 2 ** k), shape=(h, w), dtype=np.uint8, tile=(TILE, TILE),
                     compression="zlib", photometric="minisblack",
                     subifds=len(sizes) - 1 if k == 0 else None, subfiletype=1 if k else 0)
    task = make_task(store, path, "bounding_boxes", size=(side, side))
    open_task(qtbot, pane, task, store, {"kind": "bounding_boxes", "boxes": []})
    canvas = pane.canvas
    assert canvas.state == "ready", canvas.error
    assert canvas.image_size == (side, side)
    for zoom, (x, y) in ((1.0, (20_100, 20_100)), (0.25, (5_000, 33_000)), (2.0, (39_900, 10))):
        canvas.set_zoom(zoom)
        canvas.centerOn(x, y)
        settle_tiles(qtbot, pane)
        level = canvas.tiles.image.level_for(zoom)
        step = TILE / level.scale  # image pixels per tile of that level
        col, row = int(x // step), int(y // step)
        shrink = round(1 / level.scale)
        want = ((col * shrink) * 7 + (row * shrink) * 3) % 256
        got = screen_pixel(pane, (col + 0.5) * step, (row + 0.5) * step)
        assert got == (want, want, want), (zoom, got, want)
        assert tile_debug_state(canvas.tiles)["bytes"] <= CACHE_BYTES


def test_a_corrupt_tile_is_drawn_missing_and_the_rest_is_shown(qtbot, pane: ImagePane,
                                                               store: AssetStore,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "damaged.tif"
    reference = checker(6000, 4000)
    tifffile.imwrite(path, reference, tile=(512, 512), photometric="rgb", compression="zlib")
    with tifffile.TiffFile(path) as tif:
        cols = (6000 + 511) // 512
        bad = 5 * cols + 7  # the tile holding (3584..4096, 2560..3072)
        offset = tif.pages[0].dataoffsets[bad]
    raw = bytearray(path.read_bytes())
    raw[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(raw))
    task = make_task(store, path, "bounding_boxes", size=(6000, 4000))
    open_task(qtbot, pane, task, store, {"kind": "bounding_boxes", "boxes": []})
    canvas = pane.canvas
    assert canvas.state == "ready", canvas.error
    canvas.zoom_actual()
    canvas.centerOn(4096, 2700)
    settle_tiles(qtbot, pane)
    assert (5, 7) in {(k[1], k[2]) for k, v in canvas.tiles._cache.items() if v is None} or \
        (0, 7, 5) in canvas.tiles._cache
    assert canvas.tiles._cache[(0, 7, 5)] is None
    assert screen_pixel(pane, 4150, 2650) == (220, 20, 20), "the next tile is drawn"
