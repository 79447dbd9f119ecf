"""``datafi-hub`` commands and the in-process demo hub."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datafi_desktop.core.demo import demo_records
from datafi_desktop.core.sync import SyncEngine
from datafi_desktop.hub.cli.main import main
from datafi_desktop.hub.db.migrate import head_revision
from datafi_desktop.hub.server.inprocess import start_demo_hub
from tests.conftest import KeySigner

from .helpers import CHAIN_ID, DISTRIBUTOR, ApiUser, AppProfile, hub_count, signed_item


def _tasks(n: int) -> list[dict[str, object]]:
    return [{"id": f"q{i}", "kind": "text_classification", "data": {"text": f"Text {i}"},
             "config": {"labels": ["a", "b"]}} for i in range(n)]


def test_init_create_list_close_and_roles(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "hub")]
    assert main([*data, "init"]) == 0
    assert f"revision {head_revision()}" in capsys.readouterr().out

    jsonl = tmp_path / "tasks.jsonl"
    jsonl.write_text("\n".join(json.dumps(t) for t in _tasks(5)) + "\n")
    assert main([*data, "campaign", "create", str(jsonl), "--id", "q", "--name", "Questions",
                 "--overlap", "2", "--campaign-chain-id", str(CHAIN_ID),
                 "--distributor", DISTRIBUTOR]) == 0
    assert "added 5 tasks" in capsys.readouterr().out
    assert main([*data, "campaign", "create", str(jsonl), "--id", "q"]) == 0
    assert "5 already there" in capsys.readouterr().out

    embedded = tmp_path / "campaign.json"
    embedded.write_text(json.dumps({"id": "emb", "name": "Embedded", "tasks": [
        {**_tasks(1)[0], "gold": {"kind": "text_classification", "labels": ["a"]}}]}))
    assert main([*data, "campaign", "create", str(embedded)]) == 0
    assert "1 with gold answers" in capsys.readouterr().out

    assert main([*data, "campaign", "list"]) == 0
    listing = capsys.readouterr().out
    assert "q\tQuestions\topen\t5/5 tasks open" in listing and "emb\tEmbedded" in listing

    address = KeySigner("rev").address
    assert main([*data, "role", "grant", "q", address.lower(), "reviewer"]) == 0
    assert f"{address} is reviewer of 'q'" in capsys.readouterr().out
    assert main([*data, "role", "grant", "nope", address, "admin"]) == 2
    assert "no campaign 'nope'" in capsys.readouterr().err
    assert main([*data, "role", "grant", "q", "0x1234", "admin"]) == 2
    assert main([*data, "role", "revoke", "q", address, "reviewer"]) == 0
    assert main([*data, "campaign", "close", "q"]) == 0
    assert main([*data, "campaign", "list"]) == 0
    assert "q\tQuestions\tclosed" in capsys.readouterr().out


def test_bad_files_are_refused_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    data = ["--data-dir", str(tmp_path / "hub")]
    bad = tmp_path / "bad.jsonl"
    lines = [json.dumps(t) for t in _tasks(3)]
    lines[1] = lines[1].replace('"text_classification"', '"text_clasification"')
    bad.write_text("\n".join(lines))
    assert main([*data, "campaign", "create", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl:2" in err and "kind" in err
    broken = tmp_path / "broken.json"
    broken.write_text("[{")
    assert main([*data, "campaign", "create", str(broken)]) == 2
    assert "invalid JSON" in capsys.readouterr().err
    assert main([*data, "campaign", "create", str(tmp_path / "missing.json")]) == 2
    assert main([*data, "campaign", "list"]) == 0
    assert capsys.readouterr().out == ""  # nothing half-imported


def test_the_demo_hub_serves_the_demo_campaign(tmp_path: Path) -> None:
    running = start_demo_hub(tmp_path / "hub")
    try:
        profile = AppProfile(tmp_path, KeySigner("demo-user"))
        with profile.cache() as cache:
            engine = SyncEngine(cache, running.url, profile.signer)
            report = engine.sync_now(lease={"demo": 100})
            records = demo_records()
            leasable = [r for r in records if r.task.kind.value != "collection"]
            assert report.leased == len(leasable)
            images = {r.task.image_hash for r in records if r.task.image_hash}
            assert report.downloaded == len(images)
            assert all(cache.assets.verify(sha) for sha in images)
            campaign = cache.tasks.get_campaign("demo")
            assert campaign.hub_url == running.url
            # a demo task labelled and pushed through the real path
            summary = cache.tasks.task_summaries("demo", kinds=("text_classification",))[0]
            task = cache.tasks.get_task(summary.uid).task
            label = task.config.label_names[0]
            multi = {"kind": "text_classification", "labels": [label]}
            cache.submissions.submit(summary.uid, multi, profile.signer)
            assert engine.sync_now().accepted == 1
        gold = [r for r in records if r.gold is not None]
        with running.hub.engine.connect() as conn:
            stored = conn.exec_driver_sql(
                "SELECT count(*) FROM tasks WHERE gold IS NOT NULL").scalar_one()
        assert stored == len(gold) > 0
        assert hub_count(running.hub.settings.url) == 1
        user = ApiUser(running.url, KeySigner("other")).sign_in()
        (other_task,) = user.lease("demo", count=1) or ["none"]
        assert other_task == "none"  # every demo task is leased to the first user
        item = signed_item(KeySigner("other"), "demo", "x", multi,
                           chain_id=campaign.chain.chain_id,
                           distributor=campaign.chain.distributor)
        assert user.push(item)[0]["reason"].startswith("unknown task")
    finally:
        running.stop()
