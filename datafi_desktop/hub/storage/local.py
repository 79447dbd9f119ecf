"""Assets in a local directory (the default): ``root/ab/abcd…``, written to a temporary
file in the same directory and renamed into place once its hash checked."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ...core.cache.assets import AssetStore
from ...core.errors import AssetError
from .base import CHUNK, SHA256_RE, AssetBackend, HashMismatch, StoreUnavailable, check_sha


class LocalStore(AssetBackend):
    def __init__(self, root: Path) -> None:
        self.files = AssetStore(Path(root))
        self.root = self.files.root
        self.spool_dir = self.root  # same file system: the final step is a rename

    def describe(self) -> str:
        return f"directory {self.root}"

    def has(self, sha256: str) -> bool:
        return self.files.has(check_sha(sha256))

    def size(self, sha256: str) -> int | None:
        path = self.files.path(check_sha(sha256))
        return path.stat().st_size if path.is_file() else None

    def put_file(self, source: Path, expected: str | None = None) -> str:
        try:
            return self.files.put_file(source, expected=expected)
        except AssetError as exc:
            if "does not match" in str(exc):
                raise HashMismatch(str(exc)) from None
            raise
        except OSError as exc:
            raise StoreUnavailable(f"the asset directory cannot be written: {exc.strerror}"
                                   ) from None

    def chunks(self, sha256: str) -> Iterator[bytes]:
        with self.files.path(check_sha(sha256)).open("rb") as fh:
            yield from iter(lambda: fh.read(CHUNK), b"")

    def local_path(self, sha256: str) -> Path:
        return self.files.path(check_sha(sha256))

    def ping(self) -> None:
        if not self.root.is_dir():
            raise StoreUnavailable(f"the asset directory {self.root} is missing")
        if not os.access(self.root, os.W_OK | os.X_OK):
            raise StoreUnavailable(f"the asset directory {self.root} is not writable")

    def hashes(self) -> Iterator[str]:
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for path in sorted(sub.iterdir()):
                    if SHA256_RE.match(path.name) and path.name.startswith(sub.name):
                        yield path.name
