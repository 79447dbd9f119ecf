"""Assets in an S3-compatible object store (AWS S3, SeaweedFS, MinIO, Ceph RGW, …).

``s3://BUCKET/PREFIX`` names the place; objects are ``PREFIX/ab/abcd…``. Credentials
and region come the AWS way (``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``,
``AWS_PROFILE``, ``~/.aws/credentials`` and ``config``, ``AWS_DEFAULT_REGION``);
``endpoint_url`` selects a store other than AWS.

An upload is spooled to local disk while it streams in and is hashed there; only a
file whose sha-256 is the one asked for is sent, in one ``PutObject`` carrying
``x-amz-checksum-sha256`` — the store checks the bytes it received against it too,
and an object appears only complete (a cut-off upload leaves nothing). Downloads
stream, or a client is redirected to a short-lived presigned URL.
"""

from __future__ import annotations

import base64
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit

from .base import (
    CHUNK,
    SHA256_RE,
    AssetBackend,
    HashMismatch,
    StoreUnavailable,
    check_sha,
    hash_file,
)


def parse_s3_url(url: str) -> tuple[str, str]:
    """(bucket, prefix) of ``s3://BUCKET/PREFIX``; the prefix is "" or ends with "/"."""
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc:
        raise ValueError(f"not an s3://BUCKET/PREFIX address: {url!r}")
    prefix = parts.path.strip("/")
    return parts.netloc, (prefix + "/") if prefix else ""


class S3Store(AssetBackend):
    def __init__(self, url: str, *, spool_dir: Path, endpoint_url: str | None = None,
                 region: str | None = None, connect_timeout: float = 3.0,
                 read_timeout: float = 60.0) -> None:
        import boto3
        from botocore.config import Config

        self.bucket, self.prefix = parse_s3_url(url)
        self.url = url
        self.endpoint_url = endpoint_url
        self.spool_dir = Path(spool_dir)
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        self.cache_dir = self.spool_dir / "cache"
        self._bucket_seen = -1e9
        session = boto3.session.Session()
        self.client: Any = session.client(
            "s3", endpoint_url=endpoint_url,
            region_name=region or session.region_name or "us-east-1",
            config=Config(
                signature_version="s3v4",
                s3={"addressing_style": "path" if endpoint_url else "auto"},
                connect_timeout=connect_timeout, read_timeout=read_timeout,
                retries={"max_attempts": 2, "mode": "standard"},
            ),
        )

    def describe(self) -> str:
        where = f" at {self.endpoint_url}" if self.endpoint_url else ""
        return f"s3://{self.bucket}/{self.prefix}{where}"

    def key(self, sha256: str) -> str:
        check_sha(sha256)
        return f"{self.prefix}{sha256[:2]}/{sha256}"

    # --- reading --------------------------------------------------------------------------

    def _head(self, sha256: str) -> dict[str, Any] | None:
        from botocore.exceptions import ClientError

        try:
            return dict(self.client.head_object(Bucket=self.bucket, Key=self.key(sha256)))
        except ClientError as exc:
            if _code(exc) in ("404", "NoSuchKey", "NotFound"):
                return None
            self._fail(exc)
        except Exception as exc:
            self._fail(exc)

    def has(self, sha256: str) -> bool:
        return self._head(sha256) is not None

    def size(self, sha256: str) -> int | None:
        head = self._head(sha256)
        return int(head["ContentLength"]) if head is not None else None

    def chunks(self, sha256: str) -> Iterator[bytes]:
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self.key(sha256))["Body"]
        except Exception as exc:
            self._fail(exc)
        try:
            yield from body.iter_chunks(CHUNK)
        finally:
            body.close()

    def presigned_url(self, sha256: str, ttl_s: int) -> str | None:
        return str(self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": self.key(sha256)},
            ExpiresIn=ttl_s))

    def local_path(self, sha256: str) -> Path:
        """A verified copy in the spool's cache (downloaded once)."""
        final = self.cache_dir / sha256[:2] / check_sha(sha256)
        if final.is_file():
            return final
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=final.parent, prefix=".download-")
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in self.chunks(sha256):
                    out.write(chunk)
            got, _size = hash_file(tmp)
            if got != sha256:
                raise HashMismatch(f"the stored object {self.key(sha256)} hashes to "
                                   f"{got[:12]}…, not its name")
            os.replace(tmp, final)
            return final
        finally:
            tmp.unlink(missing_ok=True)

    def hashes(self) -> Iterator[str]:
        try:
            pages = self.client.get_paginator("list_objects_v2").paginate(
                Bucket=self.bucket, Prefix=self.prefix)
            for page in pages:
                for item in page.get("Contents", []):
                    name = str(item["Key"]).rsplit("/", 1)[-1]
                    if SHA256_RE.match(name):
                        yield name
        except Exception as exc:
            self._fail(exc)

    # --- writing --------------------------------------------------------------------------

    def put_file(self, source: Path, expected: str | None = None) -> str:
        sha, size = hash_file(source)
        if expected is not None and sha != expected:
            raise HashMismatch(f"asset content does not match its hash (expected "
                               f"{expected[:12]}…, got {sha[:12]}…)")
        if self.has(sha):
            return sha
        self._bucket_exists()  # some stores (SeaweedFS) would create a missing bucket
        checksum = base64.b64encode(bytes.fromhex(sha)).decode("ascii")
        try:
            with source.open("rb") as body:
                self.client.put_object(
                    Bucket=self.bucket, Key=self.key(sha), Body=body, ContentLength=size,
                    ChecksumSHA256=checksum, Metadata={"sha256": sha})
        except Exception as exc:
            self._fail(exc)
        return sha

    def ping(self) -> None:
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except Exception as exc:
            self._fail(exc)
        self._bucket_seen = time.monotonic()

    def _bucket_exists(self) -> None:
        """:meth:`ping`, at most every 30 s (a bucket is not created by an upload)."""
        if time.monotonic() - self._bucket_seen > 30:
            self.ping()

    # --- errors ---------------------------------------------------------------------------

    def _fail(self, exc: BaseException) -> NoReturn:
        """Translate a boto/botocore error into what the hub answers (no credential in it)."""
        from botocore.exceptions import (
            BotoCoreError,
            ClientError,
            NoCredentialsError,
            PartialCredentialsError,
        )

        where = self.describe()
        if isinstance(exc, ClientError):
            code = _code(exc)
            if code in ("BadDigest", "XAmzContentSHA256Mismatch", "InvalidDigest"):
                raise HashMismatch(f"the object store refused the bytes: they do not match "
                                   f"their sha-256 ({code})") from None
            if code in ("NoSuchBucket",) or (code == "404" and _op(exc) == "HeadBucket"):
                raise StoreUnavailable(f"the bucket {self.bucket!r} does not exist ({where})"
                                       ) from None
            if code in ("InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied", "403",
                        "InvalidToken", "ExpiredToken"):
                raise StoreUnavailable(f"the object store refused the hub's credentials "
                                       f"({code}; {where})") from None
            raise StoreUnavailable(f"the object store answered {code} ({where})") from None
        if isinstance(exc, NoCredentialsError | PartialCredentialsError):
            raise StoreUnavailable(f"no credentials for the object store ({where}): set "
                                   "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a profile"
                                   ) from None
        if isinstance(exc, BotoCoreError | OSError):
            raise StoreUnavailable(f"the object store is unreachable ({where}): "
                                   f"{type(exc).__name__}") from None
        raise exc


def _code(exc: Any) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def _op(exc: Any) -> str:
    return str(getattr(exc, "operation_name", ""))
