"""Drawing a large image from tiles at the zoom level the view needs.

:class:`TileLayer` sits above the view's screen-sized pixmap and below the
shapes. When the zoom makes that pixmap coarse, the view activates the layer for
the file: the image is opened tile by tile (``core.tiles``; a photo without a
pyramid gets one built once, in the background), and each paint draws the tiles
of the level that matches the zoom over the exposed area, asking the thread pool
for the ones not decoded yet — centre first, a few at a time. Decoded tiles are
kept in a least-recently-used cache of :data:`CACHE_BYTES`, so memory stays
bounded at every zoom whatever the size of the image. A tile that cannot be read
is drawn as a hatched box; the rest of the image stays usable.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from ...imaging import to_qimage
from ...worker import Job, run_in_background

if TYPE_CHECKING:  # core.tiles loads numpy and tifffile: only when a large image is zoomed
    from ....core.tiles import Tile, TiledImage

log = logging.getLogger(__name__)

#: Decoded tiles kept (bytes): 96 tiles of 512 × 512 RGBA.
CACHE_BYTES = 96 * 512 * 512 * 4
#: Tiles decoded at the same time.
IN_FLIGHT = 3
TileKey = tuple[int, int, int]


def _decode(image: TiledImage, tile: Tile) -> QImage:
    """One tile as a QImage (in a worker thread)."""
    return to_qimage(image.read(tile))


class TileLayer(QGraphicsObject):
    """Tiles of one image over ``rect`` (the scene's image rectangle)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._rect = QRectF()
        self.image: TiledImage | None = None
        self.path: Path | None = None
        #: pixels per image pixel of the pixmap under this layer: tiles draw only above it
        self.base_scale = 0.0
        self.error = ""
        self._cache: OrderedDict[TileKey, QImage | None] = OrderedDict()
        self._bytes = 0
        self._pending: set[TileKey] = set()
        self._wanted: list[Tile] = []
        self._jobs: list[Job] = []
        self._generation = 0

    # --- life ---------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.path is not None

    @property
    def ready(self) -> bool:
        return self.image is not None

    def activate(self, path: Path, rect: QRectF, base_scale: float) -> None:
        """Open ``path`` for tiles in the background (once per image)."""
        self.base_scale = base_scale
        if self.path == path:
            return
        self.clear()
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        self.path = path
        generation = self._generation

        def opened(image: TiledImage) -> None:
            if generation != self._generation:
                image.close()
                return
            self.image = image
            self.update()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.error = str(exc)
                log.warning("tiles unavailable for %s: %s", path.name, exc)

        from ....core.tiles import open_tiled

        self._jobs.append(run_in_background(lambda: open_tiled(path, isolate=True), opened,
                                            failed))

    def clear(self) -> None:
        """Forget the image: pending tiles are dropped when they arrive."""
        self._generation += 1
        for job in self._jobs:
            job.cancel()
        self._jobs.clear()
        if self.image is not None:
            image, self.image = self.image, None
            image.close()
        self.path = None
        self.error = ""
        self._cache.clear()
        self._bytes = 0
        self._pending.clear()
        self._wanted = []
        self.update()

    @property
    def cached_bytes(self) -> int:
        return self._bytes

    # --- QGraphicsItem ------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        image = self.image
        if image is None or self._rect.isEmpty():
            return
        full_w = image.full_size[0]
        to_full = full_w / self._rect.width()
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        zoom = painter.worldTransform().m11() * ratio / to_full  # device px per image px
        level = image.level_for(zoom)
        if level.scale <= self.base_scale * 1.05:
            self._wanted = []
            return  # the pixmap below is as sharp as this level
        exposed = option.exposedRect.intersected(self._rect)
        area = (exposed.x() * to_full, exposed.y() * to_full,
                exposed.width() * to_full, exposed.height() * to_full)
        tiles = image.tiles_in(level, area)
        missing = []
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for tile in tiles:
            key = (tile.level, tile.col, tile.row)
            target = self._scene_rect(tile, level.scale, to_full)
            if key in self._cache:
                self._cache.move_to_end(key)
                picture = self._cache[key]
                if picture is None:
                    _draw_missing(painter, target)
                else:
                    painter.drawImage(target, picture)
            else:
                missing.append(tile)
        self._wanted = missing
        self._pump()

    # --- loading tiles ------------------------------------------------------------------

    def _scene_rect(self, tile: Tile, scale: float, to_full: float) -> QRectF:
        x, y, w, h = tile.rect
        factor = 1.0 / (scale * to_full)
        return QRectF(x * factor, y * factor, w * factor, h * factor)

    def _pump(self) -> None:
        image = self.image
        if image is None:
            return
        while len(self._pending) < IN_FLIGHT and self._wanted:
            tile = self._wanted.pop(0)
            key = (tile.level, tile.col, tile.row)
            if key in self._pending or key in self._cache:
                continue
            self._pending.add(key)
            self._jobs = [j for j in self._jobs if not j.finished]
            self._jobs.append(run_in_background(
                partial(_decode, image, tile),
                partial(self._arrived_picture, self._generation, key),
                partial(self._arrived_error, self._generation, key)))

    def _arrived_picture(self, generation: int, key: TileKey, picture: QImage) -> None:
        self._arrived(generation, key, picture)

    def _arrived_error(self, generation: int, key: TileKey, error: BaseException) -> None:
        self._arrived(generation, key, None, error)

    def _arrived(self, generation: int, key: TileKey, picture: QImage | None,
                 error: BaseException | None = None) -> None:
        if generation != self._generation:
            return
        self._pending.discard(key)
        if error is not None:
            log.warning("tile %s unreadable: %s", key, error)
        self._cache[key] = picture
        self._bytes += picture.sizeInBytes() if picture is not None else 0
        while self._bytes > CACHE_BYTES and len(self._cache) > 1:
            _old, dropped = self._cache.popitem(last=False)
            self._bytes -= dropped.sizeInBytes() if dropped is not None else 0
        self.update()  # repaints the exposed area: the new tile, and asks for the next
        self._pump()


def _draw_missing(painter: QPainter, target: QRectF) -> None:
    painter.save()
    painter.setPen(QPen(QColor("#C0392B"), 0))
    painter.setBrush(QBrush(QColor(192, 57, 43, 90), Qt.BrushStyle.BDiagPattern))
    painter.drawRect(target)
    painter.restore()


def tile_debug_state(layer: TileLayer) -> dict[str, Any]:
    """What the layer holds (tests and benchmarks)."""
    return {"cached": len(layer._cache), "bytes": layer._bytes,
            "pending": len(layer._pending), "ready": layer.ready}
