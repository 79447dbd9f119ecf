"""Where the image of a Label Studio task is on this machine.

Label Studio exports name images the way its server stored them:

- ``/data/upload/29/8ad1e5f3-example.png`` (uploaded; Label Studio prefixes the
  file name with 8 hex digits and a dash),
- ``/data/local-files/?d=photos/example.png`` (local storage, relative to its root),
- ``s3://bucket/key.png``, ``gs://bucket/key.png``, ``azure-blob://…`` (cloud storage),
- ``http(s)://host/path/example.png``,
- a plain path (relative to the JSON file) or ``file://``.

All of them are looked for under ``--images DIR`` (recursively, by file name, and
by the upload name without its prefix), then beside the JSON file. A remote URL
not found locally is downloaded only with ``--fetch`` (http and https only); a
cloud-storage URL must be found locally. Every image not found is listed in one
error.
"""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qs, unquote, urlparse

from .imagefiles import IMAGE_SUFFIXES
from .importing import fail
from .origin import EmbeddedImages

_UPLOAD_PREFIX = re.compile(r"^[0-9a-f]{8}-(.+)$")
_REMOTE = ("http", "https")
_CLOUD = ("s3", "gs", "azure-blob")
_MAX_LISTED = 20
_MAX_FETCH_BYTES = 200 * 1024 * 1024


class LabelStudioImages:
    """Locate every task's image first; ``locate`` then answers from what was found."""

    def __init__(self, json_file: Path, images_dir: Path | None, fetch: bool) -> None:
        self.json_file = json_file
        self.images_dir = images_dir
        self.fetch = fetch
        self.base = json_file.parent
        self._by_name: dict[str, list[Path]] | None = None
        self.located: dict[str, Path] = {}

    def roots(self) -> list[Path]:
        """The folders images may come from: beside the JSON, ``--images``, downloads."""
        out = [self.base]
        if self.images_dir is not None:
            out.append(self.images_dir)
        if self.fetch:
            out.append(EmbeddedImages.folder())
        return out

    def prepare(self, refs: Iterable[tuple[str, str]]) -> None:
        """Find every ``(reference, where)``; one error lists all that are not found."""
        missing: list[str] = []
        for ref, where in refs:
            if ref in self.located:
                continue
            found = self._find(ref)
            if found is None and self.fetch and urlparse(ref).scheme in _REMOTE:
                found = _download(ref, where)
            if found is None:
                missing.append(f"{where} {ref[:200]}")
            else:
                self.located[ref] = found
        if missing:
            listed = "; ".join(missing[:_MAX_LISTED])
            more = f" and {len(missing) - _MAX_LISTED} more" if len(missing) > _MAX_LISTED else ""
            looked = [str(d) for d in (self.images_dir, self.base) if d is not None]
            hint = ("pass --images DIR with the files (found by name)"
                    if self.images_dir is None else "check the folder")
            if any(urlparse(m.rsplit(" ", 1)[-1]).scheme in _REMOTE for m in missing) and (
                    not self.fetch):
                hint += "; remote images are downloaded only with --fetch"
            raise fail(f"{len(missing)} image(s) not found: {listed}{more} (looked in "
                       f"{', '.join(looked)}; {hint})", self.json_file.name, "data.image")

    def locate(self, ref: str, where: str) -> Path:
        found = self.located.get(ref)
        if found is None:
            self.prepare([(ref, where)])
            found = self.located[ref]
        return found

    def _find(self, ref: str) -> Path | None:
        parsed = urlparse(ref)
        relative: str | None = None
        if parsed.scheme == "file":
            candidate = Path(unquote(parsed.path))
            if candidate.is_file():
                return candidate
            relative = candidate.name
        elif parsed.path.startswith("/data/local-files/"):
            relative = unquote(parse_qs(parsed.query).get("d", [""])[0])
        elif parsed.scheme in _REMOTE or parsed.scheme in _CLOUD:
            relative = unquote(parsed.path).lstrip("/")
        elif parsed.path.startswith("/data/upload/"):
            relative = unquote(parsed.path[len("/data/upload/"):])
        else:
            candidate = Path(unquote(ref))
            if candidate.is_absolute():
                if candidate.is_file():
                    return candidate
                relative = candidate.name
            else:
                if (self.base / candidate).is_file():
                    return self.base / candidate
                relative = unquote(ref)
        return self._under_folders(relative)

    def _under_folders(self, relative: str) -> Path | None:
        tail = PurePosixPath(relative.replace("\\", "/"))
        parts = [p for p in tail.parts if p not in ("/", "", "..")]
        for folder in (self.images_dir, self.base):
            if folder is None:
                continue
            exact = folder / relative  # as named ('..' included: refused if it leaves)
            if not tail.is_absolute() and exact.is_file():
                return exact
            for i in range(len(parts)):
                candidate = folder.joinpath(*parts[i:])
                if candidate.is_file():
                    return candidate
        if self.images_dir is None or not parts:
            return None
        name = parts[-1]
        match = _UPLOAD_PREFIX.match(name)
        for wanted in (name, match.group(1) if match else None):
            if wanted:
                hits = self._names().get(wanted.lower(), [])
                if len(hits) == 1:
                    return hits[0]
        return None

    def _names(self) -> dict[str, list[Path]]:
        if self._by_name is None:
            self._by_name = {}
            assert self.images_dir is not None
            if self.images_dir.is_dir():
                for path in sorted(self.images_dir.rglob("*")):
                    if path.is_file() and path.suffix.lower() in IMAGE_SUFFIXES:
                        self._by_name.setdefault(path.name.lower(), []).append(path)
        return self._by_name


def _download(url: str, where: str) -> Path:
    """Fetch an http(s) image (``--fetch``) into the scratch store; bounded in size."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - http(s) only
            data = response.read(_MAX_FETCH_BYTES + 1)
    except OSError as exc:
        raise fail(f"cannot download {url[:200]!r} ({exc})", where, "data.image") from None
    if len(data) > _MAX_FETCH_BYTES:
        raise fail(f"{url[:200]!r} is larger than {_MAX_FETCH_BYTES // 2**20} MiB", where,
                   "data.image")
    suffix = PurePosixPath(urlparse(url).path).suffix.lower()
    _, path = EmbeddedImages().put(data, suffix if suffix in IMAGE_SUFFIXES else ".img")
    return path
