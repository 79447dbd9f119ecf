"""Exports that prove themselves on-chain, the whole way on real parts: the app labels text
and box tasks and syncs to a real hub (a socket on 127.0.0.1), a reviewer corrects one and
accepts the rest, the hub settles an epoch on the in-process EVM, the next sync fetches
each settled submission's Merkle proof (checked before it is kept), and
``datafi-desktop export --format jsonl`` / ``coco`` write them; ``verify_export`` with the
chain proves every settled item against the submissions root of its epoch's
``EpochPosted`` log. A proof altered, a digest the root does not hold, an epoch
misnamed: each fails."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from datafi_desktop.cli import main as app_main
from datafi_desktop.core.chain.distributor_log import posted_epoch
from datafi_desktop.core.demo_chain import DemoChain
from datafi_desktop.core.formats.verify import verify_export
from datafi_desktop.core.merkle import SUBMISSIONS_LEAF_ENCODING, submissions_tree, verify_proof
from datafi_desktop.core.sync import inclusions as sync_inclusions_module
from datafi_desktop.core.sync.client import HubClient
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.hub.settlement.demo import demo_review_and_settle
from tests.chain.rewards_support import demo, start_rewards_hub

from .test_inclusion_support import (
    CAMPAIGN,
    Profile,
    accept_everything,
    correct_one,
    mixed_campaign,
    records_of,
    rewrite_records,
)

__all__ = ["demo"]


@pytest.fixture
def hub(tmp_path: Path, demo: DemoChain) -> Iterator[RunningHub]:
    running = start_rewards_hub(tmp_path / "hub", demo.settings,
                                campaigns=[mixed_campaign(demo.settings, tmp_path / "images")])
    yield running
    running.stop()


def export(profile: Profile, fmt: str, out: Path, *extra: str) -> None:
    assert app_main(["--profile", str(profile.root), "export", "--format", fmt, "--out",
                     str(out), *extra]) == 0


def onchain_root(demo: DemoChain, epoch: int) -> str:
    """Epoch ``epoch``'s submissions root, from its EpochPosted log on the chain."""
    logged = posted_epoch(demo.chain.distributor, epoch)
    assert logged is not None
    return logged.submissions_root


def test_exports_prove_every_settled_item_on_chain(hub: RunningHub, demo: DemoChain,
                                                    tmp_path: Path) -> None:
    alice = Profile.make(tmp_path / "alice", "alice")
    carol = Profile.make(tmp_path / "carol", "carol")
    first = alice.label(hub, 6)  # of 4 texts and 4 boxes: at least 2 of each
    fixed = correct_one(hub, carol)
    assert fixed in first
    assert demo_review_and_settle(hub, demo).epoch == 1
    root1 = onchain_root(demo, 1)

    report = alice.sync(hub)
    assert report.inclusions == 6
    with alice.cache() as cache:
        assert {s.status for s in cache.submissions.all(campaign_id=CAMPAIGN)} == {"paid"}
        proofs = cache.inclusions.all(CAMPAIGN)
        assert set(proofs) == set(first)
        for found in proofs.values():
            assert (found.epoch, found.root) == (1, root1)
            assert verify_proof(root1, SUBMISSIONS_LEAF_ENCODING, (found.digest,),
                                list(found.proof))
        assert cache.inclusions.unproven_submissions(CAMPAIGN) == []
        assert cache.submissions.get(fixed).verdict["verdict"] == "correct"  # type: ignore[index]
    assert alice.sync(hub).inclusions == 0  # kept: not fetched twice

    # more work, accepted but not settled yet: exported as unsettled (counted, not failed)
    later = alice.label(hub, 2)
    assert accept_everything(hub) == 2
    alice.sync(hub)
    export(alice, "jsonl", tmp_path / "jsonl")
    export(alice, "coco", tmp_path / "coco")
    w3, distributor = demo.w3, demo.settings.distributor
    for folder in (tmp_path / "jsonl", tmp_path / "coco"):
        result = verify_export(folder, w3=w3, distributor=distributor)
        assert result.ok, result.problems[:3]
        assert (result.submissions, result.onchain_ok, result.unsettled) == (8, 6, 2)
    coco = json.loads((tmp_path / "coco" / "annotations.json").read_text())
    assert len(coco["annotations"]) >= 2  # the boxes (texts are skipped, still proven)
    manifest = (tmp_path / "coco" / "manifest.json").read_text()
    assert f'"1": "{root1}"' in manifest
    lines = {r["submission_id"]: r for r in records_of(tmp_path / "jsonl")}
    assert lines[fixed]["correction"] and lines[fixed]["inclusion"]["epoch"] == 1
    assert all("inclusion" not in lines[i] for i in later)

    # epoch 2 settles the rest: every item of a new export is proven on-chain
    assert demo_review_and_settle(hub, demo).epoch == 2
    assert alice.sync(hub).inclusions == 2
    export(alice, "coco", tmp_path / "coco-2")
    export(alice, "jsonl", tmp_path / "jsonl-2", "--campaign", CAMPAIGN)
    for folder in (tmp_path / "coco-2", tmp_path / "jsonl-2"):
        result = verify_export(folder, w3=w3, distributor=distributor)
        assert result.ok, result.problems[:3]
        assert (result.onchain_ok, result.unsettled) == (8, 0)
    lines = {r["submission_id"]: r for r in records_of(tmp_path / "jsonl-2")}
    assert {lines[i]["inclusion"]["epoch"] for i in later} == {2}
    assert onchain_root(demo, 2) in (tmp_path / "coco-2" / "manifest.json").read_text()


