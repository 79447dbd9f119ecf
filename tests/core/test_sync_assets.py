"""Images of open tasks are fetched when missing, found in SQL; an engine looks at
every open task once, then only at tasks fetched since (issue 16)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image

from datafi_desktop.core.models import parse_campaign
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.hub.campaigns.importer import LoadedCampaign, import_campaign
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.hub import conftest as _hub_fixtures
from tests.hub.helpers import AppProfile, campaign_data

alice, clock = _hub_fixtures.alice, _hub_fixtures.clock  # clock: the hub fixture needs it
database_url, hub, hub_settings = (_hub_fixtures.database_url, _hub_fixtures.hub,
                                   _hub_fixtures.hub_settings)


def image_campaign(folder: Path, count: int) -> tuple[LoadedCampaign, list[str]]:
    images: dict[str, Path] = {}
    raw = []
    for i in range(count):
        buffer = io.BytesIO()
        Image.new("RGB", (16, 12), (10 * i, 80, 160)).save(buffer, "PNG")
        sha = hashlib.sha256(buffer.getvalue()).hexdigest()
        path = folder / f"img{i}.png"
        path.write_bytes(buffer.getvalue())
        images[sha] = path
        raw.append((f"i{i}", {"id": f"img-{i}", "kind": "image_classification",
                              "data": {"image": sha, "width": 16, "height": 12},
                              "config": {"labels": ["a", "b"]}}))
    loaded = LoadedCampaign(parse_campaign(campaign_data("pics")), parse_records(raw),
                            images, "test")
    return loaded, list(images)


def test_missing_images_of_open_tasks_are_fetched(tmp_path: Path, hub: RunningHub,
                                                  alice: AppProfile) -> None:
    loaded, hashes = image_campaign(tmp_path, 3)
    import_campaign(hub.hub, loaded)
    with alice.cache() as cache:
        engine = alice.engine(cache, hub.url)
        assert engine.sync_now(lease={"pics": 3}).leased == 3
        assert all(cache.assets.has(h) for h in hashes)
        assert cache.tasks.open_image_hashes() == sorted(hashes)
        cache.assets.path(hashes[0]).unlink()  # lost (a cleanup tool, a full disk…)
        fresh = alice.engine(cache, hub.url)  # the app starts again: every task is checked
        assert fresh.download_missing_assets() == 1 and cache.assets.has(hashes[0])
        # later syncs of the same engine look only at tasks fetched since (the tasks
        # were fetched a minute ago: their fetch stamps are moved back by one)
        with cache.transaction():
            cache.db.execute("UPDATE tasks SET fetched_at = fetched_at - 60000")
        fresh.download_missing_assets()
        cache.assets.path(hashes[1]).unlink()
        assert fresh.download_missing_assets() == 0
        assert alice.engine(cache, hub.url).download_missing_assets() == 1
