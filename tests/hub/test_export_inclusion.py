"""The hub's export proves its settled items on-chain (SQLite and PostgreSQL, the in-process
EVM): every record a posted epoch counted carries its inclusion, an epoch still ``built``
adds none, the manifest lists the posted roots, and ``verify_export`` with the chain passes
for every settled item; ``POST /v1/campaigns/{id}/inclusions`` answers the same proofs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from datafi_desktop.core.chain.distributor_log import posted_epoch
from datafi_desktop.core.demo_chain import DemoChain
from datafi_desktop.core.formats.verify import verify_export
from datafi_desktop.core.merkle import SUBMISSIONS_LEAF_ENCODING, verify_proof
from datafi_desktop.hub.cli import main as cli
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.hub.settlement.settle import settle
from tests.chain.rewards_support import demo, start_rewards_hub
from tests.core.formats.test_inclusion_support import (
    CAMPAIGN,
    Profile,
    accept_everything,
    mixed_campaign,
    records_of,
    rewrite_records,
)

__all__ = ["demo"]


class Crash(Exception):
    pass


@pytest.fixture
def rewards_hub(tmp_path: Path, database_url: str, demo: DemoChain) -> Iterator[RunningHub]:
    running = start_rewards_hub(tmp_path / "hub", demo.settings, database_url=database_url,
                                campaigns=[mixed_campaign(demo.settings, tmp_path / "images")])
    yield running
    running.stop()


def hub_export(hub: RunningHub, fmt: str, out: Path) -> None:
    base = ["--data-dir", str(hub.hub.settings.data_dir), "--database-url",
            hub.hub.settings.url]
    assert cli.main([*base, "export", CAMPAIGN, "--format", fmt, "--out", str(out)]) == 0


def root_of(demo: DemoChain, epoch: int) -> str:
    logged = posted_epoch(demo.chain.distributor, epoch)
    assert logged is not None
    return logged.submissions_root


def test_the_hub_export_proves_settled_items_on_chain(rewards_hub: RunningHub, demo: DemoChain,
                                                      tmp_path: Path) -> None:
    hub = rewards_hub
    alice = Profile.make(tmp_path / "alice", "alice")
    first = alice.label(hub, 5)
    assert accept_everything(hub) == 5
    assert settle(hub.hub, CAMPAIGN).epoch.epoch == 1
    second = alice.label(hub, 2)
    assert accept_everything(hub) == 2

    def crash(at: str) -> None:
        if at == "built":
            raise Crash(at)

    with pytest.raises(Crash):  # epoch 2 built, not on-chain: it proves nothing yet
        settle(hub.hub, CAMPAIGN, fault=crash)
    with alice.cache() as cache:
        digest = {sid: cache.submissions.get(sid).digest.lower() for sid in first + second}

    # the API: one request for many digests, only posted epochs
    url = f"{hub.url}/v1/campaigns/{CAMPAIGN}/inclusions"
    unknown = "0x" + "ab" * 32
    body = httpx.post(url, json={"digests": [*digest.values(), unknown,
                                             digest[first[0]].upper().replace("0X", "0x")]})
    assert body.status_code == 200, body.text
    got = body.json()
    assert got["latest_epoch"] == 1
    assert {i["digest"] for i in got["inclusions"]} == {digest[s] for s in first}
    assert set(got["missing"]) == {unknown, *(digest[s] for s in second)}
    for item in got["inclusions"]:
        assert item["epoch"] == 1 and item["root"] == root_of(demo, 1)
        assert verify_proof(item["root"], SUBMISSIONS_LEAF_ENCODING, (item["digest"],),
                            item["proof"])
    assert httpx.post(url, json={"digests": []}).json()["inclusions"] == []
    for bad in ({"digests": ["0x12"]}, {"digests": [unknown] * 1001},
                {"digests": [], "extra": 1}, {}):
        assert httpx.post(url, json=bad).status_code == 422, bad
    assert httpx.post(f"{hub.url}/v1/campaigns/nope/inclusions",
                      json={"digests": []}).status_code == 404

    # the export: epoch 1's items proven, epoch 2's (built) counted as unsettled
    w3, distributor = demo.w3, demo.settings.distributor
    for fmt in ("jsonl", "coco"):
        out = tmp_path / f"{fmt}-1"
        hub_export(hub, fmt, out)
        report = verify_export(out, w3=w3, distributor=distributor)
        assert report.ok, report.problems[:3]
        assert (report.submissions, report.onchain_ok, report.unsettled) == (7, 5, 2)
        manifest = json.loads((out / "manifest.json").read_text())
        assert manifest["epochs"] == {"1": root_of(demo, 1)}

    # settle resumes and posts epoch 2: now every item is proven
    assert settle(hub.hub, CAMPAIGN).epoch.epoch == 2
    out = tmp_path / "coco-2"
    hub_export(hub, "coco", out)
    report = verify_export(out, w3=w3, distributor=distributor)
    assert report.ok, report.problems[:3]
    assert (report.onchain_ok, report.unsettled) == (7, 0)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["epochs"] == {"1": root_of(demo, 1), "2": root_of(demo, 2)}
    by_id = {r["submission_id"]: r for r in records_of(out)}
    assert {by_id[s]["inclusion"]["epoch"] for s in second} == {2}

    # a record moved to the other epoch: the proof still leads to its root, the chain says no
    def move(records: list[dict[str, Any]]) -> None:
        for record in records:
            if record["submission_id"] == first[0]:
                record["inclusion"]["epoch"] = 2

    rewrite_records(out, move)
    assert verify_export(out).ok
    report = verify_export(out, w3=w3, distributor=distributor)
    assert [(p.item, p.check) for p in report.problems] == [(first[0], "onchain_root")]
