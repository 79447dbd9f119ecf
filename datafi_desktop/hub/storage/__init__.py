"""Where the hub keeps asset files: a local directory (the default, one machine) or an
S3-compatible object store (several hub processes share it). See :mod:`.base`."""

from __future__ import annotations

from pathlib import Path

from .base import AssetBackend, HashMismatch, StoreUnavailable
from .local import LocalStore


def open_store(spec: str | None, *, data_dir: Path, endpoint_url: str | None = None
               ) -> AssetBackend:
    """The store ``spec`` names: None or a directory path → :class:`LocalStore` (default
    ``data_dir/assets``); ``s3://BUCKET/PREFIX`` → :class:`.s3.S3Store`."""
    if spec and spec.startswith("s3://"):
        from .s3 import S3Store

        return S3Store(spec, spool_dir=Path(data_dir) / "spool", endpoint_url=endpoint_url)
    if spec and "://" in spec:
        raise ValueError(f"unknown asset store {spec!r}: a directory or s3://BUCKET/PREFIX")
    return LocalStore(Path(spec) if spec else Path(data_dir) / "assets")


__all__ = ["AssetBackend", "HashMismatch", "LocalStore", "StoreUnavailable", "open_store"]
