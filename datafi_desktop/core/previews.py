"""Screen-size previews of large photos, kept on disk so a photo opened again shows at
once (a 48-megapixel PNG or TIFF takes seconds to decode; its 2048-pixel preview a few
milliseconds). No Qt.

A preview is made the first time a photo is decoded for the screen, only when that
decode was reduced (a photo already smaller than the screen needs none). It lives in
the profile's ``previews`` folder, named by a hash of the source file's path, size and
modification time and of the size asked for (rounded up to a step, so views of
slightly different sizes share one), and is written to a temporary file and linked in
place; the first one written stays (a second decode of the same photo, cancelled but
still running, never replaces the preview under a reader).
A preview that cannot be read is decoded again from the source and replaced; one that
cannot be written only costs the next open its time.

A JPEG is decoded by libjpeg at 1/2, 1/4 or 1/8 scale, so the screen-size decode of a
24 MP photo costs about half of the preview-size one. When the caller can run work
later (``defer``), a JPEG's first open decodes at the view's size only and hands the
making of its preview to ``defer``: the picture shows first, the preview is written
after (issue 16: a 24 MP photo opened in 0.3 s instead of 0.7 s at load).
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from .errors import ImageDecodeError
from .images import DecodedImage, image_size, load_image

log = logging.getLogger(__name__)

#: asked sizes are rounded up to a multiple of this (one preview serves them all)
SIDE_STEP = 1024
JPEG_QUALITY = 90


def preview_side(max_side: int) -> int:
    return max(SIDE_STEP, math.ceil(max_side / SIDE_STEP) * SIDE_STEP)


class PreviewCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path_for(self, source: Path, max_side: int) -> Path:
        stat = source.stat()
        key = f"{source.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0{preview_side(max_side)}"
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return self.directory / digest  # + ".jpg" (opaque) or ".png" (with alpha)

    def load(self, source: Path, max_side: int,
             defer: Callable[[Callable[[], None]], None] | None = None) -> DecodedImage:
        """``source`` decoded for a screen of ``max_side`` pixels: from its preview when
        there is one, else from the file (and the preview is kept for next time). The
        result's ``full_size`` and ``scale`` are those of the source. With ``defer``, a
        JPEG without a preview is decoded at ``max_side`` and its preview is made by the
        job given to ``defer`` (to be run after the picture is shown)."""
        try:
            cached = self.path_for(source, max_side)
        except OSError:
            return load_image(source, max_side)  # the source itself says what is wrong
        found = next((p for p in (cached.with_suffix(".jpg"), cached.with_suffix(".png"))
                      if p.exists()), None)
        if found is not None:
            try:
                full = image_size(source)
                shown = load_image(found, max_side)
                return DecodedImage(mode=shown.mode, size=shown.size, full_size=full,
                                    data=shown.data, scale=shown.size[0] / full[0])
            except (ImageDecodeError, OSError) as exc:
                log.warning("preview %s not used (%s): decoding the photo again",
                            found.name, exc)
                found.unlink(missing_ok=True)  # the new one takes its place
        if defer is not None and _is_jpeg(source):
            shown = load_image(source, max_side)
            if shown.scale < 1:
                defer(lambda: self.make(source, max_side))
            return shown
        decoded = load_image(source, preview_side(max_side))
        if decoded.scale < 1:
            self._write(cached, decoded)
        return _fit(decoded, max_side)

    def make(self, source: Path, max_side: int) -> None:
        """Write ``source``'s preview for ``max_side`` unless it is there already (the
        deferred half of :meth:`load`; a file that cannot be decoded any more is left
        to the next open to report)."""
        try:
            cached = self.path_for(source, max_side)
            if any(cached.with_suffix(s).exists() for s in (".jpg", ".png")):
                return
            decoded = load_image(source, preview_side(max_side))
        except (ImageDecodeError, OSError) as exc:
            log.warning("preview not made: %s", exc)
            return
        if decoded.scale < 1:
            self._write(cached, decoded)

    @staticmethod
    def _write(path: Path, decoded: DecodedImage) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            image = Image.frombytes(decoded.mode, decoded.size, decoded.data)
            opaque = image.mode in ("RGB", "L")
            final = path.with_suffix(".jpg" if opaque else ".png")
            fd, tmp = tempfile.mkstemp(prefix=".preview-", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    if opaque:
                        image.save(handle, "JPEG", quality=JPEG_QUALITY)
                    else:
                        image.save(handle, "PNG", compress_level=1)
                _keep_first(tmp, final)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except (OSError, ValueError) as exc:
            log.warning("preview not kept: %s", exc)


def _is_jpeg(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(3) == b"\xff\xd8\xff"
    except OSError:
        return False


def _keep_first(tmp: str, final: Path) -> None:
    """Move ``tmp`` to ``final`` unless a preview is there already: two decodes of one
    photo (one of them cancelled, still running) keep the first preview written, and a
    slow one never replaces it under a reader."""
    try:
        os.link(tmp, final)
    except FileExistsError:
        pass
    except OSError:  # a file system without hard links
        if not final.exists():
            os.replace(tmp, final)
            return
    Path(tmp).unlink(missing_ok=True)


def _fit(decoded: DecodedImage, max_side: int) -> DecodedImage:
    """``decoded`` with its long side at most ``max_side`` (the preview step may be more)."""
    if max(decoded.size) <= max_side:
        return decoded
    ratio = max_side / max(decoded.size)
    size = (max(1, round(decoded.size[0] * ratio)), max(1, round(decoded.size[1] * ratio)))
    image = Image.frombytes(decoded.mode, decoded.size, decoded.data).resize(
        size, Image.Resampling.LANCZOS)
    return DecodedImage(mode=decoded.mode, size=size, full_size=decoded.full_size,
                        data=image.tobytes(), scale=size[0] / decoded.full_size[0])
