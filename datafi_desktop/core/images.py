"""Decoding images safely: EXIF orientation, fast downscale, no crash on bad files.

Every image the app shows goes through :func:`load_image`. It never raises
anything but :class:`~datafi_desktop.core.errors.ImageDecodeError` for a bad
file (empty, not an image, truncated, corrupt, a decompression bomb), so a pane
can show the message instead of crashing. Nothing here imports Qt: the UI turns
a :class:`DecodedImage` into a ``QImage`` off the UI thread.

Sizes are ``(width, height)``. ``full_size`` is the size after the EXIF
orientation is applied and before any downscale, which is the coordinate space
annotations use; ``size`` is what ``data`` holds; ``scale = size / full_size``.

>>> import tempfile, pathlib
>>> from PIL import Image
>>> path = pathlib.Path(tempfile.mkdtemp()) / "red.png"
>>> Image.new("RGB", (400, 100), "red").save(path)
>>> img = load_image(path, max_side=200)
>>> img.size, img.full_size, img.scale, img.mode
((200, 50), (400, 100), 0.5, 'RGB')
"""

from __future__ import annotations

import os
import struct
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from .errors import ImageDecodeError

#: Largest image (pixels, after nothing is decoded yet) the app agrees to decode:
#: 200 megapixels, beyond any camera the app targets. Larger files are treated as
#: decompression bombs. Pillow's own guard is set to the same value.
MAX_IMAGE_PIXELS = 200_000_000
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
# A truncated file is an error, never a half-grey picture shown as if it were whole.
ImageFile.LOAD_TRUNCATED_IMAGES = False

#: How much larger than the target a JPEG is at least decoded before the final
#: resampling. libjpeg's reduced-scale decode (1/2, 1/4, 1/8) scales in the DCT domain,
#: a proper downscale, so the smallest scale at or above the target is enough; asking
#: for twice the target decoded a 24 MP photo whole for a 2048-px view (issue 16: 3×
#: the time, the same picture within a few levels).
DRAFT_OVERSAMPLE = 1
#: EXIF orientations that swap width and height (transpose, rotate 90/270, transverse).
_SWAPPING_ORIENTATIONS = frozenset({5, 6, 7, 8})
_EXIF_ORIENTATION_TAG = 0x0112
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError,
                  struct.error, zlib.error)


@dataclass(frozen=True)
class DecodedImage:
    """Pixels ready to display: 8-bit RGB or RGBA rows, tightly packed."""

    mode: str
    size: tuple[int, int]
    full_size: tuple[int, int]
    data: bytes
    scale: float

    @property
    def width(self) -> int:
        return self.size[0]

    @property
    def height(self) -> int:
        return self.size[1]

    @property
    def channels(self) -> int:
        return len(self.mode)

    @property
    def bytes_per_line(self) -> int:
        return self.size[0] * self.channels


def image_size(path: str | os.PathLike[str]) -> tuple[int, int]:
    """The displayed size (after EXIF orientation) read from the header only."""
    source = Path(path)
    _check_file(source)
    with _guarded(source), Image.open(source) as im:
        _check_pixels(source, im.size)
        size = _oriented_size(im)
    return size


