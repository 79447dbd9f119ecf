"""Content-addressed assets: images of image tasks and files uploaded by collectors.

Files live in the hub's :class:`AssetStore` (``data_dir/assets``), named by the
sha-256 of their bytes; the ``assets`` table records size and MIME type. The
type is never taken from the client: it is sniffed from the magic bytes, and
images must decode with Pillow (truncated files and decompression bombs are
refused).
"""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

from PIL import Image
from sqlalchemy import Connection, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ...core.models import Task, TaskKind
from ...core.models.tasks import TaskConfig
from ..db.tables import assets, tasks
from ..errors import Unprocessable, UnsupportedMediaType

_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"BM", 0, "image/bmp"),
    (b"%PDF-", 0, "application/pdf"),
)
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp"})
#: served with every asset: the browser never sniffs a type (uploaded HTML stays text)
#: and never renders it in the hub's origin
SAFE_HEADERS = {"X-Content-Type-Options": "nosniff",
                "Content-Security-Policy": "default-src 'none'; sandbox"}
#: Largest image accepted, in pixels (the same order as Pillow's bomb guard).
MAX_PIXELS = 90_000_000
#: Largest decoded image, in bytes (a 48-megapixel RGB photo fits), and how many decode at once
MAX_DECODED_BYTES = 192 * 1024 * 1024
PARALLEL_DECODES = 2
_DECODES = threading.BoundedSemaphore(PARALLEL_DECODES)


def sniff(head: bytes) -> str | None:
    """The MIME type the first bytes announce, or None when unknown."""
    for magic, offset, mime in _MAGIC:
        if head[offset:offset + len(magic)] == magic:
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "text/plain"
        except UnicodeDecodeError as exc:  # a multi-byte character cut at the end is fine
            if exc.start >= len(head) - 3:
                return "text/plain"
    return None


def check_file(path: Path) -> str:
    """Sniff and check a file; returns its MIME type or raises :class:`Unprocessable`."""
    with path.open("rb") as fh:
        head = fh.read(4096)
    if not head:
        raise Unprocessable("the file is empty")
    mime = sniff(head)
    if mime is None:
        raise UnsupportedMediaType("unknown file type (not an image or UTF-8 text)")
    if mime in IMAGE_TYPES:
        image_size(path)
    elif mime == "text/plain":
        try:
            path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise UnsupportedMediaType("text files must be UTF-8") from None
    return mime


def decoded_bytes(width: int, height: int, mode: str) -> int:
    """Memory Pillow needs to hold the decoded image (RGB is stored in 4 bytes a pixel)."""
    if mode.startswith("I;16"):
        return width * height * 2
    return width * height * (1 if mode in ("1", "L", "P") else 4)


def image_size(path: Path) -> tuple[int, int]:
    """(width, height) of an image that fully decodes; raises :class:`Unprocessable`.

    The size and mode come from the header first: an image that would need more than
    :data:`MAX_DECODED_BYTES` is refused before a pixel is decoded, and at most
    :data:`PARALLEL_DECODES` images decode at once, so memory stays bounded.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                width, height = img.size
                if width * height > MAX_PIXELS:
                    raise Unprocessable(
                        f"image is {width}×{height} pixels, more than the "
                        f"{MAX_PIXELS:,}-pixel limit (refused as a possible decompression bomb)"
                    )
                need = decoded_bytes(width, height, img.mode)
                if need > MAX_DECODED_BYTES:
                    raise Unprocessable(
                        f"image is {width}×{height} pixels ({img.mode}, "
                        f"{need // (1024 * 1024)} MiB decoded), more than the "
                        f"{MAX_DECODED_BYTES // (1024 * 1024)} MiB decoding limit")
                with _DECODES:
                    img.load()
    except Unprocessable:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Unprocessable("image refused as a decompression bomb") from None
    except Exception as exc:  # Pillow raises many kinds for corrupt or truncated data
        raise Unprocessable(f"image does not decode ({exc.__class__.__name__})") from None
    return int(width), int(height)


def accepted_types(conn: Connection, campaign_id: str) -> set[str]:
    """MIME types the campaign's collection tasks accept."""
    out: set[str] = set()
    rows = conn.execute(
        select(tasks.c.body).where(
            tasks.c.campaign_id == campaign_id, tasks.c.kind == TaskKind.COLLECTION.value
        )
    )
    for row in rows:
        out.update(Task.model_validate_json(row.body).config.accept)
    return out or set(TaskConfig().accept)


def record(conn: Connection, sha256: str, size: int, mime: str, campaign_id: str | None,
           account: str | None, now: int) -> None:
    values = {"sha256": sha256, "size": size, "mime": mime, "campaign_id": campaign_id,
              "uploaded_by": account, "created_at": now}
    insert_fn = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    conn.execute(insert_fn(assets).values(values).on_conflict_do_nothing())


def mime_of(conn: Connection, sha256: str) -> str | None:
    return conn.execute(select(assets.c.mime).where(assets.c.sha256 == sha256)).scalar()


def known(conn: Connection, sha256: str) -> bool:
    return mime_of(conn, sha256) is not None
