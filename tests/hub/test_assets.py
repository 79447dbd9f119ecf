"""Assets by content hash (ETag, 304) and collected uploads (size, type, hash checks)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image

from datafi_desktop.core.models import parse_campaign
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.hub.campaigns.catalog import set_closed
from datafi_desktop.hub.campaigns.importer import LoadedCampaign, import_campaign
from datafi_desktop.hub.server.inprocess import RunningHub

from .helpers import ApiUser, AppProfile, campaign_data


def _png(width: int = 40, height: int = 30, color: tuple[int, int, int] = (10, 200, 30)
         ) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _image_campaign(hub: RunningHub, tmp_path: Path) -> str:
    data = _png()
    path = tmp_path / "cat.png"
    path.write_bytes(data)
    sha = _sha(data)
    records = parse_records([("img", {
        "id": "img-1", "kind": "bounding_boxes",
        "data": {"image": sha, "width": 40, "height": 30, "filename": "cat.png"},
        "config": {"labels": ["cat"]}})])
    import_campaign(hub.hub, LoadedCampaign(parse_campaign(campaign_data("img")), records,
                                            {sha: path}, "test"))
    return sha


def test_assets_by_hash_with_etag(hub: RunningHub, tmp_path: Path, alice: AppProfile) -> None:
    sha = _image_campaign(hub, tmp_path)
    user = ApiUser(hub.url, alice.signer)
    first = user.get(f"/v1/assets/{sha}")
    assert first.status_code == 200
    assert _sha(first.content) == sha
    assert first.headers["ETag"] == f'"{sha}"'
    assert first.headers["content-type"] == "image/png"
    again = user.get(f"/v1/assets/{sha}", headers={"If-None-Match": f'"{sha}"'})
    assert again.status_code == 304 and again.content == b""
    assert user.get(f"/v1/assets/{'0' * 64}").status_code == 404
    assert user.get("/v1/assets/not-a-hash").status_code == 422


def test_leasing_an_image_task_downloads_its_image(hub: RunningHub, tmp_path: Path,
                                                   alice: AppProfile) -> None:
    sha = _image_campaign(hub, tmp_path)
    with alice.cache() as cache:
        report = alice.engine(cache, hub.url).sync_now(lease={"img": 5})
        assert (report.leased, report.downloaded) == (1, 1)
        assert cache.assets.verify(sha)
        again = alice.engine(cache, hub.url).sync_now(lease={"img": 5})
        assert again.downloaded == 0  # content-addressed: never downloaded twice


def test_uploads_are_checked(hub: RunningHub, alice: AppProfile) -> None:
    user = ApiUser(hub.url, alice.signer).sign_in()
    png = _png()
    octet = {"Content-Type": "application/octet-stream"}

    def put(sha: str, body: bytes, campaign: str = "c1") -> tuple[int, dict[str, object]]:
        response = user.put(f"/v1/campaigns/{campaign}/assets/{sha}", content=body,
                            headers=octet)
        return response.status_code, response.json()

    status, body = put(_sha(png), png)
    assert status == 200 and body == {"sha256": _sha(png), "size": len(png),
                                      "mime": "image/png", "created": True}
    assert put(_sha(png), png)[1]["created"] is False
    assert hub.hub.assets.verify(_sha(png))

    text = b"Notes from the field: a bridge, a river.\n"
    assert put(_sha(text), text)[1]["mime"] == "text/plain"

    other = _png(color=(1, 2, 3))
    status, body = put(_sha(png), other)  # the bytes are not the ones named
    assert status == 422 and "does not match" in str(body["detail"])

    pdf = b"%PDF-1.4\n" + b"0" * 100
    status, body = put(_sha(pdf), pdf)
    assert status == 415 and "application/pdf" in str(body["detail"])

    truncated = png[: len(png) // 2]
    status, body = put(_sha(truncated), truncated)
    assert status == 422 and "does not decode" in str(body["detail"])

    bomb = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(bomb, "PNG")
    status, body = put(_sha(bomb.getvalue()), bomb.getvalue())
    assert status == 422 and "bomb" in str(body["detail"])

    assert put(_sha(png), png, campaign="nope")[0] == 404
    anonymous = ApiUser(hub.url, alice.signer)
    assert anonymous.put(f"/v1/campaigns/c1/assets/{_sha(png)}", content=png).status_code == 401
    with hub.hub.engine.begin() as conn:
        set_closed(conn, "c1", True)
    assert put(_sha(other), other)[0] == 403


def test_oversized_uploads_are_refused(hub: RunningHub, alice: AppProfile) -> None:
    user = ApiUser(hub.url, alice.signer).sign_in()
    limit = hub.hub.settings.max_upload_bytes
    big = b"a" * (limit + 1)
    response = user.put(f"/v1/campaigns/c1/assets/{_sha(big)}", content=big,
                        headers={"Content-Type": "application/octet-stream"})
    assert response.status_code == 413
    assert "MiB" in response.json()["detail"]

    def chunks() -> object:  # no Content-Length: counted while streaming
        for _ in range(limit // (1 << 20) + 2):
            yield b"b" * (1 << 20)

    streamed = user.put(f"/v1/campaigns/c1/assets/{'1' * 64}", content=chunks(),
                        headers={"Content-Type": "application/octet-stream"})
    assert streamed.status_code == 413
    assert not list(hub.hub.assets.root.glob(".upload-*"))  # nothing left behind
