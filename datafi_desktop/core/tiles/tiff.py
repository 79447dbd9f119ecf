"""Reading tiles of tiled or striped (Big)TIFF pages, one resolution level at a time.

A :class:`TiledImage` is a list of levels, each one page of a TIFF file: the
levels of a pyramidal TIFF (SubIFDs or reduced-resolution pages), or the files of
a pyramid the app built (:mod:`.pyramid`). Reading a tile reads only the segments
(tiles or strips) that cover it. Reads may come from several threads: the file
position is guarded by a lock, decoding runs outside it. A segment that does not
decode is a :class:`TileError` for the tiles that need it; the rest stay usable.
"""

from __future__ import annotations

import json
import math
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
import tifffile

from ..errors import ImageDecodeError
from ..images import DecodedImage
from ..tile_policy import is_tiff
from .pixels import Array, display_scale, to_display

#: Tile side in pixels, at every level.
TILE = 512
#: Largest image (pixels) opened tile by tile: 20 gigapixels (a 141,000-pixel square).
MAX_TILED_PIXELS = 20_000_000_000
#: Largest segment (tile or strip) decoded at once: 64 megapixels.
MAX_SEGMENT_PIXELS = 64_000_000
#: What a corrupt segment becomes in a pyramid's coarser levels.
MISSING_GREY = 48
#: A pyramid goes down to a level whose long side is at most this.
OVERVIEW_SIDE = 1024
_PHOTOMETRIC_MINISWHITE = 0


class TileError(ImageDecodeError):
    """One tile cannot be read (a corrupt segment); the others may still be."""


@dataclass(frozen=True)
class Level:
    index: int
    size: tuple[int, int]
    #: level pixels per full-resolution pixel (1.0, 0.5, 0.25, …)
    scale: float

    @property
    def grid(self) -> tuple[int, int]:
        return math.ceil(self.size[0] / TILE), math.ceil(self.size[1] / TILE)


@dataclass(frozen=True)
class Tile:
    level: int
    col: int
    row: int
    #: where the tile lies in its level, ``(x, y, width, height)``
    rect: tuple[int, int, int, int]


