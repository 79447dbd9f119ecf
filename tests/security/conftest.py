"""Fixtures every attack suite may use: a real hub over a real socket on 127.0.0.1 (SQLite
file, movable clock) with one text campaign. Suite-specific pieces live in each suite's own
support module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from tests.hub.helpers import Clock, text_campaign


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def hub(tmp_path: Path, clock: Clock) -> Iterator[RunningHub]:
    settings = HubSettings(data_dir=tmp_path / "hub",
                           database_url=f"sqlite:///{tmp_path / 'hub.sqlite3'}", clock=clock)
    running = start_hub(settings, campaigns=[text_campaign("c1", tasks=20)])
    yield running
    running.stop()
