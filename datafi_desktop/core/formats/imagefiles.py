"""Image files for imports and exports: displayed size, type, readable names.

Sizes are what a viewer shows: the EXIF orientation is applied, so a portrait
photo stored as landscape pixels with orientation 6 is ``(height, width)`` of
its pixel array. Annotations use that space.

>>> safe_stem("scenes/street 01:a")
'scenes_street_01_a'
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import TaskFormatError
from .label_studio import ImageRef

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff")
_PIL_EXT = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "BMP": ".bmp", "GIF": ".gif",
            "TIFF": ".tif"}
#: EXIF orientations that swap width and height
_SWAPPING = frozenset({5, 6, 7, 8})
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def displayed_size(path: Path, where: str = "") -> tuple[int, int]:
    """Width and height after the EXIF orientation; refuses corrupt files and bombs."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                img.verify()
            with Image.open(path) as img:
                width, height = img.size
                orientation = img.getexif().get(0x0112, 1)
    except Exception as exc:  # Pillow raises many kinds for corrupt data
        raise TaskFormatError(f"image {path.name!r} does not decode ({exc.__class__.__name__})",
                              field="image", context=where or str(path)) from None
    if orientation in _SWAPPING:
        width, height = height, width
    return int(width), int(height)


def image_type_suffix(path: Path) -> str:
    """The usual file suffix of an image's actual type (``.jpg``, ``.png``, ...)."""
    from PIL import Image

    try:
        with Image.open(path) as img:
            return _PIL_EXT.get(str(img.format), ".img")
    except Exception:
        return ".img"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def safe_stem(text: str) -> str:
    """A file-name-safe form of a task id or file name stem."""
    cleaned = _UNSAFE.sub("_", text).strip("._")
    return cleaned[:120] or "item"


@dataclass
class ImageFiles:
    """Resolve and hash local image files once; ``found`` maps sha-256 to a file.

    Usable as the Label Studio importer's image resolver (EXIF-aware sizes).
    With ``roots``, every image must resolve (symlinks followed) inside one of them: an
    import file naming ``/home/me/private.jpg``, ``../../x.png`` or a symlink out of its
    folder is refused rather than pulled into a campaign.
    """

    found: dict[str, Path]

    def __init__(self, *roots: Path | None) -> None:
        self.found = {}
        self._cache: dict[Path, ImageRef] = {}
        self.roots = [r.resolve() for r in roots if r is not None]

    @property
    def root(self) -> Path | None:
        return self.roots[0] if self.roots else None

    def ref(self, path: Path, where: str) -> ImageRef:
        path = inside(self.roots, path, where) if self.roots else path.resolve()
        known = self._cache.get(path)
        if known is not None:
            return known
        if not path.is_file():
            raise TaskFormatError(f"image file {str(path)[:200]!r} not found", field="image",
                                  context=where)
        width, height = displayed_size(path, where)
        sha = sha256_of(path)
        ref = ImageRef(sha, width, height, path)
        self._cache[path] = ref
        self.found[sha] = path
        return ref

    def resolver(self, locate: Callable[[str, str], Path]) -> Callable[[str, str], ImageRef]:
        return lambda value, where: self.ref(locate(value, where), where)


def inside(roots: Path | list[Path], path: Path, where: str) -> Path:
    """``path`` resolved (symlinks followed); refused unless it lies under one of ``roots``
    (the import folder, and the ``--images`` folder the user named)."""
    folders = [roots] if isinstance(roots, Path) else roots
    resolved = path.resolve()
    if not any(resolved.is_relative_to(root.resolve()) for root in folders):
        raise TaskFormatError(
            f"image {path.name[:100]!r} is outside the import folder {folders[0].name!r} "
            "(absolute paths, '..' and symlinks out of the folder are refused): copy it into "
            "the folder", field="image", context=where)
    return resolved


def list_images(folder: Path) -> list[Path]:
    """Image files under ``folder`` (recursively), in a stable order."""
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def unique_names(wanted: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``key → file name`` with collisions resolved by a counter (stable order)."""
    taken: set[str] = set()
    return {key: unique_name(name, taken) for key, name in wanted}


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``stem-2.suffix``, ``stem-3.suffix``… — the first not in ``taken``
    (compared case-insensitively), which it joins."""
    candidate, n = name, 2
    stem, dot, suffix = name.rpartition(".")
    while candidate.lower() in taken:
        candidate = f"{stem}-{n}.{suffix}" if dot else f"{name}-{n}"
        n += 1
    taken.add(candidate.lower())
    return candidate


def suffix_from_task_filename(filename: object) -> str | None:
    if isinstance(filename, str):
        suffix = Path(filename).suffix.lower()
        if suffix in IMAGE_SUFFIXES:
            return ".jpg" if suffix == ".jpeg" else suffix
    return None


ImagePaths = Mapping[str, str]
"""task key (``campaign/task id``) → image path inside the export."""
