"""The hub's export of accepted work: a reviewer's correction replaces the label in the
COCO and JSONL exports, and ``verify`` passes on them (real hub, SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from PIL import Image

from datafi_desktop.core.formats.verify import verify_export
from datafi_desktop.core.models import parse_campaign
from datafi_desktop.core.review import make_review
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.hub.campaigns.importer import LoadedCampaign, import_campaign
from datafi_desktop.hub.cli import main as cli
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.conftest import KeySigner

from .helpers import CHAIN_ID, DISTRIBUTOR, AppProfile
from .test_review_round import grant


def box_campaign(hub: RunningHub) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (40, 120, 200)).save(buffer, "PNG")
    sha = hub.hub.assets.put_bytes(buffer.getvalue())
    raw: list[tuple[str, Any]] = [
        (f"b{i}", {"id": f"street-{i}", "kind": "bounding_boxes",
                   "data": {"image": sha, "width": 64, "height": 48, "filename": f"s{i}.png"},
                   "config": {"labels": ["car", "person"]}})
        for i in range(2)
    ]
    campaign = parse_campaign({"id": "bb", "name": "Boxes", "reviews_required": 1,
                               "chain": {"chain_id": CHAIN_ID, "distributor": DISTRIBUTOR},
                               "rewards": {"bounding_boxes": 5, "review": 1}})
    import_campaign(hub.hub, LoadedCampaign(campaign, parse_records(raw), {}, "test"))


def boxes(*items: tuple[str, float, float, float, float]) -> dict[str, Any]:
    return {"kind": "bounding_boxes",
            "boxes": [{"label": lab, "x": x, "y": y, "w": w, "h": h} for lab, x, y, w, h in items]}


def test_a_correction_replaces_the_label_in_the_export(hub: RunningHub, alice: AppProfile,
                                                        tmp_path: Path) -> None:
    box_campaign(hub)
    carol = AppProfile(tmp_path / "carol", KeySigner("carol"))
    carol.root.mkdir()
    grant(hub, "bb", carol.signer.address)
    original = boxes(("car", 2, 3, 20, 10))
    fixed = boxes(("car", 2, 3, 24, 12), ("person", 40, 5, 8, 30))
    with alice.cache() as a_cache, carol.cache() as c_cache:
        a = alice.engine(a_cache, hub.url)
        assert a.sync_now(lease={"bb": 2}).leased == 2
        ids = [a_cache.submissions.submit(s.uid, original, alice.signer).id
               for s in a_cache.tasks.task_summaries("bb")]
        assert a.sync_now().accepted == 2
        c = carol.engine(c_cache, hub.url)
        c_cache.reviews.request_reviews("bb", 5)
        c.sync_now()
        items = {i.submission_id: i for i in c_cache.reviews.review_items("bb")}
        assert c_cache.assets.has(items[ids[0]].task.image_hash or "")  # offline review
        make_review(c_cache, items[ids[0]], "correct", "Missed the person", fixed,
                    carol.signer)
        make_review(c_cache, items[ids[1]], "accept", "", None, carol.signer)
        assert c.sync_now().reviews_sent == 2
        a.sync_now()
        assert {a_cache.submissions.get(i).status for i in ids} == {"accepted"}

    base = ["--data-dir", str(hub.hub.settings.data_dir), "--database-url",
            hub.hub.settings.url]
    coco_dir, jsonl_dir = tmp_path / "coco", tmp_path / "jsonl"
    assert cli.main([*base, "export", "bb", "--format", "coco", "--out", str(coco_dir)]) == 0
    assert cli.main([*base, "export", "bb", "--format", "jsonl", "--out", str(jsonl_dir)]) == 0

    coco = json.loads((coco_dir / "annotations.json").read_text())
    by_image = {img["id"]: img["file_name"] for img in coco["images"]}
    names = {c["id"]: c["name"] for c in coco["categories"]}
    got: dict[str, list[tuple[str, list[float]]]] = {}
    for ann in coco["annotations"]:
        got.setdefault(by_image[ann["image_id"]], []).append(
            (names[ann["category_id"]], ann["bbox"]))
    assert sorted(got["street-0.png"]) == [("car", [2, 3, 24, 12]),
                                                  ("person", [40, 5, 8, 30])]
    assert got["street-1.png"] == [("car", [2, 3, 20, 10])]

    lines = [json.loads(line) for line in
             (jsonl_dir / "submissions.jsonl").read_text().splitlines()]
    first = next(line for line in lines if line["submission_id"] == ids[0])
    assert first["annotation"] == original  # the signed original stays
    assert first["correction"] == fixed
    assert first["review"]["reviewer"] == carol.signer.address
    assert first["review"]["typed_data"]["primaryType"] == "Review"

    for folder in (coco_dir, jsonl_dir):
        report = verify_export(folder)
        assert report.ok, report.problems
        assert report.submissions == 2 and not report.notes


def test_campaign_create_reads_label_studio_with_the_shared_importer(tmp_path: Path) -> None:
    """Annotations become pre-annotations too, and a shape beyond the image is refused
    (the old converter clamped it silently)."""
    import pytest

    from datafi_desktop.core.errors import TaskFormatError
    from datafi_desktop.hub.campaigns.importer import CampaignOptions, load_file

    good = tmp_path / "ls.json"
    good.write_text(json.dumps([{"id": 1, "data": {"text": "Great lamp"}, "annotations": [
        {"result": [{"type": "choices", "value": {"choices": ["pos"]}}]}]}]))
    loaded = load_file(good, CampaignOptions(id="ls", labels=["pos", "neg"]))
    (record,) = loaded.records
    assert record.task.predictions[0].annotation == {"kind": "text_classification",
                                                     "labels": ["pos"]}
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30)).save(buffer, "PNG")
    (tmp_path / "a.png").write_bytes(buffer.getvalue())
    bad = tmp_path / "boxes.json"
    bad.write_text(json.dumps([{"id": 2, "data": {"image": "a.png"}, "predictions": [
        {"result": [{"type": "rectanglelabels", "value": {
            "x": 90, "y": 10, "width": 20, "height": 10, "rectanglelabels": ["car"]}}]}]}]))
    with pytest.raises(TaskFormatError, match="outside the image"):
        load_file(bad, CampaignOptions(id="ls2", labels=["car"]))
