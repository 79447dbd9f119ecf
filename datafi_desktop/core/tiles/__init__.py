"""Images of any size in bounded memory: tiles at the zoom level the view needs.

A :class:`~.tiff.TiledImage` reads 512-pixel tiles of one resolution level of a
tiled (Big)TIFF without decoding the rest of the file. Files that are not tiled
TIFFs with resolution levels — a 50-megapixel JPEG, a strip TIFF, a 40,000-pixel
scan without an overview — get a pyramid built once (:mod:`.pyramid`) into the
profile's cache and are read from it from then on. Nothing here imports Qt; the
image pane draws the tiles (``ui/panes/image/tiles.py``).

>>> import tempfile, pathlib
>>> from PIL import Image
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> Image.new("RGB", (3000, 2000), "teal").save(folder / "big.jpg")
>>> with open_tiled(folder / "big.jpg", cache_dir=folder / "tiles") as image:
...     image.full_size, [lv.size for lv in image.levels][:3]
((3000, 2000), [(3000, 2000), (1500, 1000), (750, 500)])
"""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from ..images import DecodedImage, load_image
from ..tile_policy import TILED_ABOVE_PIXELS, is_tiff, needs_tiles
from .pyramid import build_pyramid, pyramid_path
from .tiff import TILE, Level, Tile, TiledImage, TileError

__all__ = [
    "TILE",
    "TILED_ABOVE_PIXELS",
    "Level",
    "Tile",
    "TileError",
    "TiledImage",
    "build_pyramid",
    "is_tiff",
    "load_overview",
    "needs_tiles",
    "open_tiled",
    "pyramid_path",
    "set_tiles_cache_dir",
    "tiles_cache_dir",
]

_cache_dir: Path | None = None


def set_tiles_cache_dir(path: Path) -> None:
    """Where pyramids are kept (the app uses the profile's ``tiles`` folder)."""
    global _cache_dir
    _cache_dir = Path(path)


def tiles_cache_dir() -> Path:
    if _cache_dir is not None:
        return _cache_dir
    from platformdirs import user_cache_path

    return Path(os.environ.get("DATAFI_TILES_CACHE") or user_cache_path("datafi-desktop")
                ) / "tiles"


def load_overview(path: Path, max_side: int | None, *, cache_dir: Path | None = None
                  ) -> DecodedImage:
    """The whole image at most ``max_side`` on its long side, as ``images.load_image``
    gives it — for a TIFF from its smallest level that is large enough (its pyramid is
    built first if it has none), so a 40,000-pixel scan needs a few megabytes."""
    path = Path(path)
    if not is_tiff(path):
        return load_image(path, max_side)
    with open_tiled(path, cache_dir=cache_dir or tiles_cache_dir()) as image:
        full = image.full_size
        wanted = 1.0 if max_side is None else min(1.0, max_side / max(full))
        level = image.level_for(wanted)
        width, height = level.size
        if width * height > 64_000_000:
            raise TileError(f"{image.name}: asked to decode {width}×{height} pixels at once")
        pixels = image.read_region(level.index, 0, 0, width, height)
    im = Image.fromarray(pixels)
    target = (max(1, round(full[0] * wanted)), max(1, round(full[1] * wanted)))
    if im.size != target:
        im = im.resize(target, Image.Resampling.LANCZOS)
    return DecodedImage(mode=im.mode, size=im.size, full_size=full, data=im.tobytes(),
                        scale=im.width / full[0])



def open_tiled(path: Path, *, cache_dir: Path | None = None, page: int = 0,
               isolate: bool = False) -> TiledImage:
    """Open ``path`` for tiled reading, building its pyramid in ``cache_dir`` first
    when the file has none (once; later opens reuse it). With ``isolate`` the build
    runs in a child process, so decoding a whole photo (150 MB for 50 megapixels)
    never raises this process's memory."""
    direct = TiledImage.open_if_pyramidal(Path(path), page=page)
    if direct is not None:
        return direct
    folder = Path(cache_dir or tiles_cache_dir())
    if isolate and not (pyramid_path(Path(path), folder, page) / "manifest.json").is_file():
        built = _build_in_child(Path(path), folder, page)
    else:
        built = build_pyramid(Path(path), cache_dir=folder, page=page)
    return TiledImage.open(built, source_name=Path(path).name)


def _build_in_child(path: Path, cache_dir: Path, page: int) -> Path:
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        result = pool.apply(_build_child, (str(path), str(cache_dir), page))
    if isinstance(result, str) and result.startswith("error:"):
        raise TileError(result[len("error:"):])
    return Path(result)


def _build_child(path: str, cache_dir: str, page: int) -> str:
    """The child's side of :func:`_build_in_child`: the pyramid folder, or the error."""
    from ..errors import DataFiError

    try:
        return str(build_pyramid(Path(path), cache_dir=Path(cache_dir), page=page))
    except DataFiError as exc:
        return f"error:{exc}"
