"""Progressive decoding: a screen-sized pixmap first, the full resolution on demand.

A 24-megapixel photo decoded whole takes long and ~100 MB; decoded at the size
of the view (libjpeg's reduced-scale decode, see ``core.images``) it is on
screen at once. When the user zooms in far enough that the screen-sized pixmap
becomes coarse, :meth:`ProgressiveLoader.request_full` decodes the whole image
in the background and :attr:`ProgressiveLoader.loaded` delivers it to be
swapped in. Both decodes run on the thread pool through
:class:`~datafi_desktop.ui.imaging.ImageLoader`; opening another image makes
every older result stale.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from ...imaging import ImageLoader, LoadedImage


def _key(key: object) -> tuple[int, bool]:
    """A request's key: (the open's generation, whether it is the full resolution)."""
    assert isinstance(key, tuple) and len(key) == 2
    return int(key[0]), bool(key[1])


class ProgressiveLoader(QObject):
    """Decodes one image at screen resolution, then at full resolution when asked."""

    #: (LoadedImage, is_full_resolution)
    loaded = Signal(object, bool)
    #: nothing could be shown: a message for the user naming the file and the problem
    failed = Signal(str)
    #: the full resolution failed (the screen-sized picture stays up)
    upgrade_failed = Signal(str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._screen = ImageLoader(self, pool)
        self._full = ImageLoader(self, pool)
        for loader in (self._screen, self._full):
            loader.loaded.connect(self._on_loaded)
            loader.failed.connect(self._on_failed)
        # a decode still running when the view goes away must deliver to no one
        loaders = (self._screen, self._full)

        def cancel_all(*_args: object) -> None:
            for each in loaders:
                each.cancel()

        self.destroyed.connect(cancel_all)
        self._generation = 0
        self._path: Path | None = None
        self._name = ""
        #: scale of the pixmap delivered last (decoded size / full size); 0 before any
        self.scale = 0.0
        self.full_size: tuple[int, int] | None = None
        self.full_requested = False
        #: where screen-size previews of large photos are kept (core.previews), if set
        self.preview_dir: Path | None = None

    @property
    def busy(self) -> bool:
        return self._screen.busy or self._full.busy

    @property
    def can_upgrade(self) -> bool:
        """A sharper pixmap exists: the one shown was decoded below full size."""
        return self._path is not None and 0 < self.scale < 1 and not self.full_requested

    def open(self, path: Path, max_side: int | None, display_name: str | None = None) -> None:
        """Start decoding ``path`` with its long side at most ``max_side`` pixels."""
        self.close()
        self._path = path
        self._name = display_name or path.name
        self._screen.request((self._generation, False), path, max_side,
                             preview_dir=self.preview_dir)

    def request_full(self) -> bool:
        """Decode the full resolution in the background; False when there is nothing to gain."""
        if not self.can_upgrade or self._path is None:
            return False
        self.full_requested = True
        self._full.request((self._generation, True), self._path, None)
        return True

    def close(self) -> None:
        self._generation += 1
        self._screen.cancel()
        self._full.cancel()
        self._path = None
        self.scale = 0.0
        self.full_size = None
        self.full_requested = False

    def _on_loaded(self, result: LoadedImage) -> None:
        generation, full = _key(result.key)
        if generation != self._generation or result.scale <= self.scale:
            return  # stale, or the full resolution arrived before the screen-sized one
        self.scale = result.scale
        self.full_size = result.full_size
        self.loaded.emit(result, bool(full))

    def _on_failed(self, key: object, message: str) -> None:
        generation, full = _key(key)
        if generation != self._generation:
            return
        if self._path is not None and self._name != self._path.name:
            message = message.replace(self._path.name, self._name)
        if full and self.scale > 0:
            self.upgrade_failed.emit(self.tr("The full resolution could not be decoded: {error}")
                                     .format(error=message))
        else:
            self.failed.emit(message)
