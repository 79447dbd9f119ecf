"""Issue 12 items 10 and 15: `campaign create` names each kind once, and counts
take the right number ("1 account", never "1 accounts")."""

from __future__ import annotations

from datafi_desktop.core.words import counted
from datafi_desktop.hub.campaigns.importer import summary
from datafi_desktop.hub.server.inprocess import demo_loaded


def test_campaign_create_names_each_kind_once() -> None:
    text = summary(demo_loaded())
    assert text.count("3 collection") == 1, text
    assert text.endswith("images") or text.endswith("image"), text


def test_counted_nouns() -> None:
    assert counted(1, "account") == "1 account"
    assert counted(2, "account") == "2 accounts"
    assert counted(1, "submission") == "1 submission"
