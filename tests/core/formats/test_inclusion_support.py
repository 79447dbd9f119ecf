"""Shared pieces of the inclusion tests (no tests here): a campaign of text and box tasks
that settles on a given chain, an app profile (real cache, test key) that labels and syncs,
reviews through the hub's API, and editing an export's ``submissions.jsonl`` with the
manifest's hash kept in step (so that only the inclusion checks can notice)."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.models import ChainSettings, parse_campaign
from datafi_desktop.core.profile import open_profile
from datafi_desktop.core.sync import SyncEngine
from datafi_desktop.core.sync.engine import SyncReport
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.hub.accounts import auth
from datafi_desktop.hub.campaigns.catalog import load_campaign
from datafi_desktop.hub.campaigns.importer import LoadedCampaign
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.hub.settlement.demo import DemoReviewer, accept_all
from tests.conftest import KeySigner

LABELS = ["good", "bad"]
CLASSES = ["car", "person"]
REWARD = 10**18
CAMPAIGN = "c1"


def mixed_campaign(settings: ChainSettings, folder: Path, *, texts: int = 4, images: int = 4,
                   campaign_id: str = CAMPAIGN) -> LoadedCampaign:
    """Text classification and bounding-box tasks (64×48 PNGs) rewarded on ``settings``."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    raw: list[tuple[str, Any]] = []
    for i in range(texts):
        raw.append((f"t{i}", {"id": f"text-{i:02d}", "kind": "text_classification",
                              "data": {"text": f"Item {i}: fine."},
                              "config": {"labels": LABELS}}))
    for i in range(images):
        buffer = io.BytesIO()
        Image.new("RGB", (64, 48), (40 + 30 * i, 120, 200)).save(buffer, "PNG")
        data = buffer.getvalue()
        sha = hashlib.sha256(data).hexdigest()
        path = folder / f"street-{i}.png"
        path.write_bytes(data)
        files[sha] = path
        raw.append((f"b{i}", {"id": f"street-{i:02d}", "kind": "bounding_boxes",
                              "data": {"image": sha, "width": 64, "height": 48,
                                       "filename": path.name},
                              "config": {"labels": CLASSES}}))
    campaign = parse_campaign({
        "id": campaign_id, "name": "Texts and streets",
        "rewards": {"text_classification": REWARD, "bounding_boxes": REWARD},
        "chain": settings.model_dump()})
    return LoadedCampaign(campaign, parse_records(raw), files, "test")


def answer(kind: str, n: int) -> dict[str, Any]:
    if kind == "text_classification":
        return {"kind": kind, "labels": [LABELS[n % 2]]}
    return {"kind": kind, "boxes": [{"label": CLASSES[n % 2], "x": 2 + n, "y": 3, "w": 20,
                                     "h": 10}]}


def corrected(kind: str) -> dict[str, Any]:
    if kind == "text_classification":
        return {"kind": kind, "labels": ["bad"]}
    return {"kind": kind, "boxes": [{"label": "car", "x": 2, "y": 3, "w": 24, "h": 12},
                                    {"label": "person", "x": 40, "y": 5, "w": 8, "h": 30}]}


@dataclass
class Profile:
    """One app install: a profile folder (cache + assets) and a test key."""

    root: Path
    signer: KeySigner

    @classmethod
    def make(cls, root: Path, seed: str) -> Profile:
        open_profile(root)
        return cls(root, KeySigner(seed))

    @property
    def address(self) -> str:
        return self.signer.address

    def cache(self) -> Cache:
        profile = open_profile(self.root)
        return Cache(profile.db_path, profile.assets_dir)

    def engine(self, cache: Cache, hub: RunningHub) -> SyncEngine:
        return SyncEngine(cache, hub.url, self.signer)

    def sync(self, hub: RunningHub, **kwargs: Any) -> SyncReport:
        with self.cache() as cache:
            report = self.engine(cache, hub).sync_now(**kwargs)
        assert report.state.value == "idle", report.message
        return report

    def label(self, hub: RunningHub, count: int, campaign_id: str = CAMPAIGN) -> list[str]:
        """Lease ``count`` tasks, label them all, sync; returns the submission ids."""
        with self.cache() as cache:
            engine = self.engine(cache, hub)
            engine.sync_now(lease={campaign_id: count})
            ids = [cache.submissions.submit(s.uid, answer(s.kind, n), self.signer).id
                   for n, s in enumerate(cache.tasks.task_summaries(campaign_id, states=("new",)))]
            report = engine.sync_now()
            assert report.accepted == len(ids) == count, report
        return ids


def hub_campaign(hub: RunningHub, campaign_id: str = CAMPAIGN) -> Any:
    with hub.hub.engine.begin() as conn:
        return load_campaign(conn, campaign_id)[0]


def accept_everything(hub: RunningHub, seed: str = "inclusion reviewer") -> int:
    """A reviewer accepts every submission waiting (signed Reviews through the API)."""
    return accept_all(hub.url, hub.hub, hub_campaign(hub), DemoReviewer(seed))[1]


def correct_one(hub: RunningHub, reviewer: Profile, campaign_id: str = CAMPAIGN) -> str:
    """``reviewer`` leases one submission and corrects it (offline review, then sync);
    returns the corrected submission's id."""
    from datafi_desktop.core.review import make_review

    with hub.hub.engine.begin() as conn:
        auth.grant_role(conn, campaign_id, reviewer.address, "reviewer", hub.hub.now())
    with reviewer.cache() as cache:
        cache.reviews.request_reviews(campaign_id, 1)
        engine = reviewer.engine(cache, hub)
        engine.sync_now()
        (item,) = cache.reviews.review_items(campaign_id)
        make_review(cache, item, "correct", "Fixed", corrected(item.kind), reviewer.signer)
        cache.reviews.request_reviews(campaign_id, 0)  # lease nothing more: the others are not ours
        assert engine.sync_now().reviews_sent == 1
        return str(item.submission_id)


def records_of(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in
            (folder / "submissions.jsonl").read_text(encoding="utf-8").splitlines() if line]


def rewrite_records(folder: Path, edit: Callable[[list[dict[str, Any]]], None]) -> None:
    """Edit ``submissions.jsonl`` in place and put its new sha-256 in the manifest, so the
    file checks pass and only what the records say is judged."""
    records = records_of(folder)
    edit(records)
    path = folder / "submissions.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"]["submissions.jsonl"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n",
                                          encoding="utf-8")
