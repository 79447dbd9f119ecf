"""Asset stores: a local directory and an S3-compatible object store (a real SeaweedFS
started by ``scripts/seaweedfs.sh``), shared by several hubs; the store unreachable,
refusing the credentials or without its bucket; migrating a local store to S3."""

from __future__ import annotations

import hashlib
import io
import os
import socket
import uuid
from pathlib import Path

import boto3
import httpx
import pytest
from PIL import Image
from sqlalchemy import func, select

from datafi_desktop.hub.cli.main import main as hub_main
from datafi_desktop.hub.db.tables import assets
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.hub.storage import open_store
from datafi_desktop.hub.storage.s3 import S3Store

from .helpers import ApiUser, AppProfile, signed_item, text_campaign

OCTET = {"Content-Type": "application/octet-stream"}


def _png(color: tuple[int, int, int] = (10, 200, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(buffer, "PNG")
    return buffer.getvalue()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _objects(s3: dict[str, str]) -> list[str]:
    client = boto3.client("s3", endpoint_url=s3["endpoint"])
    listed = client.list_objects_v2(Bucket=s3["bucket"], Prefix=s3["prefix"] + "/")
    return [str(o["Key"]) for o in listed.get("Contents", [])]


def _s3_hub(tmp_path: Path, name: str, database_url: str, s3: dict[str, str], *,
            url: str | None = None, endpoint: str | None = None, **extra: object
            ) -> HubSettings:
    return HubSettings(data_dir=tmp_path / name, database_url=database_url,
                       asset_store=url or s3["url"],
                       s3_endpoint_url=endpoint or s3["endpoint"], **extra)  # type: ignore[arg-type]


def test_hubs_share_an_s3_store(tmp_path: Path, database_url: str, s3: dict[str, str],
                                alice: AppProfile) -> None:
    first = start_hub(_s3_hub(tmp_path, "hub1", database_url, s3),
                      campaigns=[text_campaign("c1", tasks=2)])
    second = start_hub(_s3_hub(tmp_path, "hub2", database_url, s3))
    try:
        png = _png()
        sha = _sha(png)
        user = ApiUser(first.url, alice.signer).sign_in()
        response = user.put(f"/v1/campaigns/c1/assets/{sha}", content=png, headers=OCTET)
        assert response.status_code == 200, response.text
        assert response.json()["created"] is True
        assert _objects(s3) == [f"{s3['prefix']}/{sha[:2]}/{sha}"]
        # the other hub serves it (it used to answer 404: each hub had its own folder)
        got = httpx.get(f"{second.url}/v1/assets/{sha}")
        assert got.status_code == 200 and _sha(got.content) == sha
        assert got.headers["content-type"] == "image/png"
        # and a collection submission naming it is accepted through the other hub
        other = ApiUser(second.url, alice.signer).sign_in()
        item = signed_item(alice.signer, "c1", "collect",
                           {"kind": "collection", "text": "a bridge", "asset": sha,
                            "mime": "image/png", "metadata": {"place": "bridge"}})
        (result,) = other.push(item)
        assert result["result"] == "accepted", result
        # a hash that does not match its bytes: 422, nothing in the bucket or the spool
        wrong = _png((1, 2, 3))
        bad = user.put(f"/v1/campaigns/c1/assets/{_sha(png)[:-1]}0", content=wrong,
                       headers=OCTET)
        assert bad.status_code == 422 and "does not match" in bad.json()["detail"]
        assert len(_objects(s3)) == 1
        assert not list((tmp_path / "hub1" / "spool").glob(".upload-*"))
        assert httpx.get(f"{first.url}/v1/ready").json() == {
            "ready": True, "checks": {"database": "ok", "migrations": "ok", "assets": "ok"}}
    finally:
        first.stop()
        second.stop()


def test_downloads_can_redirect_to_a_presigned_url(tmp_path: Path, database_url: str,
                                                   s3: dict[str, str],
                                                   alice: AppProfile) -> None:
    hub = start_hub(_s3_hub(tmp_path, "hub", database_url, s3, asset_redirect=True),
                    campaigns=[text_campaign("c1", tasks=1)])
    try:
        png = _png()
        user = ApiUser(hub.url, alice.signer).sign_in()
        assert user.put(f"/v1/campaigns/c1/assets/{_sha(png)}", content=png,
                        headers=OCTET).status_code == 200
        answer = httpx.get(f"{hub.url}/v1/assets/{_sha(png)}")
        assert answer.status_code == 307
        location = answer.headers["location"]
        assert location.startswith(s3["endpoint"]) and "Signature" in location
        assert httpx.get(location).content == png
        assert httpx.get(f"{hub.url}/v1/assets/{'0' * 64}").status_code == 404
    finally:
        hub.stop()


def _closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    sock.close()  # nobody listens there
    return port


@pytest.mark.parametrize("trouble", ["unreachable", "credentials", "bucket"])
def test_a_store_in_trouble_is_not_ready_and_uploads_wait(
        tmp_path: Path, database_url: str, s3: dict[str, str], alice: AppProfile,
        monkeypatch: pytest.MonkeyPatch, trouble: str) -> None:
    endpoint, url = s3["endpoint"], s3["url"]
    if trouble == "unreachable":
        endpoint = f"http://127.0.0.1:{_closed_port()}"
    elif trouble == "credentials":
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-the-secret")
    else:
        url = f"s3://no-such-bucket-{uuid.uuid4().hex[:8]}/x"
    hub = start_hub(_s3_hub(tmp_path, "hub", database_url, s3, url=url, endpoint=endpoint),
                    campaigns=[text_campaign("c1", tasks=1)])
    try:
        ready = httpx.get(f"{hub.url}/v1/ready")
        assert ready.status_code == 503 and ready.headers["retry-after"]
        reason = ready.json()["checks"]["assets"]
        expected = {"unreachable": "unreachable", "credentials": "refused the hub's credentials",
                    "bucket": "does not exist"}[trouble]
        assert expected in reason
        assert "not-the-secret" not in ready.text
        assert ready.json()["checks"]["database"] == "ok"
        assert httpx.get(f"{hub.url}/v1/health").status_code == 200  # alive all the same
        png = _png()
        user = ApiUser(hub.url, alice.signer).sign_in()
        response = user.put(f"/v1/campaigns/c1/assets/{_sha(png)}", content=png, headers=OCTET)
        assert response.status_code == 503, response.text
        assert int(response.headers["retry-after"]) > 0
        assert expected in response.json()["detail"]
        with hub.hub.engine.connect() as conn:  # nothing recorded, nothing half-written
            assert conn.execute(select(func.count()).select_from(assets)).scalar_one() == 0
        assert not list((tmp_path / "hub" / "spool").glob(".upload-*"))
    finally:
        hub.stop()
    if trouble != "bucket":
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", os.environ["DATAFI_TEST_S3_SECRET_KEY"])
        assert _objects(s3) == []


def test_migrating_a_local_store_to_s3_is_verified_and_rerunnable(
        hub: RunningHub, database_url: str, s3: dict[str, str], alice: AppProfile,
        capsys: pytest.CaptureFixture[str]) -> None:
    user = ApiUser(hub.url, alice.signer).sign_in()
    blobs = [_png((i, 2 * i, 3 * i)) for i in range(1, 4)]
    for blob in blobs:
        assert user.put(f"/v1/campaigns/c1/assets/{_sha(blob)}", content=blob,
                        headers=OCTET).status_code == 200
    data_dir = str(hub.hub.settings.data_dir)
    argv = ["--data-dir", data_dir, "--database-url", database_url,
            "--s3-endpoint-url", s3["endpoint"], "assets", "migrate", "--to", s3["url"]]
    assert hub_main(argv) == 0
    out = capsys.readouterr().out
    assert "3 copied" in out and "every asset the database records is in" in out
    assert hub_main(argv) == 0  # a second run copies nothing
    again = capsys.readouterr().out
    assert "0 copied" in again and "3 already" in again
    store = open_store(s3["url"], data_dir=Path(data_dir), endpoint_url=s3["endpoint"])
    assert isinstance(store, S3Store)
    assert sorted(store.hashes()) == sorted(_sha(b) for b in blobs)
    assert all(store.verify(_sha(b)) for b in blobs)
    # a local file whose bytes no longer match its name is reported, not copied
    fresh = S3Store(f"s3://{s3['bucket']}/{s3['prefix']}-2", spool_dir=Path(data_dir) / "sp",
                    endpoint_url=s3["endpoint"])
    victim = hub.hub.assets.local_path(_sha(blobs[0]))
    victim.write_bytes(b"rotten")
    argv[-1] = fresh.url
    assert hub_main(argv) == 1
    err = capsys.readouterr().err
    assert f"asset {_sha(blobs[0])} in the source does not hash to its name" in err
    assert not fresh.has(_sha(blobs[0])) and fresh.has(_sha(blobs[1]))
