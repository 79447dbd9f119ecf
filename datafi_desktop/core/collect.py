"""Importing a file for a collection item: what it is, whether the task takes it, and
a copy in the content-addressed asset store.

A field collector picks a photo or a text file (from a dialog or by dropping it
on the pane). :func:`import_file` decides the type from the file's first bytes,
never from its name (a ``.jpg`` that is really a ZIP is refused as a ZIP),
checks it against the task's ``config.accept`` and a size limit, decodes images
once through :mod:`.images` (so a corrupt, truncated or gigantic picture is
refused here, with the reason, rather than later in the pane) and stores the
bytes under their sha-256. Nothing here imports Qt.

>>> import tempfile, pathlib
>>> from PIL import Image
>>> from .cache import AssetStore
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> Image.new("RGB", (640, 480), "teal").save(folder / "sign.png")
>>> store = AssetStore(folder / "assets")
>>> item = import_file(folder / "sign.png", store, ("image/png",))
>>> item.mime, item.size, item.filename
('image/png', (640, 480), 'sign.png')
>>> import_file(folder / "sign.png", store, ("text/plain",))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
datafi_desktop.core.collect.UnsupportedFileTypeError: sign.png is a PNG image; this task ...
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .cache import AssetStore
from .errors import AssetError, ImageDecodeError
from .images import load_image

#: Largest file a collector may import (bytes). A 50-megapixel JPEG is ~25 MB.
MAX_IMPORT_BYTES = 64 * 1024 * 1024
#: Longest text file taken as the item's text (code points; the annotation's limit).
MAX_TEXT_CHARS = 1_000_000
#: How many bytes are read to tell the type.
SNIFF_BYTES = 4096
#: Images are decoded this small to prove they decode (fast: JPEGs decode at 1/8).
VERIFY_MAX_SIDE = 256

IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp", "image/gif", "image/bmp", "image/tiff")

#: What each MIME type is called in a message, and the file name patterns of a dialog.
TYPE_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "image/jpeg": ("JPEG image", ("*.jpg", "*.jpeg", "*.jpe")),
    "image/png": ("PNG image", ("*.png",)),
    "image/webp": ("WebP image", ("*.webp",)),
    "image/gif": ("GIF image", ("*.gif",)),
    "image/bmp": ("BMP image", ("*.bmp",)),
    "image/tiff": ("TIFF image", ("*.tif", "*.tiff")),
    "image/heic": ("HEIC image", ("*.heic", "*.heif")),
    "text/plain": ("text file", ("*.txt", "*.text", "*.md")),
    "application/pdf": ("PDF document", ("*.pdf",)),
    "application/zip": ("ZIP archive", ("*.zip",)),
    "application/gzip": ("gzip archive", ("*.gz",)),
    "application/x-7z-compressed": ("7-Zip archive", ("*.7z",)),
    "application/x-rar": ("RAR archive", ("*.rar",)),
    "video/mp4": ("video", ("*.mp4", "*.mov")),
    "application/octet-stream": ("binary file", ()),
}


class ImportRefusedError(AssetError):
    """A file cannot become a collection item; the message says why, naming the file."""


class UnsupportedFileTypeError(ImportRefusedError):
    """The file's type is not one the task accepts (or not one the app can show)."""


class FileTooLargeError(ImportRefusedError):
    """The file is larger than :data:`MAX_IMPORT_BYTES`."""


class UnreadableFileError(ImportRefusedError):
    """The file is missing, empty, corrupt, truncated or not valid text."""


@dataclass(frozen=True)
class ImportedFile:
    """A file now in the asset store, with what a collection body records of it."""

    asset: str
    mime: str
    filename: str
    bytes: int
    #: (width, height) after the EXIF orientation, for images
    size: tuple[int, int] | None = None
    #: the file's text, for text files
    text: str | None = None

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")

    def body_fields(self) -> dict[str, object]:
        """The collection body's fields for this file (``asset``, ``mime``, ...)."""
        width, height = self.size if self.size else (None, None)
        return {"asset": self.asset, "mime": self.mime, "filename": self.filename,
                "width": width, "height": height}


def sniff_mime(head: bytes) -> str:
    """The MIME type told by a file's first bytes; ``application/octet-stream`` if unknown.

    >>> sniff_mime(b"\\xff\\xd8\\xff\\xe0"), sniff_mime(b"PK\\x03\\x04"), sniff_mime(b"hi")
    ('image/jpeg', 'application/zip', 'text/plain')
    """
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:2] == b"BM" and len(head) >= 14:
        return "image/bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"avif"):
            return "image/heic"
        return "video/mp4"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return "application/zip"
    if head.startswith(b"\x1f\x8b"):
        return "application/gzip"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "application/x-7z-compressed"
    if head.startswith(b"Rar!\x1a\x07"):
        return "application/x-rar"
    if _looks_like_text(head):
        return "text/plain"
    return "application/octet-stream"


