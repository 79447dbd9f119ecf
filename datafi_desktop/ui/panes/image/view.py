"""A zoomable, pannable image view that decodes progressively and says what went wrong.

:class:`ZoomView` extends the shell's :class:`~datafi_desktop.ui.image_view.ImageView`
(scene in the image's own pixel coordinates, whatever size the pixmap was decoded
at) with:

* zoom: the wheel (anchored under the pointer), :meth:`zoom_in`, :meth:`zoom_out`,
  :meth:`fit` and :meth:`zoom_actual` (one image pixel per device pixel);
* pan: middle-button drag, Space + drag, the scroll bars and :meth:`pan_by`;
* progressive decoding through :class:`~.loader.ProgressiveLoader`: screen
  resolution first, the full resolution once the zoom makes the pixmap coarse —
  for a TIFF or a photo over 16 megapixels, tiles of the level the zoom needs
  instead (:class:`~.tiles.TileLayer`), so memory stays bounded at any size;
* a centred message over the view for a file that cannot be shown.

Mouse input that is not panning goes to the ``pointer_*`` hooks, in scene
coordinates, for subclasses that edit shapes.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsView, QLabel, QWidget
from shiboken6 import isValid

from ....core.images import DecodedImage
from ....core.tile_policy import needs_tiles
from ...image_view import ImageView
from ...imaging import LoadedImage, to_pixmap
from .loader import ProgressiveLoader
from .tiles import TileLayer

#: Zoom factors are device pixels per image pixel: 1.0 is "100 %".
MAX_ZOOM = 32.0
ZOOM_STEP = 1.25
#: Decode the full resolution once the shown pixmap is this much coarser than the screen.
UPGRADE_MARGIN = 1.15
LOADING_MESSAGE_DELAY_MS = 250


class ZoomView(ImageView):
    """Image view with zoom, pan, progressive decoding and an error message overlay."""

    #: the zoom factor (device pixels per image pixel) after every change
    zoom_changed = Signal(float)
    #: the first pixmap of an image is on screen (full size of the image)
    image_ready = Signal(tuple)
    #: the image cannot be shown (message naming the file and the problem)
    image_failed = Signal(str)
    #: a sharper pixmap was swapped in (its scale: decoded size / full size)
    resolution_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoomView")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.loader = ProgressiveLoader(self, pool)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        self.loader.upgrade_failed.connect(self.image_failed_upgrade)
        self.tiles = TileLayer()
        self._path: Path | None = None
        self.fit_mode = True
        #: "empty", "loading", "ready" or "failed"
        self.state = "empty"
        self.error = ""
        self._display_name = ""
        self._pan_from: QPoint | None = None
        self.space_held = False
        self.overlay = QLabel(self)
        self.overlay.setObjectName("imageMessage")
        self.overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overlay.setWordWrap(True)
        self.overlay.setTextFormat(Qt.TextFormat.PlainText)
        self.overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.overlay.setStyleSheet("QLabel#imageMessage { color: #E6E8EC; font-size: 11pt;"
                                   " padding: 24px; background: transparent; }")
        self.overlay.hide()
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_MESSAGE_DELAY_MS)
        self._loading_timer.timeout.connect(self._show_loading)

    # --- images ------------------------------------------------------------------------

    @property
    def image_size(self) -> tuple[float, float]:
        return self._image_rect.width(), self._image_rect.height()

    @property
    def decoded_scale(self) -> float:
        """Decoded pixmap size / full image size (1.0 once the full resolution is in)."""
        item = self.pixmap_item
        if item is None or item.pixmap().isNull() or self._image_rect.isEmpty():
            return 0.0
        return item.pixmap().width() / self._image_rect.width()

    def load(self, path: Path, image_size: tuple[int, int] | None = None,
             display_name: str | None = None) -> None:
        """Decode ``path`` in the background at screen resolution, then show it.

        ``image_size`` is the size the annotations use (the task's displayed size);
        without it the decoded image's full size is used.
        """
        self._display_name = display_name or path.name
        self._reset(image_size)
        self._path = path
        self.state = "loading"
        self._loading_timer.start()
        self.loader.open(path, self.screen_side(), self._display_name)

    def set_decoded(self, decoded: DecodedImage, image_size: tuple[int, int] | None = None
                    ) -> None:
        """Show pixels decoded already (e.g. a photo just imported); no upgrade on zoom."""
        self.loader.close()
        self._reset(image_size or decoded.full_size)
        self._show_pixmap(to_pixmap(decoded), first=True)

    def show_error(self, message: str) -> None:
        """Replace the picture with a centred message (the file name and the problem)."""
        self.loader.close()
        self._loading_timer.stop()
        self.state, self.error = "failed", message
        if self.pixmap_item is not None:
            self.pixmap_item.setPixmap(QPixmap())
        self._set_overlay(self.tr("This image cannot be shown.") + f"\n\n{message}")
        self.image_failed.emit(message)

    def screen_side(self) -> int:
        """Long side (device pixels) a pixmap needs to fill the view at the fit zoom."""
        port = self.viewport().size()
        side = max(port.width(), port.height())
        if not self.isVisible() or min(port.width(), port.height()) < 64:
            screen = self.screen() or QGuiApplication.primaryScreen()
            size = screen.availableSize() if screen is not None else None
            side = max(size.width(), size.height()) if size is not None else 2048
        return max(256, math.ceil(side * self.devicePixelRatioF()))

    def set_pixmap(self, pixmap: QPixmap, image_size: tuple[int, int] | None = None) -> None:
        """Show ``pixmap`` stretched over ``image_size`` scene units, keeping other items."""
        self._reset(image_size or (pixmap.width(), pixmap.height()))
        self._show_pixmap(pixmap, first=True)

    def clear_image(self) -> None:
        self.loader.close()
        self._reset(None)
        self.state = "empty"

    def _reset(self, image_size: tuple[int, int] | None) -> None:
        self._loading_timer.stop()
        self._path = None
        if isValid(self.tiles):
            self.tiles.clear()
        self.state, self.error = "empty", ""
        self.overlay.hide()
        if self.pixmap_item is not None:
            self.pixmap_item.setPixmap(QPixmap())
        width, height = image_size or (0, 0)
        self._image_rect = QRectF(0, 0, width, height)
        self.scene().setSceneRect(self._image_rect)
        self.fit()

    def _on_loaded(self, result: LoadedImage, full: bool) -> None:
        if self._image_rect.isEmpty():
            self._image_rect = QRectF(0, 0, *result.full_size)
            self.scene().setSceneRect(self._image_rect)
        self._show_pixmap(result.pixmap(), first=not full)
        if full:
            self.resolution_changed.emit(self.decoded_scale)

    def _on_failed(self, message: str) -> None:
        self.show_error(message)

    def image_failed_upgrade(self, message: str) -> None:
        self.setToolTip(message)

    def _show_pixmap(self, pixmap: QPixmap, *, first: bool) -> None:
        if self.pixmap_item is None:
            self.pixmap_item = QGraphicsPixmapItem()
            self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            self.pixmap_item.setZValue(-1)
            self.pixmap_item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.scene().addItem(self.pixmap_item)
        self.pixmap_item.setPixmap(pixmap)
        if pixmap.width() and pixmap.height():
            self.pixmap_item.setTransform(QTransform.fromScale(
                self._image_rect.width() / pixmap.width(),
                self._image_rect.height() / pixmap.height()))
        self._loading_timer.stop()
        self.overlay.hide()
        was_ready = self.state == "ready"
        self.state = "ready"
        if first and not was_ready:
            if self.fit_mode:
                self.fit()
            self.image_ready.emit((int(self._image_rect.width()), int(self._image_rect.height())))
            self._maybe_upgrade()

    def _show_loading(self) -> None:
        if self.state == "loading":
            self._set_overlay(self.tr("Loading {file}…").format(file=self._display_name))

    def _set_overlay(self, text: str) -> None:
        self.overlay.setText(text)
        self.overlay.setGeometry(self.viewport().geometry())
        self.overlay.show()
        self.overlay.raise_()

    # --- zoom --------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        """Device pixels per image pixel (1.0 = 100 %)."""
        return self.transform().m11() * self.devicePixelRatioF()

    def fit_factor(self) -> float:
        if self._image_rect.isEmpty():
            return 1.0
        port = self.viewport().rect()  # 2 pixels to spare, as fitInView does
        scale = min((port.width() - 2) / self._image_rect.width(),
                    (port.height() - 2) / self._image_rect.height())
        return max(scale, 1e-4) * self.devicePixelRatioF()

    def fit(self) -> None:
        """Show the whole image; the view refits on resize until the next zoom."""
        self.fit_mode = True
        if self._image_rect.isEmpty():
            return
        scale = self.fit_factor() / self.devicePixelRatioF()
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(self._image_rect.center())
        self.zoom_changed.emit(self.zoom_factor())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_factor() / ZOOM_STEP)

    def zoom_actual(self) -> None:
        """100 %: one image pixel per device pixel."""
        self.set_zoom(1.0)

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` keeping the scene point under ``anchor`` (view pixels) still."""
        if self._image_rect.isEmpty():
            return
        low = min(self.fit_factor() / 2, 1.0)  # 100 % is always reachable
        factor = max(low, min(max(MAX_ZOOM, self.fit_factor()), factor))
        at = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        before = self.mapToScene(at.toPoint())
        scale = factor / self.devicePixelRatioF()
        self.fit_mode = False
        self.setTransform(QTransform.fromScale(scale, scale))
        moved = self.mapFromScene(before) - at.toPoint()
        self.pan_by(moved.x(), moved.y())
        self.zoom_changed.emit(self.zoom_factor())
        self._maybe_upgrade()

    def _maybe_upgrade(self) -> None:
        if self.state != "ready" or not 0 < self.loader.scale < 1 or (
                self.zoom_factor() <= self.loader.scale * UPGRADE_MARGIN):
            return
        if self._path is not None and self.loader.full_size is not None:
            if needs_tiles(self._path, self.loader.full_size):
                self._tile_layer().activate(self._path, self._image_rect, self.loader.scale)
                return
        if self.loader.can_upgrade:
            self.loader.request_full()

    def _tile_layer(self) -> TileLayer:
        """The tile layer, in the scene (a cleared scene deleted the old one)."""
        if not isValid(self.tiles):
            self.tiles = TileLayer()
        if self.tiles.scene() is not self.scene():
            self.scene().addItem(self.tiles)
        return self.tiles

    # --- pan ---------------------------------------------------------------------------

    def pan_by(self, dx: float, dy: float) -> None:
        """Scroll the view by (dx, dy) view pixels."""
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(dx))
        v.setValue(v.value() + round(dy))

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.pan_by(-(delta.y() or delta.x()), 0)
        elif delta.y():
            self.set_zoom(self.zoom_factor() * 1.0015 ** delta.y(), event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
                button == Qt.MouseButton.LeftButton and self.space_held):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if not self.pointer_press(self.mapToScene(event.position().toPoint()), event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            self.pan_by(self._pan_from.x() - now.x(), self._pan_from.y() - now.y())
            self._pan_from = now
            event.accept()
            return
        self.pointer_move(self.mapToScene(event.position().toPoint()), event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self.space_held
                                      else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        self.pointer_release(self.mapToScene(event.position().toPoint()), event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.space_held:
            self.pointer_double_click(self.mapToScene(event.position().toPoint()), event)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() == Qt.Key.Key_Space
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            if not event.isAutoRepeat():
                self.space_held = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = False
            self.pointer_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        # Space (alone: Ctrl+Space stays the editor's) pans here even when a shortcut uses it
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain_space = (event.key() == Qt.Key.Key_Space
                           and event.modifiers() == Qt.KeyboardModifier.NoModifier)
            if plain_space or self.overrides_shortcut(event):
                event.accept()
                return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.space_held = False
        super().focusOutEvent(event)

    # --- hooks for subclasses ------------------------------------------------------------

    def pointer_press(self, pos: QPointF, event: QMouseEvent) -> bool:
        return False

    def pointer_move(self, pos: QPointF, event: QMouseEvent) -> None:
        return None

    def pointer_release(self, pos: QPointF, event: QMouseEvent) -> None:
        return None

    def pointer_double_click(self, pos: QPointF, event: QMouseEvent) -> None:
        return None

    def pointer_cursor(self) -> None:
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)

    def overrides_shortcut(self, event: QKeyEvent) -> bool:
        """True to receive ``event`` as a key press even when a shortcut uses it."""
        return False

    # --- Qt events ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        QGraphicsView.resizeEvent(self, event)
        if self.fit_mode:
            self.fit()
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.viewport().geometry())

    def showEvent(self, event: QShowEvent) -> None:
        QGraphicsView.showEvent(self, event)
        if self.fit_mode:
            self.fit()
