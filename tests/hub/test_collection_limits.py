"""Issue 12 item 15: a campaign declares how long a collection item's text and its text
fields may be; the hub refuses a longer one at intake with a clear 4xx reason (the app
refuses it before signing, but a hub never trusts a client)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from datafi_desktop.core.errors import AnnotationValidationError, TaskFormatError
from datafi_desktop.core.models import parse_annotation, parse_campaign, parse_task
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.hub.campaigns.importer import LoadedCampaign
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings

from .helpers import ApiUser, AppProfile, campaign_data, hub_count, signed_item

COLLECT = {"id": "report", "kind": "collection",
           "config": {"text_min_chars": 10, "text_max_chars": 60,
                      "fields": [{"name": "shop_name", "type": "text", "max_chars": 12},
                                 {"name": "floors", "type": "number", "title": "Floors"}],
                      "accept": ["text/plain"]}}


@pytest.fixture
def limited_hub(hub_settings: HubSettings) -> Iterator[RunningHub]:
    loaded = LoadedCampaign(parse_campaign(campaign_data("lim")),
                            parse_records([("r", COLLECT)]), {}, "test")
    running = start_hub(hub_settings, campaigns=[loaded])
    yield running
    running.stop()


def test_the_hub_refuses_a_text_longer_than_the_campaign_allows(
        limited_hub: RunningHub, alice: AppProfile) -> None:
    user = ApiUser(limited_hub.url, alice.signer).sign_in()
    fine = {"kind": "collection", "text": "A pothole on Main Street.",
            "metadata": {"shop_name": "Dupont"}}
    long_text = {**fine, "text": "x" * 225}
    long_field = {**fine, "metadata": {"shop_name": "Boulangerie Dupont"}}
    short_text = {**fine, "text": "Pothole"}
    results = user.push(*(signed_item(alice.signer, "lim", "report", body)
                          for body in (fine, long_text, long_field, short_text)))
    assert [r["result"] for r in results] == ["accepted", "rejected", "rejected", "rejected"]
    assert [r["http_status"] for r in results[1:]] == [422, 422, 422]
    assert results[1]["reason"] == (
        "annotation invalid: text: must be at most 60 characters (225 written)")
    assert results[2]["reason"] == (
        "annotation invalid: metadata.shop_name: must be at most 12 characters (18 written)")
    assert "must be at least 10 characters (7 written)" in results[3]["reason"]
    # refused items are kept as "rejected" for the record; one waits for review
    assert hub_count(limited_hub.hub.settings.url, status="pending") == 1


def test_limits_are_checked_where_the_campaign_declares_them(tmp_path: Path) -> None:
    task = parse_task(COLLECT)
    assert [f.display_title for f in task.config.fields] == ["Shop name", "Floors"]
    with pytest.raises(AnnotationValidationError, match="at most 60 characters"):
        parse_annotation({"kind": "collection", "text": "y" * 61}, task)
    bad = [{**COLLECT, "config": {"text_min_chars": 9, "text_max_chars": 3}},
           {**COLLECT, "config": {"fields": [{"name": "n", "type": "number", "max_chars": 3}]}}]
    for data in bad:
        with pytest.raises(TaskFormatError):
            parse_task(data)
