"""Availability and robustness rows that each need one request or two: assets served
inert, signed timestamps within a window, reads that never wait for the write lock."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from datafi_desktop.hub.campaigns.export import export_campaign
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.hub.settings import wall_clock_ms
from tests.hub.helpers import answer, signed_item

from .availability_support import hub_in_thread, signed_in


@pytest.fixture
def avail_hub(tmp_path: Path) -> Iterator[RunningHub]:
    yield from hub_in_thread(tmp_path, campaign={"reviews_required": 0})


def test_T_avail_assets_nosniff_attachment(avail_hub: RunningHub) -> None:
    """Uploaded HTML is stored as text and served so no browser renders it."""
    user = signed_in(avail_hub)
    page = b"<html><script>alert(document.cookie)</script></html>"
    sha = hashlib.sha256(page).hexdigest()
    put = user.put(f"/v1/campaigns/c1/assets/{sha}", content=page,
                   headers={"Content-Type": "text/html"})
    assert put.status_code == 200, put.text
    got = user.get(f"/v1/assets/{sha}")
    assert got.status_code == 200 and got.content == page
    assert got.headers["x-content-type-options"] == "nosniff"
    assert got.headers["content-disposition"] == f'attachment; filename="{sha}"'
    assert got.headers["content-type"].startswith("text/plain")
    assert "sandbox" in got.headers["content-security-policy"]


def test_T_avail_created_at_window(avail_hub: RunningHub, tmp_path: Path) -> None:
    """createdAt 2^63-1 (or before 2020, or days ahead) is refused, so one item cannot
    break export --format label-studio for the whole campaign."""
    user = signed_in(avail_hub)
    tasks = user.lease("c1", count=5)
    now = wall_clock_ms()
    bad = {2**63 - 1: "ahead", 0: "before 2020", now + 3 * 86_400_000: "ahead",
           1_500_000_000_000: "before 2020"}
    for task, (created, why) in zip(tasks, bad.items(), strict=False):
        result = user.push(signed_item(user.signer, "c1", task, answer(0),
                                       created_at_ms=created))[0]
        assert result["result"] == "rejected" and why in result["reason"], result
    good = user.push(signed_item(user.signer, "c1", tasks[4], answer(1),
                                 created_at_ms=now + 3_600_000))[0]  # a fast clock is fine
    assert good["result"] == "accepted", good
    out = export_campaign(avail_hub.hub, "c1", "label-studio", tmp_path / "ls")
    assert out.manifest["counts"]["exported"] == 1


def test_T_avail_session_lookup_without_write_lock(avail_hub: RunningHub) -> None:
    """Signed-in reads go on while another transaction holds SQLite's write lock (they
    used to queue behind it and fail with "database is locked" under 50 clients)."""
    user = signed_in(avail_hub)
    db = avail_hub.hub.settings.data_dir / "hub.sqlite3"
    writer = sqlite3.connect(db, isolation_level=None, timeout=1)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE campaigns SET name = name")
        user.http.timeout = 60
        assert user.get("/v1/me").status_code == 200
        assert user.get("/v1/campaigns").status_code == 200
        assert user.get("/v1/campaigns/c1").status_code == 200
        # the guard's session check before a body is read does not take the lock either
        assert user.post("/v1/campaigns/c1/leases", content=b"{", headers={
            "Content-Type": "application/json"}).status_code == 422
        assert writer.in_transaction  # the lock was held throughout
    finally:
        writer.execute("ROLLBACK")
        writer.close()
