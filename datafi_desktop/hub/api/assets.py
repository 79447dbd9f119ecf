"""The asset routes: an asset by its hash (ETag, 304) and uploading a collected file,
streamed to the spool and hashed on the way (:mod:`..storage.assets` sniffs its type)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Header, Request, Response
from fastapi.concurrency import run_in_threadpool

from ...core.wire.assets import AssetOut
from ...core.wire.errors import ErrorOut
from .. import metrics
from ..accounts import quotas
from ..db.tables import reading
from ..errors import NotFound, PayloadTooLarge, Unprocessable, UnsupportedMediaType
from ..service import Hub
from ..storage import assets as asset_store
from ..storage.http import serve_asset
from .deps import ERRORS, CampaignId, Sha256, Signed

_BINARY_BODY = {"requestBody": {"required": True, "content": {
    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}


def add_routes(router: APIRouter, hub: Hub) -> None:

    @router.get("/v1/assets/{sha256}", responses={304: {"description": "not modified"},
                                                  404: {"model": ErrorOut}}, tags=["assets"])
    def get_asset(
        sha256: Sha256,
        if_none_match: Annotated[str | None, Header(max_length=2000)] = None,
    ) -> Response:
        """An asset by the sha-256 of its bytes. ETag is the hash; If-None-Match → 304."""
        etag = f'"{sha256}"'
        headers = {"ETag": etag, "Cache-Control": "public, max-age=31536000, immutable",
                   **asset_store.SAFE_HEADERS,
                   "Content-Disposition": f'attachment; filename="{sha256}"'}
        if if_none_match is not None and _etag_matches(if_none_match, etag):
            if not hub.assets.has(sha256):
                raise NotFound(f"no asset {sha256}")
            return Response(status_code=304, headers=headers)
        return serve_asset(hub, sha256, headers)

    @router.put("/v1/campaigns/{campaign_id:path}/assets/{sha256}", response_model=AssetOut,
                responses=ERRORS, tags=["assets"], openapi_extra=_BINARY_BODY)
    async def upload_asset(campaign_id: CampaignId, sha256: Sha256, request: Request,
                           signed: Signed) -> AssetOut:
        """Upload a collected file (raw bytes). Its sha-256 must be the one in the path;
        the type is sniffed (images must decode) and must be accepted by the campaign."""
        limit = hub.settings.max_upload_bytes
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise PayloadTooLarge(f"files are limited to {limit // (1024 * 1024)} MiB")
        await run_in_threadpool(_check_upload, hub, campaign_id, signed.account, sha256,
                                int(declared) if declared and declared.isdigit() else 0)
        fd, name = tempfile.mkstemp(dir=hub.assets.spool_dir, prefix=".upload-")
        tmp = Path(name)
        try:
            size = 0
            hasher = hashlib.sha256()
            with os.fdopen(fd, "wb") as out:
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > limit:
                        raise PayloadTooLarge(
                            f"files are limited to {limit // (1024 * 1024)} MiB")
                    hasher.update(chunk)
                    out.write(chunk)
            if hasher.hexdigest() != sha256:
                raise Unprocessable(f"the file's content does not match its hash (got "
                                    f"{hasher.hexdigest()[:12]}…, expected {sha256[:12]}…)")
            return await run_in_threadpool(_store_upload, hub, campaign_id, sha256, tmp, size,
                                           signed.account)
        finally:
            tmp.unlink(missing_ok=True)



def _store_upload(hub: Hub, campaign_id: str, sha256: str, tmp: Path, size: int,
                  account: str) -> AssetOut:
    with hub.engine.begin() as conn:
        existing = asset_store.mime_of(conn, sha256)
    if existing is not None and hub.assets.has(sha256):
        return AssetOut(sha256=sha256, size=hub.assets.size(sha256) or 0, mime=existing,
                        created=False)
    mime = asset_store.check_file(tmp)
    with hub.engine.begin() as conn:
        allowed = asset_store.accepted_types(conn, campaign_id)
    if mime not in allowed:
        raise UnsupportedMediaType(
            f"{mime} is not accepted by campaign {campaign_id!r} ({', '.join(sorted(allowed))})"
        )
    hub.assets.put_file(tmp, expected=sha256)  # 422 on a hash mismatch, 503 store away
    with hub.engine.begin() as conn:
        asset_store.record(conn, sha256, size, mime, campaign_id, account, hub.now())
    metrics.ASSET_BYTES.inc(size)
    return AssetOut(sha256=sha256, size=size, mime=mime, created=True)


def _check_upload(hub: Hub, campaign_id: str, account: str, sha256: str, incoming: int
                  ) -> None:
    with reading(hub.engine) as conn:
        quotas.check_upload(conn, campaign_id, account, hub.time(conn),
                            hub.settings.upload_quota, incoming, sha256)


def _etag_matches(header: str, etag: str) -> bool:
    if header.strip() == "*":
        return True
    return any(part.strip().removeprefix("W/") == etag for part in header.split(","))
