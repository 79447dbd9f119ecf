"""The demo campaign shipped in ``resources/demo``: load it into a cache."""

from __future__ import annotations

import json
from pathlib import Path

from .cache import Cache
from .errors import AssetError
from .models import Campaign, ChainSettings, parse_campaign
from .resources import resource
from .taskfile import TaskRecord, read_task_file

DEMO_CAMPAIGN_ID = "demo"


def demo_dir() -> Path:
    return resource("demo")


def demo_campaign(chain: ChainSettings | None = None, hub_url: str | None = None) -> Campaign:
    data = json.loads((demo_dir() / "campaign.json").read_text(encoding="utf-8"))
    if chain is not None:
        data["chain"] = chain.model_dump()
    if hub_url is not None:
        data["hub_url"] = hub_url
    return parse_campaign(data)


def demo_records() -> list[TaskRecord]:
    return read_task_file(demo_dir() / "tasks.jsonl")


def demo_asset_path(record: TaskRecord) -> Path | None:
    filename = record.task.data.get("filename")
    return demo_dir() / filename if isinstance(filename, str) and record.task.image_hash else None


def load_demo(
    cache: Cache, chain: ChainSettings | None = None, hub_url: str | None = None
) -> Campaign:
    """Put the demo campaign, its tasks and its images into ``cache`` (idempotent)."""
    campaign = demo_campaign(chain, hub_url)
    records = demo_records()
    for record in records:
        path = demo_asset_path(record)
        if path is not None:
            if not path.is_file():
                raise AssetError(f"{record.where}: demo image {path.name} is missing")
            cache.assets.put_file(path, expected=record.task.image_hash)
    cache.tasks.upsert_campaign(campaign)
    cache.tasks.add_tasks(campaign.id, (r.task for r in records), source="demo")
    return campaign
