"""Availability: uploads, nonces, image decoding and refused items are bounded.

Rows: ``T-avail-upload-quota`` (+360 MB in 5 s, also to a campaign that collects nothing),
``T-avail-image-decode-memory`` (six 9,400×9,400 PNGs took 2 GB), ``T-avail-nonce-flood``
(6,433 nonce rows in 30 s), ``T-avail-refused-stored`` (refused items kept, +225 MB)."""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from datafi_desktop.hub.accounts.quotas import UploadQuota
from datafi_desktop.hub.db.tables import submissions, tasks
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.hub.helpers import ApiUser, answer, signed_item

from .availability_support import hub_in_thread, signed_in

QUOTA = UploadQuota(window_s=3600, account_files=3, account_bytes=1_000_000,
                    campaign_files=5, campaign_bytes=5_000_000)


@pytest.fixture
def avail_hub(tmp_path: Path) -> Iterator[RunningHub]:
    yield from hub_in_thread(tmp_path, upload_quota=QUOTA, nonces_per_client=5)


def _text(n: int, size: int = 100) -> bytes:
    return (f"file {n} ".encode() * size)[:size]


def _upload(user: ApiUser, data: bytes, campaign: str = "c1") -> tuple[int, dict[str, str],
                                                                        str]:
    sha = hashlib.sha256(data).hexdigest()
    response = user.put(f"/v1/campaigns/{campaign}/assets/{sha}", content=data,
                        headers={"Content-Type": "text/plain"})
    return response.status_code, dict(response.headers), response.text


def test_T_avail_upload_quota_per_account(avail_hub: RunningHub) -> None:
    alice = signed_in(avail_hub, "alice")
    for n in range(3):
        assert _upload(alice, _text(n))[0] == 200
    status, headers, text = _upload(alice, _text(99))
    assert status == 429 and "3 files per 1 h" in text
    assert 1 <= int(headers["retry-after"]) <= 3600
    big = b"x" * 1_000_001  # over the byte quota on its own: refused before it is read
    assert _upload(signed_in(avail_hub, "bob"), big)[0] == 429
    assert _upload(alice, _text(0))[0] == 200  # a file already stored costs nothing


def test_T_avail_upload_quota_per_campaign(avail_hub: RunningHub) -> None:
    users = [signed_in(avail_hub, name) for name in ("a", "b", "c")]
    done = 0
    for n in range(9):
        status, headers, text = _upload(users[n % 3], _text(n))
        if status == 200:
            done += 1
        else:
            assert status == 429 and "campaign 'c1'" in text and "retry-after" in headers
    assert done == 5


def test_T_avail_upload_needs_collection_task(avail_hub: RunningHub) -> None:
    with avail_hub.hub.engine.begin() as conn:
        conn.execute(delete(tasks).where(tasks.c.kind == "collection"))
    status, _headers, text = _upload(signed_in(avail_hub), _text(1))
    assert status == 403 and "no collection task" in text
    assert not list(avail_hub.hub.assets.root.glob("*/*"))  # nothing stored


def test_T_avail_nonce_throttled(avail_hub: RunningHub) -> None:
    user = ApiUser(avail_hub.url, signed_in(avail_hub).signer)  # one nonce used above
    answers = [user.post("/v1/auth/nonce") for _ in range(8)]
    codes = [a.status_code for a in answers]
    assert codes.count(200) == 4 and codes[-1] == 429, codes
    assert int(answers[-1].headers["retry-after"]) >= 1
    from datafi_desktop.hub.db.tables import nonces
    with avail_hub.hub.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(nonces)).scalar_one() == 5


def test_T_avail_nonce_window_is_shared_by_every_hub_process(avail_hub: RunningHub,
                                                              tmp_path: Path) -> None:
    """Two hub processes on one database (as behind a proxy) share the throttle: it is
    counted in the database, not in each process's memory."""
    from datafi_desktop.hub.server.inprocess import start_hub
    from datafi_desktop.hub.settings import HubSettings

    second = start_hub(HubSettings(data_dir=tmp_path / "second", nonces_per_client=5,
                                   database_url=avail_hub.hub.settings.url))
    try:
        signer = signed_in(avail_hub).signer  # one nonce used
        one, two = ApiUser(avail_hub.url, signer), ApiUser(second.url, signer)
        codes = [(one if i % 2 else two).post("/v1/auth/nonce").status_code
                 for i in range(6)]
    finally:
        second.stop()
    assert codes == [200, 200, 200, 200, 429, 429], codes


def _png(width: int, height: int) -> bytes:
    """An RGB PNG of ``width``×``height`` black pixels, built row by row (a few kB; the
    test never holds the decoded image)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    packer = zlib.compressobj(9)
    row = b"\x00" * (1 + width * 3)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + \
        chunk(b"IEND", b"")


def test_T_avail_image_decode_memory_bounded(avail_hub: RunningHub) -> None:
    user = signed_in(avail_hub)
    png = _png(9400, 9400)
    sha = hashlib.sha256(png).hexdigest()
    response = user.put(f"/v1/campaigns/c1/assets/{sha}", content=png,
                        headers={"Content-Type": "image/png"})
    assert response.status_code == 422, response.text
    assert "9400×9400" in response.text and "MiB decoding limit" in response.text
    small = _png(64, 48)
    ok = user.put(f"/v1/campaigns/c1/assets/{hashlib.sha256(small).hexdigest()}",
                  content=small, headers={"Content-Type": "image/png"})
    assert ok.status_code == 200 and ok.json()["mime"] == "image/png"


def test_T_avail_refused_items_keep_no_content(avail_hub: RunningHub) -> None:
    """A refused item keeps its id, digest and reason, never its content."""
    user = signed_in(avail_hub)
    padding = "x" * 200_000
    items = [signed_item(user.signer, "c1", f"t{n:05d}",
                         {**answer(0), "labels": [padding]}) for n in range(5)]
    results = user.push(*items)  # no lease, and a label outside the set
    assert [r["result"] for r in results] == ["rejected"] * 5
    with avail_hub.hub.engine.connect() as conn:
        stored = conn.execute(select(func.sum(func.length(submissions.c.annotation)))
                              ).scalar_one()
        rows = conn.execute(select(func.count()).select_from(submissions)).scalar_one()
    assert rows == 5 and stored < 100
    assert [r["result"] for r in user.push(*items)] == ["rejected"] * 5  # resends known
