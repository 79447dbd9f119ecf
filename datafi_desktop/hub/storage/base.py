"""What every asset store offers the hub: content-addressed files, named by the sha-256
of their bytes, that become visible only whole and only with the right hash."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path

from ..errors import HubError

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1 << 20
#: what a client is told to wait before trying again when the store is away (seconds)
RETRY_AFTER_S = 5


class StoreUnavailable(HubError):
    """The asset store cannot be used now (unreachable, credentials refused, no bucket):
    503 with ``Retry-After``. The message never holds a credential."""

    status_code = 503

    def __init__(self, detail: str, retry_after: int = RETRY_AFTER_S) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


class HashMismatch(HubError):
    """The bytes do not hash to the name they were stored under (422)."""

    status_code = 422


def check_sha(sha256: str) -> str:
    if not SHA256_RE.match(sha256):
        raise ValueError(f"not a sha-256 content hash: {sha256[:80]!r}")
    return sha256


def hash_file(path: Path) -> tuple[str, int]:
    """(sha-256 hex, size) of a file, read in chunks (never whole in memory)."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class AssetBackend(ABC):
    """One place assets live. Implementations: :class:`.local.LocalStore` (a directory,
    the default) and :class:`.s3.S3Store` (any S3-compatible object store)."""

    #: where uploads are spooled (on local disk) while they stream in and are hashed
    spool_dir: Path

    @abstractmethod
    def describe(self) -> str:
        """Where the assets are, for logs and messages (never a credential)."""

    @abstractmethod
    def has(self, sha256: str) -> bool:
        """True when the asset is stored (whole: a half-written one never is)."""

    @abstractmethod
    def size(self, sha256: str) -> int | None:
        """The stored asset's size in bytes, or None when it is not stored."""

    @abstractmethod
    def put_file(self, source: Path, expected: str | None = None) -> str:
        """Store a local file under the sha-256 of its bytes and return it. With
        ``expected``, bytes hashing otherwise raise :class:`HashMismatch` and nothing is
        stored. The asset becomes visible only once complete."""

    @abstractmethod
    def chunks(self, sha256: str) -> Iterator[bytes]:
        """The asset's bytes, streamed in chunks."""

    @abstractmethod
    def local_path(self, sha256: str) -> Path:
        """A local file holding the asset (the store's own file, or a verified cached
        download) — for exports that read files."""

    @abstractmethod
    def ping(self) -> None:
        """Raise :class:`StoreUnavailable` unless the store answers and can be written."""

    @abstractmethod
    def hashes(self) -> Iterator[str]:
        """Every stored asset's hash (migration, checks)."""

    def presigned_url(self, sha256: str, ttl_s: int) -> str | None:
        """A short-lived URL a client can fetch the bytes from directly, when the store
        offers one (S3); None otherwise."""
        return None

    def put_bytes(self, data: bytes, expected: str | None = None) -> str:
        """:meth:`put_file` of bytes in memory (small files: imports, tests)."""
        fd, name = tempfile.mkstemp(dir=self.spool_dir, prefix=".bytes-")
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            return self.put_file(tmp, expected)
        finally:
            tmp.unlink(missing_ok=True)

    def path(self, sha256: str) -> Path:
        """Alias of :meth:`local_path` (what exports pass as their image lookup)."""
        return self.local_path(sha256)

    def verify(self, sha256: str) -> bool:
        """True when the stored bytes still hash to their name."""
        if not self.has(sha256):
            return False
        digest = hashlib.sha256()
        for chunk in self.chunks(sha256):
            digest.update(chunk)
        return digest.hexdigest() == sha256
