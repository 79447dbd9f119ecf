"""From decoded pixels to Qt images, decoded on a worker thread.

:func:`to_qimage` wraps a :class:`~datafi_desktop.core.images.DecodedImage` in a
``QImage`` that owns its buffer. :class:`ImageLoader` decodes files on the
thread pool (Pillow releases the GIL while decoding) and reports back on the UI
thread with :attr:`ImageLoader.loaded` or :attr:`ImageLoader.failed`; a newer
request for the same consumer makes the older one stale, so a user scrolling
through the queue never sees an old image arrive late.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from ..core.errors import DataFiError
from ..core.images import DecodedImage, load_image
from ..core.previews import PreviewCache
from ..core.tile_policy import is_tiff
from .worker import Job, run_in_background

log = logging.getLogger(__name__)

#: Long side of the pixmaps a preview decodes to (the view fits them anyway).
PREVIEW_MAX_SIDE = 2048


def to_qimage(decoded: DecodedImage) -> QImage:
    """A QImage (RGB888 or RGBA8888) holding its own copy of the pixels."""
    fmt = QImage.Format.Format_RGBA8888 if decoded.mode == "RGBA" else QImage.Format.Format_RGB888
    view = QImage(decoded.data, decoded.width, decoded.height, decoded.bytes_per_line, fmt)
    return view.copy()


def to_pixmap(decoded: DecodedImage) -> QPixmap:
    """UI thread only (QPixmap lives in the window system)."""
    return QPixmap.fromImage(to_qimage(decoded))


@dataclass(frozen=True)
class LoadedImage:
    key: object
    image: QImage
    full_size: tuple[int, int]
    scale: float

    def pixmap(self) -> QPixmap:
        return QPixmap.fromImage(self.image)


class PreviewWriter:
    """Makes previews after the picture is shown, one at a time on its own thread, at
    most :attr:`MAX_PENDING` waiting (a user flipping through a hundred photos does not
    queue a hundred decodes; a photo skipped here gets its preview on its next open)."""

    MAX_PENDING = 4

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._pending = 0

    def submit(self, job: Callable[[], None]) -> bool:
        with self._lock:
            if self._pending >= self.MAX_PENDING:
                return False
            self._pending += 1
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="previews")
            pool = self._pool
        pool.submit(self._run, job)
        return True

    def _run(self, job: Callable[[], None]) -> None:
        try:
            job()
        except Exception:  # a preview is an optimisation: never a crash
            log.exception("making a preview failed")
        finally:
            with self._lock:
                self._pending -= 1

    def wait(self) -> None:
        """Until every submitted preview is written (tests and shutdown)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)


#: the app's one preview writer
PREVIEWS = PreviewWriter()


def decode_to_qimage(path: Path, max_side: int | None, preview_dir: Path | None = None
                     ) -> tuple[QImage, tuple[int, int], float]:
    """Worker-thread part: Pillow decode then QImage conversion (both thread-safe). A
    TIFF is read from its smallest level that is large enough (any size, 16-bit,
    tiled or not; ``core.tiles``). With ``preview_dir`` another photo's screen-size
    decode comes from (or goes to) the preview cache (``core.previews``): a large
    photo opened again shows at once; a JPEG's first preview is written by
    :data:`PREVIEWS` once the picture is ready."""
    later: list[Callable[[], None]] = []
    if is_tiff(path):
        from ..core.tiles import load_overview  # numpy and tifffile, for TIFFs only

        decoded = load_overview(path, max_side)
    elif preview_dir is not None and max_side is not None:
        decoded = PreviewCache(preview_dir).load(path, max_side, later.append)
    else:
        decoded = load_image(path, max_side)
    image = to_qimage(decoded)
    for job in later:
        PREVIEWS.submit(job)
    return image, decoded.full_size, decoded.scale


class ImageLoader(QObject):
    """Decodes one image at a time for one view; the newest request wins."""

    loaded = Signal(object)  # LoadedImage
    failed = Signal(object, str)  # key, message for the user

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._job: Job | None = None
        self._key: object = None

    @property
    def busy(self) -> bool:
        return self._job is not None and not self._job.finished

    def request(self, key: object, path: Path, max_side: int | None = PREVIEW_MAX_SIDE, *,
                preview_dir: Path | None = None) -> None:
        self.cancel()
        self._key = key

        def done(result: tuple[QImage, tuple[int, int], float]) -> None:
            image, full_size, scale = result
            self._job = None
            self.loaded.emit(LoadedImage(key, image, full_size, scale))

        def error(exc: BaseException) -> None:
            self._job = None
            if isinstance(exc, DataFiError):
                message = str(exc)
            else:
                log.exception("image decode failed", exc_info=exc)
                message = f"{path.name} could not be shown ({type(exc).__name__})"
            self.failed.emit(key, message)

        self._job = run_in_background(lambda: decode_to_qimage(path, max_side, preview_dir),
                                      done, error, self._pool)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