def load_image(path: str | os.PathLike[str], max_side: int | None = None) -> DecodedImage:
    """Decode ``path`` into RGB/RGBA bytes, upright, at most ``max_side`` on its long side.

    JPEGs are decoded at a reduced scale by libjpeg itself (``Image.draft``) when
    ``max_side`` is much smaller than the image, which makes a 50-megapixel photo
    cheap to preview. Raises :class:`ImageDecodeError` for anything that is not a
    whole, sane image.
    """
    if max_side is not None and max_side < 1:
        raise ValueError("max_side must be positive")
    source = Path(path)
    _check_file(source)
    with _guarded(source), Image.open(source) as opened:
        _check_pixels(source, opened.size)
        full_size = _oriented_size(opened)
        target = full_size if max_side is None else _fit(full_size, max_side)
        if target != full_size and opened.format == "JPEG":
            # libjpeg decodes at 1/2, 1/4 or 1/8 scale: the smallest at or above the target
            wanted = (target[0] * DRAFT_OVERSAMPLE, target[1] * DRAFT_OVERSAMPLE)
            stored = wanted if full_size == opened.size else (wanted[1], wanted[0])
            opened.draft("L" if opened.mode == "L" else "RGB", stored)
        opened.load()
        im: Image.Image = ImageOps.exif_transpose(opened) or opened
        im = _to_display_mode(im)
        if im.size != target:
            im = im.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
        data = im.tobytes()
        size = (im.width, im.height)
    return DecodedImage(
        mode=im.mode, size=size, full_size=full_size, data=data, scale=size[0] / full_size[0]
    )


# --- internals ------------------------------------------------------------------------


@contextmanager
def _guarded(path: Path) -> Iterator[None]:
    """Turn every way Pillow can fail on a bad file into one ImageDecodeError."""
    name = path.name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    except ImageDecodeError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageDecodeError(
            f"{name} is too large to open safely (over {MAX_IMAGE_PIXELS // 1_000_000} "
            "megapixels; it may be a decompression bomb)"
        ) from None
    except UnidentifiedImageError:
        raise ImageDecodeError(f"{name} is not an image (unknown or unsupported format)"
                               ) from None
    except MemoryError:
        raise ImageDecodeError(f"{name} is too large to decode in the memory available"
                               ) from None
    except _DECODE_ERRORS as exc:
        text = str(exc)
        if "truncated" in text.lower() or isinstance(exc, EOFError):
            raise ImageDecodeError(f"{name} is truncated (the file ends early)") from None
        raise ImageDecodeError(f"{name} is corrupt ({text or type(exc).__name__})") from None


def _check_file(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImageDecodeError(f"{path.name} does not exist") from None
    except OSError as exc:
        raise ImageDecodeError(f"{path.name} cannot be read ({exc.strerror})") from None
    if not path.is_file():
        raise ImageDecodeError(f"{path.name} is not a file")
    if size == 0:
        raise ImageDecodeError(f"{path.name} is empty (0 bytes), not an image")


def _check_pixels(path: Path, size: tuple[int, int]) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise ImageDecodeError(f"{path.name} has no pixels ({width}×{height})")
    if width * height > MAX_IMAGE_PIXELS:
        raise ImageDecodeError(
            f"{path.name} is too large to open safely ({width}×{height} pixels, over "
            f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels; it may be a decompression bomb)"
        )


def _oriented_size(im: Image.Image) -> tuple[int, int]:
    try:
        orientation = im.getexif().get(_EXIF_ORIENTATION_TAG, 1)
    except _DECODE_ERRORS:
        orientation = 1  # an unreadable EXIF block does not make the pixels unreadable
    width, height = im.size
    return (height, width) if orientation in _SWAPPING_ORIENTATIONS else (width, height)


def _fit(size: tuple[int, int], max_side: int) -> tuple[int, int]:
    width, height = size
    longest = max(width, height)
    if longest <= max_side:
        return size
    ratio = max_side / longest
    return max(1, round(width * ratio)), max(1, round(height * ratio))


def _to_display_mode(im: Image.Image) -> Image.Image:
    mode = im.mode
    if mode in ("RGB", "RGBA"):
        return im
    if mode.startswith("I;16") or mode in ("I", "F"):
        # 16-bit and float greys: scale to 8 bits rather than clip
        return im.convert("I").point(lambda v: v * (1 / 256)).convert("L").convert("RGB")
    has_alpha = mode in ("LA", "La", "PA", "RGBa") or (
        mode == "P" and "transparency" in im.info
    )
    return im.convert("RGBA" if has_alpha else "RGB")
