"""Content-addressed asset files beside the database.

A file is stored once under ``assets/ab/abcdef…`` named by the sha-256 of its
bytes, written to a temporary file, flushed and renamed, so a killed process
never leaves half an asset under its final name.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from ..errors import AssetError

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1 << 20
#: Largest single asset accepted (bytes). Photos are far smaller; this refuses runaway files.
MAX_ASSET_BYTES = 512 * 1024 * 1024


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


class AssetStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        if not SHA256_RE.match(sha256):
            raise AssetError(f"not a sha-256 content hash: {sha256[:80]!r}")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put_bytes(self, data: bytes, expected: str | None = None) -> str:
        return self._write([data], expected)

    def put_stream(self, stream: BinaryIO | Iterable[bytes], expected: str | None = None) -> str:
        if isinstance(stream, Iterable) and not hasattr(stream, "read"):
            return self._write(stream, expected)
        # silenced below: a stream with read() is a BinaryIO; the check above tells them apart
        reader: BinaryIO = stream  # type: ignore[assignment]
        return self._write(iter(lambda: reader.read(CHUNK), b""), expected)

    def put_file(self, source: Path, expected: str | None = None) -> str:
        if not source.is_file():
            raise AssetError(f"{source}: no such file")
        with source.open("rb") as fh:
            return self.put_stream(fh, expected)

    def verify(self, sha256: str) -> bool:
        """True when the stored file still hashes to its name."""
        path = self.path(sha256)
        return path.is_file() and sha256_file(path) == sha256

    def _write(self, chunks: Iterable[bytes], expected: str | None) -> str:
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    size += len(chunk)
                    if size > MAX_ASSET_BYTES:
                        raise AssetError(
                            f"asset larger than the {MAX_ASSET_BYTES // (1024 * 1024)} MiB limit"
                        )
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            if expected is not None and sha != expected:
                raise AssetError(
                    f"asset content does not match its hash (expected {expected[:12]}…, "
                    f"got {sha[:12]}…)"
                )
            final = self.path(sha)
            if final.is_file():
                tmp.unlink()
            else:
                final.parent.mkdir(exist_ok=True)
                os.replace(tmp, final)
            return sha
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