class _Source:
    """One TIFF page, read by region."""

    def __init__(self, tif: tifffile.TiffFile, page: Any, lock: threading.Lock, name: str
                 ) -> None:
        self.tif = tif
        self.page = page
        self.lock = lock
        self.name = name
        shape = page.shape
        self.height, self.width = int(page.imagelength), int(page.imagewidth)
        if page.planarconfig == 2 and page.samplesperpixel > 1:
            raise ImageDecodeError(f"{name}: planar (separate-channel) TIFF is not supported")
        self.tiled = bool(page.is_tiled)
        self.seg_w = int(page.tilewidth) if self.tiled else self.width
        self.seg_h = int(page.tilelength) if self.tiled else int(page.rowsperstrip or 1)
        self.seg_h = min(self.seg_h, self.height)
        if self.seg_w * self.seg_h > MAX_SEGMENT_PIXELS:
            raise ImageDecodeError(
                f"{name}: one segment of {self.seg_w}×{self.seg_h} pixels is over "
                f"{MAX_SEGMENT_PIXELS // 1_000_000} megapixels; refusing to decode it")
        del shape
        bits = page.bitspersample if isinstance(page.bitspersample, int) else None
        max_tag = page.tags.get("MaxSampleValue")
        max_sample = None
        if max_tag is not None and page.dtype != np.uint8:
            value = max_tag.value
            max_sample = int(max(value) if isinstance(value, Sequence) else value)
        if bits in (8, 16, 32, 64):
            bits = None
        self.scale = display_scale(page.dtype, bits, max_sample)
        self.min_is_white = page.photometric == _PHOTOMETRIC_MINISWHITE
        samples = int(page.samplesperpixel)
        self.channels = 4 if samples in (2, 4) else 3
        #: segments found corrupt while building a pyramid with ``fill_missing``
        self.missing: set[int] = set()
        self._check_extent()

    def _check_extent(self) -> None:
        size = os.fstat(self.tif.filehandle.fileno()).st_size if _has_fileno(self.tif) else None
        if size is None:
            return
        ends = [o + n for o, n in zip(self.page.dataoffsets, self.page.databytecounts,
                                      strict=False)]
        if ends and max(ends) > size:
            raise ImageDecodeError(
                f"{self.name} claims image data up to byte {max(ends):,} but the file has "
                f"{size:,} bytes (truncated or corrupt)")

    def region(self, x: int, y: int, w: int, h: int, *, fill_missing: bool = False) -> Array:
        """Display pixels of ``(x, y, w, h)``. A corrupt segment raises TileError, or with
        ``fill_missing`` (building a pyramid) is left dark grey and counted in
        :attr:`missing`."""
        out: Array | None = None
        cols = math.ceil(self.width / self.seg_w)
        for sy in range(y // self.seg_h, (y + h - 1) // self.seg_h + 1):
            for sx in range(x // self.seg_w, (x + w - 1) // self.seg_w + 1):
                index = sy * cols + sx if self.tiled else sy
                try:
                    seg = self._segment(index)
                except TileError:
                    if not fill_missing:
                        raise
                    self.missing.add(index)
                    seg = np.full((self.seg_h, self.seg_w, out.shape[2] if out is not None
                                   else self.channels), MISSING_GREY, np.uint8)
                if out is None:
                    out = np.zeros((h, w, seg.shape[2]), dtype=np.uint8)
                x0, y0 = sx * self.seg_w, sy * self.seg_h
                ax, ay = max(x, x0), max(y, y0)
                bx = min(x + w, x0 + self.seg_w, self.width)
                by = min(y + h, y0 + self.seg_h, self.height)
                if bx <= ax or by <= ay:
                    continue
                part = seg[ay - y0:by - y0, ax - x0:bx - x0]
                if part.shape[2] != out.shape[2]:
                    raise TileError(f"{self.name}: segments disagree on their channels")
                out[ay - y:by - y, ax - x:bx - x] = part
        assert out is not None
        return out

    def _segment(self, index: int) -> Array:
        offsets, counts = self.page.dataoffsets, self.page.databytecounts
        if index >= len(offsets) or counts[index] == 0:
            raise TileError(f"{self.name}: segment {index} is missing")
        with self.lock:
            handle = self.tif.filehandle
            handle.seek(offsets[index])
            data = handle.read(counts[index])
        try:
            decoded, _where, _shape = self.page.decode(data, index,
                                                       jpegtables=self.page.jpegtables)
        except Exception as exc:  # codecs raise many kinds
            raise TileError(f"{self.name}: segment {index} is corrupt ({exc})") from None
        if decoded is None:
            raise TileError(f"{self.name}: segment {index} is empty")
        array = np.asarray(decoded)
        if array.ndim == 4:
            array = array[0]
        return to_display(array, self.scale, min_is_white=self.min_is_white)


def _has_fileno(tif: tifffile.TiffFile) -> bool:
    try:
        tif.filehandle.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True


class TiledImage:
    """An image read tile by tile, level by level. Use as a context manager."""

    def __init__(self, sources: list[_Source], files: list[tifffile.TiffFile], name: str,
                 page_count: int = 1) -> None:
        self._sources = sources
        self._files = files
        self.name = name
        self.page_count = page_count
        full = (sources[0].width, sources[0].height)
        if full[0] * full[1] > MAX_TILED_PIXELS:
            self.close()
            raise ImageDecodeError(
                f"{name} is too large to open ({full[0]}×{full[1]} pixels, over "
                f"{MAX_TILED_PIXELS / 1e9:g} gigapixels)")
        self.full_size = full
        self.levels = [Level(i, (s.width, s.height), s.width / full[0])
                       for i, s in enumerate(sources)]

    # --- opening ------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, source_name: str | None = None, page: int = 0) -> TiledImage:
        """A TIFF file (its levels, if it has them) or a pyramid folder built by
        :func:`~.pyramid.build_pyramid` (``L0.tif``, ``L1.tif``, …)."""
        name = source_name or path.name
        if path.is_dir():
            return cls._open_pyramid(path, name)
        tif = _open_tiff(path, name)
        try:
            pages, count = _level_pages(tif, page, name)
            lock = threading.Lock()
            sources = [_Source(tif, p, lock, name) for p in pages]
        except BaseException:
            tif.close()
            raise
        return cls(sources, [tif], name, count)

    @classmethod
    def _open_pyramid(cls, folder: Path, name: str) -> TiledImage:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        lock = threading.Lock()
        tifs: list[tifffile.TiffFile] = []
        sources: list[_Source] = []
        try:
            base = manifest.get("source")
            if base is not None:  # level 0 is the original file, read in place
                tif = _open_tiff(Path(base["path"]), name)
                tifs.append(tif)
                pages, _count = _level_pages(tif, int(base["page"]), name)
                sources.append(_Source(tif, pages[0], lock, name))
            for index in range(len(sources), int(manifest["levels"])):
                tif = _open_tiff(folder / f"L{index}.tif", name)
                tifs.append(tif)
                sources.append(_Source(tif, tif.pages[0], lock, name))
        except BaseException:
            for tif in tifs:
                tif.close()
            raise
        return cls(sources, tifs, name, int(manifest.get("pages", 1)))

    @classmethod
    def open_if_pyramidal(cls, path: Path, *, page: int = 0) -> TiledImage | None:
        """Open ``path`` directly when it is a tiled TIFF whose levels reach an overview
        (or that is small enough to need none); otherwise None."""
        if not is_tiff(path):
            return None
        image = cls.open(path, page=page)
        smallest = image.levels[-1].size
        tiled = all(s.tiled for s in image._sources)
        if tiled and max(smallest) <= OVERVIEW_SIDE * 2:
            return image
        image.close()
        return None

    # --- reading ------------------------------------------------------------------

    def level_for(self, scale: float) -> Level:
        """The coarsest level that still has at least ``scale`` pixels per image pixel."""
        for level in reversed(self.levels):
            if level.scale >= scale * 0.999:
                return level
        return self.levels[0]

    def tiles_in(self, level: Level, rect: tuple[float, float, float, float]) -> list[Tile]:
        """Tiles of ``level`` that cover ``rect`` = (x, y, w, h) in full-image pixels,
        centre first (so what the eye is on arrives first)."""
        x, y, w, h = rect
        cols, rows = level.grid
        c0 = max(0, int(x * level.scale) // TILE)
        r0 = max(0, int(y * level.scale) // TILE)
        c1 = min(cols - 1, math.ceil((x + w) * level.scale) // TILE)
        r1 = min(rows - 1, math.ceil((y + h) * level.scale) // TILE)
        cx, cy = (c0 + c1) / 2, (r0 + r1) / 2
        found = [self.tile(level.index, c, r) for r in range(r0, r1 + 1)
                 for c in range(c0, c1 + 1)]
        return sorted(found, key=lambda t: (t.col - cx) ** 2 + (t.row - cy) ** 2)

    def tile(self, level: int, col: int, row: int) -> Tile:
        lw, lh = self.levels[level].size
        x, y = col * TILE, row * TILE
        return Tile(level, col, row, (x, y, min(TILE, lw - x), min(TILE, lh - y)))

    def read(self, tile: Tile) -> DecodedImage:
        """The pixels of ``tile`` (RGB or RGBA); :class:`TileError` if it is corrupt."""
        x, y, w, h = tile.rect
        if w <= 0 or h <= 0:
            raise TileError(f"{self.name}: tile {tile.col},{tile.row} is outside level "
                            f"{tile.level}")
        pixels = self._sources[tile.level].region(x, y, w, h)
        mode = "RGBA" if pixels.shape[2] == 4 else "RGB"
        level = self.levels[tile.level]
        return DecodedImage(mode=mode, size=(w, h), full_size=self.full_size,
                            data=pixels.tobytes(), scale=level.scale)

    def read_region(self, level: int, x: int, y: int, w: int, h: int, *,
                    fill_missing: bool = False) -> Array:
        """Display pixels of a region of one level, as an ``(h, w, 3|4)`` array."""
        return self._sources[level].region(x, y, w, h, fill_missing=fill_missing)

    def missing_segments(self, level: int = 0) -> int:
        return len(self._sources[level].missing)

    def close(self) -> None:
        for tif in self._files:
            tif.close()
        self._files = []

    def __enter__(self) -> TiledImage:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _open_tiff(path: Path, name: str) -> tifffile.TiffFile:
    try:
        return tifffile.TiffFile(path)
    except FileNotFoundError:
        raise ImageDecodeError(f"{name} does not exist") from None
    except Exception as exc:  # tifffile raises many kinds on a bad header
        raise ImageDecodeError(f"{name} is not a readable TIFF ({exc})") from None


def _level_pages(tif: tifffile.TiffFile, page: int, name: str) -> tuple[list[Any], int]:
    """The pages of choice ``page``, full resolution first, and how many choices exist:
    each series of a multi-series file, or each page of a stack."""
    series = tif.series
    if not series:
        raise ImageDecodeError(f"{name} holds no image")
    choices: list[list[Any]] = []
    for s in series:
        if len(s.pages) == 1:
            choices.append([lv.keyframe for lv in s.levels])
        else:
            choices.extend([[p] for p in s.pages if p is not None])
    if not 0 <= page < len(choices):
        raise ImageDecodeError(f"{name} has {len(choices)} page(s); there is no page {page + 1}")
    pages = [p for p in choices[page] if p is not None]
    return pages, len(choices)
