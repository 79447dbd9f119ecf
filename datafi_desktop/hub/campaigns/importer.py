"""Loading a campaign into the hub from a file.

Three shapes are accepted:

- a DataFi task file (JSON array, ``{"tasks": [...]}`` or JSONL) plus the
  campaign settings given as options;
- a campaign JSON with embedded tasks: ``{"id", "name", ..., "tasks": [...]}``
  or ``{"campaign": {...}, "tasks": [...]}``;
- Label Studio's task list (``[{"id", "data": {...}, "predictions": [...]}]``).

Images named by a task (``data.filename`` beside an image hash, or a Label
Studio path) are copied into the hub's content-addressed store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...core import jsonsafe
from ...core.errors import TaskFormatError
from ...core.formats import label_studio
from ...core.formats.importing import ImportOptions
from ...core.formats.label_studio_import import read_label_studio
from ...core.models import Campaign, TaskKind, parse_campaign
from ...core.taskfile import TaskRecord, parse_records, read_json_records
from ...core.words import counted
from ..errors import HubError
from ..service import Hub
from ..storage import assets as asset_table
from .catalog import create_campaign


@dataclass
class CampaignOptions:
    """Campaign settings for files that do not carry them (command-line options)."""

    id: str | None = None
    name: str | None = None
    overlap: int | None = None
    reviews_required: int | None = None
    chain: dict[str, Any] = field(default_factory=dict)
    kind: str | None = None
    labels: Sequence[str] | None = None
    multi: bool | None = None
    ml_backends: Sequence[str] | None = None


@dataclass(frozen=True)
class LoadedCampaign:
    campaign: Campaign
    records: list[TaskRecord]
    images: dict[str, Path]  # sha-256 → file to copy into the asset store
    source_format: str


def load_file(path: Path, options: CampaignOptions | None = None) -> LoadedCampaign:
    """Read and validate a campaign file; nothing is written."""
    options = options or CampaignOptions()
    raw_records = read_json_records(path)
    campaign_data: dict[str, Any] | None = None
    if path.suffix.lower() != ".jsonl":
        whole = jsonsafe.loads(path.read_text(encoding="utf-8"))
        if isinstance(whole, dict) and isinstance(whole.get("tasks"), list):
            if isinstance(whole.get("campaign"), dict):
                campaign_data = dict(whole["campaign"])
            elif "name" in whole:
                campaign_data = {k: v for k, v in whole.items() if k != "tasks"}
    values = [raw for _, raw in raw_records]
    images: dict[str, Path] = {}
    if label_studio.looks_like_label_studio(values):
        # the importer shared with the app: annotations too, EXIF-rotated sizes, shapes
        # beyond the image (past a 1 px tolerance) refused, comparison results kept
        imported = read_label_studio(path, ImportOptions(
            kind=TaskKind(options.kind) if options.kind else None,
            labels=tuple(options.labels) if options.labels else None, multi=options.multi,
            on_invalid="fail"))
        records = imported.records
        images.update(imported.images)
        fmt = "label-studio"
    else:
        records = parse_records(raw_records)
        for record in records:
            image = record.task.image_hash
            filename = record.task.data.get("filename")
            if image and isinstance(filename, str):
                candidate = path.parent / filename
                if candidate.is_file():
                    images[image] = candidate
        fmt = "campaign" if campaign_data is not None else "datafi"
    campaign = _campaign(campaign_data or {}, options, path)
    return LoadedCampaign(campaign, records, images, fmt)


def _campaign(data: dict[str, Any], options: CampaignOptions, path: Path) -> Campaign:
    data = dict(data)
    if options.id:
        data["id"] = options.id
    if options.name:
        data["name"] = options.name
    data.setdefault("id", path.stem)
    data.setdefault("name", str(data["id"]))
    if options.overlap is not None:
        data["overlap"] = options.overlap
    if options.reviews_required is not None:
        data["reviews_required"] = options.reviews_required
    if options.chain:
        data["chain"] = {**(data.get("chain") or {}), **options.chain}
    if options.ml_backends is not None:
        data["ml_backends"] = list(options.ml_backends)
    return parse_campaign(data)


def import_campaign(hub: Hub, loaded: LoadedCampaign,
                    options: CampaignOptions | None = None) -> tuple[int, int]:
    """Copy the images into the store and write the campaign; (added, already there).

    Adding tasks to an existing campaign from a plain task file keeps the campaign's
    settings (name, overlap, chain…) except those given in ``options``: a second
    import never silently moves a campaign to another chain.
    """
    from ..storage.assets import check_file
    from .catalog import load_campaign

    if loaded.source_format != "campaign":
        with hub.engine.begin() as conn:
            try:
                existing, _closed = load_campaign(conn, loaded.campaign.id)
            except HubError:
                existing = None
        if existing is not None:
            base = existing.model_dump(mode="json")
            loaded = LoadedCampaign(_campaign(base, options or CampaignOptions(), Path(".")),
                                    loaded.records, loaded.images, loaded.source_format)

    stored: list[tuple[str, int, str]] = []
    for sha, source in loaded.images.items():
        mime = check_file(source)
        hub.assets.put_file(source, expected=sha)
        stored.append((sha, source.stat().st_size, mime))
    for record in loaded.records:
        image = record.task.image_hash
        if image and not hub.assets.has(image):
            raise TaskFormatError(f"image {image[:12]}… is neither in the store nor beside the "
                                  "file (data.filename)", field="data.image",
                                  context=record.where)
    now = hub.now()
    with hub.engine.begin() as conn:
        for sha, size, mime in stored:
            asset_table.record(conn, sha, size, mime, loaded.campaign.id, None, now)
        return create_campaign(conn, loaded.campaign, loaded.records, now)


def summary(loaded: LoadedCampaign) -> str:
    kinds: dict[str, int] = {}
    for record in loaded.records:
        kinds[record.task.kind.value] = kinds.get(record.task.kind.value, 0) + 1
    text = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    gold = sum(1 for r in loaded.records if r.gold is not None)
    # each kind once ("3 collection" was printed twice)
    return (f"campaign {loaded.campaign.id!r} ({loaded.source_format}): {text or 'no tasks'}"
            f"{f', {gold} with gold answers' if gold else ''}; "
            f"{counted(len(loaded.images), 'image')}")
