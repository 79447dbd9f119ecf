"""An export's files go to disk as they are written: :class:`DiskSink`.

Each file is hashed while it is written; the (path, sha-256) pairs for the manifest are
sorted on disk in runs (:class:`SortedHashes`) so that an export of a million files
keeps none of them in memory; text that must wait for the end (a COCO document's lists,
the manifest's items) is spooled to a temporary file beside the export.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Final

from .records import ExportError

ImageSource = Callable[[str], Path]
"""sha-256 of an image → a readable file with those bytes (e.g. ``AssetStore.path``)."""

_RUN: Final = 20_000  # pairs sorted in memory before a run goes to disk
_BLOCK: Final = 1 << 16  # read back a spool 64 KiB at a time


class FileSpool:
    """Text written to a temporary file, read back in blocks."""

    def __init__(self, folder: Path) -> None:
        # closed by DiskSink.discard (it lives as long as the export)
        self.fh: IO[str] = tempfile.TemporaryFile(  # noqa: SIM115
            "w+", encoding="utf-8", dir=folder)

    def write(self, text: str) -> Any:
        return self.fh.write(text)

    def chunks(self) -> Iterator[str]:
        self.fh.seek(0)
        yield from iter(lambda: self.fh.read(_BLOCK), "")


class SortedHashes:
    """(path, sha-256) pairs, given in any order, handed back sorted by path."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0
        self._pending: list[tuple[str, str]] = []
        self._runs: list[IO[str]] = []

    def add(self, path: str, sha: str) -> None:
        self._pending.append((path, sha))
        self.count += 1
        if len(self._pending) >= _RUN:
            self._spill()

    def _spill(self) -> None:
        self._pending.sort()
        fh = tempfile.TemporaryFile(  # noqa: SIM115 - closed by close()
            "w+", encoding="utf-8", dir=self.folder)
        fh.writelines(json.dumps(pair, ensure_ascii=False) + "\n" for pair in self._pending)
        self._runs.append(fh)
        self._pending = []

    def _read(self, fh: IO[str]) -> Iterator[tuple[str, str]]:
        fh.seek(0)
        for line in fh:
            path, sha = json.loads(line)
            yield str(path), str(sha)

    def sorted(self) -> Iterator[tuple[str, str]]:
        self._pending.sort()
        yield from heapq.merge(*(self._read(fh) for fh in self._runs), iter(self._pending))

    def close(self) -> None:
        for fh in self._runs:
            fh.close()
        self._runs.clear()


class DiskSink:
    """Writes a plan's files into ``folder`` (see :class:`.plan.Sink`); images come from
    ``images`` (copied, or hard-linked with ``link``) and are checked against their hash."""

    def __init__(self, folder: Path, images: ImageSource, link: bool, spill: Path) -> None:
        self.folder = folder
        self.images = images
        self.link = link
        self.spill = spill
        self.hashes = SortedHashes(spill)
        self._open: dict[str, tuple[IO[bytes], Any]] = {}
        self._spools: list[FileSpool] = []

    def _new(self, path: str) -> IO[bytes]:
        target = self.folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            return target.open("xb")
        except FileExistsError:
            raise ValueError(f"{path} written twice") from None

    def put(self, path: str, chunks: Iterable[bytes]) -> None:
        digest = hashlib.sha256()
        with self._new(path) as fh:
            for chunk in chunks:
                fh.write(chunk)
                digest.update(chunk)
        self.hashes.add(path, digest.hexdigest())

    def append(self, path: str, data: bytes) -> None:
        found = self._open.get(path)
        if found is None:
            found = self._open[path] = (self._new(path), hashlib.sha256())
        found[0].write(data)
        found[1].update(data)

    def image(self, path: str, sha: str) -> bool:
        """Place the image once (False: it is there already)."""
        target = self.folder / path
        if target.exists():
            return False
        try:
            source = self.images(sha)
        except Exception as exc:
            raise ExportError(f"image {sha[:12]}… for {path}: {exc}") from None
        if not source.is_file():
            raise ExportError(f"image {sha[:12]}… for {path} is not in the asset store; "
                              "sync or re-import it first")
        target.parent.mkdir(parents=True, exist_ok=True)
        _place(source, target, self.link)
        actual = _sha256(target)
        if actual != sha:
            raise ExportError(f"image {path}: the stored asset is damaged (hashes to "
                              f"{actual[:12]}…, not {sha[:12]}…)")
        self.hashes.add(path, actual)
        return True

    def spool(self) -> FileSpool:
        spool = FileSpool(self.spill)
        self._spools.append(spool)
        return spool

    def discard(self) -> None:
        """Close the temporary files (the export is written, or failed)."""
        for fh, _digest in self._open.values():
            fh.close()
        for spool in self._spools:
            spool.fh.close()
        self.hashes.close()

    def close(self) -> None:
        for path, (fh, digest) in self._open.items():
            fh.close()
            self.hashes.add(path, digest.hexdigest())
        self._open.clear()


def _place(source: Path, target: Path, link: bool) -> None:
    if link:
        try:
            os.link(source, target)
            return
        except OSError:
            pass
    shutil.copyfile(source, target)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_BLOCK), b""):
            digest.update(chunk)
    return digest.hexdigest()
