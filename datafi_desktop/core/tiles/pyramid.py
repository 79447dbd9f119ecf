"""Building a pyramid for an image that has none, once, into the profile's cache.

The pyramid of ``photo.jpg`` is a folder ``<key>/`` under the cache directory:
``L0.tif`` (the full resolution as 512-pixel tiles; for a TIFF source, the source
itself is level 0 and is read in place), ``L1.tif`` at half size, and so on down
to an overview whose long side is at most 1,024 pixels, plus ``manifest.json``.
The key hashes the file's path, size, modification time and page, so an edited
file gets a new pyramid. The folder is built under a temporary name and renamed
when complete: a half-built pyramid is never read, and a killed build is redone.

Memory while building: a Pillow-decoded source is held once (its width × height
× 3 bytes: 150 MB for 50 megapixels, at most 600 MB at the 200-megapixel limit of
:mod:`..images`); every level after it is made from 2×2 tiles of the level above,
so a TIFF source of any size needs a few megabytes.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import tifffile

from ..errors import ImageDecodeError
from ..images import load_image
from ..tile_policy import is_tiff
from .pixels import Array, halve
from .tiff import OVERVIEW_SIDE, TILE, TiledImage, _Source

#: bump when the layout of a pyramid folder changes
PYRAMID_FORMAT = 1
Region = Callable[[int, int, int, int], Array]


def pyramid_path(path: Path, cache_dir: Path, page: int = 0) -> Path:
    """Where the pyramid of ``path`` (page ``page``) lives in ``cache_dir``."""
    stat = path.stat()
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{page}|{PYRAMID_FORMAT}"
    return cache_dir / hashlib.sha256(key.encode()).hexdigest()[:32]


def build_pyramid(path: Path, *, cache_dir: Path, page: int = 0,
                  progress: Callable[[float], None] | None = None) -> Path:
    """The pyramid folder of ``path``, built first if it is not in ``cache_dir`` yet."""
    try:
        target = pyramid_path(path, cache_dir, page)
    except FileNotFoundError:
        raise ImageDecodeError(f"{path.name} does not exist") from None
    if (target / "manifest.json").is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    work = cache_dir / f".building-{uuid.uuid4().hex}"
    work.mkdir()
    try:
        _build(path, work, page, progress or (lambda _f: None))
        try:
            work.rename(target)
        except OSError:  # another process finished the same pyramid first
            if not (target / "manifest.json").is_file():
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def _build(path: Path, work: Path, page: int, progress: Callable[[float], None]) -> None:
    manifest: dict[str, object] = {"format": PYRAMID_FORMAT, "name": path.name}
    if is_tiff(path):
        source = TiledImage.open(path, page=page)
        try:
            size = source.full_size
            manifest["source"] = {"path": str(path.resolve()), "page": page}
            manifest["pages"] = source.page_count
            levels = _write_levels(work, 1, size, lambda x, y, w, h: source.read_region(
                0, x, y, w, h, fill_missing=True), progress)
            manifest["missing_segments"] = source.missing_segments(0)
        finally:
            source.close()
    else:
        decoded = load_image(path)  # upright, 8-bit RGB(A); refuses bombs
        pixels = np.frombuffer(decoded.data, dtype=np.uint8).reshape(
            decoded.height, decoded.width, decoded.channels)
        size = decoded.size
        _write_tiff(work / "L0.tif", size, pixels.shape[2],
                    _tiles_of(lambda x, y, w, h: pixels[y:y + h, x:x + w], size))
        del decoded
        levels = _write_levels(work, 1, size, lambda x, y, w, h: pixels[y:y + h, x:x + w],
                               progress)
        del pixels
    manifest["levels"] = levels
    (work / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def _write_levels(work: Path, first: int, size: tuple[int, int], region: Region,
                  progress: Callable[[float], None]) -> int:
    """Write levels ``first``, ``first + 1``, … each from the one above; the count of
    levels in all (level 0 included)."""
    level = first
    above = region
    above_size = size
    opened: list[tifffile.TiffFile] = []
    try:
        return _levels_loop(work, level, size, above, above_size, progress, opened)
    finally:
        for tif in opened:
            tif.close()


def _levels_loop(work: Path, level: int, size: tuple[int, int], above: Region,
                 above_size: tuple[int, int], progress: Callable[[float], None],
                 opened: list[tifffile.TiffFile]) -> int:
    while max(above_size) > OVERVIEW_SIDE:
        next_size = (math.ceil(above_size[0] / 2), math.ceil(above_size[1] / 2))
        channels = above(0, 0, 1, 1).shape[2]
        file = work / f"L{level}.tif"
        _write_tiff(file, next_size, channels, _halved_tiles(above, above_size, next_size))
        progress(min(1.0, level / max(1, math.log2(max(size) / OVERVIEW_SIDE))))
        tif = tifffile.TiffFile(file)
        opened.append(tif)
        above = _file_region(tif)
        above_size = next_size
        level += 1
    return level


def _file_region(tif: tifffile.TiffFile) -> Region:
    return _Source(tif, tif.pages[0], threading.Lock(), "pyramid level").region


def _tiles_of(region: Region, size: tuple[int, int]) -> Iterator[Array]:
    width, height = size
    for y in range(0, height, TILE):
        for x in range(0, width, TILE):
            yield _pad(region(x, y, min(TILE, width - x), min(TILE, height - y)))


def _halved_tiles(above: Region, above_size: tuple[int, int], size: tuple[int, int]
                  ) -> Iterator[Array]:
    width, height = size
    for y in range(0, height, TILE):
        for x in range(0, width, TILE):
            ax, ay = 2 * x, 2 * y
            block = above(ax, ay, min(2 * TILE, above_size[0] - ax),
                          min(2 * TILE, above_size[1] - ay))
            yield _pad(halve(block))


def _pad(tile: Array) -> Array:
    h, w = tile.shape[:2]
    if (h, w) == (TILE, TILE):
        return np.ascontiguousarray(tile)
    out = np.zeros((TILE, TILE, tile.shape[2]), dtype=np.uint8)
    out[:h, :w] = tile
    return out


def _write_tiff(file: Path, size: tuple[int, int], channels: int, tiles: Iterator[Array]
                ) -> None:
    width, height = size
    big = width * height * channels > 2**31
    with tifffile.TiffWriter(file, bigtiff=big) as writer:
        writer.write(tiles, shape=(height, width, channels), dtype=np.uint8,
                     tile=(TILE, TILE), photometric="rgb",
                     extrasamples=("unassalpha",) if channels == 4 else None,
                     compression="zlib", compressionargs={"level": 1})
    with file.open("rb") as fh:
        os.fsync(fh.fileno())
