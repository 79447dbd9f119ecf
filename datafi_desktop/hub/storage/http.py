"""Answering ``GET /v1/assets/{sha256}`` from whichever store holds the bytes."""

from __future__ import annotations

from fastapi import Response
from fastapi.responses import FileResponse, RedirectResponse, StreamingResponse

from ..errors import NotFound
from ..service import Hub
from . import assets as asset_rows
from .local import LocalStore


def serve_asset(hub: Hub, sha256: str, headers: dict[str, str]) -> Response:
    """The bytes: a file response from a local store, a stream from an object store, or
    (``asset_redirect``) a 307 to a short-lived presigned URL of the object."""
    store = hub.assets
    with hub.engine.begin() as conn:
        mime = asset_rows.mime_of(conn, sha256) or "application/octet-stream"
    if isinstance(store, LocalStore):
        path = store.local_path(sha256)
        if not path.is_file():
            raise NotFound(f"no asset {sha256}")
        return FileResponse(path, media_type=mime, headers=headers)
    size = store.size(sha256)
    if size is None:
        raise NotFound(f"no asset {sha256}")
    if hub.settings.asset_redirect:
        url = store.presigned_url(sha256, hub.settings.presign_ttl_s)
        if url is not None:
            return RedirectResponse(url, status_code=307,
                                    headers={"ETag": headers["ETag"],
                                             "Cache-Control": "private, no-store"})
    return StreamingResponse(store.chunks(sha256), media_type=mime,
                             headers={**headers, "Content-Length": str(size)})