def test_a_tampered_inclusion_fails_the_onchain_check(hub: RunningHub, demo: DemoChain,
                                                       tmp_path: Path) -> None:
    alice = Profile.make(tmp_path / "alice", "alice")
    settled = alice.label(hub, 4)
    assert demo_review_and_settle(hub, demo).epoch == 1
    unsettled = alice.label(hub, 1)[0]  # its syncs fetch the four proofs
    assert accept_everything(hub) == 1
    alice.sync(hub)
    with alice.cache() as cache:
        assert set(cache.inclusions.all(CAMPAIGN)) == set(settled)
    good = tmp_path / "good"
    export(alice, "jsonl", good)
    w3, distributor = demo.w3, demo.settings.distributor
    assert verify_export(good, w3=w3, distributor=distributor).ok

    def tampered(name: str, edit: Any) -> set[str]:
        folder = tmp_path / name
        export(alice, "jsonl", folder)
        rewrite_records(folder, edit)
        report = verify_export(folder, w3=w3, distributor=distributor)
        assert not report.ok
        return {p.check for p in report.problems}

    def by_id(records: list[dict[str, Any]], sid: str) -> dict[str, Any]:
        return next(r for r in records if r["submission_id"] == sid)

    # a proof node altered: it no longer leads to the recorded root
    def alter_proof(records: list[dict[str, Any]]) -> None:
        proof = by_id(records, settled[0])["inclusion"]["proof"]
        proof[0] = "0x" + ("00" if proof[0][2:4] != "00" else "11") + proof[0][4:]
    assert tampered("altered", alter_proof) == {"merkle_proof"}

    # the unsettled submission claims another's place: its digest is not under that proof
    def borrow(records: list[dict[str, Any]]) -> None:
        by_id(records, unsettled)["inclusion"] = by_id(records, settled[0])["inclusion"]
    assert tampered("borrowed", borrow) == {"merkle_proof"}

    # a self-consistent forgery: a root made up to hold the unsettled digest (and the
    # settled ones, re-proven under it); only the chain can tell
    def forge(records: list[dict[str, Any]]) -> None:
        tree = submissions_tree([r["digest"] for r in records])
        for record in records:
            record["inclusion"] = {"epoch": 1, "root": tree.root,
                                   "proof": tree.get_proof((record["digest"],))}
    folder = tmp_path / "forged"
    export(alice, "jsonl", folder)
    rewrite_records(folder, forge)
    assert verify_export(folder).ok  # offline, the proofs agree with the root they name
    report = verify_export(folder, w3=w3, distributor=distributor)
    assert {p.check for p in report.problems} == {"onchain_root"}
    assert {p.item for p in report.problems} == {*settled, unsettled}

    # a real proof under the wrong epoch (epoch 2 is not posted: its root is zero)
    def misdate(records: list[dict[str, Any]]) -> None:
        by_id(records, settled[1])["inclusion"]["epoch"] = 2
    assert tampered("misdated", misdate) == {"onchain_root"}


def test_the_sync_asks_little_and_keeps_only_proofs_that_hold(
        hub: RunningHub, demo: DemoChain, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    alice = Profile.make(tmp_path / "alice", "alice")
    asked: list[list[str]] = []
    real_send = HubClient._send

    def counting(self: HubClient, method: str, path: str, **kwargs: Any) -> Any:
        if path.endswith("/inclusions"):
            asked.append(list(kwargs["json"]["digests"]))
        return real_send(self, method, path, **kwargs)

    monkeypatch.setattr(HubClient, "_send", counting)
    ids = alice.label(hub, 3)
    assert asked == []  # nothing accepted yet: nothing to ask
    assert accept_everything(hub) == 3
    alice.sync(hub)  # accepted, no epoch yet: asked once about the three
    assert len(asked) == 1 and len(asked[0]) == 3
    asked.clear()
    alice.sync(hub)  # nothing changed: one empty request tells there is no new epoch
    assert asked == [[]]

    # the hub answers with a proof that does not hold: it is not kept
    real_fetch = sync_inclusions_module.fetch_inclusions

    def lying(client: HubClient, campaign_id: str, digests: Any
              ) -> sync_inclusions_module.InclusionsAnswer:
        answer = real_fetch(client, campaign_id, digests)
        found = {d: (epoch, root, (*proof[:-1], "0x" + "ee" * 32))
                 for d, (epoch, root, proof) in answer.found.items()}
        return sync_inclusions_module.InclusionsAnswer(answer.latest_epoch, found)

    demo_review_and_settle(hub, demo)
    monkeypatch.setattr(sync_inclusions_module, "fetch_inclusions", lying)
    asked.clear()
    with caplog.at_level(logging.WARNING, logger="datafi_desktop.sync"):
        assert alice.sync(hub).inclusions == 0
    assert "does not lead to root" in caplog.text
    with alice.cache() as cache:
        digests = sorted(cache.submissions.get(i).digest.lower() for i in ids)
        assert cache.inclusions.all(CAMPAIGN) == {}
    assert [sorted(a) for a in asked] == [digests]  # paid now: all three in one request

    # the truth next time: paid submissions without a proof are asked about again
    monkeypatch.setattr(sync_inclusions_module, "fetch_inclusions", real_fetch)
    asked.clear()
    assert alice.sync(hub).inclusions == 3
    assert [sorted(a) for a in asked] == [digests]
    with alice.cache() as cache:
        assert set(cache.inclusions.all(CAMPAIGN)) == set(ids)
    asked.clear()
    alice.sync(hub)
    assert asked == []  # every one proven: nothing to ask
