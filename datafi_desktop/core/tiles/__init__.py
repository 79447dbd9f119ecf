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

from pathlib import Path

from .pyramid import build_pyramid, pyramid_path
from .tiff import TILE, Level, Tile, TiledImage, TileError

__all__ = ["TILE", "Level", "Tile", "TileError", "TiledImage", "build_pyramid", "open_tiled",
           "pyramid_path"]


def open_tiled(path: Path, *, cache_dir: Path, page: int = 0) -> TiledImage:
    """Open ``path`` for tiled reading, building its pyramid in ``cache_dir`` first
    when the file has none (once; later opens reuse it)."""
    direct = TiledImage.open_if_pyramidal(Path(path), page=page)
    if direct is not None:
        return direct
    built = build_pyramid(Path(path), cache_dir=Path(cache_dir), page=page)
    return TiledImage.open(built, source_name=Path(path).name)
