"""The collected file: a drop zone until something is imported, then the photo (or
the embedded image pane that draws shapes on it) or a card for a text file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...image_view import ImageView
from ...imaging import ImageLoader, LoadedImage
from ...theme import colors, named, set_role


class SizeWords(QObject):
    """``self.tr`` so that ``pyside6-lupdate`` extracts the plural (context ``SizeWords``)."""

    def bytes(self, n: int) -> str:
        return self.tr("%n byte(s)", "", n)


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return SizeWords().bytes(int(size)) if unit == "bytes" else f"{size:.1f} {unit}"
        # silenced below: size starts as an int and becomes a float while scaled
        size /= 1024  # type: ignore[assignment]
    return str(size)


class MediaArea(QWidget):
    import_requested = Signal()
    remove_requested = Signal()
    #: the photo is on screen, or could not be shown (message)
    image_shown = Signal()
    image_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collectionMedia")
        self.import_button = named(QPushButton(self.tr("Import photo or file…")), "importButton")
        self.import_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.import_button.clicked.connect(self.import_requested)
        self.remove_button = named(QPushButton(self.tr("Remove")), "removeFileButton")
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.remove_button.clicked.connect(self.remove_requested)
        self.info = named(QLabel(), "fileInfo")
        self.info.setProperty("role", "muted")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.error = named(QLabel(), "importError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.error, "error")
        self.error.hide()
        c = colors()
        self.drop_zone = named(QLabel(), "dropZone")
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setWordWrap(True)
        self.drop_zone.setMinimumHeight(90)
        self.drop_zone.setStyleSheet(
            f"QLabel#dropZone {{ border: 2px dashed {c.border}; border-radius: 10px; "
            f"color: {c.muted}; padding: 16px; background: {c.alt_base}; }}")
        self.image = ImageView()
        self.image.setMinimumHeight(120)
        self.text_card = named(QLabel(), "textFileCard")
        self.text_card.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_card.setWordWrap(True)
        self.text_card.setProperty("role", "muted")
        #: "Importing photo.jpg…" / "Loading photo.jpg…" while the file is copied and
        #: decoded off the UI thread (a 48 MP photo takes seconds): never a dark box
        self.busy = named(QLabel(), "mediaBusy")
        self.busy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy.setWordWrap(True)
        self.busy.setTextFormat(Qt.TextFormat.PlainText)
        self.busy.setMinimumHeight(90)
        self.busy.setStyleSheet(
            f"QLabel#mediaBusy {{ border: 1px solid {c.border}; border-radius: 10px; "
            f"color: {c.muted}; padding: 16px; background: {c.alt_base}; font-size: 11pt; }}")
        self.stack = QStackedWidget()
        for widget in (self.drop_zone, self.image, self.text_card, self.busy):
            self.stack.addWidget(widget)
        self._embedded: QWidget | None = None
        self.loader = ImageLoader(self)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._failed)
        self.shown_path: Path | None = None
        self._size: tuple[int, int] | None = None

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.import_button)
        bar.addWidget(self.remove_button)
        bar.addWidget(self.info, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(bar)
        lay.addWidget(self.error)
        lay.addWidget(self.stack, 1)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    @property
    def busy_text(self) -> str:
        """What the busy card says while it is on screen, else ""."""
        return self.busy.text() if self.stack.currentWidget() is self.busy else ""

    def show_busy(self, text: str) -> None:
        """Say what is happening where the photo will be (an import, a decode)."""
        self.busy.setText(text)
        self.stack.setCurrentWidget(self.busy)

    def set_read_only(self, read_only: bool) -> None:
        self.import_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def show_empty(self, accepted: str, shortcut: str) -> None:
        self._forget_image()
        self.drop_zone.setText(self.tr("Drop a photo or file here, or press {keys} to choose "
                                       "one.\nThis task accepts {types}.").format(
            keys=shortcut, types=accepted))
        self.stack.setCurrentWidget(self.drop_zone)
        self.info.clear()
        self.remove_button.hide()

    def show_image(self, path: Path, size: tuple[int, int] | None, info: str,
                   preview_dir: Path | None = None) -> bool:
        """Show the photo at ``path`` (decoded off the UI thread). False when it is
        already on screen (nothing to wait for)."""
        self.info.setText(info)
        self.remove_button.show()
        if path == self.shown_path and self.image.has_image:
            self.stack.setCurrentWidget(self.image)
            return False
        self.shown_path, self._size = path, size
        self.image.clear_image()
        self.show_busy(self.tr("Loading {file}…").format(file=info.split(" · ")[0]))
        self.loader.request(path, path, preview_dir=preview_dir)
        return True

    def show_text_file(self, name: str, size: int, chars: int, info: str) -> None:
        self._forget_image()
        self.info.setText(info)
        self.remove_button.show()
        self.text_card.setText(name + "\n" + self.tr(
            "{size} text file, %n character(s): it is the item's text below.", "", chars).format(
            size=human_size(size)))
        self.stack.setCurrentWidget(self.text_card)

    def show_embedded(self, widget: QWidget, info: str) -> None:
        """Show another pane (the image pane drawing shapes on the photo) in place."""
        self._forget_image()
        if self._embedded is not widget:
            if self._embedded is not None:
                self.stack.removeWidget(self._embedded)
            self._embedded = widget
            self.stack.addWidget(widget)
        self.info.setText(info)
        self.remove_button.show()
        self.stack.setCurrentWidget(widget)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def release(self) -> None:
        self._forget_image()

    def _forget_image(self) -> None:
        self.loader.cancel()
        self.shown_path = None
        self.image.clear_image()

    def _loaded(self, result: LoadedImage) -> None:
        if result.key != self.shown_path:
            return
        self.image.set_pixmap(result.pixmap(), self._size or result.full_size)
        self.stack.setCurrentWidget(self.image)
        self.image_shown.emit()

    def _failed(self, key: object, message: str) -> None:
        if key != self.shown_path:
            return
        self.stack.setCurrentWidget(self.image)
        self.show_error(self.tr("Cannot show the photo: {error}").format(error=message))
        self.image_failed.emit(message)
