"""Backups (issue 15): ``scripts/backup.sh`` dumps a PostgreSQL hub and copies its assets;
after the database schema and the asset folder are wiped, ``restore`` brings back a hub
that serves the same campaign, submissions, ledger, export records and asset bytes."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from datafi_desktop.hub.campaigns.export import accepted_records
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.db.tables import ledger, submissions
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from tests.conftest import KeySigner

from .helpers import REPO, ApiUser, answer, signed_item, text_campaign


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 6), (200, 30, 90)).save(out, format="PNG")
    return out.getvalue()


PNG = _png()


def _schema(database_url: str) -> str:
    options = str(make_url(database_url).query.get("options", ""))
    return options.split("search_path=")[1]


def _state(settings: HubSettings) -> dict[str, Any]:
    engine = create_engine(settings.url)
    try:
        with engine.connect() as conn:
            return {
                "submissions": sorted(tuple(r) for r in conn.execute(select(
                    submissions.c.id, submissions.c.status, submissions.c.digest,
                    submissions.c.seq))),
                "ledger": sorted(tuple(r) for r in conn.execute(select(
                    ledger.c.id, ledger.c.account, ledger.c.amount, ledger.c.digest))),
                "export": [(r.submission_id, r.digest, r.annotation)
                           for r in accepted_records(conn, "bk")],
            }
    finally:
        engine.dispose()


def _script(action: str, folder: Path, settings: HubSettings, schema: str
            ) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "DATAFI_HUB_DATABASE_URL": settings.url,
           "DATAFI_HUB_DIR": str(settings.data_dir), "DATAFI_HUB_DB_SCHEMA": schema,
           "DATAFI_HUB_BIN": f"{sys.executable} -m datafi_desktop.hub",
           "PYTHONPATH": str(REPO)}
    return subprocess.run(["bash", str(REPO / "scripts" / "backup.sh"), action, str(folder)],
                          env=env, capture_output=True, text=True, timeout=300)


def test_backup_wipe_restore_serves_the_same_campaign_and_ledger(
        hub: RunningHub, hub_settings: HubSettings, database_url: str, tmp_path: Path) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("scripts/backup.sh backs up a PostgreSQL hub")
    import_campaign(hub.hub, text_campaign("bk", tasks=3, reviews_required=0))
    alice = ApiUser(hub.url, KeySigner("alice")).sign_in()
    assert alice.lease("bk", count=2) == ["t00000", "t00001"]
    pushed = alice.push(signed_item(alice.signer, "bk", "t00000", answer(0)),
                        signed_item(alice.signer, "bk", "t00001", answer(1)))
    assert [r["result"] for r in pushed] == ["accepted", "accepted"]
    sha = hashlib.sha256(PNG).hexdigest()
    uploaded = alice.put(f"/v1/campaigns/bk/assets/{sha}", content=PNG,
                         headers={"Content-Type": "image/png"})
    assert uploaded.status_code in (200, 201), uploaded.text
    before = _state(hub_settings)
    assert len(before["ledger"]) == 2 and len(before["export"]) == 2
    hub.stop()

    folder = tmp_path / "backup"
    done = _script("backup", folder, hub_settings, _schema(database_url))
    assert done.returncode == 0, done.stderr
    assert (folder / "hub.pgdump").stat().st_size > 0
    assert [p.read_bytes() for p in (folder / "assets").rglob("*") if p.is_file()] == [PNG]
    # a second backup into the same folder is refused, nothing overwritten
    again = _script("backup", folder, hub_settings, _schema(database_url))
    assert again.returncode != 0 and "not empty" in again.stderr

    # wipe: the schema's tables and the asset folder
    admin = create_engine(hub_settings.url, isolation_level="AUTOCOMMIT")
    schema = _schema(database_url)
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    shutil.rmtree(hub_settings.data_dir / "assets")

    restored = _script("restore", folder, hub_settings, schema)
    assert restored.returncode == 0, restored.stderr
    assert _state(hub_settings) == before
    again_hub = start_hub(HubSettings(data_dir=hub_settings.data_dir,
                                      database_url=hub_settings.url))
    try:
        bob = ApiUser(again_hub.url, KeySigner("alice")).sign_in()
        detail = bob.get("/v1/campaigns/bk")
        assert detail.status_code == 200 and detail.json()["tasks_total"] == 4
        assert bob.get(f"/v1/assets/{sha}").content == PNG
        feed = bob.get("/v1/submissions/status", params={"since": 0}).json()
        assert sorted(i["id"] for i in feed["items"]) == sorted(r["id"] for r in pushed)
    finally:
        again_hub.stop()


def test_a_damaged_backup_is_refused_before_anything_is_restored(
        hub_settings: HubSettings, tmp_path: Path) -> None:
    folder = tmp_path / "backup"
    folder.mkdir()
    (folder / "hub.pgdump").write_bytes(b"not a dump")
    (folder / "SHA256SUMS").write_text("0" * 64 + "  hub.pgdump\n")
    settings = HubSettings(data_dir=hub_settings.data_dir,
                           database_url="postgresql+psycopg://nobody@127.0.0.1:1/none")
    done = _script("restore", folder, settings, "s")
    assert done.returncode != 0 and "damaged" in done.stderr
