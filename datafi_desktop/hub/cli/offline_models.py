"""``datafi-hub offline-model CAMPAIGN MANIFEST MODEL``: ship an offline ONNX model with
a campaign. The model is checked against its manifest (onnxruntime loads it; inputs,
outputs and labels match) before anything is stored; then both files go into the
asset store (content-addressed, served by ``GET /v1/assets/{sha256}``) and the
manifest's sha-256 is added to the campaign's ``offline_models``, which the app's
sync downloads (docs/models.md)."""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import update

from ...core.assist.onnx_manifest import ModelFileError, parse_manifest
from ...core.assist.onnx_model import OnnxModel
from ..db.tables import campaigns
from ..service import Hub
from ..storage import assets as asset_table


def add_commands(sub: Any) -> None:
    p = sub.add_parser("offline-model", help="ship an offline ONNX model with a campaign")
    p.add_argument("campaign")
    p.add_argument("manifest", type=Path, help="the model's manifest (JSON)")
    p.add_argument("model", type=Path, help="the ONNX file the manifest names")
    p.set_defaults(func=cmd_offline_model)


def ship_model(hub: Hub, campaign_id: str, manifest_path: Path, model_path: Path) -> str:
    """Check and store the model; the manifest's sha-256 (now in the campaign)."""
    from ..campaigns.catalog import load_campaign

    manifest = parse_manifest(manifest_path.read_bytes())
    OnnxModel.open(manifest, model_path)  # refuses a file that does not match
    manifest_sha = hashlib.sha256(manifest_path.read_bytes()).hexdigest()
    hub.assets.put_file(model_path, expected=manifest.model.sha256)
    hub.assets.put_file(manifest_path, expected=manifest_sha)
    now = hub.now()
    with hub.engine.begin() as conn:
        campaign, _closed = load_campaign(conn, campaign_id)
        asset_table.record(conn, manifest.model.sha256, manifest.model.size,
                           "application/octet-stream", campaign_id, None, now)
        asset_table.record(conn, manifest_sha, manifest_path.stat().st_size,
                           "application/json", campaign_id, None, now)
        models = tuple(dict.fromkeys((*campaign.offline_models, manifest_sha)))
        updated = campaign.model_copy(update={"offline_models": models})
        conn.execute(update(campaigns).where(campaigns.c.id == campaign_id)
                     .values(body=updated.model_dump_json()))
    return manifest_sha


def cmd_offline_model(args: argparse.Namespace) -> int:
    from .common import open_hub

    hub = open_hub(args)
    try:
        sha = ship_model(hub, args.campaign, args.manifest, args.model)
    except ModelFileError as exc:
        raise SystemExit(f"error: {exc}") from None
    finally:
        hub.close()
    print(json.dumps({"campaign": args.campaign, "manifest": sha}))
    return 0
