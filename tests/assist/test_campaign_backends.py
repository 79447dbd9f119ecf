"""A campaign names its ML backends (definition field, ``datafi-hub campaign create
--ml-backend``); the hub serves them with the campaign and the app's sync stores them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datafi_desktop.core.errors import TaskFormatError
from datafi_desktop.core.models import parse_campaign
from datafi_desktop.hub.cli.main import main
from datafi_desktop.hub.server.inprocess import start_hub
from datafi_desktop.hub.settings import HubSettings
from tests.conftest import KeySigner
from tests.hub.helpers import CHAIN_ID, DISTRIBUTOR, ApiUser


def _file(tmp_path: Path, **campaign: object) -> Path:
    path = tmp_path / "campaign.json"
    path.write_text(json.dumps({"id": "m", "name": "M", **campaign, "tasks": [
        {"id": "t0", "kind": "text_classification", "data": {"text": "fine"},
         "config": {"labels": ["a", "b"]}}]}))
    return path


def test_backends_from_the_file_and_the_option_are_served(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "hub"
    assert main(["--data-dir", str(data), "init"]) == 0
    path = _file(tmp_path, ml_backends=["http://127.0.0.1:9090/"])
    base = ["--data-dir", str(data), "campaign", "create", str(path),
            "--campaign-chain-id", str(CHAIN_ID), "--distributor", DISTRIBUTOR]
    assert main(base) == 0
    running = start_hub(HubSettings(data_dir=data))
    try:
        user = ApiUser(running.url, KeySigner("a")).sign_in()
        listed = user.get("/v1/campaigns").json()["campaigns"]
        assert listed[0]["campaign"]["ml_backends"] == ["http://127.0.0.1:9090"]
    finally:
        running.stop()
    # the option replaces the file's list; a URL with a password is refused, nothing changes
    assert main([*base, "--ml-backend", "http://127.0.0.1:9091",
                 "--ml-backend", "https://ml.example.org/sam"]) == 0
    capsys.readouterr()
    assert main([*base, "--ml-backend", "http://user:secret@127.0.0.1:9092"]) != 0
    err = capsys.readouterr().err
    assert "user name or password" in err and "secret" not in err
    running = start_hub(HubSettings(data_dir=data))
    try:
        user = ApiUser(running.url, KeySigner("a")).sign_in()
        campaign = parse_campaign(user.get("/v1/campaigns").json()["campaigns"][0]["campaign"])
        assert campaign.ml_backends == ("http://127.0.0.1:9091", "https://ml.example.org/sam")
    finally:
        running.stop()
    assert main([*base, "--no-ml-backends"]) == 0


@pytest.mark.parametrize("url", ["ftp://host/x", "127.0.0.1:9090", "http://h/p?token=1",
                                 "http://:80"])
def test_bad_backend_urls_are_refused(url: str) -> None:
    with pytest.raises(TaskFormatError, match="ml_backends"):
        parse_campaign({"id": "c", "name": "C", "ml_backends": [url]})