def type_name(mime: str) -> str:
    return TYPE_NAMES.get(mime, (mime, ()))[0]


def accepts(accept: Iterable[str], mime: str) -> bool:
    """Whether ``mime`` matches one of ``accept`` (exact, or a ``type/*`` wildcard)."""
    for pattern in accept:
        if pattern == mime or pattern == "*/*":
            return True
        if pattern.endswith("/*") and mime.startswith(pattern[:-1]):
            return True
    return False


def describe_accept(accept: Iterable[str]) -> str:
    """The accepted types in words: ``"JPEG or PNG images and text files"``."""
    items = list(accept)
    if "*/*" in items:
        return "any file"
    images = [m for m in items if m.startswith("image/")]
    others = [m for m in items if not m.startswith("image/")]
    parts: list[str] = []
    if "image/*" in images:
        parts.append("images")
    elif images:
        parts.append(_either([type_name(m).removesuffix(" image") for m in images]) + " images")
    parts += [_plural(type_name(m)) for m in others]
    return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 2 else parts
                        ) or "no files"


def dialog_filter(accept: Iterable[str]) -> str:
    """A file dialog filter for the accepted types, then "All files"."""
    patterns: list[str] = []
    for mime in accept:
        for pattern in TYPE_NAMES.get(mime, ("", ()))[1]:
            if pattern not in patterns:
                patterns.append(pattern)
    first = f"Accepted files ({' '.join(patterns)});;" if patterns else ""
    return first + "All files (*)"


def import_file(
    path: str | os.PathLike[str],
    assets: AssetStore,
    accept: Iterable[str],
    *,
    max_bytes: int = MAX_IMPORT_BYTES,
) -> ImportedFile:
    """Check ``path`` and copy it into ``assets``; raise an :class:`ImportRefusedError`
    (whose message names the file and the reason) when the task cannot take it."""
    source = Path(path)
    name = source.name
    accepted = tuple(accept)
    try:
        size = source.stat().st_size
    except FileNotFoundError:
        raise UnreadableFileError(f"{name} does not exist") from None
    except OSError as exc:
        raise UnreadableFileError(f"{name} cannot be read ({exc.strerror})") from None
    if not source.is_file():
        raise UnreadableFileError(f"{name} is not a file")
    if size == 0:
        raise UnreadableFileError(f"{name} is empty (0 bytes)")
    if size > max_bytes:
        raise FileTooLargeError(
            f"{name} is {_mib(size)}; files up to {_mib(max_bytes)} can be imported")
    try:
        with source.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise UnreadableFileError(f"{name} cannot be read ({exc.strerror})") from None
    mime = sniff_mime(head)
    if not accepts(accepted, mime):
        raise UnsupportedFileTypeError(
            f"{name} is {_article(type_name(mime))}; this task accepts {describe_accept(accepted)}")
    dimensions: tuple[int, int] | None = None
    text: str | None = None
    if mime.startswith("image/"):
        if mime not in IMAGE_TYPES:
            raise UnsupportedFileTypeError(
                f"{name} is {_article(type_name(mime))}, which the app cannot show yet")
        try:
            dimensions = load_image(source, VERIFY_MAX_SIDE).full_size
        except ImageDecodeError as exc:
            raise UnreadableFileError(str(exc)) from None
    elif mime == "text/plain":
        text = _read_text(source)
    sha = assets.put_file(source)
    return ImportedFile(asset=sha, mime=mime, filename=name[:255], bytes=size,
                        size=dimensions, text=text)


# --- internals ------------------------------------------------------------------------


def _looks_like_text(head: bytes) -> bool:
    """No NUL byte and hardly any control characters: text (UTF-8 or not; reading it
    tells a legacy encoding apart later, with its own message)."""
    if not head or b"\x00" in head:
        return False
    sample = head.removeprefix(b"\xef\xbb\xbf")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls <= len(sample) // 100


def _read_text(path: Path) -> str:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(
            f"{path.name} is not UTF-8 text (byte {exc.start} cannot be read); save it as "
            "UTF-8 and import it again") from None
    if "\x00" in text:
        raise UnreadableFileError(f"{path.name} is not a text file (it holds NUL bytes)")
    if len(text) > MAX_TEXT_CHARS:
        raise FileTooLargeError(
            f"{path.name} holds {len(text):,} characters; a collected text may have at most "
            f"{MAX_TEXT_CHARS:,}")
    return text.replace("\r\n", "\n")


def _either(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" or {names[-1]}"


def _plural(name: str) -> str:
    return name if name.endswith("s") else name + "s"


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB" if size < 1024**3 else f"{size / 1024**3:.1f} GiB"


def _article(name: str) -> str:
    return ("an " if name[:1].lower() in "aeiou" else "a ") + name
