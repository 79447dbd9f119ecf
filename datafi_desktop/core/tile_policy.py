"""When an image is read tile by tile (``core.tiles``), decided without importing it.

``core.tiles`` loads numpy and tifffile; the image pane asks this module first, so
an ordinary photo never loads either.
"""

from __future__ import annotations

from pathlib import Path

#: Photos above this many pixels are shown from tiles when zoomed in, instead of
#: decoding the whole file (a 24-megapixel photo decoded whole peaked at 435 MiB
#: resident at 100 %, from tiles at 160 MiB, and its tiles came in 56 ms instead of
#: 313 ms; ``benchmarks/bench_image_pane.py``, 2026-12-05).
TILED_ABOVE_PIXELS = 16_000_000
_TIFF_MAGIC = (b"II*\0", b"MM\0*", b"II+\0", b"MM\0+")


def is_tiff(path: Path) -> bool:
    """Whether ``path`` starts like a TIFF or BigTIFF file (False if unreadable)."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(4)
    except OSError:
        return False
    return head in _TIFF_MAGIC


def needs_tiles(path: Path, full_size: tuple[int, int]) -> bool:
    """Whether zooming into this image reads tiles rather than decoding it whole.

    >>> needs_tiles(Path("/nonexistent.jpg"), (6000, 4000))
    True
    >>> needs_tiles(Path("/nonexistent.jpg"), (4000, 3000))
    False
    """
    return full_size[0] * full_size[1] > TILED_ABOVE_PIXELS or is_tiff(path)
